#include "models/billingcalendar.h"
#include "services/billing/dailyrun.h"
#include "services/billing/subscriptionlifecycle.h"
#include "services/gateways/paymentgateway.h"
#include "services/storage/creditrepository.h"
#include "services/storage/invoicerepository.h"
#include "services/storage/subscriptionrepository.h"
#include "tests/services/billingfixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

const QString EUR = QStringLiteral("EUR");

// Plans for the lifecycle: a name that differs from the slug, so sentences show the name.
qint64 addCatalogPlan(Database &db, const QString &slug, const QString &name, const QString &type,
                      int intervalMonths, qint64 priceMinor, qint64 setupMinor = 0,
                      int trialDays = 0, const QString &currency = u"EUR"_qs, bool active = true)
{
    const QString cycle = type == u"annual"_qs                          ? u"annual"_qs
                          : (type == u"free"_qs || type == u"trial"_qs) ? u"none"_qs
                                                                        : u"monthly"_qs;
    return insertReturningId(
        db,
        u"INSERT INTO plans (slug, name, plan_type, billing_cycle, interval_months, price_minor, "
        u"currency, setup_fee_minor, trial_days, is_active, created_at) VALUES (:s, :n, :t, :c, "
        u":i, :p, :cur, :setup, :trial, :active, '2026-01-01T00:00:00.000Z') RETURNING id"_qs,
        {{"s", slug},
         {"n", name},
         {"t", type},
         {"c", cycle},
         {"i", intervalMonths},
         {"p", priceMinor},
         {"cur", currency},
         {"setup", setupMinor},
         {"trial", trialDays},
         {"active", active}});
}

// A gateway that pays every charge asked of it, under the name the subscription gives.
class PayingGateway final : public PaymentGateway {
public:
    explicit PayingGateway(QString name)
        : m_name(std::move(name))
    {
    }
    QString name() const override { return m_name; }
    bool chargesAutomatically() const override { return true; }
    Result<ChargeResult> charge(const ChargeRequest &request) override
    {
        ++charges;
        ChargeResult r;
        r.outcome = ChargeOutcome::Succeeded;
        r.reference = u"ch_"_qs + request.idempotencyKey;
        return r;
    }
    int charges = 0;

private:
    QString m_name;
};

class LifecycleTest : public BillingBook {
protected:
    void SetUp() override
    {
        BillingBook::SetUp();
        if (HasFatalFailure())
            return;
        // BillingBook's "pro": 20.00 € a month with a 5.00 € setup fee.
        starter = addCatalogPlan(db(), u"starter"_qs, u"Starter"_qs, u"monthly"_qs, 1, 1900);
        proMonthly = addCatalogPlan(db(), u"pro-monthly"_qs, u"Pro"_qs, u"monthly"_qs, 1, 4900);
        starterAnnual = addCatalogPlan(db(), u"starter-annual"_qs, u"Starter (annual)"_qs,
                                       u"annual"_qs, 12, 19000);
        free = addCatalogPlan(db(), u"free"_qs, u"Free"_qs, u"free"_qs, 0, 0);
        trial = addCatalogPlan(db(), u"pro-trial"_qs, u"Pro trial"_qs, u"trial"_qs, 0, 0, 0, 14);
        retired = addCatalogPlan(db(), u"legacy"_qs, u"Legacy"_qs, u"monthly"_qs, 1, 900, 0, 0,
                                 u"EUR"_qs, false);
        dollars = addCatalogPlan(db(), u"pro-usd"_qs, u"Pro US"_qs, u"monthly"_qs, 1, 4900, 0, 0,
                                 u"USD"_qs);
    }

    SubscriptionLifecycle lifecycle() { return SubscriptionLifecycle(db(), clock); }
    SubscriptionRepository subscriptions() { return SubscriptionRepository(db()); }

    // Business dates are in Europe/Paris: ten o'clock UTC is the same day there.
    void setToday(int y, int m, int d) { clock.set(utc(y, m, d, 10)); }

    Subscription created(qint64 planId, const QString &code = {})
    {
        auto out = lifecycle().create(fr, planId, u"anne.admin"_qs, code);
        EXPECT_TRUE(out.has_value()) << out.error().message.toStdString();
        return out ? out->subscription : Subscription{};
    }

    QList<SubscriptionEvent> eventsOf(qint64 id)
    {
        auto events = subscriptions().events(id);
        EXPECT_TRUE(events.has_value()) << events.error().message.toStdString();
        return events.value_or(QList<SubscriptionEvent>{});
    }

    // Everything a refused lifecycle step could have written.
    QList<qint64> lifecycleRows()
    {
        QList<qint64> rows = writtenRows(db());
        rows.append(countRows(db(), u"subscriptions"_qs));
        rows.append(countRows(db(), u"subscription_events"_qs));
        rows.append(scalarOf(db(), u"SELECT COALESCE(SUM(row_version), 0) FROM subscriptions"_qs));
        return rows;
    }

    qint64 starter = 0, proMonthly = 0, starterAnnual = 0, free = 0, trial = 0, retired = 0,
           dollars = 0;
};

} // namespace

// ---- creation ----

