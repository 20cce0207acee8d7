#pragma once

#include "models/dunningladder.h"
#include "models/statuses.h"
#include "models/usercredit.h"
#include "services/demo/demobook.h"
#include "services/demo/democatalog.h"
#include "services/demo/demoledger.h"
#include "services/demo/demopricing.h"
#include "services/demo/demorecords.h"
#include "services/storage/bulkinserter.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <random>
#include <vector>

namespace ic {

// Replays the demo book's history day by day, from the first day of the first month to
// the end date: sign-ups, trials, renewals with invoices and charges, failed payments and
// their dunning, plan changes, pauses, cancellations and credits. Rows are written as they
// become final, through bulk inserters, inside the caller's transaction. Chance decides what
// people do (sign up, type a code, pay late); the engine's rules decide what follows: the
// promotions and the lines (DemoPricing), the status transitions, the dunning ladder.
class DemoHistory final {
public:
    DemoHistory(Database &db, const DemoCatalog &catalog, const DemoOptions &options, QDate start,
                QDate end);
    ~DemoHistory();
    Result<DemoSummary> run(const DemoBook::Progress &progress);

private:
    struct Customer;
    using Subscription = DemoSubscription;
    using Invoice = DemoInvoice;
    using Credit = DemoCredit;

    // the calendar
    int dayIndex(QDate d) const { return m_days.index(d); }
    const QString &dayText(int day) const { return m_days.text(day); }
    QString stamp(int day, int minuteOfDay) const { return m_days.stamp(day, minuteOfDay); }
    void schedule(int sub, QDate on);

    // what happens
    Done signUp(int customer, int day);
    Done act(int sub, int day);
    Done renew(int sub, int day);
    Done bill(int sub, int day, bool first);
    // Credit first, then the card (charge), as the billing takes a payment.
    Done pay(int sub, Invoice &invoice, int day);
    Done charge(int sub, Invoice &invoice, int day, int attempt);
    Done paid(int sub, Invoice &invoice, int day);
    Done failed(int sub, Invoice &invoice, int day, const QString &code);
    // The open invoice's dunning case on the day it is due for its next step.
    Done retry(int sub, int day);
    Done settle(const Invoice &invoice);
    Done event(int sub, int day, const QString &from, const QString &to, qint64 fromPlan,
               qint64 toPlan, const QString &reason);
    Done changeStatus(int sub, int day, SubscriptionStatus to, const QString &reason);
    Done grantCredit(int customer, int day, CreditType type, qint64 amount, qint64 sourceInvoice,
                     int expiresInDays, const QString &reason);
    Done finish();

    // chance
    bool chance(double p);
    int between(int low, int high);
    QString uuid();
    QString nextNumber(const QString &series, int year);

    Database &m_db;
    const DemoCatalog &m_catalog;
    DemoOptions m_options;
    QDate m_start;
    QDate m_end;
    std::mt19937_64 m_random;
    DemoDays m_days;
    DemoPricing m_pricing;
    DunningLadder m_ladder = DunningLadder::standard();
    std::vector<std::vector<int>> m_agenda; // day -> subscriptions with something to do
    std::vector<Customer> m_customers;
    std::vector<Subscription> m_subscriptions;
    std::vector<Credit> m_credits;
    std::vector<std::vector<int>> m_signups; // day -> customers signing up
    QHash<QString, int> m_numbers;           // "INV-2026" -> last number
    qint64 m_nextInvoiceId = 0;
    qint64 m_nextItemId = 0;
    qint64 m_nextPaymentId = 0;
    qint64 m_nextEventId = 0;
    qint64 m_nextCreditId = 0;
    qint64 m_nextCaseId = 0;

    std::unique_ptr<BulkInserter> m_customerRows;
    std::unique_ptr<BulkInserter> m_methodRows;
    std::unique_ptr<BulkInserter> m_subscriptionRows;
    std::unique_ptr<BulkInserter> m_eventRows;
    DemoLedger m_ledger;
};

} // namespace ic
