#include "services/billing/dailyrun.h"
#include "services/billing/dunningactions.h"
#include "services/billing/subscriptionlifecycle.h"
#include "services/gateways/manualgateway.h"
#include "services/gateways/simulatedgateway.h"
#include "services/storage/subscriptionrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using ic::test::BothDatabases;
using ic::test::countRows;
using ic::test::insertReturningId;

// One French consumer on a 29.00 € monthly plan, anchored on the 31st: the period
// 31 Jan → 28 Feb 2027 is paid, the next one (28 Feb → 31 Mar) is billed by the run.
// Renewal invoice, computed by hand: 29.00 € + 20 % VAT (5.80 €) = 34.80 €.
class DailyRunTest : public BothDatabases {
protected:
    void SetUp() override
    {
        BothDatabases::SetUp();
        ASSERT_TRUE(
            db().exec(u"INSERT INTO tax_rates (country, category, rate_bp, valid_from) VALUES "
                      u"('FR', 'standard', 2000, '2000-01-01')"_qs)
                .has_value());
        m_plan = ic::test::makePlan(db(), u"pro-monthly"_qs, 2900);
        ASSERT_TRUE(
            db().exec(u"UPDATE plans SET interval_months = 1 WHERE id = :id"_qs, {{"id", m_plan}})
                .has_value());
        m_ledger = m_book->dir.filePath(u"ledger.jsonl"_qs);
    }

