#include "services/security/audittrail.h"

#include "models/statuses.h"
#include "services/storage/auditrepository.h"
#include "services/storage/database.h"

namespace ic {

namespace {
QString iso(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QString iso(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

Done recordAudit(Database &db, const Clock &clock, const QString &actor, const QString &entity,
                 qint64 id, const QString &action, const QJsonObject &before,
                 const QJsonObject &after) {
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

QJsonObject auditJson(const Subscription &s) {
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

QJsonObject auditJson(const DunningCase &c) {
    return {
        {QStringLiteral("status"), toString(c.status)},
        {QStringLiteral("stage"), c.stage},
        {QStringLiteral("next_action_on"), iso(c.nextActionOn)},
        {QStringLiteral("extension_days"), c.extensionDays},
        {QStringLiteral("last_contact_at"), iso(c.lastContactAt)},
        {QStringLiteral("notes"), c.notes},
    };
}

} // namespace ic