TEST_P(LifecycleTest, PaidPlanStartsActiveAndIssuesItsFirstInvoiceWithTheSetupFee)
{
    // 15 March 2026, plan "pro": 20.00 € + setup 5.00 €, French VAT 20 %:
    //   20.00 + 5.00 = 25.00, tax 4.00 + 1.00 = 5.00, total 30.00
    auto out = lifecycle().create(fr, plan, u"anne.admin"_qs);
    ASSERT_TRUE(out.has_value()) << out.error().message.toStdString();
    const Subscription &s = out->subscription;
    EXPECT_EQ(s.status, SubscriptionStatus::Active);
    EXPECT_EQ(s.startedOn, QDate(2026, 3, 15));
    EXPECT_EQ(s.currentPeriodStart, QDate(2026, 3, 15));
    EXPECT_EQ(s.currentPeriodEnd, QDate(2026, 4, 15));
    EXPECT_EQ(s.nextBillingOn, QDate(2026, 4, 15));
    EXPECT_EQ(s.anchorDay, 15);
    EXPECT_EQ(s.price, Money(2000, EUR));
    ASSERT_TRUE(out->invoice.has_value());
    EXPECT_EQ(out->invoice->number, u"INV-2026-001"_qs);
    EXPECT_EQ(out->invoice->subscriptionId, s.id);
    EXPECT_EQ(out->invoice->periodStart, QDate(2026, 3, 15));
    EXPECT_EQ(out->invoice->periodEnd, QDate(2026, 4, 15));
    EXPECT_EQ(out->invoice->subtotalMinor, 2500);
    EXPECT_EQ(out->invoice->taxMinor, 500);
    EXPECT_EQ(out->invoice->totalMinor, 3000);

    const auto events = eventsOf(s.id);
    ASSERT_EQ(events.size(), 1);
    EXPECT_FALSE(events[0].fromStatus.has_value());
    EXPECT_EQ(events[0].toStatus, SubscriptionStatus::Active);
    EXPECT_EQ(events[0].fromPlanId, 0);
    EXPECT_EQ(events[0].toPlanId, plan);
    EXPECT_EQ(events[0].actor, u"anne.admin"_qs);
    EXPECT_EQ(events[0].reason, u"created"_qs);
}

TEST_P(LifecycleTest, TrialPlanStartsTrialingWithoutAnInvoice)
{
    // 15 March + 14 days = 29 March: the trial ends, and billing is due, on that day.
    const Subscription s = created(trial);
    EXPECT_EQ(s.status, SubscriptionStatus::Trialing);
    EXPECT_EQ(s.trialEndsOn, QDate(2026, 3, 29));
    EXPECT_EQ(s.currentPeriodStart, QDate(2026, 3, 15));
    EXPECT_EQ(s.currentPeriodEnd, QDate(2026, 3, 29));
    EXPECT_EQ(s.nextBillingOn, QDate(2026, 3, 29));
    EXPECT_EQ(countRows(db(), u"invoices"_qs), 0);
    const auto events = eventsOf(s.id);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].toStatus, SubscriptionStatus::Trialing);
}

TEST_P(LifecycleTest, FreePlanStartsActiveWithNothingToBill)
{
    const Subscription s = created(free);
    EXPECT_EQ(s.status, SubscriptionStatus::Active);
    EXPECT_FALSE(s.nextBillingOn.isValid());
    EXPECT_EQ(s.currentPeriodStart, s.currentPeriodEnd);
    EXPECT_EQ(countRows(db(), u"invoices"_qs), 0);
}

TEST_P(LifecycleTest, CreateRefusesAnInactivePlanAndWritesNothing)
{
    const auto before = lifecycleRows();
    auto out = lifecycle().create(fr, retired, u"anne.admin"_qs);
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().message, u"Plan \"Legacy\" is no longer sold; choose an active plan."_qs);
    EXPECT_EQ(lifecycleRows(), before);
}

TEST_P(LifecycleTest, CreateRefusesAPromotionCodeOnAFreePlan)
{
    const auto before = lifecycleRows();
    auto out = lifecycle().create(fr, free, u"anne.admin"_qs, u"WELCOME"_qs);
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().code, ErrorCode::Invalid);
    EXPECT_EQ(lifecycleRows(), before);
}

TEST_P(LifecycleTest, AFailingFirstInvoiceLeavesNoSubscription)
{
    // An unknown promotion code fails the invoice: the subscription goes with it.
    const auto before = lifecycleRows();
    auto out = lifecycle().create(fr, plan, u"anne.admin"_qs, u"NOSUCHCODE"_qs);
    ASSERT_FALSE(out);
    EXPECT_EQ(lifecycleRows(), before);
}

// ---- the 31st of January anchor ----

