#include "services/storage/invoicerepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

class InvoiceRepositoryTest : public BothDatabases {
protected:
    void SetUp() override
    {
        BothDatabases::SetUp();
        m_customer = makeCustomer(db(), u"alice@example.org"_qs);
        m_plan = makePlan(db(), u"pro"_qs, 4900);
    }

    // Two lines, computed by hand:
    //  1. Pro plan, 1 × 49.00 − 4.90 discount = 44.10 net; 20 % tax = 8.82; total 52.92
    //  2. Setup, 2 × 7.50 = 15.00 net; 5.5 % tax = 0.825 -> 0.83 (half away from zero); 15.83
    //  subtotal 59.10, discount 4.90, tax 9.65, total 68.75
    Invoice draft() const
    {
        Invoice i;
        i.customerId = m_customer;
        i.currency = u"EUR"_qs;
        i.subtotalMinor = 5910;
        i.discountMinor = 490;
        i.taxMinor = 965;
        i.totalMinor = 6875;
        i.periodStart = QDate(2026, 1, 31);
        i.periodEnd = QDate(2026, 2, 28);
        i.reverseCharge = true;
        i.notes = u"Thank you"_qs;
        i.createdAt = utc(2026, 2, 21, 4, 5, 6, 7);
        InvoiceItem plan;
        plan.description = u"Pro plan, February"_qs;
        plan.quantity = 1;
        plan.unitPriceMinor = 4900;
        plan.discountMinor = 490;
        plan.taxRateBp = 2000;
        plan.taxMinor = 882;
        plan.totalMinor = 5292;
        plan.planId = m_plan;
        InvoiceItem setup;
        setup.description = u"Setup"_qs;
        setup.quantity = 2;
        setup.unitPriceMinor = 750;
        setup.taxRateBp = 550;
        setup.taxMinor = 83;
        setup.totalMinor = 1583;
        i.items = {plan, setup};
        return i;
    }

    qint64 m_customer = 0;
    qint64 m_plan = 0;
};

TEST_P(InvoiceRepositoryTest, DraftRoundTripsWithItsLines)
{
    InvoiceRepository repo(db());
    auto saved = repo.insertDraft(draft());
    ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    auto i = repo.find(saved->id);
    ASSERT_TRUE(i.has_value());
    EXPECT_FALSE(i->publicId.isNull());
    EXPECT_TRUE(i->number.isEmpty());
    EXPECT_EQ(i->kind, InvoiceKind::Invoice);
    EXPECT_EQ(i->creditForInvoiceId, 0);
    EXPECT_EQ(i->customerId, m_customer);
    EXPECT_EQ(i->subscriptionId, 0);
    EXPECT_EQ(i->status, InvoiceStatus::Draft);
    EXPECT_EQ(i->currency, u"EUR"_qs);
    EXPECT_EQ(i->subtotalMinor, 5910);
    EXPECT_EQ(i->discountMinor, 490);
    EXPECT_EQ(i->taxMinor, 965);
    EXPECT_EQ(i->totalMinor, 6875);
    EXPECT_EQ(i->amountPaidMinor, 0);
    EXPECT_FALSE(i->issueDate.isValid());
    EXPECT_FALSE(i->dueDate.isValid());
    EXPECT_EQ(i->periodStart, QDate(2026, 1, 31));
    EXPECT_EQ(i->periodEnd, QDate(2026, 2, 28));
    EXPECT_FALSE(i->paidAt.isValid());
    EXPECT_TRUE(i->reverseCharge);
    EXPECT_EQ(i->notes, u"Thank you"_qs);
    EXPECT_EQ(i->createdAt, utc(2026, 2, 21, 4, 5, 6, 7));
    EXPECT_EQ(i->rowVersion, 1);
    ASSERT_EQ(i->items.size(), 2);
    const InvoiceItem &a = i->items[0];
    EXPECT_EQ(a.invoiceId, i->id);
    EXPECT_EQ(a.position, 0);
    EXPECT_EQ(a.description, u"Pro plan, February"_qs);
    EXPECT_EQ(a.quantity, 1);
    EXPECT_EQ(a.unitPriceMinor, 4900);
    EXPECT_EQ(a.discountMinor, 490);
    EXPECT_EQ(a.taxRateBp, 2000);
    EXPECT_EQ(a.taxMinor, 882);
    EXPECT_EQ(a.totalMinor, 5292);
    EXPECT_EQ(a.planId, m_plan);
    EXPECT_EQ(a.promotionId, 0);
    const InvoiceItem &b = i->items[1];
    EXPECT_EQ(b.position, 1);
    EXPECT_EQ(b.description, u"Setup"_qs);
    EXPECT_EQ(b.quantity, 2);
    EXPECT_EQ(b.taxRateBp, 550);
    EXPECT_EQ(b.taxMinor, 83);
    EXPECT_EQ(b.planId, 0);
    EXPECT_EQ(repo.listByCustomer(m_customer)->size(), 1);
}