    qint64 subscribe(const QString &card, const QString &gateway = u"simulated"_qs)
    {
        const qint64 customer = insertReturningId(
            db(),
            u"INSERT INTO customers (public_id, name, email, phone, country, language, "
            u"created_at) "
            u"VALUES (:p, 'Léa Martin', :e, '+33 6 11 22 33 44', 'FR', 'fr', '2027-01-01T00:00:00.000Z') RETURNING id"_qs,
            {{"p", QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {"e", QString(u"lea."_qs + card + u"@example.fr")}});
        // the card the renewals charge: the customer's default at the simulated gateway
        insertReturningId(db(),
                          u"INSERT INTO payment_methods (customer_id, gateway, token, is_default, "
                          u"created_at) VALUES (:c, 'simulated', :card, :yes, "
                          u"'2027-01-01T00:00:00.000Z') RETURNING id"_qs,
                          {{"c", customer}, {"card", card}, {"yes", true}});
        return insertReturningId(db(),
                                 u"INSERT INTO subscriptions (customer_id, plan_id, status, "
                                 u"started_on, current_period_start, "
                                 u"current_period_end, next_billing_on, anchor_day, price_minor, "
                                 u"currency, gateway, created_at) "
                                 u"VALUES (:c, :p, 'active', '2027-01-31', '2027-01-31', "
                                 u"'2027-02-28', '2027-02-28', 31, 2900, "
                                 u"'EUR', :g, '2027-01-31T09:00:00.000Z') RETURNING id"_qs,
                                 {{"c", customer}, {"p", m_plan}, {"g", gateway}});
    }

    Result<DailyRunSummary> runUntil(QDate day)
    {
        SimulatedGateway simulated(m_ledger);
        ManualGateway manual;
        FixedClock clock(QDateTime(day, QTime(6, 0), Qt::UTC));
        DailyRun run(db(), clock, {{u"simulated"_qs, &simulated}, {u"manual"_qs, &manual}});
        return run.run(day);
    }

    QString scalar(const QString &sql, qint64 id = 0)
    {
        auto v = db().scalar(sql, {{"id", id}});
        EXPECT_TRUE(v.has_value()) << sql.toStdString();
        return v ? v->toString() : QString();
    }

    qint64 m_plan = 0;
    QString m_ledger;
};

TEST_P(DailyRunTest, InvoiceAtJMinus7ReminderAtJMinus3ChargeOnTheDay)
{
    const qint64 sub = subscribe(u"tok_visa"_qs);
    ASSERT_TRUE(runUntil(QDate(2027, 2, 20)).has_value());
    EXPECT_EQ(countRows(db(), u"invoices"_qs), 0); // J-8: nothing yet

    auto j7 = runUntil(QDate(2027, 2, 21));
    ASSERT_TRUE(j7.has_value()) << j7.error().message.toStdString();
    EXPECT_EQ(j7->invoicesCreated, 1);
    EXPECT_EQ(scalar(u"SELECT number FROM invoices"_qs), u"INV-2027-001"_qs);
    EXPECT_EQ(scalar(u"SELECT total_minor FROM invoices"_qs), u"3480"_qs);
    EXPECT_EQ(scalar(u"SELECT status FROM invoices"_qs), u"sent"_qs);
    EXPECT_EQ(toDate(scalar(u"SELECT due_date FROM invoices"_qs)), QDate(2027, 2, 28));
    EXPECT_EQ(toDate(scalar(u"SELECT period_end FROM invoices"_qs)),
              QDate(2027, 3, 31)); // the 31st anchor

    auto j3 = runUntil(QDate(2027, 2, 25));
    ASSERT_TRUE(j3.has_value());
    EXPECT_EQ(j3->remindersQueued, 1);
    EXPECT_EQ(
        scalar(u"SELECT COUNT(*) FROM outbox_messages WHERE template_key = 'renewal_reminder'"_qs),
        u"1"_qs);

    auto j0 = runUntil(QDate(2027, 2, 28));
    ASSERT_TRUE(j0.has_value());
    EXPECT_EQ(j0->chargesTried, 1);
    EXPECT_EQ(j0->chargesSucceeded, 1);
    EXPECT_EQ(scalar(u"SELECT status FROM invoices"_qs), u"paid"_qs);
    EXPECT_EQ(scalar(u"SELECT amount_paid_minor FROM invoices"_qs), u"3480"_qs);
    EXPECT_EQ(scalar(u"SELECT idempotency_key FROM payments"_qs),
              u"inv-%1-attempt-1"_qs.arg(scalar(u"SELECT id FROM invoices"_qs)));
    EXPECT_EQ(scalar(u"SELECT status FROM payments"_qs), u"succeeded"_qs);
    EXPECT_EQ(toDate(scalar(u"SELECT next_billing_on FROM subscriptions WHERE id = :id"_qs, sub)),
              QDate(2027, 3, 31));
    EXPECT_EQ(
        toDate(scalar(u"SELECT current_period_start FROM subscriptions WHERE id = :id"_qs, sub)),
        QDate(2027, 2, 28));
    EXPECT_EQ(
        scalar(
            u"SELECT COUNT(*) FROM outbox_messages WHERE template_key = 'payment_confirmation'"_qs),
        u"1"_qs);

    // the same day again changes nothing
    const qint64 outbox = countRows(db(), u"outbox_messages"_qs);
    auto again = runUntil(QDate(2027, 2, 28));
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->invoicesCreated, 0);
    EXPECT_EQ(again->chargesTried, 0);
    EXPECT_EQ(countRows(db(), u"invoices"_qs), 1);
    EXPECT_EQ(countRows(db(), u"payments"_qs), 1);
    EXPECT_EQ(countRows(db(), u"outbox_messages"_qs), outbox);
    auto ledger = SimulatedGateway(m_ledger).ledger();
    ASSERT_TRUE(ledger.has_value());
    EXPECT_EQ(ledger->size(), 1);
}

