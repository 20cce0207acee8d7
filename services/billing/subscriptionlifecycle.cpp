#include "services/billing/subscriptionlifecycle.h"
#include "services/storage/settings.h"

#include "models/billingcalendar.h"
#include "models/tr.h"
#include "services/billing/invoicing.h"
#include "services/security/audittrail.h"
#include "services/storage/creditrepository.h"
#include "services/storage/customerrepository.h"
#include "services/storage/database.h"
#include "services/storage/planrepository.h"
#include "services/storage/subscriptionrepository.h"

#include <QStringList>
#include <QTimeZone>

namespace ic {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Nothing to bill, ever: no price and no setup fee (and no trial, which is billed at its end).
bool isFree(const Plan &plan)
{
    return plan.price.isZero() && plan.setupFee.isZero() && plan.trialDays == 0;
}

Done needReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return failure(ErrorCode::Invalid,
                       Tr::tr("Say why: the history of a subscription keeps a reason for every "
                              "change."));
    return {};
}

// What happened, then why the person did it, in one history line.
QString because(const QString &what, const QString &reason)
{
    return reason.trimmed().isEmpty() ? what : what + u' ' + reason.trimmed();
}

// A plan the subscription can move to: on sale, in the subscription's currency, not a trial.
Done checkTarget(const Subscription &subscription, const Plan &to)
{
    if (to.id == subscription.planId)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The subscription is already on plan \"%1\".").arg(to.name));
    if (!to.isActive)
        return failure(
            ErrorCode::Invalid,
            Tr::tr("Plan \"%1\" is no longer sold; choose an active plan.").arg(to.name));
    if (to.price.currency() != subscription.price.currency())
        return failure(ErrorCode::MixedCurrency,
                       Tr::tr("Plan \"%1\" is billed in %2, not in %3 like this subscription.")
                           .arg(to.name, to.price.currency(), subscription.price.currency()));
    if (to.trialDays > 0)
        return failure(ErrorCode::Invalid,
                       Tr::tr("Plan \"%1\" is a trial: a trial starts a new subscription, it is "
                              "not a plan to change to.")
                           .arg(to.name));
    return {};
}

ExtraLine extraOf(const ProrationLine &line)
{
    ExtraLine extra;
    extra.description = line.description;
    extra.quantity = line.quantity;
    extra.unitPrice = line.unitPrice;
    extra.planId = line.planId;
    return extra;
}

const Subscription &subscriptionOf(const Subscription &s)
{
    return s;
}
const Subscription &subscriptionOf(const LifecycleOutcome &o)
{
    return o.subscription;
}

// Runs `body` in one transaction (or as a part of a caller's) and, when it succeeds,
// writes the audit entry of the subscription as it was before and after, in the same
// transaction. A step that changed nothing writes no entry.
template <typename F>
auto audited(Database &db, const Clock &clock, qint64 subscriptionId, const QString &actor,
             const QString &action, F &&body) -> decltype(body())
{
    return db.transaction([&]() -> decltype(body()) {
        std::optional<Subscription> before;
        if (subscriptionId != 0) {
            auto s = SubscriptionRepository(db).find(subscriptionId);
            if (s)
                before = *s;
        }
        auto result = body();
        if (!result)
            return result;
        const QJsonObject after = auditJson(subscriptionOf(*result));
        const QJsonObject was = before ? auditJson(*before) : QJsonObject();
        if (before && was == after)
            return result;
        if (auto a = recordAudit(db, clock, actor, QStringLiteral("subscription"),
                                 subscriptionOf(*result).id, action, was, after);
            !a)
            return std::unexpected(a.error());
        return result;
    });
}

} // namespace

struct SubscriptionLifecycle::PlannedChange {
    PlanChangePreview preview;
    Invoice draft; // meaningful when the preview has lines and is not a credit
};