TEST_P(InvoiceRepositoryTest, NumbersFollowEachOtherAndRestartEachYear)
{
    InvoiceRepository repo(db());
    QStringList numbers;
    for (QDate day : {QDate(2026, 1, 5), QDate(2026, 1, 6), QDate(2026, 12, 31), QDate(2027, 1, 1),
                      QDate(2026, 12, 31)}) {
        auto d = repo.insertDraft(draft());
        ASSERT_TRUE(d.has_value());
        auto issued = repo.issue(d->id, day, day.addDays(30));
        ASSERT_TRUE(issued.has_value()) << issued.error().message.toStdString();
        EXPECT_EQ(issued->status, InvoiceStatus::Sent);
        EXPECT_EQ(issued->issueDate, day);
        EXPECT_EQ(issued->dueDate, day.addDays(30));
        EXPECT_EQ(issued->rowVersion, 2);
        numbers.append(issued->number);
    }
    EXPECT_EQ(numbers, (QStringList{u"INV-2026-001"_qs, u"INV-2026-002"_qs, u"INV-2026-003"_qs,
                                    u"INV-2027-001"_qs, u"INV-2026-004"_qs}));
    auto byNumber = repo.findByNumber(u"inv-2027-001"_qs);
    ASSERT_TRUE(byNumber.has_value());
    EXPECT_EQ(byNumber->issueDate, QDate(2027, 1, 1));
    EXPECT_EQ(byNumber->items.size(), 2);
    EXPECT_EQ(repo.findByNumber(u"INV-2027-002"_qs).error().code, ErrorCode::NotFound);
}

TEST_P(InvoiceRepositoryTest, TheThousandthNumberHasFourDigits)
{
    InvoiceRepository repo(db());
    // 998 invoices of 2026 already issued (the series row as the program leaves it)
    ASSERT_TRUE(db().exec(u"INSERT INTO invoice_number_series (series, year, last_number) VALUES "
                          u"('INV', 2026, 998)"_qs));
    auto a = repo.insertDraft(draft());
    auto b = repo.insertDraft(draft());
    ASSERT_TRUE(a && b);
    EXPECT_EQ(repo.issue(a->id, QDate(2026, 6, 1), QDate(2026, 7, 1))->number, u"INV-2026-999"_qs);
    EXPECT_EQ(repo.issue(b->id, QDate(2026, 6, 1), QDate(2026, 7, 1))->number, u"INV-2026-1000"_qs);
}