TEST_P(DailyRunTest, ASoftDeclineWalksTheWholeDunningCalendar)
{
    const qint64 sub = subscribe(u"tok_chargeDeclinedInsufficientFunds"_qs);
    ASSERT_TRUE(runUntil(QDate(2027, 2, 21)).has_value());
    auto j0 = runUntil(QDate(2027, 2, 28));
    ASSERT_TRUE(j0.has_value());
    EXPECT_EQ(j0->chargesFailed, 1);
    EXPECT_EQ(j0->casesOpened, 1);
    EXPECT_EQ(scalar(u"SELECT status FROM invoices"_qs), u"overdue"_qs);
    EXPECT_EQ(scalar(u"SELECT status FROM subscriptions WHERE id = :id"_qs, sub), u"past_due"_qs);
    EXPECT_EQ(scalar(u"SELECT stage FROM dunning_cases"_qs), u"1"_qs); // J+0 done
    EXPECT_EQ(toDate(scalar(u"SELECT next_action_on FROM dunning_cases"_qs)), QDate(2027, 3, 3));
    EXPECT_EQ(
        scalar(u"SELECT COUNT(*) FROM outbox_messages WHERE template_key = 'payment_failed'"_qs),
        u"1"_qs);

    ASSERT_TRUE(runUntil(QDate(2027, 3, 3)).has_value()); // J+3: retry and reminder
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payments WHERE status = 'failed'"_qs), u"2"_qs);
    EXPECT_EQ(scalar(u"SELECT stage FROM dunning_cases"_qs), u"2"_qs);
    ASSERT_TRUE(runUntil(QDate(2027, 3, 7)).has_value()); // J+7: retry, reminder and SMS
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payments WHERE status = 'failed'"_qs), u"3"_qs);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM outbox_messages WHERE channel = 'sms'"_qs), u"1"_qs);
    auto j14 = runUntil(QDate(2027, 3, 14)); // J+14: last retry, final notice, suspension
    ASSERT_TRUE(j14.has_value());
    EXPECT_EQ(j14->suspensions, 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payments WHERE status = 'failed'"_qs), u"4"_qs);
    EXPECT_EQ(scalar(u"SELECT status FROM subscriptions WHERE id = :id"_qs, sub), u"suspended"_qs);
    EXPECT_EQ(scalar(u"SELECT status FROM dunning_cases"_qs), u"suspended"_qs);
    auto j30 = runUntil(QDate(2027, 3, 30)); // J+30: cancellation
    ASSERT_TRUE(j30.has_value());
    EXPECT_EQ(j30->cancellations, 1);
    EXPECT_EQ(scalar(u"SELECT status FROM subscriptions WHERE id = :id"_qs, sub), u"cancelled"_qs);
    EXPECT_EQ(scalar(u"SELECT status FROM dunning_cases"_qs), u"cancelled"_qs);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payments"_qs), u"4"_qs); // nothing after the last retry
    EXPECT_EQ(scalar(u"SELECT status FROM invoices"_qs), u"overdue"_qs);
    // every status change has its event, in the order of the table
    EXPECT_EQ(
        scalar(u"SELECT COUNT(*) FROM subscription_events WHERE subscription_id = :id"_qs, sub),
        u"3"_qs);
}

TEST_P(DailyRunTest, ARetryThatSucceedsClosesTheCaseAndReactivates)
{
    const qint64 sub = subscribe(u"tok_succeedsOnRetry"_qs);
    ASSERT_TRUE(runUntil(QDate(2027, 2, 21)).has_value());
    ASSERT_TRUE(runUntil(QDate(2027, 2, 28)).has_value());
    EXPECT_EQ(scalar(u"SELECT status FROM subscriptions WHERE id = :id"_qs, sub), u"past_due"_qs);
    auto j3 = runUntil(QDate(2027, 3, 3));
    ASSERT_TRUE(j3.has_value());
    EXPECT_EQ(j3->chargesSucceeded, 1);
    EXPECT_EQ(j3->casesResolved, 1);
    EXPECT_EQ(scalar(u"SELECT status FROM invoices"_qs), u"paid"_qs);
    EXPECT_EQ(scalar(u"SELECT status FROM dunning_cases"_qs), u"resolved"_qs);
    EXPECT_EQ(scalar(u"SELECT status FROM subscriptions WHERE id = :id"_qs, sub), u"active"_qs);
    EXPECT_EQ(toDate(scalar(u"SELECT next_billing_on FROM subscriptions WHERE id = :id"_qs, sub)),
              QDate(2027, 3, 31));
    // nothing more happens to a resolved case
    ASSERT_TRUE(runUntil(QDate(2027, 3, 8)).has_value());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payments"_qs), u"2"_qs);
}

TEST_P(DailyRunTest, NoRetryAfterAHardDecline)
{
    const qint64 sub = subscribe(u"tok_chargeDeclinedStolenCard"_qs);
    ASSERT_TRUE(runUntil(QDate(2027, 2, 21)).has_value());
    ASSERT_TRUE(runUntil(QDate(2027, 3, 30)).has_value());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payments"_qs), u"1"_qs);
    EXPECT_EQ(scalar(u"SELECT failure_code FROM payments"_qs), u"stolen_card"_qs);
    EXPECT_EQ(
        scalar(u"SELECT hard_decline FROM dunning_cases"_qs).toLower().replace(u"true"_qs, u"1"_qs),
        u"1"_qs);
    EXPECT_EQ(scalar(u"SELECT status FROM subscriptions WHERE id = :id"_qs, sub), u"cancelled"_qs);
}