TEST_P(LifecycleTest, ThirtyFirstOfJanuaryAnchorHoldsOverThreeRenewals)
{
    // Started 2027-01-31 (anchor 31): the first period ends 28 Feb. The daily run, every day
    // from 1 February to 30 April with a gateway that pays, renews on the due dates:
    //   28 Feb → 31 Mar, 31 Mar → 30 Apr, 30 Apr → 31 May (the anchor, not the 28th, decides).
    setToday(2027, 1, 31);
    Subscription s = created(starter);
    EXPECT_EQ(s.anchorDay, 31);
    EXPECT_EQ(s.currentPeriodEnd, QDate(2027, 2, 28));

    PayingGateway pays(s.gateway);
    for (QDate day(2027, 2, 1); day <= QDate(2027, 4, 30); day = day.addDays(1)) {
        FixedClock runClock(QDateTime(day, QTime(6, 0), Qt::UTC));
        DailyRun run(db(), runClock, {{s.gateway, &pays}});
        auto summary = run.run(day);
        ASSERT_TRUE(summary.has_value()) << day.toString(Qt::ISODate).toStdString() << ": "
                                         << summary.error().message.toStdString();
    }
    auto renewed = subscriptions().find(s.id);
    ASSERT_TRUE(renewed.has_value()) << renewed.error().message.toStdString();
    s = *renewed;
    EXPECT_EQ(s.status, SubscriptionStatus::Active);
    EXPECT_EQ(s.anchorDay, 31);
    EXPECT_EQ(s.currentPeriodStart, QDate(2027, 4, 30));
    EXPECT_EQ(s.currentPeriodEnd, QDate(2027, 5, 31));
    EXPECT_EQ(s.nextBillingOn, QDate(2027, 5, 31));
    // The invoices the run made, one per renewal, each for its period (the first one is the
    // creation's): 19.00 € + 20 % VAT = 22.80 € each.
    QStringList periods;
    auto q =
        db().exec(u"SELECT period_start, period_end, total_minor FROM invoices ORDER BY id"_qs);
    ASSERT_TRUE(q.has_value()) << q.error().message.toStdString();
    while (q->next())
        periods.append(toDate(q->value(0)).toString(Qt::ISODate) + u' ' +
                       toDate(q->value(1)).toString(Qt::ISODate) + u' ' + q->value(2).toString());
    EXPECT_EQ(periods,
              (QStringList{u"2027-01-31 2027-02-28 2280"_qs, u"2027-02-28 2027-03-31 2280"_qs,
                           u"2027-03-31 2027-04-30 2280"_qs, u"2027-04-30 2027-05-31 2280"_qs}));
    // The creation's invoice (left to the run: the counter took no payment), then the three
    // renewals, each charged once on its due date: 1 + 3 = 4.
    EXPECT_EQ(pays.charges, 4);

    // In the period 30 April → 31 May (31 days), a change to Pro on 16 May leaves 15 days:
    //   credit = −1900 × 15 / 31 = −919.35 → −919; charge = 4900 × 15 / 31 = 2370.97 → 2371
    setToday(2027, 5, 16);
    auto preview = lifecycle().previewPlanChange(s.id, proMonthly);
    ASSERT_TRUE(preview.has_value()) << preview.error().message.toStdString();
    ASSERT_TRUE(preview->proration.has_value());
    EXPECT_EQ(preview->proration->periodDays, 31);
    EXPECT_EQ(preview->proration->remainingDays, 15);
    EXPECT_EQ(preview->proration->credit.unitPrice.minor(), -919);
    EXPECT_EQ(preview->proration->charge.unitPrice.minor(), 2371);
}

// ---- pause and resume ----

TEST_P(LifecycleTest, PauseAndResumeWithinThePeriodKeepThePeriod)
{
    const Subscription s = created(plan);
    setToday(2026, 3, 20);
    auto paused = lifecycle().pause(s.id, u"bob.support"_qs, u"customer on holiday"_qs);
    ASSERT_TRUE(paused.has_value()) << paused.error().message.toStdString();
    EXPECT_EQ(paused->status, SubscriptionStatus::Paused);
    EXPECT_EQ(paused->pausedAt, utc(2026, 3, 20, 10));

    setToday(2026, 4, 1);
    auto resumed = lifecycle().resume(s.id, u"bob.support"_qs, u"customer is back"_qs);
    ASSERT_TRUE(resumed.has_value()) << resumed.error().message.toStdString();
    EXPECT_EQ(resumed->subscription.status, SubscriptionStatus::Active);
    EXPECT_FALSE(resumed->subscription.pausedAt.isValid());
    EXPECT_EQ(resumed->subscription.currentPeriodStart, QDate(2026, 3, 15));
    EXPECT_EQ(resumed->subscription.currentPeriodEnd, QDate(2026, 4, 15));
    EXPECT_EQ(resumed->subscription.nextBillingOn, QDate(2026, 4, 15));
    EXPECT_FALSE(resumed->invoice.has_value());
    EXPECT_EQ(countRows(db(), u"invoices"_qs), 1);

    const auto events = eventsOf(s.id);
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[1].fromStatus, SubscriptionStatus::Active);
    EXPECT_EQ(events[1].toStatus, SubscriptionStatus::Paused);
    EXPECT_EQ(events[1].actor, u"bob.support"_qs);
    EXPECT_EQ(events[1].reason, u"customer on holiday"_qs);
    EXPECT_EQ(events[1].fromPlanId, plan);
    EXPECT_EQ(events[1].toPlanId, plan);
    EXPECT_EQ(events[2].fromStatus, SubscriptionStatus::Paused);
    EXPECT_EQ(events[2].toStatus, SubscriptionStatus::Active);
    EXPECT_EQ(events[2].reason, u"customer is back"_qs);
}

