#include "services/storage/paymentrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

class PaymentRepositoryTest : public BothDatabases {
protected:
    void SetUp() override
    {
        BothDatabases::SetUp();
        m_customer = makeCustomer(db(), u"alice@example.org"_qs);
        m_invoice = makeDraftInvoice(db(), m_customer, 6875);
    }
    Payment card() const
    {
        Payment p;
        p.invoiceId = m_invoice;
        p.customerId = m_customer;
        p.amount = Money(6875, u"EUR"_qs);
        p.method = PaymentMethod::Card;
        p.gateway = u"stripe"_qs;
        p.gatewayReference = u"pi_3Nx"_qs;
        p.idempotencyKey = u"charge-42-2026-03-01"_qs;
        p.attemptedAt = utc(2026, 3, 1, 6, 0, 0, 250);
        return p;
    }
    qint64 m_customer = 0;
    qint64 m_invoice = 0;
};

TEST_P(PaymentRepositoryTest, EveryFieldRoundTrips)
{
    PaymentRepository repo(db());
    auto saved = repo.insert(card());
    ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    auto p = repo.find(saved->id);
    EXPECT_EQ(p->invoiceId, m_invoice);
    EXPECT_EQ(p->customerId, m_customer);
    EXPECT_EQ(p->amount, Money(6875, u"EUR"_qs));
    EXPECT_EQ(p->method, PaymentMethod::Card);
    EXPECT_EQ(p->gateway, u"stripe"_qs);
    EXPECT_EQ(p->gatewayReference, u"pi_3Nx"_qs);
    EXPECT_EQ(p->idempotencyKey, u"charge-42-2026-03-01"_qs);
    EXPECT_EQ(p->status, PaymentStatus::Pending);
    EXPECT_TRUE(p->failureCode.isEmpty());
    EXPECT_EQ(p->attemptedAt, utc(2026, 3, 1, 6, 0, 0, 250));
    EXPECT_FALSE(p->settledAt.isValid());
    EXPECT_EQ(p->rowVersion, 1);
    // a manual payment without gateway nor key
    Payment manual = card();
    manual.method = PaymentMethod::Transfer;
    manual.gateway.clear();
    manual.gatewayReference.clear();
    manual.idempotencyKey.clear();
    manual.status = PaymentStatus::Succeeded;
    manual.settledAt = utc(2026, 3, 2, 10);
    manual.attemptedAt = utc(2026, 3, 2, 9);
    auto m = repo.insert(manual);
    ASSERT_TRUE(m.has_value()) << m.error().message.toStdString();
    EXPECT_EQ(m->method, PaymentMethod::Transfer);
    EXPECT_TRUE(m->gateway.isEmpty());
    EXPECT_TRUE(m->idempotencyKey.isEmpty());
    EXPECT_EQ(m->settledAt, utc(2026, 3, 2, 10));
    // a second keyless payment is fine: only keys are unique
    manual.attemptedAt = utc(2026, 3, 3, 9);
    ASSERT_TRUE(repo.insert(manual).has_value());
    auto list = repo.listByInvoice(m_invoice);
    ASSERT_EQ(list->size(), 3);
    EXPECT_EQ((*list)[0].id, saved->id);
    EXPECT_EQ((*list)[2].attemptedAt, utc(2026, 3, 3, 9));
}

TEST_P(PaymentRepositoryTest, IdempotencyKeyIsUnique)
{
    PaymentRepository repo(db());
    auto first = repo.insert(card());
    ASSERT_TRUE(first.has_value());
    auto again = repo.insert(card());
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(again.error().message,
              u"A payment with the idempotency key charge-42-2026-03-01 was already recorded."_qs);
    EXPECT_EQ(countRows(db(), u"payments"_qs), 1);
    auto found = repo.findByIdempotencyKey(u"charge-42-2026-03-01"_qs);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->id, first->id);
    EXPECT_EQ(repo.findByIdempotencyKey(u"other"_qs).error().code, ErrorCode::NotFound);
}

TEST_P(PaymentRepositoryTest, StatusMovesFollowTheTable)
{
    PaymentRepository repo(db());
    auto p = repo.insert(card());
    ASSERT_TRUE(p.has_value());
    auto failed = repo.setStatus(p->id, 1, PaymentStatus::Failed, utc(2026, 3, 1, 6, 0, 2),
                                 u"card_declined"_qs, u"Your card was declined."_qs);
    ASSERT_TRUE(failed.has_value()) << failed.error().message.toStdString();
    EXPECT_EQ(failed->status, PaymentStatus::Failed);
    EXPECT_EQ(failed->failureCode, u"card_declined"_qs);
    EXPECT_EQ(failed->failureMessage, u"Your card was declined."_qs);
    EXPECT_FALSE(failed->settledAt.isValid());
    EXPECT_EQ(failed->rowVersion, 2);
    // failed is final
    auto illegal = repo.setStatus(p->id, 2, PaymentStatus::Succeeded, utc(2026, 3, 1, 7));
    ASSERT_FALSE(illegal.has_value());
    EXPECT_EQ(illegal.error().code, ErrorCode::IllegalTransition);
    EXPECT_EQ(repo.find(p->id)->status, PaymentStatus::Failed);
    EXPECT_FALSE(repo.find(p->id)->settledAt.isValid());

    Payment other = card();
    other.idempotencyKey = u"charge-42-retry"_qs;
    auto q = repo.insert(other);
    ASSERT_TRUE(q.has_value());
    auto stale = repo.setStatus(q->id, 7, PaymentStatus::Succeeded, utc(2026, 3, 4));
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().code, ErrorCode::StaleRow);
    auto ok = repo.setStatus(q->id, 1, PaymentStatus::Succeeded, utc(2026, 3, 4, 6, 0, 1));
    ASSERT_TRUE(ok.has_value());
    EXPECT_EQ(ok->settledAt, utc(2026, 3, 4, 6, 0, 1));
    auto refunded = repo.setStatus(q->id, 2, PaymentStatus::Refunded, utc(2026, 3, 9));
    ASSERT_TRUE(refunded.has_value());
    EXPECT_EQ(refunded->status, PaymentStatus::Refunded);
    EXPECT_EQ(refunded->settledAt, utc(2026, 3, 4, 6, 0, 1));
}

TEST_P(PaymentRepositoryTest, NegativeOrUnknownAmountsAreRefused)
{
    PaymentRepository repo(db());
    Payment p = card();
    p.amount = Money(-1, u"EUR"_qs);
    EXPECT_EQ(repo.insert(p).error().code, ErrorCode::Invalid);
    p.amount = Money(100, u"ABC"_qs);
    EXPECT_EQ(repo.insert(p).error().message, u"\"ABC\" is not a currency this program knows."_qs);
    EXPECT_EQ(countRows(db(), u"payments"_qs), 0);
}

IC_BOTH_DATABASES(PaymentRepositoryTest);