SubscriptionLifecycle::SubscriptionLifecycle(Database &db, const Clock &clock,
                                             const Session *session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

QString SubscriptionLifecycle::actor() const
{
    return m_session ? m_session->actor() : QStringLiteral("system");
}

QString SubscriptionLifecycle::actorFor(const QString &given) const
{
    // the session's person; without one, the system actor the caller names (none is refused)
    return m_session ? m_session->actor() : given;
}

Result<QDate> SubscriptionLifecycle::today() const
{
    return Settings(m_db).businessToday(m_clock);
}

// ---- creation ----

Result<LifecycleOutcome> SubscriptionLifecycle::create(qint64 customerId, qint64 planId,
                                                       const QString &givenActor,
                                                       const QString &promotionCode)
{
    const QString actor = actorFor(givenActor);
    if (auto allowed = require(m_session, Permission::ManageSubscriptions); !allowed)
        return std::unexpected(allowed.error());
    if (actor.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Say who creates the subscription."));
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    auto plan = PlanRepository(m_db).find(planId);
    if (!plan)
        return std::unexpected(plan.error());
    if (!plan->isActive)
        return failure(
            ErrorCode::Invalid,
            Tr::tr("Plan \"%1\" is no longer sold; choose an active plan.").arg(plan->name));
    const bool trial = plan->trialDays > 0;
    const bool free = isFree(*plan);
    if (!trial && !free && plan->intervalMonths <= 0)
        return failure(ErrorCode::Invalid,
                       Tr::tr("Plan \"%1\" has a price but no billing interval; give it one in the "
                              "catalogue first.")
                           .arg(plan->name));
    if ((trial || free) && !promotionCode.trimmed().isEmpty())
        return failure(ErrorCode::Invalid,
                       Tr::tr("Plan \"%1\" starts with nothing to pay, so there is nothing for a "
                              "promotion code to discount.")
                           .arg(plan->name));
    auto day = today();
    if (!day)
        return std::unexpected(day.error());

    Subscription s;
    s.customerId = customerId;
    s.planId = plan->id;
    s.startedOn = *day;
    s.currentPeriodStart = *day;
    s.price = plan->price;
    s.createdAt = m_clock.now();
    if (trial) {
        // The trial is the first period; billing (conversion or expiry) is due when it ends.
        s.status = SubscriptionStatus::Trialing;
        s.trialEndsOn = day->addDays(plan->trialDays);
        s.currentPeriodEnd = s.trialEndsOn;
        s.nextBillingOn = s.trialEndsOn;
        s.anchorDay = s.trialEndsOn.day();
    } else if (free) {
        // Nothing is ever billed: an empty period and no billing date.
        s.status = SubscriptionStatus::Active;
        s.currentPeriodEnd = *day;
        s.anchorDay = day->day();
    } else {
        s.status = SubscriptionStatus::Active;
        s.anchorDay = day->day();
        s.currentPeriodEnd = addMonthsAnchored(*day, plan->intervalMonths, s.anchorDay);
        s.nextBillingOn = s.currentPeriodEnd;
    }

    return audited(m_db, m_clock, 0, actor, QStringLiteral("create"),
                   [&]() -> Result<LifecycleOutcome> {
                       SubscriptionRepository subscriptions(m_db);
                       auto saved = subscriptions.insert(s, actor);
                       if (!saved)
                           return std::unexpected(saved.error());
                       LifecycleOutcome out{*saved, std::nullopt, std::nullopt};
                       if (trial || free)
                           return out;
                       auto invoice = issuePeriod(*saved, *plan, true, promotionCode, actor);
                       if (!invoice)
                           return std::unexpected(invoice.error());
                       out.invoice = *invoice;
                       // The promotion the first invoice took stays with the subscription.
                       for (const InvoiceItem &item : invoice->items) {
                           if (item.promotionId != 0) {
                               Subscription withPromotion = *saved;
                               withPromotion.promotionId = item.promotionId;
                               auto updated = subscriptions.update(withPromotion);
                               if (!updated)
                                   return std::unexpected(updated.error());
                               out.subscription = *updated;
                               break;
                           }
                       }
                       return out;
                   });
}

Result<Invoice> SubscriptionLifecycle::issuePeriod(const Subscription &subscription,
                                                   const Plan &plan, bool firstPayment,
                                                   const QString &promotionCode,
                                                   const QString &actor)
{
    auto day = today();
    if (!day)
        return std::unexpected(day.error());
    InvoiceRequest request;
    request.customerId = subscription.customerId;
    request.subscriptionId = subscription.id;
    request.planId = plan.id;
    request.periodStart = subscription.currentPeriodStart;
    request.periodEnd = subscription.currentPeriodEnd;
    request.issueDate = *day;
    request.dueDate = *day;
    request.firstPayment = firstPayment;
    request.promotionCode = promotionCode.trimmed();
    Invoicing invoicing(m_db, m_clock);
    auto draft = invoicing.draftForSubscriptionPeriod(request);
    if (!draft)
        return draft;
    return invoicing.issue(*draft, actor);
}

// ---- status moves ----

Result<Subscription> SubscriptionLifecycle::move(qint64 subscriptionId, SubscriptionStatus to,
                                                 const QString &actor, const QString &reason)
{
    if (auto ok = needReason(reason); !ok)
        return std::unexpected(ok.error());
    return audited(
        m_db, m_clock, subscriptionId, actor, QStringLiteral("status"),
        [&]() -> Result<Subscription> {
            SubscriptionRepository subscriptions(m_db);
            auto s = subscriptions.find(subscriptionId);
            if (!s)
                return s;
            auto moved =
                subscriptions.changeStatus(s->id, s->rowVersion, to, actor, reason, m_clock.now());
            if (!moved)
                return moved;
            // A subscription that has ended bills nothing more.
            if (to == SubscriptionStatus::Cancelled || to == SubscriptionStatus::Expired) {
                Subscription ended = *moved;
                ended.nextBillingOn = QDate();
                ended.cancelAtPeriodEnd = false;
                ended.scheduledPlanId = 0;
                return subscriptions.update(ended);
            }
            return moved;
        });
}

Result<Subscription> SubscriptionLifecycle::pause(qint64 subscriptionId, const QString &givenActor,
                                                  const QString &reason)
{
    const QString actor = actorFor(givenActor);
    if (auto allowed = require(m_session, Permission::ManageSubscriptions); !allowed)
        return std::unexpected(allowed.error());
    return move(subscriptionId, SubscriptionStatus::Paused, actor, reason);
}

Result<LifecycleOutcome> SubscriptionLifecycle::resume(qint64 subscriptionId,
                                                       const QString &givenActor,
                                                       const QString &reason)
{
    const QString actor = actorFor(givenActor);
    if (auto allowed = require(m_session, Permission::ManageSubscriptions); !allowed)
        return std::unexpected(allowed.error());
    if (auto ok = needReason(reason); !ok)
        return std::unexpected(ok.error());
    return audited(
        m_db, m_clock, subscriptionId, actor, QStringLiteral("resume"),
        [&]() -> Result<LifecycleOutcome> {
            SubscriptionRepository subscriptions(m_db);
            auto s = subscriptions.find(subscriptionId);
            if (!s)
                return std::unexpected(s.error());
            if (s->status != SubscriptionStatus::Paused) {
                if (auto allowed = transition(s->status, SubscriptionStatus::Active); !allowed)
                    return std::unexpected(allowed.error());
                return failure(ErrorCode::IllegalTransition,
                               Tr::tr("Only a paused subscription is resumed; this one is %1.")
                                   .arg(displayName(s->status)));
            }
            auto plan = PlanRepository(m_db).find(s->planId);
            if (!plan)
                return std::unexpected(plan.error());
            auto day = today();
            if (!day)
                return std::unexpected(day.error());
            auto moved = subscriptions.changeStatus(
                s->id, s->rowVersion, SubscriptionStatus::Active, actor, reason, m_clock.now());
            if (!moved)
                return std::unexpected(moved.error());
            LifecycleOutcome out{*moved, std::nullopt, std::nullopt};
            // Back within the period: it goes on as it was. Back after it: a new period from today.
            const bool billable = !s->price.isZero() && plan->intervalMonths > 0;
            if (*day < moved->currentPeriodEnd || !billable)
                return out;
            Subscription next = *moved;
            next.anchorDay = day->day();
            next.currentPeriodStart = *day;
            next.currentPeriodEnd = addMonthsAnchored(*day, plan->intervalMonths, next.anchorDay);
            next.nextBillingOn = next.currentPeriodEnd;
            auto saved = subscriptions.update(next);
            if (!saved)
                return std::unexpected(saved.error());
            out.subscription = *saved;
            auto invoice = issuePeriod(*saved, *plan, false, {}, actor);
            if (!invoice)
                return std::unexpected(invoice.error());
            out.invoice = *invoice;
            return out;
        });
}

Result<Subscription> SubscriptionLifecycle::cancelNow(qint64 subscriptionId,
                                                      const QString &givenActor,
                                                      const QString &reason)
{
    const QString actor = actorFor(givenActor);
    if (auto allowed = require(m_session, Permission::ManageSubscriptions); !allowed)
        return std::unexpected(allowed.error());
    return move(subscriptionId, SubscriptionStatus::Cancelled, actor, reason);
}

Result<Subscription> SubscriptionLifecycle::cancelAtPeriodEnd(qint64 subscriptionId,
                                                              const QString &givenActor,
                                                              const QString &reason, bool cancel)
{
    const QString actor = actorFor(givenActor);
    if (auto allowed = require(m_session, Permission::ManageSubscriptions); !allowed)
        return std::unexpected(allowed.error());
    if (auto ok = needReason(reason); !ok)
        return std::unexpected(ok.error());
    return audited(
        m_db, m_clock, subscriptionId, actor, QStringLiteral("cancel_at_period_end"),
        [&]() -> Result<Subscription> {
            SubscriptionRepository subscriptions(m_db);
            auto s = subscriptions.find(subscriptionId);
            if (!s)
                return s;
            if (auto allowed = transition(s->status, SubscriptionStatus::Cancelled); !allowed)
                return std::unexpected(allowed.error());
            if (s->cancelAtPeriodEnd == cancel)
                return failure(ErrorCode::Invalid,
                               cancel
                                   ? Tr::tr("Subscription %1 is already set to end on %2.")
                                         .arg(s->id)
                                         .arg(iso(s->currentPeriodEnd))
                                   : Tr::tr("Subscription %1 is not set to end; there is nothing "
                                            "to take back.")
                                         .arg(s->id));
            Subscription next = *s;
            next.cancelAtPeriodEnd = cancel;
            const QString what =
                cancel ? Tr::tr("Set to cancel at the end of the period, on %1.")
                             .arg(iso(s->currentPeriodEnd))
                       : Tr::tr("The cancellation at the end of the period is taken back.");
            return subscriptions.updateWithEvent(next, actor, because(what, reason), m_clock.now());
        });
}

Result<Subscription> SubscriptionLifecycle::expire(qint64 subscriptionId, const QString &givenActor,
                                                   const QString &reason)
{
    const QString actor = actorFor(givenActor);
    if (auto allowed = require(m_session, Permission::ManageSubscriptions); !allowed)
        return std::unexpected(allowed.error());
    return move(subscriptionId, SubscriptionStatus::Expired, actor, reason);
}

Result<Subscription> SubscriptionLifecycle::suspend(qint64 subscriptionId,
                                                    const QString &givenActor,
                                                    const QString &reason)
{
    const QString actor = actorFor(givenActor);
    if (auto allowed = require(m_session, Permission::ManageSubscriptions); !allowed)
        return std::unexpected(allowed.error());
    return move(subscriptionId, SubscriptionStatus::Suspended, actor, reason);
}

Result<Subscription> SubscriptionLifecycle::reactivate(qint64 subscriptionId,
                                                       const QString &givenActor,
                                                       const QString &reason)
{
    const QString actor = actorFor(givenActor);
    if (auto allowed = require(m_session, Permission::ManageSubscriptions); !allowed)
        return std::unexpected(allowed.error());
    auto s = SubscriptionRepository(m_db).find(subscriptionId);
    if (!s)
        return s;
    if (s->status != SubscriptionStatus::Suspended) {
        if (auto allowed = transition(s->status, SubscriptionStatus::Active); !allowed)
            return std::unexpected(allowed.error());
        return failure(ErrorCode::IllegalTransition,
                       Tr::tr("Only a suspended subscription is reactivated; this one is %1.")
                           .arg(displayName(s->status)));
    }
    return move(subscriptionId, SubscriptionStatus::Active, actor, reason);
}

// ---- plan changes ----

// Prices lines without writing. Invoicing drafts only what adds up to zero or more; lines that
// add up to less (a downgrade) are priced with their signs turned and turned back: each line
// gets the same rate, and roundDiv rounds half away from zero on both sides of zero, so every
// amount is exactly the opposite of what the lines themselves would give.
Result<Invoice> SubscriptionLifecycle::price(const InvoiceRequest &request) const
{
    Invoicing invoicing(m_db, m_clock);
    qint64 net = 0;
    for (const ExtraLine &line : request.extraLines)
        net += line.unitPrice.minor() * line.quantity;
    if (request.includePlanLine || net >= 0)
        return invoicing.draftForSubscriptionPeriod(request);
    InvoiceRequest turned = request;
    for (ExtraLine &line : turned.extraLines)
        line.unitPrice = line.unitPrice.negated();
    auto draft = invoicing.draftForSubscriptionPeriod(turned);
    if (!draft)
        return draft;
    Invoice invoice = *draft;
    for (InvoiceItem &item : invoice.items) {
        item.unitPriceMinor = -item.unitPriceMinor;
        item.discountMinor = -item.discountMinor;
        item.taxMinor = -item.taxMinor;
        item.totalMinor = -item.totalMinor;
    }
    invoice.subtotalMinor = -invoice.subtotalMinor;
    invoice.discountMinor = -invoice.discountMinor;
    invoice.taxMinor = -invoice.taxMinor;
    invoice.totalMinor = -invoice.totalMinor;
    return invoice;
}

Result<SubscriptionLifecycle::PlannedChange>
SubscriptionLifecycle::planChange(const Subscription &s, qint64 newPlanId, const QDate &on) const
{
    if (s.status != SubscriptionStatus::Active && s.status != SubscriptionStatus::Trialing)
        return failure(ErrorCode::IllegalTransition,
                       Tr::tr("A %1 subscription cannot change plan; only an active or trialing "
                              "one can.")
                           .arg(displayName(s.status)));
    PlanRepository plans(m_db);
    auto from = plans.find(s.planId);
    if (!from)
        return std::unexpected(from.error());
    auto to = plans.find(newPlanId);
    if (!to)
        return std::unexpected(to.error());
    if (auto ok = checkTarget(s, *to); !ok)
        return std::unexpected(ok.error());

    PlannedChange planned;
    PlanChangePreview &p = planned.preview;
    p.subscription = s;
    p.fromPlan = *from;
    p.toPlan = *to;
    p.changeOn = on;
    const QString currency = s.price.currency();

    // Days of the old plan were paid for when an active, priced period runs on `on`.
    const bool paidDaysLeft = s.status == SubscriptionStatus::Active && !s.price.isZero() &&
                              s.currentPeriodStart <= on && on < s.currentPeriodEnd;
    if (paidDaysLeft) {
        auto proration = prorate({from->id, from->name, s.price}, {to->id, to->name, to->price},
                                 s.currentPeriodStart, s.currentPeriodEnd, on);
        if (!proration)
            return std::unexpected(proration.error());
        p.proration = *proration;
    }
    const bool billable = !isFree(*to) && to->intervalMonths > 0;
    p.startsNewPeriod = !(paidDaysLeft && billable && to->intervalMonths == from->intervalMonths);

    InvoiceRequest request;
    request.customerId = s.customerId;
    request.subscriptionId = s.id;
    request.planId = to->id;
    request.issueDate = on;
    request.dueDate = on;
    request.includePlanLine = false; // the lines below say what is billed
    if (!p.startsNewPeriod) {
        p.periodStart = on;
        p.periodEnd = s.currentPeriodEnd;
        for (const ProrationLine &line : p.proration->lines())
            request.extraLines.append(extraOf(line));
        request.periodStart = on;
        request.periodEnd = s.currentPeriodEnd;
    } else {
        p.periodStart = on;
        p.periodEnd = billable ? addMonthsAnchored(on, to->intervalMonths, on.day()) : on;
        if (p.proration)
            request.extraLines.append(extraOf(p.proration->credit));
        if (billable) {
            ExtraLine line;
            line.description = Tr::tr("%1, %2 to %3")
                                   .arg(to->name, iso(p.periodStart), iso(p.periodEnd.addDays(-1)));
            line.unitPrice = to->price;
            line.planId = to->id;
            request.extraLines.append(line);
            // The setup fee comes with the first invoice of a subscription: after a trial or
            // a free plan, this one.
            const bool nothingPaidYet =
                s.status == SubscriptionStatus::Trialing || s.price.isZero();
            if (nothingPaidYet && !to->setupFee.isZero()) {
                ExtraLine fee;
                fee.description = Tr::tr("Setup fee, %1").arg(to->name);
                fee.unitPrice = to->setupFee;
                fee.planId = to->id;
                request.extraLines.append(fee);
            }
        }
        request.periodStart = p.periodStart;
        request.periodEnd = p.periodEnd;
    }

    p.subtotal = Money::zero(currency);
    p.tax = Money::zero(currency);
    p.total = Money::zero(currency);
    if (request.extraLines.isEmpty())
        return planned;
    auto draft = price(request);
    if (!draft)
        return std::unexpected(draft.error());
    planned.draft = *draft;
    p.lines = draft->items;
    p.subtotal = Money(draft->subtotalMinor, currency);
    p.tax = Money(draft->taxMinor, currency);
    p.total = Money(draft->totalMinor, currency);
    return planned;
}

Result<PlanChangePreview> SubscriptionLifecycle::previewPlanChange(qint64 subscriptionId,
                                                                   qint64 newPlanId) const
{
    if (auto allowed = require(m_session, Permission::ReadSubscriptions); !allowed)
        return std::unexpected(allowed.error());
    auto s = SubscriptionRepository(m_db).find(subscriptionId);
    if (!s)
        return std::unexpected(s.error());
    auto day = today();
    if (!day)
        return std::unexpected(day.error());
    auto planned = planChange(*s, newPlanId, *day);
    if (!planned)
        return std::unexpected(planned.error());
    return planned->preview;
}

Result<LifecycleOutcome> SubscriptionLifecycle::changePlanNow(qint64 subscriptionId,
                                                              qint64 newPlanId,
                                                              const QString &givenActor,
                                                              const QString &reason)
{
    const QString actor = actorFor(givenActor);
    if (auto allowed = require(m_session, Permission::ManageSubscriptions); !allowed)
        return std::unexpected(allowed.error());
    if (auto ok = needReason(reason); !ok)
        return std::unexpected(ok.error());
    if (actor.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Say who changes the subscription."));
    return audited(
        m_db, m_clock, subscriptionId, actor, QStringLiteral("change_plan"),
        [&]() -> Result<LifecycleOutcome> {
            SubscriptionRepository subscriptions(m_db);
            auto s = subscriptions.find(subscriptionId);
            if (!s)
                return std::unexpected(s.error());
            auto day = today();
            if (!day)
                return std::unexpected(day.error());
            auto planned = planChange(*s, newPlanId, *day);
            if (!planned)
                return std::unexpected(planned.error());
            const PlanChangePreview &p = planned->preview;
            const QDateTime now = m_clock.now();

            Subscription current = *s;
            if (current.status == SubscriptionStatus::Trialing) {
                auto converted = subscriptions.changeStatus(
                    current.id, current.rowVersion, SubscriptionStatus::Active, actor,
                    because(
                        Tr::tr("The trial ends with a change to plan \"%1\".").arg(p.toPlan.name),
                        reason),
                    now);
                if (!converted)
                    return std::unexpected(converted.error());
                current = *converted;
            }
            Subscription next = current;
            next.planId = p.toPlan.id;
            next.price = p.toPlan.price;
            next.scheduledPlanId = 0;
            if (p.startsNewPeriod) {
                next.currentPeriodStart = p.periodStart;
                next.currentPeriodEnd = p.periodEnd;
                next.anchorDay = p.periodStart.day();
                next.nextBillingOn = p.periodEnd > p.periodStart ? p.periodEnd : QDate();
            }
            auto saved = subscriptions.updateWithEvent(
                next, actor,
                because(Tr::tr("Plan changed from \"%1\" to \"%2\" on %3.")
                            .arg(p.fromPlan.name, p.toPlan.name, iso(p.changeOn)),
                        reason),
                now);
            if (!saved)
                return std::unexpected(saved.error());
            LifecycleOutcome out{*saved, std::nullopt, std::nullopt};
            if (p.lines.isEmpty())
                return out;
            if (!p.isCredit()) {
                auto issued = Invoicing(m_db, m_clock).issue(planned->draft, actor);
                if (!issued)
                    return std::unexpected(issued.error());
                out.invoice = *issued;
                return out;
            }
            // More given back than charged: no invoice below zero, a credit the next invoices use.
            QStringList lines;
            for (const InvoiceItem &item : p.lines)
                lines.append(item.description);
            UserCredit credit;
            credit.customerId = s->customerId;
            credit.type = CreditType::Adjustment;
            credit.amount = p.total.negated();
            credit.reason = Tr::tr("Plan changed from \"%1\" to \"%2\" on %3: %4.")
                                .arg(p.fromPlan.name, p.toPlan.name, iso(p.changeOn),
                                     lines.join(QStringLiteral("; ")));
            credit.createdBy = actor.trimmed();
            credit.createdAt = now;
            auto given = CreditRepository(m_db).insert(credit);
            if (!given)
                return std::unexpected(given.error());
            out.credit = *given;
            return out;
        });
}

Result<Subscription> SubscriptionLifecycle::changePlanAtNextPeriod(qint64 subscriptionId,
                                                                   qint64 newPlanId,
                                                                   const QString &givenActor,
                                                                   const QString &reason)
{
    const QString actor = actorFor(givenActor);
    if (auto allowed = require(m_session, Permission::ManageSubscriptions); !allowed)
        return std::unexpected(allowed.error());
    if (auto ok = needReason(reason); !ok)
        return std::unexpected(ok.error());
    return audited(
        m_db, m_clock, subscriptionId, actor, QStringLiteral("schedule_plan_change"),
        [&]() -> Result<Subscription> {
            SubscriptionRepository subscriptions(m_db);
            auto s = subscriptions.find(subscriptionId);
            if (!s)
                return s;
            if (s->status == SubscriptionStatus::Cancelled ||
                s->status == SubscriptionStatus::Expired)
                return failure(ErrorCode::IllegalTransition,
                               Tr::tr("A %1 subscription has no next period to change.")
                                   .arg(displayName(s->status)));
            Subscription next = *s;
            QString what;
            if (newPlanId == 0) {
                if (s->scheduledPlanId == 0)
                    return failure(ErrorCode::Invalid,
                                   Tr::tr("Subscription %1 has no plan change scheduled; there is "
                                          "nothing to take back.")
                                       .arg(s->id));
                next.scheduledPlanId = 0;
                what = Tr::tr("The plan change scheduled for %1 is taken back.")
                           .arg(iso(s->currentPeriodEnd));
            } else {
                auto to = PlanRepository(m_db).find(newPlanId);
                if (!to)
                    return std::unexpected(to.error());
                if (auto ok = checkTarget(*s, *to); !ok)
                    return std::unexpected(ok.error());
                next.scheduledPlanId = to->id;
                what = Tr::tr("Change to plan \"%1\" scheduled for %2.")
                           .arg(to->name, iso(s->currentPeriodEnd));
            }
            return subscriptions.updateWithEvent(next, actor, because(what, reason), m_clock.now());
        });
}

Result<Subscription> SubscriptionLifecycle::applyScheduledChange(const Subscription &subscription,
                                                                 const QDate &on,
                                                                 const QString &givenActor)
{
    const QString actor = actorFor(givenActor);
    if (auto allowed = require(m_session, Permission::ManageSubscriptions); !allowed)
        return std::unexpected(allowed.error());
    return audited(
        m_db, m_clock, subscription.id, actor, QStringLiteral("scheduled_plan_change"),
        [&]() -> Result<Subscription> {
            SubscriptionRepository subscriptions(m_db);
            auto s = subscriptions.find(subscription.id);
            if (!s || s->scheduledPlanId == 0)
                return s;
            auto plans = PlanRepository(m_db);
            auto from = plans.find(s->planId);
            if (!from)
                return std::unexpected(from.error());
            auto to = plans.find(s->scheduledPlanId);
            if (!to)
                return std::unexpected(to.error());
            Subscription next = *s;
            next.scheduledPlanId = 0;
            if (!to->isActive || to->price.currency() != s->price.currency()) {
                return subscriptions.updateWithEvent(
                    next, actor,
                    Tr::tr("The change to plan \"%1\" scheduled for %2 is dropped: the plan is no "
                           "longer sold in %3.")
                        .arg(to->name, iso(on), s->price.currency()),
                    m_clock.now());
            }
            next.planId = to->id;
            next.price = to->price;
            return subscriptions.updateWithEvent(
                next, actor,
                Tr::tr("Plan changed from \"%1\" to \"%2\" on %3, as scheduled.")
                    .arg(from->name, to->name, iso(on)),
                m_clock.now());
        });
}

} // namespace ic
