#include "services/storage/subscriptionrepository.h"
#include "models/tr.h"

#include "services/storage/rowvalues.h"

#include <QCoreApplication>

namespace ic {

namespace {

const QString kColumns = QStringLiteral(
    "id, customer_id, plan_id, status, started_on, trial_ends_on, current_period_start, "
    "current_period_end, next_billing_on, anchor_day, cancel_at_period_end, cancelled_at, "
    "paused_at, promotion_id, price_minor, currency, gateway, created_at, row_version, "
    "scheduled_plan_id");

Subscription read(const QSqlQuery &q)
{
    Subscription s;
    s.id = q.value(0).toLongLong();
    s.customerId = q.value(1).toLongLong();
    s.planId = q.value(2).toLongLong();
    s.status =
        subscriptionStatusFromString(q.value(3).toString()).value_or(SubscriptionStatus::Expired);
    s.startedOn = toDate(q.value(4));
    s.trialEndsOn = toDate(q.value(5));
    s.currentPeriodStart = toDate(q.value(6));
    s.currentPeriodEnd = toDate(q.value(7));
    s.nextBillingOn = toDate(q.value(8));
    s.anchorDay = q.value(9).toInt();
    s.cancelAtPeriodEnd = q.value(10).toBool();
    s.cancelledAt = toTimestamp(q.value(11));
    s.pausedAt = toTimestamp(q.value(12));
    s.promotionId = idOf(q.value(13));
    s.price = Money(q.value(14).toLongLong(), q.value(15).toString().trimmed());
    s.gateway = q.value(16).toString();
    s.createdAt = toTimestamp(q.value(17));
    s.rowVersion = q.value(18).toInt();
    s.scheduledPlanId = idOf(q.value(19));
    return s;
}

Done validate(const Subscription &s)
{
    if (s.customerId <= 0)
        return failure(ErrorCode::Invalid, Tr::tr("A subscription needs a customer."));
    if (s.planId <= 0)
        return failure(ErrorCode::Invalid, Tr::tr("A subscription needs a plan."));
    if (!s.startedOn.isValid() || !s.currentPeriodStart.isValid() || !s.currentPeriodEnd.isValid())
        return failure(ErrorCode::Invalid,
                       Tr::tr("A subscription needs a start date and a current period."));
    if (s.currentPeriodEnd < s.currentPeriodStart)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The current period ends on %1, before it starts on %2.")
                           .arg(s.currentPeriodEnd.toString(Qt::ISODate),
                                s.currentPeriodStart.toString(Qt::ISODate)));
    if (s.anchorDay < 1 || s.anchorDay > 31)
        return failure(ErrorCode::Invalid, Tr::tr("The renewal day must lie between 1 and 31."));
    if (!Money::isKnownCurrency(s.price.currency()))
        return failure(
            ErrorCode::Invalid,
            Tr::tr("\"%1\" is not a currency this program knows.").arg(s.price.currency()));
    if (s.price.isNegative())
        return failure(ErrorCode::Invalid,
                       Tr::tr("The price of a subscription cannot be negative."));
    if (s.gateway.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("A subscription needs a payment gateway."));
    return {};
}

Done insertEvent(Database &db, qint64 subscriptionId, const QDateTime &at,
                 std::optional<SubscriptionStatus> from, SubscriptionStatus to, qint64 fromPlan,
                 qint64 toPlan, const QString &actor, const QString &reason)
{
    auto q =
        db.exec(QStringLiteral("INSERT INTO subscription_events (subscription_id, occurred_at, "
                               "from_status, to_status, from_plan_id, to_plan_id, actor, "
                               "reason) VALUES (:s, :at, :from, :to, :from_plan, :to_plan, "
                               ":actor, :reason)"),
                {{"s", subscriptionId},
                 {"at", timestampValue(at)},
                 {"from", from ? QVariant(toString(*from)) : QVariant()},
                 {"to", toString(to)},
                 {"from_plan", nullIfZero(fromPlan)},
                 {"to_plan", nullIfZero(toPlan)},
                 {"actor", actor},
                 {"reason", nullIfEmpty(reason)}});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Error staleRow(const Subscription &current)
{
    return {ErrorCode::StaleRow,
            Tr::tr("Subscription %1 was changed by someone else since you opened it; reload to see "
                   "their change, then make yours again.")
                .arg(current.id)};
}

} // namespace

Result<Subscription> SubscriptionRepository::insert(Subscription s, const QString &actor)
{
    if (auto ok = validate(s); !ok)
        return std::unexpected(ok.error());
    if (actor.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Say who creates the subscription."));
    if (!s.createdAt.isValid())
        s.createdAt = QDateTime::currentDateTimeUtc();
    auto id = m_db.transaction([&]() -> Result<qint64> {
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO subscriptions (customer_id, plan_id, status, started_on, "
                "trial_ends_on, current_period_start, current_period_end, next_billing_on, "
                "anchor_day, cancel_at_period_end, cancelled_at, paused_at, promotion_id, "
                "price_minor, currency, gateway, created_at, scheduled_plan_id) VALUES "
                "(:customer_id, :plan_id, "
                ":status, :started_on, :trial_ends_on, :current_period_start, "
                ":current_period_end, :next_billing_on, :anchor_day, :cancel_at_period_end, "
                ":cancelled_at, :paused_at, :promotion_id, :price_minor, :currency, :gateway, "
                ":created_at, :scheduled_plan_id) RETURNING id"),
            {{"customer_id", s.customerId},
             {"plan_id", s.planId},
             {"status", toString(s.status)},
             {"started_on", dateValue(s.startedOn)},
             {"trial_ends_on", dateValue(s.trialEndsOn)},
             {"current_period_start", dateValue(s.currentPeriodStart)},
             {"current_period_end", dateValue(s.currentPeriodEnd)},
             {"next_billing_on", dateValue(s.nextBillingOn)},
             {"anchor_day", s.anchorDay},
             {"cancel_at_period_end", s.cancelAtPeriodEnd},
             {"cancelled_at", timestampValue(s.cancelledAt)},
             {"paused_at", timestampValue(s.pausedAt)},
             {"promotion_id", nullIfZero(s.promotionId)},
             {"price_minor", s.price.minor()},
             {"currency", s.price.currency()},
             {"gateway", s.gateway.trimmed()},
             {"created_at", timestampValue(s.createdAt)},
             {"scheduled_plan_id", nullIfZero(s.scheduledPlanId)}});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return failure(ErrorCode::Database, Tr::tr("The new subscription was not saved."));
        const qint64 newId = q->value(0).toLongLong();
        if (auto e = insertEvent(m_db, newId, s.createdAt, std::nullopt, s.status, 0, s.planId,
                                 actor.trimmed(), Tr::tr("created"));
            !e)
            return std::unexpected(e.error());
        return newId;
    });
    if (!id)
        return std::unexpected(id.error());
    return find(*id);
}

Result<Subscription> SubscriptionRepository::update(Subscription s)
{
    if (auto ok = validate(s); !ok)
        return std::unexpected(ok.error());
    auto q = m_db.exec(
        QStringLiteral(
            "UPDATE subscriptions SET customer_id = :customer_id, plan_id = :plan_id, "
            "started_on = :started_on, trial_ends_on = :trial_ends_on, current_period_start = "
            ":current_period_start, current_period_end = :current_period_end, next_billing_on = "
            ":next_billing_on, anchor_day = :anchor_day, cancel_at_period_end = "
            ":cancel_at_period_end, cancelled_at = :cancelled_at, paused_at = :paused_at, "
            "promotion_id = :promotion_id, price_minor = :price_minor, currency = :currency, "
            "gateway = :gateway, scheduled_plan_id = :scheduled_plan_id, row_version = row_version "
            "+ 1 "
            "WHERE id = :id AND row_version = "
            ":row_version AND status = :status RETURNING ") +
            kColumns,
        {{"customer_id", s.customerId},
         {"plan_id", s.planId},
         {"started_on", dateValue(s.startedOn)},
         {"trial_ends_on", dateValue(s.trialEndsOn)},
         {"current_period_start", dateValue(s.currentPeriodStart)},
         {"current_period_end", dateValue(s.currentPeriodEnd)},
         {"next_billing_on", dateValue(s.nextBillingOn)},
         {"anchor_day", s.anchorDay},
         {"cancel_at_period_end", s.cancelAtPeriodEnd},
         {"cancelled_at", timestampValue(s.cancelledAt)},
         {"paused_at", timestampValue(s.pausedAt)},
         {"promotion_id", nullIfZero(s.promotionId)},
         {"price_minor", s.price.minor()},
         {"currency", s.price.currency()},
         {"gateway", s.gateway.trimmed()},
         {"scheduled_plan_id", nullIfZero(s.scheduledPlanId)},
         {"id", s.id},
         {"row_version", s.rowVersion},
         {"status", toString(s.status)}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next()) {
        auto current = find(s.id);
        if (!current)
            return std::unexpected(current.error());
        if (current->rowVersion == s.rowVersion && current->status != s.status)
            return failure(ErrorCode::IllegalTransition,
                           Tr::tr("The status of a subscription changes through a status change, "
                                  "which is recorded in its history, not through an edit."));
        return std::unexpected(staleRow(*current));
    }
    return read(*q);
}

Result<Subscription> SubscriptionRepository::updateWithEvent(Subscription s, const QString &actor,
                                                             const QString &reason,
                                                             const QDateTime &at)
{
    if (actor.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Say who changes the subscription."));
    return m_db.transaction([&]() -> Result<Subscription> {
        auto before = find(s.id);
        if (!before)
            return std::unexpected(before.error());
        auto saved = update(s);
        if (!saved)
            return saved;
        if (auto e = insertEvent(m_db, s.id, at, before->status, saved->status, before->planId,
                                 saved->planId, actor.trimmed(), reason.trimmed());
            !e)
            return std::unexpected(e.error());
        return saved;
    });
}

Result<Subscription> SubscriptionRepository::changeStatus(qint64 id, int expectedRowVersion,
                                                          SubscriptionStatus to,
                                                          const QString &actor,
                                                          const QString &reason,
                                                          const QDateTime &at)
{
    if (actor.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Say who changes the status."));
    return m_db.transaction([&]() -> Result<Subscription> {
        auto current = find(id);
        if (!current)
            return std::unexpected(current.error());
        if (current->rowVersion != expectedRowVersion)
            return std::unexpected(staleRow(*current));
        if (auto allowed = transition(current->status, to); !allowed)
            return std::unexpected(allowed.error());
        QDateTime cancelledAt = current->cancelledAt;
        QDateTime pausedAt = current->pausedAt;
        if (to == SubscriptionStatus::Cancelled)
            cancelledAt = at;
        if (to == SubscriptionStatus::Paused)
            pausedAt = at;
        else if (current->status == SubscriptionStatus::Paused)
            pausedAt = QDateTime();
        auto q = m_db.exec(QStringLiteral("UPDATE subscriptions SET status = :to, cancelled_at = "
                                          ":cancelled_at, paused_at = :paused_at, row_version = "
                                          "row_version + 1 WHERE id = :id AND row_version = :rv "
                                          "AND status = :from RETURNING ") +
                               kColumns,
                           {{"to", toString(to)},
                            {"cancelled_at", timestampValue(cancelledAt)},
                            {"paused_at", timestampValue(pausedAt)},
                            {"id", id},
                            {"rv", expectedRowVersion},
                            {"from", toString(current->status)}});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return std::unexpected(staleRow(*current));
        const Subscription changed = read(*q);
        if (auto e = insertEvent(m_db, id, at, current->status, to, current->planId,
                                 current->planId, actor.trimmed(), reason.trimmed());
            !e)
            return std::unexpected(e.error());
        return changed;
    });
}

Result<Subscription> SubscriptionRepository::find(qint64 id) const
{
    auto list = select(QStringLiteral("id = :id"), {{"id", id}});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return failure(ErrorCode::NotFound, Tr::tr("Subscription %1 does not exist.").arg(id));
    return list->first();
}

Result<QList<Subscription>> SubscriptionRepository::listByCustomer(qint64 customerId) const
{
    return select(QStringLiteral("customer_id = :c ORDER BY started_on, id"), {{"c", customerId}});
}

Result<QList<Subscription>> SubscriptionRepository::dueOn(const QDate &day) const
{
    return select(QStringLiteral("next_billing_on <= :day AND status IN ('trialing', 'active', "
                                 "'past_due') ORDER BY next_billing_on, id"),
                  {{"day", dateValue(day)}});
}

Result<QList<Subscription>> SubscriptionRepository::select(const QString &where,
                                                           Database::Binds binds) const
{
    // `where` is always one of the constant clauses above; values travel in binds.
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM subscriptions WHERE " + where, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<Subscription> list;
    while (q->next())
        list.append(read(*q));
    return list;
}

Result<QList<SubscriptionEvent>> SubscriptionRepository::events(qint64 subscriptionId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, subscription_id, occurred_at, from_status, "
                                      "to_status, from_plan_id, to_plan_id, actor, reason FROM "
                                      "subscription_events WHERE subscription_id = :s ORDER BY "
                                      "occurred_at, id"),
                       {{"s", subscriptionId}});
    if (!q)
        return std::unexpected(q.error());
    QList<SubscriptionEvent> list;
    while (q->next()) {
        SubscriptionEvent e;
        e.id = q->value(0).toLongLong();
        e.subscriptionId = q->value(1).toLongLong();
        e.occurredAt = toTimestamp(q->value(2));
        if (!q->value(3).isNull())
            e.fromStatus = subscriptionStatusFromString(q->value(3).toString());
        e.toStatus = subscriptionStatusFromString(q->value(4).toString())
                         .value_or(SubscriptionStatus::Expired);
        e.fromPlanId = idOf(q->value(5));
        e.toPlanId = idOf(q->value(6));
        e.actor = q->value(7).toString();
        e.reason = q->value(8).toString();
        list.append(e);
    }
    return list;
}

} // namespace ic