TEST_P(LifecycleTest, ResumeAfterThePeriodReanchorsOnTodayAndInvoicesTheNewPeriod)
{
    // Paused 20 March, back 2 May (after the period ended on 15 April): a new period
    // 2 May → 2 June, anchor 2, invoiced at once: 20.00 + 20 % = 24.00 (no setup fee again).
    const Subscription s = created(plan);
    setToday(2026, 3, 20);
    ASSERT_TRUE(lifecycle().pause(s.id, u"bob.support"_qs, u"holiday"_qs));
    setToday(2026, 5, 2);
    auto resumed = lifecycle().resume(s.id, u"bob.support"_qs, u"back"_qs);
    ASSERT_TRUE(resumed.has_value()) << resumed.error().message.toStdString();
    EXPECT_EQ(resumed->subscription.currentPeriodStart, QDate(2026, 5, 2));
    EXPECT_EQ(resumed->subscription.currentPeriodEnd, QDate(2026, 6, 2));
    EXPECT_EQ(resumed->subscription.nextBillingOn, QDate(2026, 6, 2));
    EXPECT_EQ(resumed->subscription.anchorDay, 2);
    ASSERT_TRUE(resumed->invoice.has_value());
    EXPECT_EQ(resumed->invoice->number, u"INV-2026-002"_qs);
    EXPECT_EQ(resumed->invoice->periodStart, QDate(2026, 5, 2));
    EXPECT_EQ(resumed->invoice->totalMinor, 2400);
}

TEST_P(LifecycleTest, ResumeRefusesWhatIsNotPaused)
{
    const Subscription s = created(plan);
    ASSERT_TRUE(lifecycle().suspend(s.id, u"bob.support"_qs, u"chargeback"_qs));
    const auto before = lifecycleRows();
    auto resumed = lifecycle().resume(s.id, u"bob.support"_qs, u"back"_qs);
    ASSERT_FALSE(resumed);
    EXPECT_EQ(resumed.error().code, ErrorCode::IllegalTransition);
    EXPECT_EQ(resumed.error().message,
              u"Only a paused subscription is resumed; this one is suspended."_qs);
    EXPECT_EQ(lifecycleRows(), before);
}

// ---- cancel, expire, suspend, reactivate ----

TEST_P(LifecycleTest, CancelNowStopsBilling)
{
    const Subscription s = created(plan);
    setToday(2026, 3, 22);
    auto cancelled = lifecycle().cancelNow(s.id, u"carla.sales"_qs, u"moved to a competitor"_qs);
    ASSERT_TRUE(cancelled.has_value()) << cancelled.error().message.toStdString();
    EXPECT_EQ(cancelled->status, SubscriptionStatus::Cancelled);
    EXPECT_EQ(cancelled->cancelledAt, utc(2026, 3, 22, 10));
    EXPECT_FALSE(cancelled->nextBillingOn.isValid());
    const auto events = eventsOf(s.id);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[1].fromStatus, SubscriptionStatus::Active);
    EXPECT_EQ(events[1].toStatus, SubscriptionStatus::Cancelled);
    EXPECT_EQ(events[1].actor, u"carla.sales"_qs);
    EXPECT_EQ(events[1].reason, u"moved to a competitor"_qs);
    EXPECT_EQ(events[1].occurredAt, utc(2026, 3, 22, 10));
}

TEST_P(LifecycleTest, CancelAtPeriodEndSetsTheFlagAndCanBeTakenBack)
{
    const Subscription s = created(plan);
    auto flagged = lifecycle().cancelAtPeriodEnd(s.id, u"carla.sales"_qs, u"budget cut"_qs);
    ASSERT_TRUE(flagged.has_value()) << flagged.error().message.toStdString();
    EXPECT_TRUE(flagged->cancelAtPeriodEnd);
    EXPECT_EQ(flagged->status, SubscriptionStatus::Active);
    EXPECT_EQ(flagged->nextBillingOn, QDate(2026, 4, 15));

    auto twice = lifecycle().cancelAtPeriodEnd(s.id, u"carla.sales"_qs, u"budget cut"_qs);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().message,
              u"Subscription %1 is already set to end on 2026-04-15."_qs.arg(s.id));

    auto back = lifecycle().cancelAtPeriodEnd(s.id, u"carla.sales"_qs, u"budget found"_qs, false);
    ASSERT_TRUE(back.has_value()) << back.error().message.toStdString();
    EXPECT_FALSE(back->cancelAtPeriodEnd);

    const auto events = eventsOf(s.id);
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[1].fromStatus, SubscriptionStatus::Active);
    EXPECT_EQ(events[1].toStatus, SubscriptionStatus::Active);
    EXPECT_EQ(events[1].actor, u"carla.sales"_qs);
    EXPECT_EQ(events[1].reason,
              u"Set to cancel at the end of the period, on 2026-04-15. budget cut"_qs);
    EXPECT_EQ(events[2].reason,
              u"The cancellation at the end of the period is taken back. budget found"_qs);
}

TEST_P(LifecycleTest, ExpireEndsATrial)
{
    const Subscription s = created(trial);
    setToday(2026, 3, 29);
    auto expired = lifecycle().expire(s.id, u"daily-run"_qs, u"trial ended unconverted"_qs);
    ASSERT_TRUE(expired.has_value()) << expired.error().message.toStdString();
    EXPECT_EQ(expired->status, SubscriptionStatus::Expired);
    EXPECT_FALSE(expired->nextBillingOn.isValid());
    const auto events = eventsOf(s.id);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[1].fromStatus, SubscriptionStatus::Trialing);
    EXPECT_EQ(events[1].toStatus, SubscriptionStatus::Expired);
    EXPECT_EQ(events[1].reason, u"trial ended unconverted"_qs);
}

