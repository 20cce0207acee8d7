#include "services/storage/subscriptionrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

class SubscriptionRepositoryTest : public BothDatabases {
protected:
    void SetUp() override
    {
        BothDatabases::SetUp();
        m_customer = makeCustomer(db(), u"alice@example.org"_qs);
        m_plan = makePlan(db(), u"pro"_qs, 4900);
    }

    // Started on 31 January 2026, monthly; the period runs to 28 February (exclusive).
    Subscription monthly() const
    {
        Subscription s;
        s.customerId = m_customer;
        s.planId = m_plan;
        s.status = SubscriptionStatus::Trialing;
        s.startedOn = QDate(2026, 1, 31);
        s.trialEndsOn = QDate(2026, 2, 14);
        s.currentPeriodStart = QDate(2026, 1, 31);
        s.currentPeriodEnd = QDate(2026, 2, 28);
        s.nextBillingOn = QDate(2026, 2, 28);
        s.anchorDay = 31;
        s.cancelAtPeriodEnd = true;
        s.price = Money(4900, u"EUR"_qs);
        s.gateway = u"stripe"_qs;
        s.createdAt = utc(2026, 1, 31, 23, 59, 59, 999);
        return s;
    }

    qint64 m_customer = 0;
    qint64 m_plan = 0;
};

TEST_P(SubscriptionRepositoryTest, EveryFieldRoundTripsAndCreationIsInTheHistory)
{
    SubscriptionRepository repo(db());
    auto saved = repo.insert(monthly(), u"admin"_qs);
    ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    auto s = repo.find(saved->id);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->customerId, m_customer);
    EXPECT_EQ(s->planId, m_plan);
    EXPECT_EQ(s->status, SubscriptionStatus::Trialing);
    EXPECT_EQ(s->startedOn, QDate(2026, 1, 31));
    EXPECT_EQ(s->trialEndsOn, QDate(2026, 2, 14));
    EXPECT_EQ(s->currentPeriodStart, QDate(2026, 1, 31));
    EXPECT_EQ(s->currentPeriodEnd, QDate(2026, 2, 28));
    EXPECT_EQ(s->nextBillingOn, QDate(2026, 2, 28));
    EXPECT_EQ(s->anchorDay, 31);
    EXPECT_TRUE(s->cancelAtPeriodEnd);
    EXPECT_FALSE(s->cancelledAt.isValid());
    EXPECT_FALSE(s->pausedAt.isValid());
    EXPECT_EQ(s->promotionId, 0);
    EXPECT_EQ(s->price, Money(4900, u"EUR"_qs));
    EXPECT_EQ(s->gateway, u"stripe"_qs);
    EXPECT_EQ(s->createdAt, utc(2026, 1, 31, 23, 59, 59, 999));
    EXPECT_EQ(s->rowVersion, 1);
    auto history = repo.events(s->id);
    ASSERT_EQ(history->size(), 1);
    EXPECT_FALSE((*history)[0].fromStatus.has_value());
    EXPECT_EQ((*history)[0].toStatus, SubscriptionStatus::Trialing);
    EXPECT_EQ((*history)[0].toPlanId, m_plan);
    EXPECT_EQ((*history)[0].fromPlanId, 0);
    EXPECT_EQ((*history)[0].actor, u"admin"_qs);
    EXPECT_EQ((*history)[0].occurredAt, utc(2026, 1, 31, 23, 59, 59, 999));
}

