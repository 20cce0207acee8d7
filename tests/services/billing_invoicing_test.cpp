#include "services/billing/taxpolicy.h"
#include "services/storage/invoicerepository.h"
#include "services/storage/outboxrepository.h"
#include "tests/services/billingfixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {
const QString EUR = QStringLiteral("EUR");
class InvoicingTest : public BillingBook {};
} // namespace

TEST_P(InvoicingTest, ThreeLinesTwoRatesRoundedPerLineAtTheHalfCent)
{
    // French consumer, a renewal (no setup fee):
    //   plan line   1 × 20.00 at 20 %   net 20.00  tax  4.00
    //   reduced     3 ×  1.00 at 5.5 %  net  3.00  tax  0.165  -> 0.17 (half a cent: away from
    //   zero) credit      1 × -1.00 at 5.5 %  net -1.00  tax -0.055  -> -0.06 (away from zero,
    //   downwards)
    // subtotal 22.00, tax 4.00 + 0.17 - 0.06 = 4.11, total 26.11
    // by rate: 5.5 % base 2.00 tax 0.11; 20 % base 20.00 tax 4.00
    InvoiceRequest r = request(fr);
    r.extraLines = {{u"Printed guide"_qs, 3, Money(100, EUR), 0, u"reduced"_qs},
                    {u"Guide returned"_qs, 1, Money(-100, EUR), 0, u"reduced"_qs}};
    auto draft = invoicing().draftForSubscriptionPeriod(r);
    ASSERT_TRUE(draft.has_value()) << draft.error().message.toStdString();
    ASSERT_EQ(draft->items.size(), 3);
    EXPECT_EQ(draft->items[0].taxMinor, 400);
    EXPECT_EQ(draft->items[1].taxRateBp, 550);
    EXPECT_EQ(draft->items[1].taxMinor, 17);
    EXPECT_EQ(draft->items[2].taxMinor, -6);
    EXPECT_EQ(draft->items[2].totalMinor, -106);
    EXPECT_EQ(draft->subtotalMinor, 2200);
    EXPECT_EQ(draft->taxMinor, 411);
    EXPECT_EQ(draft->totalMinor, 2611);
    const InvoiceAmounts sum = amountsOf(*draft);
    ASSERT_EQ(sum.byRate.size(), 2);
    EXPECT_EQ(sum.byRate[0].rateBp, 550);
    EXPECT_EQ(sum.byRate[0].baseMinor, 200);
    EXPECT_EQ(sum.byRate[0].taxMinor, 11);
    EXPECT_EQ(sum.byRate[1].rateBp, 2000);
    EXPECT_EQ(sum.byRate[1].taxMinor, 400);
    EXPECT_FALSE(draft->reverseCharge);
    // Drafting writes nothing.
    EXPECT_EQ(countRows(db(), u"invoices"_qs), 0);
}

TEST_P(InvoicingTest, SetupFeeOnTheFirstInvoiceOnly)
{
    // First payment: 20.00 + 5.00 setup = 25.00, 20 % = 5.00, total 30.00
    auto first = invoicing().draftForSubscriptionPeriod(request(fr, true));
    ASSERT_TRUE(first.has_value());
    ASSERT_EQ(first->items.size(), 2);
    EXPECT_EQ(first->items[1].unitPriceMinor, 500);
    EXPECT_EQ(first->totalMinor, 3000);
    auto renewal = invoicing().draftForSubscriptionPeriod(request(fr, false));
    EXPECT_EQ(renewal->items.size(), 1);
    EXPECT_EQ(renewal->totalMinor, 2400);
}

TEST_P(InvoicingTest, ReverseChargeForAnEuBusinessOutsideFrance)
{
    auto draft = invoicing().draftForSubscriptionPeriod(request(deBusiness));
    ASSERT_TRUE(draft.has_value()) << draft.error().message.toStdString();
    // 20.00 at 0 %: total 20.00, the mention printed
    EXPECT_TRUE(draft->reverseCharge);
    EXPECT_EQ(draft->items[0].taxRateBp, 0);
    EXPECT_EQ(draft->taxMinor, 0);
    EXPECT_EQ(draft->totalMinor, 2000);
    EXPECT_EQ(draft->notes, u"Autoliquidation / Reverse charge: VAT due by the customer, art. 196 "
                            u"Directive 2006/112/EC"_qs);
    auto issued = invoicing().issue(*draft, u"tester"_qs);
    ASSERT_TRUE(issued.has_value());
    EXPECT_TRUE(issued->reverseCharge);
}

TEST_P(InvoicingTest, ConsumersAndCustomersOutsideTheEu)
{
    // EU consumer, default setting "seller": French 20 % -> 24.00
    EXPECT_EQ(invoicing().draftForSubscriptionPeriod(request(deConsumer))->totalMinor, 2400);
    // setting "destination" (OSS): German 19 % -> 20.00 + 3.80 = 23.80
    ASSERT_TRUE(db().exec(u"INSERT INTO settings (key, value) VALUES ('billing.eu_consumer_vat', "
                          u"'destination')"_qs)
                    .has_value());
    EXPECT_EQ(invoicing().draftForSubscriptionPeriod(request(deConsumer))->totalMinor, 2380);
    // Outside the EU: 0 % with its mention
    auto usDraft = invoicing().draftForSubscriptionPeriod(request(us));
    EXPECT_EQ(usDraft->totalMinor, 2000);
    EXPECT_FALSE(usDraft->reverseCharge);
    EXPECT_TRUE(usDraft->notes.contains(u"outside the EU"_qs));
    // rateFor reads the table, by date
    TaxPolicy tax(db());
    EXPECT_EQ(*tax.rateFor(u"DE"_qs, QDate(2026, 3, 15)), 1900);
    auto missing = tax.rateFor(u"IT"_qs, QDate(2026, 3, 15));
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(tax.rateFor(u"FR"_qs, QDate(2019, 12, 31)).has_value());
}