TEST_P(LifecycleTest, SuspendThenReactivate)
{
    const Subscription s = created(plan);
    auto suspended = lifecycle().suspend(s.id, u"dan.billing"_qs, u"chargeback"_qs);
    ASSERT_TRUE(suspended.has_value()) << suspended.error().message.toStdString();
    EXPECT_EQ(suspended->status, SubscriptionStatus::Suspended);
    auto active = lifecycle().reactivate(s.id, u"dan.billing"_qs, u"chargeback resolved"_qs);
    ASSERT_TRUE(active.has_value()) << active.error().message.toStdString();
    EXPECT_EQ(active->status, SubscriptionStatus::Active);
    const auto events = eventsOf(s.id);
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[1].toStatus, SubscriptionStatus::Suspended);
    EXPECT_EQ(events[2].fromStatus, SubscriptionStatus::Suspended);
    EXPECT_EQ(events[2].toStatus, SubscriptionStatus::Active);
    EXPECT_EQ(events[2].actor, u"dan.billing"_qs);
    EXPECT_EQ(events[2].reason, u"chargeback resolved"_qs);
}

TEST_P(LifecycleTest, ReactivateRefusesAPausedSubscription)
{
    const Subscription s = created(plan);
    ASSERT_TRUE(lifecycle().pause(s.id, u"bob.support"_qs, u"holiday"_qs));
    const auto before = lifecycleRows();
    auto r = lifecycle().reactivate(s.id, u"dan.billing"_qs, u"why not"_qs);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message,
              u"Only a suspended subscription is reactivated; this one is paused."_qs);
    EXPECT_EQ(lifecycleRows(), before);
}

TEST_P(LifecycleTest, IllegalMovesSayTheTransitionTablesSentenceAndWriteNothing)
{
    const Subscription s = created(plan);
    ASSERT_TRUE(lifecycle().cancelNow(s.id, u"carla.sales"_qs, u"asked"_qs));
    const auto before = lifecycleRows();
    auto paused = lifecycle().pause(s.id, u"bob.support"_qs, u"holiday"_qs);
    ASSERT_FALSE(paused);
    EXPECT_EQ(paused.error().code, ErrorCode::IllegalTransition);
    EXPECT_EQ(paused.error().message,
              u"A subscription cannot go from \"cancelled\" to \"paused\"."_qs);
    auto suspended = lifecycle().suspend(s.id, u"bob.support"_qs, u"late"_qs);
    ASSERT_FALSE(suspended);
    EXPECT_EQ(suspended.error().message,
              u"A subscription cannot go from \"cancelled\" to \"suspended\"."_qs);
    auto flagged = lifecycle().cancelAtPeriodEnd(s.id, u"bob.support"_qs, u"again"_qs);
    ASSERT_FALSE(flagged);
    EXPECT_EQ(flagged.error().message,
              u"A subscription cannot go from \"cancelled\" to \"cancelled\"."_qs);
    EXPECT_EQ(lifecycleRows(), before);
}

TEST_P(LifecycleTest, EveryChangeNeedsAReasonAndAnActor)
{
    const Subscription s = created(plan);
    const auto before = lifecycleRows();
    auto noReason = lifecycle().pause(s.id, u"bob.support"_qs, u"  "_qs);
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().message,
              u"Say why: the history of a subscription keeps a reason for every change."_qs);
    auto noActor = lifecycle().pause(s.id, QString(), u"holiday"_qs);
    ASSERT_FALSE(noActor);
    EXPECT_EQ(lifecycleRows(), before);
}

// ---- plan changes now ----