TEST_P(InvoiceRepositoryTest, CreditNotesHaveTheirOwnSeries)
{
    InvoiceRepository repo(db());
    auto inv = repo.insertDraft(draft());
    ASSERT_TRUE(inv.has_value());
    ASSERT_EQ(repo.issue(inv->id, QDate(2026, 3, 1), QDate(2026, 3, 31))->number,
              u"INV-2026-001"_qs);
    Invoice cn = draft();
    cn.kind = InvoiceKind::CreditNote;
    cn.creditForInvoiceId = inv->id;
    cn.totalMinor = -6875;
    auto credit = repo.insertDraft(cn);
    ASSERT_TRUE(credit.has_value()) << credit.error().message.toStdString();
    EXPECT_EQ(credit->kind, InvoiceKind::CreditNote);
    EXPECT_EQ(credit->creditForInvoiceId, inv->id);
    EXPECT_EQ(credit->totalMinor, -6875);
    auto issued = repo.issue(credit->id, QDate(2026, 3, 2), QDate(2026, 3, 2));
    ASSERT_TRUE(issued.has_value()) << issued.error().message.toStdString();
    EXPECT_EQ(issued->number, u"CN-2026-001"_qs);
    auto next = repo.insertDraft(draft());
    EXPECT_EQ(repo.issue(next->id, QDate(2026, 3, 3), QDate(2026, 4, 2))->number,
              u"INV-2026-002"_qs);
    // a credit note without the invoice it corrects is refused
    cn.creditForInvoiceId = 0;
    EXPECT_EQ(repo.insertDraft(cn).error().code, ErrorCode::Invalid);
}

TEST_P(InvoiceRepositoryTest, IssuingTwiceIsRefusedAndTakesNoNumber)
{
    InvoiceRepository repo(db());
    auto d = repo.insertDraft(draft());
    ASSERT_TRUE(repo.issue(d->id, QDate(2026, 3, 1), QDate(2026, 3, 31)).has_value());
    auto again = repo.issue(d->id, QDate(2026, 3, 2), QDate(2026, 4, 1));
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::IllegalTransition);
    EXPECT_EQ(db().scalar(u"SELECT last_number FROM invoice_number_series WHERE series = 'INV' "
                          u"AND year = 2026"_qs)
                  ->toInt(),
              1);
    EXPECT_EQ(repo.find(d->id)->issueDate, QDate(2026, 3, 1));
    // due before issue is refused
    auto e = repo.insertDraft(draft());
    auto early = repo.issue(e->id, QDate(2026, 3, 5), QDate(2026, 3, 4));
    ASSERT_FALSE(early.has_value());
    EXPECT_EQ(early.error().message,
              u"The invoice would be due on 2026-03-04, before it is issued on 2026-03-05."_qs);
    EXPECT_EQ(repo.find(e->id)->status, InvoiceStatus::Draft);
}

TEST_P(InvoiceRepositoryTest, DraftsChangeButIssuedInvoicesDoNot)
{
    InvoiceRepository repo(db());
    auto d = repo.insertDraft(draft());
    ASSERT_TRUE(d.has_value());
    Invoice edited = *d;
    edited.items.removeLast();
    edited.subtotalMinor = 4410;
    edited.discountMinor = 490;
    edited.taxMinor = 882;
    edited.totalMinor = 5292;
    edited.notes.clear();
    auto saved = repo.updateDraft(edited);
    ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    EXPECT_EQ(saved->items.size(), 1);
    EXPECT_EQ(saved->totalMinor, 5292);
    EXPECT_TRUE(saved->notes.isEmpty());
    EXPECT_EQ(saved->rowVersion, 2);
    // the old version is stale
    auto stale = repo.updateDraft(*d);
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().code, ErrorCode::StaleRow);

    auto issued = repo.issue(d->id, QDate(2026, 3, 1), QDate(2026, 3, 31));
    ASSERT_TRUE(issued.has_value());
    Invoice tamper = *issued;
    tamper.totalMinor = 1;
    tamper.items.clear();
    auto refused = repo.updateDraft(tamper);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::IllegalTransition);
    EXPECT_EQ(refused.error().message,
              u"Invoice INV-2026-001 has been issued: its lines and amounts can no longer "
              u"change. Issue a credit note to correct it."_qs);
    auto now = repo.find(d->id);
    EXPECT_EQ(now->totalMinor, 5292);
    EXPECT_EQ(now->items.size(), 1);
}