TEST_P(DailyRunTest, AManualGatewayChargesNothingAndTheInvoiceWaits)
{
    const qint64 sub = subscribe(u"tok_visa"_qs, u"manual"_qs);
    ASSERT_TRUE(runUntil(QDate(2027, 2, 21)).has_value());
    ASSERT_TRUE(runUntil(QDate(2027, 2, 28)).has_value());
    EXPECT_EQ(countRows(db(), u"payments"_qs), 0);
    EXPECT_EQ(scalar(u"SELECT status FROM invoices"_qs), u"overdue"_qs);
    EXPECT_EQ(scalar(u"SELECT status FROM subscriptions WHERE id = :id"_qs, sub), u"past_due"_qs);
    ASSERT_TRUE(runUntil(QDate(2027, 3, 7)).has_value());
    EXPECT_EQ(countRows(db(), u"payments"_qs), 0); // reminders only
    EXPECT_GE(
        scalar(u"SELECT COUNT(*) FROM outbox_messages WHERE template_key = 'payment_reminder'"_qs)
            .toInt(),
        2);
}

TEST_P(DailyRunTest, MissedDaysAreCaughtUpInOrder)
{
    subscribe(u"tok_visa"_qs);
    ASSERT_TRUE(runUntil(QDate(2027, 2, 20)).has_value());
    auto caughtUp = runUntil(QDate(2027, 3, 1));
    ASSERT_TRUE(caughtUp.has_value());
    EXPECT_EQ(caughtUp->days, 9); // 21 Feb … 1 Mar
    EXPECT_EQ(caughtUp->invoicesCreated, 1);
    EXPECT_EQ(caughtUp->remindersQueued, 1);
    EXPECT_EQ(caughtUp->chargesSucceeded, 1);
    EXPECT_EQ(toDate(scalar(u"SELECT issue_date FROM invoices"_qs)),
              QDate(2027, 2, 21)); // issued on its own day
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM daily_runs WHERE finished_at IS NOT NULL"_qs),
              u"10"_qs);
}

TEST_P(DailyRunTest, TheDunningCalendarIsReadFromTheBook)
{
    // suspend at J+10 instead of J+14
    ASSERT_TRUE(db().exec(u"UPDATE dunning_policy SET day_offset = 10 WHERE day_offset = 14"_qs)
                    .has_value());
    const qint64 sub = subscribe(u"tok_chargeDeclinedInsufficientFunds"_qs);
    ASSERT_TRUE(runUntil(QDate(2027, 2, 21)).has_value());
    ASSERT_TRUE(runUntil(QDate(2027, 3, 9)).has_value());
    EXPECT_EQ(scalar(u"SELECT status FROM subscriptions WHERE id = :id"_qs, sub), u"past_due"_qs);
    ASSERT_TRUE(runUntil(QDate(2027, 3, 10)).has_value());
    EXPECT_EQ(scalar(u"SELECT status FROM subscriptions WHERE id = :id"_qs, sub), u"suspended"_qs);
}

TEST_P(DailyRunTest, APlanChangeForTheNextPeriodIsBilledAndTakenUp)
{
    const qint64 sub = subscribe(u"tok_visa"_qs);
    const qint64 bigger = ic::test::makePlan(db(), u"enterprise-monthly"_qs, 9900);
    FixedClock clock(QDateTime(QDate(2027, 2, 10), QTime(9, 0), Qt::UTC));
    auto scheduled =
        SubscriptionLifecycle(db(), clock)
            .changePlanAtNextPeriod(sub, bigger, u"support:amelie"_qs, u"wants SSO"_qs);
    ASSERT_TRUE(scheduled.has_value()) << scheduled.error().message.toStdString();
    ASSERT_TRUE(runUntil(QDate(2027, 2, 21)).has_value());
    // 99.00 € + 20 % = 118.80 €
    EXPECT_EQ(scalar(u"SELECT total_minor FROM invoices"_qs), u"11880"_qs);
    ASSERT_TRUE(runUntil(QDate(2027, 2, 28)).has_value());
    EXPECT_EQ(scalar(u"SELECT plan_id FROM subscriptions WHERE id = :id"_qs, sub),
              QString::number(bigger));
    EXPECT_EQ(scalar(u"SELECT price_minor FROM subscriptions WHERE id = :id"_qs, sub), u"9900"_qs);
    EXPECT_EQ(
        scalar(
            u"SELECT COUNT(*) FROM subscriptions WHERE id = :id AND scheduled_plan_id IS NULL"_qs,
            sub),
        u"1"_qs);
    // the change taken up is in the history, from the old plan to the new one, by the run
    EXPECT_EQ(
        scalar(
            u"SELECT actor FROM subscription_events WHERE subscription_id = :id AND to_plan_id = "_qs +
                QString::number(bigger) + u" AND from_plan_id = " + QString::number(m_plan),
            sub),
        u"daily-run"_qs);
}