TEST_P(LifecycleTest, UpgradeNowProratesAcrossALeapFebruaryAndInvoicesTheLines)
{
    // Started 2028-02-10 on Starter (19.00 €, no setup fee): period 02-10 → 03-10, 29 days.
    // Changed to Pro (49.00 €) on 02-20: 19 days left.
    //   credit = −1900 × 19 / 29 = −1244.83 → −1245, tax 20 % = −249.0 → −249
    //   charge =  4900 × 19 / 29 =  3210.34 →  3210, tax 20 % =  642.0 →  642
    //   subtotal 1965, tax 393, total 2358
    setToday(2028, 2, 10);
    const Subscription s = created(starter);
    setToday(2028, 2, 20);

    const auto beforePreview = lifecycleRows();
    auto preview = lifecycle().previewPlanChange(s.id, proMonthly);
    ASSERT_TRUE(preview.has_value()) << preview.error().message.toStdString();
    EXPECT_EQ(lifecycleRows(), beforePreview);
    EXPECT_FALSE(preview->startsNewPeriod);
    EXPECT_EQ(preview->periodStart, QDate(2028, 2, 20));
    EXPECT_EQ(preview->periodEnd, QDate(2028, 3, 10));
    ASSERT_EQ(preview->lines.size(), 2);
    EXPECT_EQ(preview->lines[0].unitPriceMinor, -1245);
    EXPECT_EQ(preview->lines[0].taxMinor, -249);
    EXPECT_EQ(preview->lines[0].planId, starter);
    EXPECT_EQ(preview->lines[1].unitPriceMinor, 3210);
    EXPECT_EQ(preview->lines[1].taxMinor, 642);
    EXPECT_EQ(preview->lines[1].planId, proMonthly);
    EXPECT_EQ(preview->subtotal, Money(1965, EUR));
    EXPECT_EQ(preview->tax, Money(393, EUR));
    EXPECT_EQ(preview->total, Money(2358, EUR));
    EXPECT_FALSE(preview->isCredit());

    auto changed =
        lifecycle().changePlanNow(s.id, proMonthly, u"erin.sales"_qs, u"needs more projects"_qs);
    ASSERT_TRUE(changed.has_value()) << changed.error().message.toStdString();
    EXPECT_EQ(changed->subscription.planId, proMonthly);
    EXPECT_EQ(changed->subscription.price, Money(4900, EUR));
    EXPECT_EQ(changed->subscription.currentPeriodStart, QDate(2028, 2, 10));
    EXPECT_EQ(changed->subscription.currentPeriodEnd, QDate(2028, 3, 10));
    EXPECT_EQ(changed->subscription.nextBillingOn, QDate(2028, 3, 10));
    EXPECT_EQ(changed->subscription.anchorDay, 10);
    ASSERT_TRUE(changed->invoice.has_value());
    EXPECT_FALSE(changed->credit.has_value());
    EXPECT_EQ(changed->invoice->number, u"INV-2028-002"_qs);
    EXPECT_EQ(changed->invoice->totalMinor, 2358);

    auto stored = InvoiceRepository(db()).find(changed->invoice->id);
    ASSERT_TRUE(stored.has_value());
    ASSERT_EQ(stored->items.size(), 2);
    EXPECT_EQ(stored->items[0].description,
              u"Unused time on Starter from 2028-02-20 to 2028-03-09 (19 of 29 days)"_qs);
    EXPECT_EQ(stored->items[0].quantity, 1);
    EXPECT_EQ(stored->items[0].unitPriceMinor, -1245);
    EXPECT_EQ(stored->items[1].description,
              u"Remaining time on Pro from 2028-02-20 to 2028-03-09 (19 of 29 days)"_qs);
    EXPECT_EQ(stored->items[1].unitPriceMinor, 3210);

    const auto events = eventsOf(s.id);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[1].fromStatus, SubscriptionStatus::Active);
    EXPECT_EQ(events[1].toStatus, SubscriptionStatus::Active);
    EXPECT_EQ(events[1].fromPlanId, starter);
    EXPECT_EQ(events[1].toPlanId, proMonthly);
    EXPECT_EQ(events[1].actor, u"erin.sales"_qs);
    EXPECT_EQ(events[1].reason,
              u"Plan changed from \"Starter\" to \"Pro\" on 2028-02-20. needs more projects"_qs);
}

TEST_P(LifecycleTest, DowngradeNowGivesACreditInsteadOfAnInvoiceBelowZero)
{
    // The upgrade's mirror: Pro → Starter on 2028-02-20 in the period 02-10 → 03-10.
    //   credit −3210 (tax −642), charge 1245 (tax 249): subtotal −1965, tax −393, total −2358
    // so the customer receives a credit of 23.58 € and no invoice is issued.
    setToday(2028, 2, 10);
    const Subscription s = created(proMonthly);
    setToday(2028, 2, 20);
    const qint64 invoicesBefore = countRows(db(), u"invoices"_qs);
    auto preview = lifecycle().previewPlanChange(s.id, starter);
    ASSERT_TRUE(preview.has_value()) << preview.error().message.toStdString();
    EXPECT_TRUE(preview->isCredit());
    EXPECT_EQ(preview->subtotal.minor(), -1965);
    EXPECT_EQ(preview->tax.minor(), -393);
    EXPECT_EQ(preview->total.minor(), -2358);

    auto changed = lifecycle().changePlanNow(s.id, starter, u"erin.sales"_qs, u"smaller team"_qs);
    ASSERT_TRUE(changed.has_value()) << changed.error().message.toStdString();
    EXPECT_FALSE(changed->invoice.has_value());
    ASSERT_TRUE(changed->credit.has_value());
    EXPECT_EQ(changed->credit->amount, Money(2358, EUR));
    EXPECT_EQ(changed->credit->type, CreditType::Adjustment);
    EXPECT_EQ(changed->credit->createdBy, u"erin.sales"_qs);
    EXPECT_EQ(countRows(db(), u"invoices"_qs), invoicesBefore);
    EXPECT_EQ(changed->subscription.planId, starter);
    EXPECT_EQ(changed->subscription.price, Money(1900, EUR));
}

TEST_P(LifecycleTest, ChangeToAnotherIntervalStartsANewPeriodToday)
{
    // Starter monthly from 2026-03-15 (period to 04-15, 31 days); on 03-25 to Starter annual:
    //   credit = −1900 × 21 / 31 = −1287.10 → −1287, tax −257.4 → −257
    //   annual 2026-03-25 → 2027-03-25: 19000, tax 3800
    //   subtotal 17713, tax 3543, total 21256
    const Subscription s = created(starter);
    setToday(2026, 3, 25);
    auto changed =
        lifecycle().changePlanNow(s.id, starterAnnual, u"erin.sales"_qs, u"pays yearly"_qs);
    ASSERT_TRUE(changed.has_value()) << changed.error().message.toStdString();
    EXPECT_EQ(changed->subscription.currentPeriodStart, QDate(2026, 3, 25));
    EXPECT_EQ(changed->subscription.currentPeriodEnd, QDate(2027, 3, 25));
    EXPECT_EQ(changed->subscription.nextBillingOn, QDate(2027, 3, 25));
    EXPECT_EQ(changed->subscription.anchorDay, 25);
    ASSERT_TRUE(changed->invoice.has_value());
    ASSERT_EQ(changed->invoice->items.size(), 2);
    EXPECT_EQ(changed->invoice->items[0].unitPriceMinor, -1287);
    EXPECT_EQ(changed->invoice->items[1].description,
              u"Starter (annual), 2026-03-25 to 2027-03-24"_qs);
    EXPECT_EQ(changed->invoice->items[1].unitPriceMinor, 19000);
    EXPECT_EQ(changed->invoice->subtotalMinor, 17713);
    EXPECT_EQ(changed->invoice->taxMinor, 3543);
    EXPECT_EQ(changed->invoice->totalMinor, 21256);
}

