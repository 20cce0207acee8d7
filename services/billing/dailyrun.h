#pragma once

#include "models/clock.h"
#include "models/customer.h"
#include "models/dunningladder.h"
#include "models/invoice.h"
#include "models/payment.h"
#include "models/plan.h"
#include "models/records.h"
#include "models/result.h"
#include "models/subscription.h"
#include "services/billing/invoicing.h"
#include "services/billing/settlement.h"
#include "services/gateways/gatewayregistry.h"
#include "services/gateways/paymentgateway.h"
#include "services/jobs/jobcontext.h"
#include "services/storage/database.h"

#include <QDate>
#include <QHash>

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

#include <functional>

namespace ic {

struct DailyRunSummary {
    int days = 0;
    int trialsEnded = 0;
    int invoicesCreated = 0;
    int remindersQueued = 0;
    int chargesTried = 0;
    int chargesSucceeded = 0;
    int chargesFailed = 0;
    int chargesPending = 0; // the gateway did not answer: retried with the same key next run
    int chargesAwaitingCustomer = 0; // the customer must authenticate: not retried meanwhile
    int casesOpened = 0;
    int casesAdvanced = 0;
    int casesResolved = 0;
    int suspensions = 0;
    int cancellations = 0;
    QStringList problems; // one sentence per subscription the run had to leave alone

    QJsonObject toJson() const;
    QString toText() const;
};

// The daily run for a business date: J-7 renewal invoices, J-3 reminders, J-0 charges
// through the subscription's gateway with an idempotency key per invoice and attempt, then
// the dunning calendar (J+0 … J+30 as data). Days missed since the last finished run are
// run first, in order. Each subscription's work is its own transaction; a charge is two:
// the attempt is recorded (pending, with its key) before the gateway is called, and its
// outcome with every consequence after, so a run killed anywhere and run again creates
// nothing twice and charges nothing twice (the gateway answers a known key from its ledger).
class DailyRun final {
public:
    // The gateways come from the book's registry (GatewayRegistry::forBook), which must
    // outlive the run; the run acts as the system actor "daily-run".
    DailyRun(Database &db, const Clock &clock, const GatewayRegistry &gateways);
    // The same with the gateways by name (not owned), for tests and tools.
    DailyRun(Database &db, const Clock &clock, QHash<QString, PaymentGateway *> gateways);

    // `job` hears progress, subscription by subscription: done of the day's subscriptions,
    // invoices and dunning cases, and what is being done ("Charging invoice INV-2026-0412");
    // it is asked to go on between two of them (a cancel stops the run there: what it
    // finished stays finished, ErrorCode::Cancelled).
    Result<DailyRunSummary> run(QDate asOf, const JobContext &job = {});

private:
    Done runDay(QDate day, DailyRunSummary &summary, const JobContext &job, bool isCatchingUp);
    Done endTrial(qint64 subscriptionId, QDate day, DailyRunSummary &summary);
    Done cancelAtPeriodEnd(qint64 subscriptionId, QDate day, DailyRunSummary &summary);
    Done invoiceRenewal(qint64 subscriptionId, QDate day, DailyRunSummary &summary);
    Done remind(qint64 invoiceId, QDate day, DailyRunSummary &summary);
    Done chargeDue(qint64 invoiceId, QDate day, DailyRunSummary &summary);
    Done advanceCase(qint64 caseId, QDate day, DailyRunSummary &summary);

    enum class Charged { Succeeded, Declined, RequiresAction, Pending, NotCharged };
    struct Attempt {
        Charged result = Charged::NotCharged;
        ChargeResult answer;            // the gateway's
        std::optional<Payment> payment; // the pending attempt as recorded (its row version
                                        // guards the outcome's UPDATE)
    };
    // Records the attempt (pending) and asks the gateway; the caller writes the outcome.
    Result<Attempt> charge(const Invoice &invoice, const Subscription &subscription, QDate day,
                           DailyRunSummary &summary);
    // Inside the caller's transaction: the attempt's outcome through the settlement path
    // (Settlement::apply), counted in the summary.
    Done writeOutcome(const Attempt &attempt, DailyRunSummary &summary);
    Settlement settlement() const;
    Result<DunningLadder> policy();
    bool keepGoing(const Error &error, DailyRunSummary &summary, const QString &what);

    Database &m_db;
    const Clock &m_clock;
    GatewayRegistry m_ownGateways; // the gateways given by name
    const GatewayRegistry &m_gateways;
    // The plans billed during one run, read once (a run bills the catalogue as it stood when
    // the run began; a subscription keeps its own price anyway).
    QHash<qint64, Plan> m_plans;
    // One Invoicing a day, whose tax policy reads the settings and rates once.
    std::unique_ptr<Invoicing> m_invoicing;
    Result<Plan> planOf(qint64 id);
    DunningLadder m_policy;
    bool m_policyLoaded = false;
    int m_invoiceDaysBefore = 7;
    int m_reminderDaysBefore = 3;
};

} // namespace ic