TEST_P(SubscriptionRepositoryTest, UpdateSavesAndStaleUpdateIsRefused)
{
    SubscriptionRepository repo(db());
    auto saved = repo.insert(monthly(), u"admin"_qs);
    ASSERT_TRUE(saved.has_value());
    Subscription theirs = *saved;
    theirs.nextBillingOn = QDate(); // nothing billed any more
    theirs.cancelAtPeriodEnd = false;
    theirs.pausedAt = utc(2026, 2, 1, 12, 30);
    theirs.price = Money(3900, u"EUR"_qs);
    auto ok = repo.update(theirs);
    ASSERT_TRUE(ok.has_value()) << ok.error().message.toStdString();
    EXPECT_EQ(ok->rowVersion, 2);
    EXPECT_FALSE(ok->nextBillingOn.isValid());
    EXPECT_FALSE(ok->cancelAtPeriodEnd);
    EXPECT_EQ(ok->pausedAt, utc(2026, 2, 1, 12, 30));
    EXPECT_EQ(ok->price.minor(), 3900);
    Subscription mine = *saved;
    mine.anchorDay = 15;
    auto r = repo.update(mine);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::StaleRow);
    EXPECT_EQ(repo.find(saved->id)->anchorDay, 31);
    EXPECT_EQ(repo.find(saved->id)->price.minor(), 3900);
}

TEST_P(SubscriptionRepositoryTest, AnEditCannotMoveTheStatus)
{
    SubscriptionRepository repo(db());
    auto saved = repo.insert(monthly(), u"admin"_qs);
    ASSERT_TRUE(saved.has_value());
    Subscription s = *saved;
    s.status = SubscriptionStatus::Cancelled;
    auto r = repo.update(s);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::IllegalTransition);
    EXPECT_EQ(repo.find(s.id)->status, SubscriptionStatus::Trialing);
    EXPECT_EQ(repo.find(s.id)->rowVersion, 1);
}

TEST_P(SubscriptionRepositoryTest, StatusChangesFollowTheTableAndAreRecorded)
{
    SubscriptionRepository repo(db());
    auto saved = repo.insert(monthly(), u"admin"_qs);
    ASSERT_TRUE(saved.has_value());
    auto active = repo.changeStatus(saved->id, 1, SubscriptionStatus::Active, u"daily-run"_qs,
                                    u"trial converted"_qs, utc(2026, 2, 14, 6));
    ASSERT_TRUE(active.has_value()) << active.error().message.toStdString();
    EXPECT_EQ(active->status, SubscriptionStatus::Active);
    EXPECT_EQ(active->rowVersion, 2);
    auto paused = repo.changeStatus(saved->id, 2, SubscriptionStatus::Paused, u"support"_qs,
                                    u"holiday"_qs, utc(2026, 3, 1, 9));
    ASSERT_TRUE(paused.has_value());
    EXPECT_EQ(paused->pausedAt, utc(2026, 3, 1, 9));
    // paused -> past_due is not in the table: refused, nothing written
    auto illegal = repo.changeStatus(saved->id, 3, SubscriptionStatus::PastDue, u"support"_qs,
                                     u""_qs, utc(2026, 3, 2));
    ASSERT_FALSE(illegal.has_value());
    EXPECT_EQ(illegal.error().code, ErrorCode::IllegalTransition);
    EXPECT_TRUE(illegal.error().message.contains(u"paused"_qs));
    EXPECT_TRUE(illegal.error().message.contains(u"past due"_qs));
    EXPECT_EQ(repo.find(saved->id)->status, SubscriptionStatus::Paused);
    EXPECT_EQ(repo.find(saved->id)->rowVersion, 3);
    // a stale version is refused even for a legal move
    auto stale = repo.changeStatus(saved->id, 2, SubscriptionStatus::Active, u"support"_qs, u""_qs,
                                   utc(2026, 3, 2));
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().code, ErrorCode::StaleRow);
    auto resumed = repo.changeStatus(saved->id, 3, SubscriptionStatus::Active, u"support"_qs,
                                     u"back"_qs, utc(2026, 3, 10));
    ASSERT_TRUE(resumed.has_value());
    EXPECT_FALSE(resumed->pausedAt.isValid());
    auto cancelled =
        repo.changeStatus(saved->id, 4, SubscriptionStatus::Cancelled, u"alice@example.org"_qs,
                          u"too expensive"_qs, utc(2026, 3, 20, 17, 45, 12, 300));
    ASSERT_TRUE(cancelled.has_value());
    EXPECT_EQ(cancelled->cancelledAt, utc(2026, 3, 20, 17, 45, 12, 300));
    // cancelled is final, and staying in a status is not a change
    EXPECT_EQ(
        repo.changeStatus(saved->id, 5, SubscriptionStatus::Active, u"x"_qs, {}, utc(2026, 4, 1))
            .error()
            .code,
        ErrorCode::IllegalTransition);
    EXPECT_EQ(
        repo.changeStatus(saved->id, 5, SubscriptionStatus::Cancelled, u"x"_qs, {}, utc(2026, 4, 1))
            .error()
            .code,
        ErrorCode::IllegalTransition);

    auto history = repo.events(saved->id);
    ASSERT_EQ(history->size(), 5); // created, active, paused, active, cancelled
    const auto &e = (*history)[4];
    EXPECT_EQ(e.fromStatus, std::optional(SubscriptionStatus::Active));
    EXPECT_EQ(e.toStatus, SubscriptionStatus::Cancelled);
    EXPECT_EQ(e.actor, u"alice@example.org"_qs);
    EXPECT_EQ(e.reason, u"too expensive"_qs);
    EXPECT_EQ(e.occurredAt, utc(2026, 3, 20, 17, 45, 12, 300));
    EXPECT_EQ(e.fromPlanId, m_plan);
    EXPECT_EQ((*history)[1].fromStatus, std::optional(SubscriptionStatus::Trialing));
    EXPECT_EQ((*history)[2].reason, u"holiday"_qs);
}