TEST_P(InvoiceRepositoryTest, StatusMovesFollowTheTable)
{
    InvoiceRepository repo(db());
    auto d = repo.insertDraft(draft());
    ASSERT_TRUE(d.has_value());
    // a draft is not "sent" by a status change, nor paid
    EXPECT_EQ(repo.setStatus(d->id, 1, InvoiceStatus::Sent).error().code,
              ErrorCode::IllegalTransition);
    EXPECT_EQ(repo.setStatus(d->id, 1, InvoiceStatus::Paid).error().code,
              ErrorCode::IllegalTransition);
    EXPECT_EQ(repo.find(d->id)->status, InvoiceStatus::Draft);
    auto issued = repo.issue(d->id, QDate(2026, 3, 1), QDate(2026, 3, 31));
    ASSERT_TRUE(issued.has_value());
    auto overdue = repo.setStatus(d->id, issued->rowVersion, InvoiceStatus::Overdue);
    ASSERT_TRUE(overdue.has_value()) << overdue.error().message.toStdString();
    EXPECT_EQ(overdue->status, InvoiceStatus::Overdue);
    // stale version refused
    auto stale = repo.setStatus(d->id, issued->rowVersion, InvoiceStatus::Paid);
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().code, ErrorCode::StaleRow);
    auto paid = repo.setStatus(d->id, overdue->rowVersion, InvoiceStatus::Paid);
    ASSERT_TRUE(paid.has_value());
    // paid -> overdue is not in the table
    auto back = repo.setStatus(d->id, paid->rowVersion, InvoiceStatus::Overdue);
    ASSERT_FALSE(back.has_value());
    EXPECT_EQ(back.error().code, ErrorCode::IllegalTransition);
    EXPECT_EQ(repo.find(d->id)->status, InvoiceStatus::Paid);
    EXPECT_EQ(repo.find(d->id)->rowVersion, paid->rowVersion);
}

TEST_P(InvoiceRepositoryTest, APaymentInFullMarksTheInvoicePaidAndAPartOneLeavesItDue)
{
    InvoiceRepository repo(db());
    auto d = repo.insertDraft(draft());
    ASSERT_TRUE(d.has_value());
    auto issued = repo.issue(d->id, QDate(2026, 3, 1), QDate(2026, 3, 31));
    ASSERT_TRUE(issued.has_value());
    const QDateTime at = utc(2026, 3, 31, 9, 0, 0, 0);
    // 68.75 due: 20.00 first, the invoice stays sent
    auto part = repo.addPayment(d->id, 2000, at);
    ASSERT_TRUE(part.has_value()) << part.error().message.toStdString();
    EXPECT_EQ(part->status, InvoiceStatus::Sent);
    EXPECT_EQ(part->amountPaidMinor, 2000);
    EXPECT_FALSE(part->paidAt.isValid());
    // more than the 48.75 left is refused, and nothing changes
    auto tooMuch = repo.addPayment(d->id, 4876, at);
    ASSERT_FALSE(tooMuch.has_value());
    EXPECT_EQ(tooMuch.error().message,
              u"Invoice %1 cannot take that much: it would be paid more than its total."_qs.arg(
                  issued->number));
    EXPECT_EQ(repo.header(d->id)->amountPaidMinor, 2000);
    // the rest: paid, with the time
    auto rest = repo.addPayment(d->id, 4875, at);
    ASSERT_TRUE(rest.has_value()) << rest.error().message.toStdString();
    EXPECT_EQ(rest->status, InvoiceStatus::Paid);
    EXPECT_EQ(rest->amountPaidMinor, 6875);
    EXPECT_EQ(rest->paidAt, at);
    EXPECT_EQ(rest->rowVersion, repo.header(d->id)->rowVersion);
    // a paid invoice takes no payment
    auto after = repo.addPayment(d->id, 1, at);
    ASSERT_FALSE(after.has_value());
    EXPECT_EQ(after.error().code, ErrorCode::IllegalTransition);
}

IC_BOTH_DATABASES(InvoiceRepositoryTest);