TEST_P(LifecycleTest, ChangeFromATrialConvertsItAndBillsTheFirstPeriodWithTheSetupFee)
{
    // Trial from 2026-03-15; on 03-20 to "pro" (20.00 € + setup 5.00 €): nothing to give back,
    // a period 03-20 → 04-20: 2000 + 500, tax 400 + 100, total 3000.
    const Subscription s = created(trial);
    setToday(2026, 3, 20);
    auto changed = lifecycle().changePlanNow(s.id, plan, u"anne.admin"_qs, u"convinced"_qs);
    ASSERT_TRUE(changed.has_value()) << changed.error().message.toStdString();
    EXPECT_EQ(changed->subscription.status, SubscriptionStatus::Active);
    EXPECT_EQ(changed->subscription.planId, plan);
    EXPECT_EQ(changed->subscription.currentPeriodStart, QDate(2026, 3, 20));
    EXPECT_EQ(changed->subscription.currentPeriodEnd, QDate(2026, 4, 20));
    ASSERT_TRUE(changed->invoice.has_value());
    EXPECT_EQ(changed->invoice->totalMinor, 3000);
    const auto events = eventsOf(s.id);
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[1].fromStatus, SubscriptionStatus::Trialing);
    EXPECT_EQ(events[1].toStatus, SubscriptionStatus::Active);
    EXPECT_EQ(events[1].reason, u"The trial ends with a change to plan \"pro\". convinced"_qs);
    EXPECT_EQ(events[2].fromPlanId, trial);
    EXPECT_EQ(events[2].toPlanId, plan);
}

TEST_P(LifecycleTest, PlanChangeRefusalsWriteNothing)
{
    const Subscription s = created(starter);
    setToday(2026, 3, 20);
    const auto before = lifecycleRows();
    // Each refusal: its sentence, then the book and the subscription read back as they were.
    auto unchanged = [&](const char *what) {
        EXPECT_EQ(lifecycleRows(), before) << what;
        auto now = subscriptions().find(s.id);
        ASSERT_TRUE(now.has_value()) << what;
        EXPECT_EQ(now->planId, starter) << what;
        EXPECT_EQ(now->status, SubscriptionStatus::Active) << what;
        EXPECT_EQ(now->rowVersion, s.rowVersion) << what;
        EXPECT_EQ(now->scheduledPlanId, 0) << what;
    };
    const QString legacy = u"Plan \"Legacy\" is no longer sold; choose an active plan."_qs;
    const QString usd = u"Plan \"Pro US\" is billed in USD, not in EUR like this subscription."_qs;

    auto inactive = lifecycle().changePlanNow(s.id, retired, u"erin.sales"_qs, u"x"_qs);
    ASSERT_FALSE(inactive);
    EXPECT_EQ(inactive.error().message, legacy);
    unchanged("a withdrawn plan");

    auto currency = lifecycle().changePlanNow(s.id, dollars, u"erin.sales"_qs, u"x"_qs);
    ASSERT_FALSE(currency);
    EXPECT_EQ(currency.error().code, ErrorCode::MixedCurrency);
    EXPECT_EQ(currency.error().message, usd);
    unchanged("another currency");

    auto same = lifecycle().changePlanNow(s.id, starter, u"erin.sales"_qs, u"x"_qs);
    ASSERT_FALSE(same);
    EXPECT_EQ(same.error().message, u"The subscription is already on plan \"Starter\"."_qs);
    unchanged("the same plan");

    auto toTrial = lifecycle().changePlanNow(s.id, trial, u"erin.sales"_qs, u"x"_qs);
    ASSERT_FALSE(toTrial);
    EXPECT_EQ(toTrial.error().message,
              u"Plan \"Pro trial\" is a trial: a trial starts a new subscription, it is not a plan "
              u"to change to."_qs);
    unchanged("a trial plan");

    auto preview = lifecycle().previewPlanChange(s.id, retired);
    ASSERT_FALSE(preview);
    EXPECT_EQ(preview.error().message, legacy);
    unchanged("a preview of a withdrawn plan");

    auto laterRetired =
        lifecycle().changePlanAtNextPeriod(s.id, retired, u"erin.sales"_qs, u"x"_qs);
    ASSERT_FALSE(laterRetired);
    EXPECT_EQ(laterRetired.error().message, legacy);
    unchanged("a withdrawn plan at the next period");

    auto laterDollars =
        lifecycle().changePlanAtNextPeriod(s.id, dollars, u"erin.sales"_qs, u"x"_qs);
    ASSERT_FALSE(laterDollars);
    EXPECT_EQ(laterDollars.error().message, usd);
    unchanged("another currency at the next period");

    ASSERT_TRUE(lifecycle().pause(s.id, u"bob.support"_qs, u"holiday"_qs));
    const auto paused = lifecycleRows();
    const auto pausedSubscription = subscriptions().find(s.id);
    ASSERT_TRUE(pausedSubscription.has_value());
    auto whilePaused = lifecycle().changePlanNow(s.id, proMonthly, u"erin.sales"_qs, u"x"_qs);
    ASSERT_FALSE(whilePaused);
    EXPECT_EQ(whilePaused.error().message,
              u"A paused subscription cannot change plan; only an active or trialing one can."_qs);
    EXPECT_EQ(lifecycleRows(), paused);
    auto afterPaused = subscriptions().find(s.id);
    ASSERT_TRUE(afterPaused.has_value());
    EXPECT_EQ(afterPaused->planId, starter);
    EXPECT_EQ(afterPaused->rowVersion, pausedSubscription->rowVersion);

    auto events = eventsOf(s.id);
    EXPECT_EQ(events.size(), 2); // created, paused
}

