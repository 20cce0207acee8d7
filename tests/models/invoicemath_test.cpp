#include "models/invoicemath.h"

#include <gtest/gtest.h>

using namespace ic;

TEST(InvoiceMath, ThreeLinesTwoRatesRoundedPerLine)
{
    // Line 1: 3 × 3.35 = 10.05, 20 % = 2.01 exactly.
    // Line 2: 1 × 0.125?  cents only: 1 × 0.13 with a 0.00 discount at 5.5 % = 0.00715 -> 0.01
    // Line 3: 2 × 9.99 = 19.98 − 1.00 discount = 18.98, 20 % = 3.796 -> 3.80
    const QList<LineAmounts> lines{priceLine(3, 335, 0, 2000), priceLine(1, 13, 0, 550),
                                   priceLine(2, 999, 100, 2000)};
    EXPECT_EQ(lines[0].taxMinor, 201);
    EXPECT_EQ(lines[1].taxMinor, 1);
    EXPECT_EQ(lines[2].netMinor, 1898);
    EXPECT_EQ(lines[2].taxMinor, 380);
    const InvoiceAmounts sum = sumLines(lines);
    EXPECT_EQ(sum.grossMinor, 1005 + 13 + 1998);
    EXPECT_EQ(sum.discountMinor, 100);
    EXPECT_EQ(sum.subtotalMinor, 1005 + 13 + 1898); // 29.16
    EXPECT_EQ(sum.taxMinor, 201 + 1 + 380);         // 5.82
    EXPECT_EQ(sum.totalMinor, 2916 + 582);          // 34.98
    ASSERT_EQ(sum.byRate.size(), 2);
    EXPECT_EQ(sum.byRate[0].rateBp, 550);
    EXPECT_EQ(sum.byRate[0].baseMinor, 13);
    EXPECT_EQ(sum.byRate[1].rateBp, 2000);
    EXPECT_EQ(sum.byRate[1].baseMinor, 1005 + 1898);
    EXPECT_EQ(sum.byRate[1].taxMinor, 581);
}

TEST(InvoiceMath, HalfCentOfTaxGoesUp)
{
    // 0.25 at 10 % = 0.025 -> 0.03
    EXPECT_EQ(priceLine(1, 25, 0, 1000).taxMinor, 3);
    // a credit line: -0.25 at 10 % = -0.025 -> -0.03
    EXPECT_EQ(priceLine(1, -25, 0, 1000).taxMinor, -3);
}
