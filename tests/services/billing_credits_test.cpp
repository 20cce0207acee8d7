#include "services/storage/creditrepository.h"
#include "services/storage/invoicerepository.h"
#include "tests/services/billingfixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {
const QString EUR = QStringLiteral("EUR");
class CreditsTest : public BillingBook {
protected:
    qint64 addCredit(qint64 minor, QDate expires, QDateTime created)
    {
        UserCredit c;
        c.customerId = fr;
        c.type = CreditType::Manual;
        c.amount = Money(minor, EUR);
        c.reason = u"goodwill"_qs;
        c.expiresOn = expires;
        c.createdBy = u"tester"_qs;
        c.createdAt = created;
        auto saved = CreditRepository(db()).insert(c);
        EXPECT_TRUE(saved.has_value()) << saved.error().message.toStdString();
        return saved ? saved->id : 0;
    }
    qint64 used(qint64 id) { return CreditRepository(db()).find(id)->usedMinor; }
};
} // namespace

TEST_P(CreditsTest, OldestExpiryFirstThenOldestExpiredNeverPartialUseSplits)
{
    const qint64 a = addCredit(1000, QDate(2026, 6, 30), utc(2026, 1, 1));  // 10.00, expires June
    const qint64 b = addCredit(500, QDate(), utc(2025, 12, 1));             //  5.00, never expires
    const qint64 c = addCredit(2000, QDate(2026, 2, 28), utc(2025, 11, 1)); // 20.00, expired
    const qint64 d = addCredit(300, QDate(2026, 4, 30), utc(2026, 2, 1));   //  3.00, expires April

    // Invoice 1: plan 10.00 + 20 % = 12.00. D (April) 3.00 whole, then A (June) 9.00 of 10.00.
    const qint64 cheap = addPlan(db(), u"basic"_qs, 1000);
    InvoiceRequest r1 = request(fr);
    r1.planId = cheap;
    const Invoice one = issued(r1);
    EXPECT_EQ(one.totalMinor, 1200);
    EXPECT_EQ(one.amountPaidMinor, 1200);
    EXPECT_EQ(one.status, InvoiceStatus::Paid);
    EXPECT_EQ(used(d), 300);
    EXPECT_EQ(used(a), 900);
    EXPECT_EQ(used(b), 0);
    EXPECT_EQ(used(c), 0);

    // Invoice 2: 20.00 + 20 % = 24.00. A's last 1.00, then B 5.00 -> 6.00 paid, 18.00 due.
    const Invoice two = issued(request(fr));
    EXPECT_EQ(two.amountPaidMinor, 600);
    EXPECT_EQ(two.status, InvoiceStatus::Sent);
    EXPECT_EQ(used(a), 1000);
    EXPECT_EQ(used(b), 500);
    EXPECT_EQ(used(c), 0); // expired on 28 February: never spent
    EXPECT_EQ(invoicing().amountDue(two.id)->minor(), 1800);

    // Each spending is a credit application and a payment by credit.
    auto apps = CreditRepository(db()).applicationsOnInvoice(two.id);
    ASSERT_EQ(apps->size(), 2);
    EXPECT_EQ(apps->at(0).creditId, a);
    EXPECT_EQ(apps->at(0).amount.minor(), 100);
    EXPECT_EQ(apps->at(1).creditId, b);
    EXPECT_EQ(scalarOf(db(), u"SELECT COUNT(*) FROM payments WHERE method = 'credit'"_qs), 4);
    EXPECT_EQ(scalarOf(db(), u"SELECT SUM(amount_minor) FROM payments WHERE invoice_id = :i"_qs,
                       {{"i", two.id}}),
              600);
}

TEST_P(CreditsTest, ManualPaymentsUpToWhatIsDue)
{
    const Invoice invoice = issued(request(fr)); // 24.00
    const auto before = writtenRows(db());
    auto tooMuch = invoicing().recordManualPayment(
        invoice.id, Money(2401, EUR), PaymentMethod::Transfer, u"VIR-1"_qs, u"tester"_qs);
    ASSERT_FALSE(tooMuch.has_value());
    EXPECT_EQ(
        tooMuch.error().message,
        u"Only 24.00 EUR is due on invoice INV-2026-001; a payment of 24.01 EUR is more than that."_qs);
    EXPECT_EQ(writtenRows(db()), before);

    // 10.00 then 14.00: paid once covered.
    auto part = invoicing().recordManualPayment(invoice.id, Money(1000, EUR),
                                                PaymentMethod::Transfer, u"VIR-1"_qs, u"tester"_qs);
    ASSERT_TRUE(part.has_value()) << part.error().message.toStdString();
    EXPECT_EQ(InvoiceRepository(db()).find(invoice.id)->status, InvoiceStatus::Sent);
    auto rest = invoicing().recordManualPayment(invoice.id, Money(1400, EUR), PaymentMethod::Manual,
                                                u"cash"_qs, u"tester"_qs);
    ASSERT_TRUE(rest.has_value()) << rest.error().message.toStdString();
    auto paid = InvoiceRepository(db()).find(invoice.id);
    EXPECT_EQ(paid->status, InvoiceStatus::Paid);
    EXPECT_EQ(paid->amountPaidMinor, 2400);
    EXPECT_TRUE(paid->paidAt.isValid());
    EXPECT_EQ(invoicing().amountDue(invoice.id)->minor(), 0);
    EXPECT_FALSE(
        invoicing()
            .recordManualPayment(invoice.id, Money(1, EUR), PaymentMethod::Manual, {}, u"t"_qs)
            .has_value());
    EXPECT_EQ(
        scalarOf(
            db(),
            u"SELECT COUNT(*) FROM outbox_messages WHERE template_key = 'payment_confirmation'"_qs),
        2);
}