IC_BOTH_DATABASES(DailyRunTest);

// The support desk's actions on a case opened by a failed charge of the 34.80 € invoice.
class DunningActionsTest : public DailyRunTest {
protected:
    void SetUp() override
    {
        DailyRunTest::SetUp();
        m_sub = subscribe(u"tok_chargeDeclinedInsufficientFunds"_qs);
        ASSERT_TRUE(runUntil(QDate(2027, 2, 21)).has_value());
        ASSERT_TRUE(runUntil(QDate(2027, 2, 28)).has_value());
        m_case = scalar(u"SELECT id FROM dunning_cases"_qs).toLongLong();
        ASSERT_GT(m_case, 0);
    }
    FixedClock m_clock{QDateTime(QDate(2027, 3, 2), QTime(10, 0), Qt::UTC)};
    qint64 m_sub = 0;
    qint64 m_case = 0;

    // Everything a dunning action writes, read back: a refusal leaves it as it was.
    QStringList caseState()
    {
        QStringList rows;
        for (const char *sql :
             {"SELECT status, stage, next_action_on, notes, row_version FROM dunning_cases",
              "SELECT status, amount_paid_minor, row_version FROM invoices",
              "SELECT status, next_billing_on, row_version FROM subscriptions",
              "SELECT COUNT(*) FROM payments", "SELECT COUNT(*) FROM user_credits",
              "SELECT COUNT(*) FROM subscription_events", "SELECT COUNT(*) FROM audit_log",
              "SELECT COUNT(*) FROM outbox_messages"}) {
            auto q = db().exec(QString::fromLatin1(sql));
            EXPECT_TRUE(q.has_value()) << sql;
            while (q && q->next()) {
                QStringList fields;
                for (int i = 0; q->value(i).isValid(); ++i)
                    fields.append(q->value(i).toString());
                rows.append(fields.join(u'|'));
            }
        }
        return rows;
    }
};

TEST_P(DunningActionsTest, AManualPaymentClosesTheCaseAndReactivates)
{
    DunningActions actions(db(), m_clock);
    const QStringList before = caseState();
    auto tooMuch = actions.recordManualPayment(
        m_case, Money(3481, u"EUR"_qs), PaymentMethod::Transfer, u"VIR 1"_qs, u"support:amelie"_qs);
    ASSERT_FALSE(tooMuch.has_value());
    EXPECT_TRUE(tooMuch.error().message.contains(u"34.81"_qs))
        << tooMuch.error().message.toStdString();
    EXPECT_EQ(caseState(), before);
    auto paid = actions.recordManualPayment(m_case, Money(3480, u"EUR"_qs), PaymentMethod::Transfer,
                                            u"VIR 2027-03-02"_qs, u"support:amelie"_qs);
    ASSERT_TRUE(paid.has_value()) << paid.error().message.toStdString();
    EXPECT_EQ(scalar(u"SELECT status FROM invoices"_qs), u"paid"_qs);
    EXPECT_EQ(scalar(u"SELECT status FROM dunning_cases"_qs), u"resolved"_qs);
    EXPECT_EQ(scalar(u"SELECT status FROM subscriptions WHERE id = :id"_qs, m_sub), u"active"_qs);
    EXPECT_EQ(toDate(scalar(u"SELECT next_billing_on FROM subscriptions WHERE id = :id"_qs, m_sub)),
              QDate(2027, 3, 31));
    EXPECT_EQ(
        scalar(
            u"SELECT actor FROM subscription_events WHERE subscription_id = :id ORDER BY id DESC LIMIT 1"_qs,
            m_sub),
        u"support:amelie"_qs);
    // the daily run has nothing left to chase
    ASSERT_TRUE(runUntil(QDate(2027, 3, 7)).has_value());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payments WHERE method = 'card'"_qs), u"1"_qs);
    // and a closed case takes no more actions
    const QStringList closed = caseState();
    auto again = actions.extendDeadline(m_case, 5, u"support:amelie"_qs);
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::IllegalTransition);
    EXPECT_EQ(
        again.error().message,
        u"Dunning case %1 is closed (resolved): there is nothing left to do on it."_qs.arg(m_case));
    EXPECT_EQ(caseState(), closed);
}

