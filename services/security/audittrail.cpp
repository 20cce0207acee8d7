#include "services/security/audittrail.h"

#include "models/statuses.h"
#include "services/storage/auditrepository.h"
#include "services/storage/database.h"

#include <QJsonArray>

namespace ic {

namespace {
QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

Done recordAudit(Database &db, const Clock &clock, const QString &actor, const QString &entity,
                 qint64 id, const QString &action, const QJsonObject &before,
                 const QJsonObject &after)
{
    AuditEntry entry;
    entry.occurredAt = clock.now();
    entry.actor = actor.trimmed().isEmpty() ? QStringLiteral("system") : actor.trimmed();
    entry.entity = entity;
    entry.entityId = QString::number(id);
    entry.action = action;
    entry.before = before;
    entry.after = after;
    if (auto saved = AuditRepository(db).append(entry); !saved)
        return std::unexpected(saved.error());
    return {};
}

QJsonObject auditJson(const Subscription &s)
{
    return {
        {QStringLiteral("status"), toString(s.status)},
        {QStringLiteral("plan_id"), s.planId},
        {QStringLiteral("scheduled_plan_id"), s.scheduledPlanId},
        {QStringLiteral("price_minor"), s.price.minor()},
        {QStringLiteral("currency"), s.price.currency()},
        {QStringLiteral("current_period_start"), iso(s.currentPeriodStart)},
        {QStringLiteral("current_period_end"), iso(s.currentPeriodEnd)},
        {QStringLiteral("next_billing_on"), iso(s.nextBillingOn)},
        {QStringLiteral("cancel_at_period_end"), s.cancelAtPeriodEnd},
        {QStringLiteral("cancelled_at"), iso(s.cancelledAt)},
        {QStringLiteral("paused_at"), iso(s.pausedAt)},
    };
}

QJsonObject auditJson(const DunningCase &c)
{
    return {
        {QStringLiteral("status"), toString(c.status)},
        {QStringLiteral("stage"), c.stage},
        {QStringLiteral("next_action_on"), iso(c.nextActionOn)},
        {QStringLiteral("extension_days"), c.extensionDays},
        {QStringLiteral("last_contact_at"), iso(c.lastContactAt)},
        {QStringLiteral("notes"), c.notes},
    };
}

namespace {
QJsonValue minorOrNull(const std::optional<Money> &m)
{
    return m ? QJsonValue(m->minor()) : QJsonValue();
}
QJsonValue intOrNull(const std::optional<int> &n)
{
    return n ? QJsonValue(*n) : QJsonValue();
}
QJsonArray idsOf(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}
} // namespace

QJsonObject auditJson(const Plan &p)
{
    QJsonArray features;
    for (const PlanFeature &f : p.features)
        features.append(f.isIncluded ? f.label : u"(" + f.label + u')');
    QJsonObject limits;
    for (auto [key, value] : p.limits.asKeyValueRange())
        limits.insert(key, value);
    return {
        {QStringLiteral("slug"), p.slug},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("description"), p.description},
        {QStringLiteral("plan_type"), toString(p.type)},
        {QStringLiteral("billing_cycle"), toString(p.cycle)},
        {QStringLiteral("interval_months"), p.intervalMonths},
        {QStringLiteral("price_minor"), p.price.minor()},
        {QStringLiteral("currency"), p.price.currency()},
        {QStringLiteral("setup_fee_minor"), p.setupFee.minor()},
        {QStringLiteral("trial_days"), p.trialDays},
        {QStringLiteral("is_public"), p.isPublic},
        {QStringLiteral("is_active"), p.isActive},
        {QStringLiteral("sort_order"), p.sortOrder},
        {QStringLiteral("signup_url"), p.signupUrl},
        {QStringLiteral("features"), features},
        {QStringLiteral("limits"), limits},
    };
}

QJsonObject auditJson(const Promotion &p)
{
    return {
        {QStringLiteral("code"), p.code},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("description"), p.description},
        {QStringLiteral("discount_type"), toString(p.type)},
        {QStringLiteral("percent_bp"), p.percentBp},
        {QStringLiteral("amount_minor"), minorOrNull(p.amount)},
        {QStringLiteral("currency"), p.amount ? QJsonValue(p.amount->currency()) : QJsonValue()},
        {QStringLiteral("max_uses"), intOrNull(p.maxUses)},
        {QStringLiteral("max_uses_per_customer"), intOrNull(p.maxUsesPerCustomer)},
        {QStringLiteral("applies_to"), toString(p.appliesTo)},
        {QStringLiteral("plan_ids"), idsOf(p.planIds)},
        {QStringLiteral("service_ids"), idsOf(p.serviceIds)},
        {QStringLiteral("starts_on"), iso(p.startsOn)},
        {QStringLiteral("ends_on"), iso(p.endsOn)},
        {QStringLiteral("is_active"), p.isActive},
        {QStringLiteral("auto_apply"), p.autoApply},
        {QStringLiteral("auto_new_customers_only"), p.autoNewCustomersOnly},
        {QStringLiteral("auto_minimum_minor"), minorOrNull(p.autoMinimumAmount)},
        {QStringLiteral("is_stackable"), p.isStackable},
    };
}

} // namespace ic