TEST_P(CreditsTest, FullCreditNoteCancelsAnUnpaidInvoiceAndRefundsAPaidOne)
{
    const Invoice unpaid = issued(request(fr, true)); // 25.00 + 5.00 tax = 30.00
    auto note =
        invoicing().creditNote(unpaid.id, std::nullopt, u"Signed up by mistake"_qs, u"tester"_qs);
    ASSERT_TRUE(note.has_value()) << note.error().message.toStdString();
    EXPECT_EQ(note->kind, InvoiceKind::CreditNote);
    EXPECT_EQ(note->creditForInvoiceId, unpaid.id);
    EXPECT_EQ(note->number, u"CN-2026-001"_qs);
    ASSERT_EQ(note->items.size(), 2); // the mirror: plan and setup fee, negated
    EXPECT_EQ(note->items[0].unitPriceMinor, -2000);
    EXPECT_EQ(note->items[0].taxRateBp, 2000);
    EXPECT_EQ(note->items[0].taxMinor, -400);
    EXPECT_EQ(note->totalMinor, -3000);
    EXPECT_EQ(InvoiceRepository(db()).find(unpaid.id)->status, InvoiceStatus::Cancelled);
    // The invoice itself did not change: its lines and total stand.
    EXPECT_EQ(InvoiceRepository(db()).find(unpaid.id)->totalMinor, 3000);
    EXPECT_FALSE(invoicing().creditNote(unpaid.id, std::nullopt, u"again"_qs, u"t"_qs).has_value());

    const Invoice paid = issued(request(fr));
    ASSERT_TRUE(invoicing().recordManualPayment(paid.id, Money(2400, EUR), PaymentMethod::Transfer,
                                                {}, u"t"_qs));
    auto refund = invoicing().creditNote(paid.id, std::nullopt, u"Service outage"_qs, u"tester"_qs);
    ASSERT_TRUE(refund.has_value());
    EXPECT_EQ(refund->number, u"CN-2026-002"_qs);
    EXPECT_EQ(InvoiceRepository(db()).find(paid.id)->status, InvoiceStatus::Refunded);
}

TEST_P(CreditsTest, PartialCreditNotesThenTheRest)
{
    const Invoice invoice = issued(request(fr)); // 20.00 + 4.00 = 24.00
    // 6.00 tax included at 20 %: net 5.00, tax 1.00
    auto part =
        invoicing().creditNote(invoice.id, Money(600, EUR), u"Two days down"_qs, u"tester"_qs);
    ASSERT_TRUE(part.has_value()) << part.error().message.toStdString();
    ASSERT_EQ(part->items.size(), 1);
    EXPECT_EQ(part->items[0].unitPriceMinor, -500);
    EXPECT_EQ(part->items[0].taxMinor, -100);
    EXPECT_EQ(part->totalMinor, -600);
    EXPECT_EQ(InvoiceRepository(db()).find(invoice.id)->status, InvoiceStatus::Sent);
    EXPECT_EQ(invoicing().amountDue(invoice.id)->minor(), 1800);
    // More than what is left (18.00) is refused, nothing written.
    const auto before = writtenRows(db());
    auto over = invoicing().creditNote(invoice.id, Money(1801, EUR), u"too much"_qs, u"tester"_qs);
    ASSERT_FALSE(over.has_value());
    EXPECT_EQ(writtenRows(db()), before);
    // The rest: exactly net 15.00 and tax 3.00, and the invoice is cancelled.
    auto rest = invoicing().creditNote(invoice.id, std::nullopt, u"Closed"_qs, u"tester"_qs);
    ASSERT_TRUE(rest.has_value()) << rest.error().message.toStdString();
    EXPECT_EQ(rest->totalMinor, -1800);
    EXPECT_EQ(rest->taxMinor, -300);
    EXPECT_EQ(InvoiceRepository(db()).find(invoice.id)->status, InvoiceStatus::Cancelled);
}

TEST_P(CreditsTest, RefundToCreditIsNotMoreThanWasPaidAndIsSpentNext)
{
    const Invoice invoice = issued(request(fr)); // 24.00
    auto none =
        invoicing().refundToCredit(invoice.id, Money(100, EUR), u"goodwill"_qs, u"tester"_qs);
    ASSERT_FALSE(none.has_value()); // nothing paid yet
    ASSERT_TRUE(invoicing().recordManualPayment(invoice.id, Money(2400, EUR),
                                                PaymentMethod::Transfer, {}, u"t"_qs));
    auto credit =
        invoicing().refundToCredit(invoice.id, Money(1000, EUR), u"Outage"_qs, u"tester"_qs);
    ASSERT_TRUE(credit.has_value()) << credit.error().message.toStdString();
    EXPECT_EQ(credit->type, CreditType::Refund);
    EXPECT_EQ(credit->sourceInvoiceId, invoice.id);
    // 24.00 paid, 10.00 refunded: 14.01 is more than the 14.00 left.
    const auto before = writtenRows(db());
    auto over =
        invoicing().refundToCredit(invoice.id, Money(1401, EUR), u"Outage"_qs, u"tester"_qs);
    ASSERT_FALSE(over.has_value());
    EXPECT_EQ(
        over.error().message,
        u"Only 14.00 EUR paid on invoice INV-2026-001 can still be refunded; 14.01 EUR is more than that."_qs);
    EXPECT_EQ(writtenRows(db()), before);
    // The next invoice (24.00) spends the 10.00 credit: 14.00 due.
    const Invoice next = issued(request(fr));
    EXPECT_EQ(next.amountPaidMinor, 1000);
    EXPECT_EQ(invoicing().amountDue(next.id)->minor(), 1400);
}

IC_BOTH_DATABASES(CreditsTest);
