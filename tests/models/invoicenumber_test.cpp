#include "models/invoicenumber.h"

#include <gtest/gtest.h>

using namespace ic;

TEST(InvoiceNumber, ThreeDigitsAtLeast)
{
    EXPECT_EQ(formatInvoiceNumber(InvoiceSeries::Invoice, 2026, 1), u"INV-2026-001"_qs);
    EXPECT_EQ(formatInvoiceNumber(InvoiceSeries::Invoice, 2026, 42), u"INV-2026-042"_qs);
    EXPECT_EQ(formatInvoiceNumber(InvoiceSeries::Invoice, 2026, 999), u"INV-2026-999"_qs);
}

TEST(InvoiceNumber, GrowsPast999)
{
    EXPECT_EQ(formatInvoiceNumber(InvoiceSeries::Invoice, 2026, 1000), u"INV-2026-1000"_qs);
    EXPECT_EQ(formatInvoiceNumber(InvoiceSeries::Invoice, 2027, 123456), u"INV-2027-123456"_qs);
}

TEST(InvoiceNumber, CreditNotesHaveTheirOwnPrefix)
{
    EXPECT_EQ(formatInvoiceNumber(InvoiceSeries::CreditNote, 2026, 7), u"CN-2026-007"_qs);
}