TEST_P(DunningActionsTest, AnExtensionMovesTheStepsStillToCome)
{
    DunningActions actions(db(), m_clock);
    const QStringList before = caseState();
    auto bad = actions.extendDeadline(m_case, 0, u"support:amelie"_qs);
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().code, ErrorCode::Invalid);
    EXPECT_EQ(bad.error().message, u"A deadline is extended by 1 to 60 days, not 0."_qs);
    EXPECT_EQ(caseState(), before);
    auto extended = actions.extendDeadline(m_case, 10, u"support:amelie"_qs);
    ASSERT_TRUE(extended.has_value()) << extended.error().message.toStdString();
    EXPECT_EQ(extended->nextActionOn, QDate(2027, 3, 13)); // J+3 moved by ten days
    ASSERT_TRUE(runUntil(QDate(2027, 3, 12)).has_value());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payments"_qs), u"1"_qs); // no retry yet
    ASSERT_TRUE(runUntil(QDate(2027, 3, 13)).has_value());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payments"_qs), u"2"_qs);
}

TEST_P(DunningActionsTest, ACreditThatCoversTheInvoiceClosesTheCase)
{
    DunningActions actions(db(), m_clock);
    const QStringList before = caseState();
    auto tooBig = actions.offerCredit(m_case, Money(5000, u"EUR"_qs), u"support:amelie"_qs, {});
    ASSERT_FALSE(tooBig.has_value());
    // 34.80 € due on the renewal invoice (29.00 + 20 % VAT).
    EXPECT_EQ(tooBig.error().message,
              u"The credit must be more than nothing and at most the 34.80 still due on "
              u"INV-2027-001."_qs);
    EXPECT_EQ(caseState(), before);
    auto part = actions.offerCredit(m_case, Money(1000, u"EUR"_qs), u"support:amelie"_qs,
                                    u"Sorry for the outage"_qs);
    ASSERT_TRUE(part.has_value()) << part.error().message.toStdString();
    EXPECT_EQ(scalar(u"SELECT amount_paid_minor FROM invoices"_qs), u"1000"_qs);
    EXPECT_EQ(scalar(u"SELECT status FROM dunning_cases"_qs), u"open"_qs);
    auto rest = actions.offerCredit(m_case, Money(2480, u"EUR"_qs), u"support:amelie"_qs, {});
    ASSERT_TRUE(rest.has_value()) << rest.error().message.toStdString();
    EXPECT_EQ(scalar(u"SELECT status FROM invoices"_qs), u"paid"_qs);
    EXPECT_EQ(scalar(u"SELECT status FROM dunning_cases"_qs), u"resolved"_qs);
    EXPECT_EQ(scalar(u"SELECT status FROM subscriptions WHERE id = :id"_qs, m_sub), u"active"_qs);
}

TEST_P(DunningActionsTest, SuspendNowAndRecordContact)
{
    DunningActions actions(db(), m_clock);
    const QStringList before = caseState();
    auto blank = actions.recordContact(m_case, u"   "_qs, u"support:amelie"_qs);
    ASSERT_FALSE(blank.has_value());
    EXPECT_EQ(blank.error().message, u"Say what was said with the customer."_qs);
    EXPECT_EQ(caseState(), before);
    auto noted = actions.recordContact(m_case, u"Called: will pay Friday"_qs, u"support:amelie"_qs);
    ASSERT_TRUE(noted.has_value());
    EXPECT_TRUE(noted->notes.contains(u"will pay Friday"_qs));
    EXPECT_TRUE(noted->lastContactAt.isValid());
    auto suspended =
        actions.suspendNow(m_case, u"support:amelie"_qs, u"Asked by the account manager"_qs);
    ASSERT_TRUE(suspended.has_value()) << suspended.error().message.toStdString();
    EXPECT_EQ(scalar(u"SELECT status FROM subscriptions WHERE id = :id"_qs, m_sub),
              u"suspended"_qs);
    EXPECT_EQ(
        scalar(
            u"SELECT reason FROM subscription_events WHERE subscription_id = :id ORDER BY id DESC LIMIT 1"_qs,
            m_sub),
        u"Asked by the account manager"_qs);
}

IC_BOTH_DATABASES(DunningActionsTest);