TEST_P(SubscriptionRepositoryTest, DueOnPicksBillableSubscriptionsUpToTheDay)
{
    SubscriptionRepository repo(db());
    // next billing on 28 Feb (trialing), 1 Mar (active), 2 Mar (active), 27 Feb (paused),
    // 26 Feb (past due), none (active)
    auto add = [&](QDate next, SubscriptionStatus status) {
        Subscription s = monthly();
        s.nextBillingOn = next;
        s.status = status;
        auto r = repo.insert(s, u"admin"_qs);
        EXPECT_TRUE(r.has_value());
        return r ? r->id : 0;
    };
    const qint64 a = add(QDate(2026, 2, 28), SubscriptionStatus::Trialing);
    const qint64 b = add(QDate(2026, 3, 1), SubscriptionStatus::Active);
    add(QDate(2026, 3, 2), SubscriptionStatus::Active);
    add(QDate(2026, 2, 27), SubscriptionStatus::Paused);
    const qint64 e = add(QDate(2026, 2, 26), SubscriptionStatus::PastDue);
    add(QDate(), SubscriptionStatus::Active);
    auto due = repo.dueOn(QDate(2026, 3, 1));
    ASSERT_TRUE(due.has_value()) << due.error().message.toStdString();
    ASSERT_EQ(due->size(), 3);
    EXPECT_EQ((*due)[0].id, e);
    EXPECT_EQ((*due)[1].id, a);
    EXPECT_EQ((*due)[2].id, b);
    EXPECT_EQ(repo.dueOn(QDate(2026, 2, 25))->size(), 0);
    EXPECT_EQ(repo.listByCustomer(m_customer)->size(), 6);
    EXPECT_EQ(repo.listByCustomer(m_customer + 1000)->size(), 0);
}

TEST_P(SubscriptionRepositoryTest, InvalidSubscriptionsAreRefused)
{
    SubscriptionRepository repo(db());
    Subscription s = monthly();
    s.currentPeriodEnd = QDate(2026, 1, 30);
    auto r = repo.insert(s, u"admin"_qs);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().message,
              u"The current period ends on 2026-01-30, before it starts on 2026-01-31."_qs);
    s = monthly();
    s.anchorDay = 32;
    EXPECT_EQ(repo.insert(s, u"admin"_qs).error().code, ErrorCode::Invalid);
    s = monthly();
    s.planId = 999999; // no such plan: the foreign key refuses it
    EXPECT_EQ(repo.insert(s, u"admin"_qs).error().code, ErrorCode::Invalid);
    EXPECT_EQ(countRows(db(), u"subscriptions"_qs), 0);
    EXPECT_EQ(countRows(db(), u"subscription_events"_qs), 0);
}

IC_BOTH_DATABASES(SubscriptionRepositoryTest);