TEST_P(InvoicingTest, NumbersAreGaplessPerYearWithTheirOwnCreditNoteSeries)
{
    EXPECT_EQ(issued(request(fr)).number, u"INV-2026-001"_qs);
    EXPECT_EQ(issued(request(deConsumer)).number, u"INV-2026-002"_qs);
    auto note = invoicing().creditNote(InvoiceRepository(db()).findByNumber(u"INV-2026-002"_qs)->id,
                                       std::nullopt, u"Duplicate"_qs, u"tester"_qs);
    ASSERT_TRUE(note.has_value()) << note.error().message.toStdString();
    EXPECT_EQ(note->number, u"CN-2026-001"_qs);
    EXPECT_EQ(issued(request(us)).number, u"INV-2026-003"_qs);
    InvoiceRequest nextYear = request(fr);
    nextYear.issueDate = QDate(2027, 1, 2);
    nextYear.dueDate = QDate(2027, 1, 16);
    EXPECT_EQ(issued(nextYear).number, u"INV-2027-001"_qs);
}

TEST_P(InvoicingTest, IssueQueuesTheNotificationInTheCustomersLanguage)
{
    const Invoice invoice = issued(request(fr));
    auto q =
        db().exec(u"SELECT template_key, language, recipient, dedupe_key FROM outbox_messages"_qs);
    ASSERT_TRUE(q.has_value());
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toString(), u"invoice_issued"_qs);
    EXPECT_EQ(q->value(1).toString(), u"fr"_qs);
    EXPECT_EQ(q->value(2).toString(), u"anne@example.fr"_qs);
    EXPECT_EQ(q->value(3).toString(), u"invoice_issued:"_qs + QString::number(invoice.id));
    EXPECT_FALSE(q->next());
    // An issued invoice cannot be issued again: one sentence, nothing written.
    const auto before = writtenRows(db());
    auto again = invoicing().issue(invoice, u"tester"_qs);
    ASSERT_FALSE(again.has_value());
    EXPECT_TRUE(isOneSentence(again.error().message));
    EXPECT_EQ(writtenRows(db()), before);
}

TEST_P(InvoicingTest, ACurrencyThePlanDoesNotUseIsRefusedAndNothingWritten)
{
    const auto before = writtenRows(db());
    InvoiceRequest r = request(fr);
    r.extraLines = {{u"Consulting"_qs, 1, Money(1000, u"USD"_qs)}};
    auto draft = invoicing().draftForSubscriptionPeriod(r);
    ASSERT_FALSE(draft.has_value());
    EXPECT_EQ(draft.error().code, ErrorCode::MixedCurrency);
    EXPECT_EQ(
        draft.error().message,
        u"The plan pro is sold in EUR, not in USD; the line \"Consulting\" cannot be billed in USD."_qs);
    // A draft whose totals were tampered with is refused on issue.
    auto good = invoicing().draftForSubscriptionPeriod(request(fr));
    ASSERT_TRUE(good.has_value()) << good.error().message.toStdString();
    good->totalMinor += 1;
    auto tampered = invoicing().issue(*good, u"tester"_qs);
    ASSERT_FALSE(tampered.has_value());
    EXPECT_TRUE(isOneSentence(tampered.error().message));
    EXPECT_EQ(writtenRows(db()), before);
}

TEST_P(InvoicingTest, NegativePriceIsRefused)
{
    // The catalogue refuses a negative price (and the table's CHECK stands behind it).
    const qint64 before = countRows(db(), u"plans"_qs);
    auto r = db().exec(u"INSERT INTO plans (slug, name, plan_type, billing_cycle, price_minor, "
                       u"currency, created_at) VALUES ('neg', 'neg', 'monthly', 'monthly', -100, "
                       u"'EUR', '2026-01-01T00:00:00.000Z')"_qs);
    EXPECT_FALSE(r.has_value());
    EXPECT_EQ(countRows(db(), u"plans"_qs), before);
    // An invoice that would total less than nothing is refused with one sentence.
    const auto written = writtenRows(db());
    InvoiceRequest credit = request(fr);
    credit.extraLines = {{u"Unused days"_qs, 1, Money(-5000, EUR)}};
    auto draft = invoicing().draftForSubscriptionPeriod(credit);
    ASSERT_FALSE(draft.has_value());
    EXPECT_TRUE(draft.error().message.contains(u"less than nothing"_qs));
    EXPECT_TRUE(isOneSentence(draft.error().message));
    // So is a line without a quantity.
    InvoiceRequest zero = request(fr);
    zero.extraLines = {{u"Nothing"_qs, 0, Money(100, EUR)}};
    auto none = invoicing().draftForSubscriptionPeriod(zero);
    ASSERT_FALSE(none.has_value());
    EXPECT_TRUE(isOneSentence(none.error().message));
    EXPECT_TRUE(none.error().message.contains(u"Nothing"_qs)) << none.error().message.toStdString();
    EXPECT_EQ(writtenRows(db()), written);
}

IC_BOTH_DATABASES(InvoicingTest);
