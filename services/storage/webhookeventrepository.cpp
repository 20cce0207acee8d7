#include "services/storage/webhookeventrepository.h"
#include "models/tr.h"

#include <QCoreApplication>

namespace ic {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, gateway, event_id, event_type, payload, signature_ok, received_at, processed_at, "
    "error FROM webhook_events WHERE ");

WebhookEvent read(const QSqlQuery &q)
{
    WebhookEvent e;
    e.id = q.value(0).toLongLong();
    e.gateway = q.value(1).toString();
    e.eventId = q.value(2).toString();
    e.eventType = q.value(3).toString();
    e.payload = q.value(4).toByteArray();
    e.signatureOk = q.value(5).toBool();
    e.receivedAt = toTimestamp(q.value(6));
    e.processedAt = toTimestamp(q.value(7));
    e.error = q.value(8).toString();
    return e;
}

} // namespace

Result<WebhookEventRepository::Stored> WebhookEventRepository::store(WebhookEvent e)
{
    if (e.gateway.isEmpty() || e.eventId.isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("A gateway event needs its gateway and its id."));
    if (!e.receivedAt.isValid())
        return failure(ErrorCode::Invalid,
                       Tr::tr("A gateway event needs the time it was received."));
    auto q = m_db.exec(QStringLiteral("INSERT INTO webhook_events (gateway, event_id, event_type, "
                                      "payload, signature_ok, received_at) VALUES (:gateway, "
                                      ":event_id, :type, :payload, :ok, :at) ON CONFLICT "
                                      "(gateway, event_id) DO NOTHING RETURNING id"),
                       {{"gateway", e.gateway},
                        {"event_id", e.eventId},
                        {"type", e.eventType},
                        {"payload", e.payload.isNull() ? QByteArray("") : e.payload},
                        {"ok", e.signatureOk},
                        {"at", timestampValue(e.receivedAt)}});
    if (!q)
        return std::unexpected(q.error());
    const bool isNew = q->next();
    auto stored = isNew ? find(q->value(0).toLongLong()) : findByEventId(e.gateway, e.eventId);
    if (!stored)
        return std::unexpected(stored.error());
    return Stored{*stored, isNew};
}

Result<WebhookEvent> WebhookEventRepository::find(qint64 id) const
{
    auto q = m_db.exec(kSelect + u"id = :id", {{"id", id}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::NotFound, Tr::tr("Gateway event %1 was not stored.").arg(id));
    return read(*q);
}

Result<WebhookEvent> WebhookEventRepository::findByEventId(const QString &gateway,
                                                           const QString &eventId) const
{
    auto q =
        m_db.exec(kSelect + u"gateway = :g AND event_id = :e", {{"g", gateway}, {"e", eventId}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::NotFound,
                       Tr::tr("No event %1 from %2 was stored.").arg(eventId, gateway));
    return read(*q);
}

Result<WebhookEvent> WebhookEventRepository::markProcessed(qint64 id, const QDateTime &at,
                                                           const QString &error)
{
    auto q = m_db.exec(QStringLiteral("UPDATE webhook_events SET processed_at = :at, error = "
                                      ":error WHERE id = :id"),
                       {{"at", timestampValue(at)}, {"error", nullIfEmpty(error)}, {"id", id}});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() == 0)
        return failure(ErrorCode::NotFound, Tr::tr("Gateway event %1 was not stored.").arg(id));
    return find(id);
}

} // namespace ic