// ---- plan changes at the next period ----

TEST_P(LifecycleTest, ScheduledChangeIsAppliedAtRenewal)
{
    const Subscription s = created(starter);
    auto scheduled = lifecycle().changePlanAtNextPeriod(s.id, proMonthly, u"erin.sales"_qs,
                                                        u"from next month"_qs);
    ASSERT_TRUE(scheduled.has_value()) << scheduled.error().message.toStdString();
    EXPECT_EQ(scheduled->scheduledPlanId, proMonthly);
    EXPECT_EQ(scheduled->planId, starter);
    EXPECT_EQ(scheduled->planForNextPeriod(), proMonthly);
    EXPECT_EQ(countRows(db(), u"invoices"_qs), 1);

    setToday(2026, 4, 15);
    auto applied = lifecycle().applyScheduledChange(*scheduled, QDate(2026, 4, 15));
    ASSERT_TRUE(applied.has_value()) << applied.error().message.toStdString();
    EXPECT_EQ(applied->planId, proMonthly);
    EXPECT_EQ(applied->price, Money(4900, EUR));
    EXPECT_EQ(applied->scheduledPlanId, 0);

    // nothing scheduled any more: a second call changes nothing
    auto again = lifecycle().applyScheduledChange(*applied, QDate(2026, 4, 15));
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->rowVersion, applied->rowVersion);

    const auto events = eventsOf(s.id);
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[1].fromPlanId, starter);
    EXPECT_EQ(events[1].toPlanId, starter);
    EXPECT_EQ(events[1].actor, u"erin.sales"_qs);
    EXPECT_EQ(events[1].reason,
              u"Change to plan \"Pro\" scheduled for 2026-04-15. from next month"_qs);
    EXPECT_EQ(events[2].fromPlanId, starter);
    EXPECT_EQ(events[2].toPlanId, proMonthly);
    EXPECT_EQ(events[2].actor, u"daily-run"_qs);
    EXPECT_EQ(events[2].reason,
              u"Plan changed from \"Starter\" to \"Pro\" on 2026-04-15, as scheduled."_qs);
}

TEST_P(LifecycleTest, ScheduledChangeCanBeTakenBack)
{
    const Subscription s = created(starter);
    ASSERT_TRUE(
        lifecycle().changePlanAtNextPeriod(s.id, proMonthly, u"erin.sales"_qs, u"upsell"_qs));
    auto back = lifecycle().changePlanAtNextPeriod(s.id, 0, u"erin.sales"_qs, u"changed mind"_qs);
    ASSERT_TRUE(back.has_value()) << back.error().message.toStdString();
    EXPECT_EQ(back->scheduledPlanId, 0);
    auto nothing = lifecycle().changePlanAtNextPeriod(s.id, 0, u"erin.sales"_qs, u"again"_qs);
    ASSERT_FALSE(nothing);
}

TEST_P(LifecycleTest, ScheduledPlanWithdrawnSinceIsDroppedAndSaid)
{
    const Subscription s = created(starter);
    ASSERT_TRUE(
        lifecycle().changePlanAtNextPeriod(s.id, proMonthly, u"erin.sales"_qs, u"upsell"_qs));
    ASSERT_TRUE(
        db().exec(u"UPDATE plans SET is_active = FALSE WHERE id = :id"_qs, {{"id", proMonthly}}));
    auto current = subscriptions().find(s.id);
    ASSERT_TRUE(current.has_value());
    auto applied = lifecycle().applyScheduledChange(*current, QDate(2026, 4, 15));
    ASSERT_TRUE(applied.has_value()) << applied.error().message.toStdString();
    EXPECT_EQ(applied->planId, starter);
    EXPECT_EQ(applied->scheduledPlanId, 0);
    const auto events = eventsOf(s.id);
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[2].reason,
              u"The change to plan \"Pro\" scheduled for 2026-04-15 is dropped: the plan is no "
              u"longer sold in EUR."_qs);
}

TEST_P(LifecycleTest, StepsNestInACallersTransaction)
{
    // The daily run wraps one subscription's work in one transaction: rolled back, nothing stays.
    const Subscription s = created(starter);
    const auto before = lifecycleRows();
    ASSERT_TRUE(db().begin());
    ASSERT_TRUE(lifecycle().suspend(s.id, u"daily-run"_qs, u"J+14"_qs));
    ASSERT_TRUE(lifecycle().changePlanAtNextPeriod(s.id, proMonthly, u"daily-run"_qs, u"x"_qs));
    db().rollback();
    EXPECT_EQ(lifecycleRows(), before);
    auto after = subscriptions().find(s.id);
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->status, SubscriptionStatus::Active);
}

IC_BOTH_DATABASES(LifecycleTest);
