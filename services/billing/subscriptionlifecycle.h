#pragma once

#include "models/clock.h"
#include "models/invoice.h"
#include "models/money.h"
#include "models/plan.h"
#include "models/proration.h"
#include "models/result.h"
#include "models/subscription.h"
#include "models/usercredit.h"
#include "services/security/session.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ic {

class Database;
struct InvoiceRequest;

// What a lifecycle step wrote beside the subscription: the invoice it issued (the first
// period, a plan change's proration, a resumed period) or, for a plan change that gives back
// more than it charges, the credit the customer receives instead.
struct LifecycleOutcome {
    Subscription subscription;
    std::optional<Invoice> invoice;
    std::optional<UserCredit> credit;
};

// A plan change priced but not written, for a person to read before confirming.
struct PlanChangePreview {
    Subscription subscription; // as it is now
    Plan fromPlan;
    Plan toPlan;
    QDate changeOn;
    // Within the period when both plans renew at the same interval; a new period starting on
    // `changeOn` otherwise (a different interval, a trial or a free plan before).
    bool startsNewPeriod = false;
    QDate periodStart;
    QDate periodEnd;                    // exclusive
    std::optional<Proration> proration; // the days of the old plan given back, if any were paid
    QList<InvoiceItem> lines;           // priced and taxed as the invoice will be
    Money subtotal;
    Money tax;
    Money total; // tax included; negative: the customer is credited that much

    bool isCredit() const { return total.isNegative(); }
};

// The life of a subscription: creation, pause and resume, cancellation, expiry, suspension,
// plan changes. Each step runs in one transaction (a savepoint inside a caller's), checks the
// status move against the transition table and writes a SubscriptionEvent saying who did it
// and why; a refusal is one sentence and writes nothing. "Today" is the business date of the
// injected clock (setting billing.business_time_zone, Europe/Paris by default).
//
// Rules chosen here:
// - A trial plan (trial days > 0) starts "trialing": the period is the trial, billing is due
//   when it ends; nothing is invoiced. A free plan (no price, no setup fee) starts active with
//   an empty period and nothing to bill. A paid plan starts active for [today, today + its
//   interval), anchored on today's day of month, and its first invoice (setup fee, promotion
//   code) is issued at once, due today.
// - Resume keeps the period when the subscription comes back before the period ends (a pause
//   does not lengthen what was paid, and the renewal stays where it was); once the period has
//   ended, resume re-anchors: a new period starts today, on today's day of month, and its
//   invoice is issued at once.
// - Cancel now stops billing at once and gives nothing back (a refund to credit is the
//   invoicing service's). Cancel at period end sets the flag; the daily run cancels on the
//   period's last day.
// - A plan change now between plans of the same interval prorates by days within the
//   current period. Between different intervals, or from a trial or a free plan, the new plan
//   starts a new period today (on today's day of month): the unused days of the old plan, if
//   paid, are given back and the new plan's whole period is charged. A plan change takes no
//   promotion code. When the lines add up to less than nothing, no invoice is issued: the
//   customer receives that amount, tax included, as a credit the next invoices use.
class SubscriptionLifecycle final {
public:
    // With a session, each action is checked against the signed-in person's role first
    // (ErrorCode::Forbidden, nothing written), and the histories and the audit log name that
    // person whatever `actor` a method is given; without one the system acts (daily run, CLI)
    // under the `actor` given (which it must name). The session must outlive this object.
    SubscriptionLifecycle(Database &db, const Clock &clock, const Session *session = nullptr);

    // Who the histories name: the session's person, or "system".
    QString actor() const;

    Result<LifecycleOutcome> create(qint64 customerId, qint64 planId, const QString &actor,
                                    const QString &promotionCode = {});

    Result<Subscription> pause(qint64 subscriptionId, const QString &actor, const QString &reason);
    Result<LifecycleOutcome> resume(qint64 subscriptionId, const QString &actor,
                                    const QString &reason);
    Result<Subscription> cancelNow(qint64 subscriptionId, const QString &actor,
                                   const QString &reason);
    // Sets (or, with `cancel` false, takes back) the flag the daily run acts on.
    Result<Subscription> cancelAtPeriodEnd(qint64 subscriptionId, const QString &actor,
                                           const QString &reason, bool cancel = true);
    Result<Subscription> expire(qint64 subscriptionId, const QString &actor, const QString &reason);
    Result<Subscription> suspend(qint64 subscriptionId, const QString &actor,
                                 const QString &reason);
    // Suspended → active only (a paused subscription is resumed, not reactivated).
    Result<Subscription> reactivate(qint64 subscriptionId, const QString &actor,
                                    const QString &reason);

    // The plan change today, priced, nothing written.
    Result<PlanChangePreview> previewPlanChange(qint64 subscriptionId, qint64 newPlanId) const;
    // The same change written: the subscription on the new plan and price, its proration
    // invoice issued (or its credit given), the event with both plans.
    Result<LifecycleOutcome> changePlanNow(qint64 subscriptionId, qint64 newPlanId,
                                           const QString &actor, const QString &reason);
    // Records the change for the next period (scheduled_plan_id); 0 takes a scheduled change
    // back. The renewal invoice of the next period already bills planForNextPeriod().
    Result<Subscription> changePlanAtNextPeriod(qint64 subscriptionId, qint64 newPlanId,
                                                const QString &actor, const QString &reason);
    // For the daily run, when `subscription` enters the period starting on `on` (before it
    // extends the period, so the new plan's interval counts): moves it to its scheduled plan
    // and price and records the event. Nothing scheduled: the subscription comes back as it
    // is. A scheduled plan withdrawn from sale since is dropped, and the event says so.
    Result<Subscription> applyScheduledChange(const Subscription &subscription, const QDate &on,
                                              const QString &actor = QStringLiteral("daily-run"));

private:
    QString actorFor(const QString &given) const;
    Result<QDate> today() const;
    Result<Subscription> move(qint64 subscriptionId, SubscriptionStatus to, const QString &actor,
                              const QString &reason);
    struct PlannedChange;
    Result<PlannedChange> planChange(const Subscription &subscription, qint64 newPlanId,
                                     const QDate &on) const;
    Result<Invoice> price(const InvoiceRequest &request) const;
    Result<Invoice> issuePeriod(const Subscription &subscription, const Plan &plan,
                                bool firstPayment, const QString &promotionCode,
                                const QString &actor);
    Database &m_db;
    const Clock &m_clock;
    const Session *m_session = nullptr;
};

} // namespace ic
