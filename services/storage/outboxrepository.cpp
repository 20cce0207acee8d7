#include "services/storage/outboxrepository.h"
#include "models/tr.h"

#include "services/storage/rowvalues.h"

#include <QCoreApplication>

namespace ic {

namespace {

const QString kColumns = QStringLiteral(
    "id, channel, template_key, language, recipient, payload, status, attempts, dedupe_key, "
    "created_at, next_attempt_at, sent_at, last_error");

OutboxMessage read(const QSqlQuery &q)
{
    OutboxMessage m;
    m.id = q.value(0).toLongLong();
    m.channel = outboxChannelFromString(q.value(1).toString()).value_or(OutboxChannel::Email);
    m.templateKey = q.value(2).toString();
    m.language = q.value(3).toString();
    m.recipient = q.value(4).toString();
    m.data = jsonObjectOf(q.value(5));
    m.status = outboxStatusFromString(q.value(6).toString()).value_or(OutboxStatus::Failed);
    m.attempts = q.value(7).toInt();
    m.dedupeKey = q.value(8).toString();
    m.createdAt = toTimestamp(q.value(9));
    m.nextAttemptAt = toTimestamp(q.value(10));
    m.sentAt = toTimestamp(q.value(11));
    m.lastError = q.value(12).toString();
    return m;
}

} // namespace

Result<OutboxMessage> OutboxRepository::enqueue(OutboxMessage m)
{
    if (m.templateKey.trimmed().isEmpty() || m.recipient.trimmed().isEmpty())
        return failure(ErrorCode::Invalid,
                       Tr::tr("A notification needs a template and a recipient."));
    if (!m.createdAt.isValid())
        m.createdAt = QDateTime::currentDateTimeUtc();
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO outbox_messages (channel, template_key, language, recipient, "
                       "payload, status, attempts, dedupe_key, created_at, next_attempt_at) VALUES "
                       "(:channel, :template, :language, :recipient, :payload, 'pending', 0, "
                       ":dedupe, :created_at, :next) ON CONFLICT (dedupe_key) DO NOTHING "
                       "RETURNING ") +
            kColumns,
        {{"channel", toString(m.channel)},
         {"template", m.templateKey.trimmed()},
         {"language", m.language},
         {"recipient", m.recipient.trimmed()},
         {"payload", jsonText(m.data)},
         {"dedupe", nullIfEmpty(m.dedupeKey)},
         {"created_at", timestampValue(m.createdAt)},
         {"next", timestampValue(m.nextAttemptAt)}});
    if (!q)
        return std::unexpected(q.error());
    if (q->next())
        return read(*q);
    // Nothing inserted: the same cause was queued before.
    return findBy(QStringLiteral("dedupe_key = :k"), {{"k", m.dedupeKey}});
}

Done OutboxRepository::enqueueFor(const Customer &customer, OutboxChannel channel,
                                  const QString &templateKey, const QJsonObject &data,
                                  const QString &dedupeKey, const QDateTime &now)
{
    OutboxMessage message;
    message.channel = channel;
    message.templateKey = templateKey;
    message.language = customer.language;
    message.recipient = channel == OutboxChannel::Sms ? customer.phone : customer.email;
    if (message.recipient.trimmed().isEmpty() && channel == OutboxChannel::Sms)
        return {}; // no phone number: nothing to send by SMS
    message.data = data;
    message.dedupeKey = dedupeKey;
    message.createdAt = now;
    message.nextAttemptAt = now;
    if (auto queued = enqueue(message); !queued)
        return std::unexpected(queued.error());
    return {};
}

Result<OutboxMessage> OutboxRepository::findBy(const QString &where, Database::Binds binds) const
{
    // `where` is always one of this file's constant clauses; values travel in binds.
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM outbox_messages WHERE " + where, binds);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::NotFound, Tr::tr("That notification is not in the outbox."));
    return read(*q);
}

Result<OutboxMessage> OutboxRepository::find(qint64 id) const
{
    return findBy(QStringLiteral("id = :id"), {{"id", id}});
}

Result<QList<OutboxMessage>> OutboxRepository::pending(int limit, const QDateTime &now) const
{
    auto q = m_db.exec(u"SELECT " + kColumns +
                           u" FROM outbox_messages WHERE status = 'pending' AND "
                           u"(next_attempt_at IS NULL OR next_attempt_at <= :now) "
                           u"ORDER BY created_at, id LIMIT :limit",
                       {{"now", timestampValue(now)}, {"limit", limit}});
    if (!q)
        return std::unexpected(q.error());
    QList<OutboxMessage> list;
    while (q->next())
        list.append(read(*q));
    return list;
}

Result<OutboxMessage> OutboxRepository::markSent(qint64 id, const QDateTime &at)
{
    auto q = m_db.exec(QStringLiteral("UPDATE outbox_messages SET status = 'sent', sent_at = :at, "
                                      "attempts = attempts + 1, next_attempt_at = NULL WHERE id = "
                                      ":id AND status = 'pending' RETURNING ") +
                           kColumns,
                       {{"at", timestampValue(at)}, {"id", id}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next()) {
        auto current = find(id);
        if (!current)
            return std::unexpected(current.error());
        return failure(ErrorCode::IllegalTransition,
                       Tr::tr("Notification %1 is not waiting to be sent (it is %2).")
                           .arg(id)
                           .arg(toString(current->status)));
    }
    return read(*q);
}

Result<OutboxMessage> OutboxRepository::markFailed(qint64 id, const QString &error,
                                                   const QDateTime &nextAttemptAt)
{
    auto q = m_db.exec(QStringLiteral("UPDATE outbox_messages SET status = :status, attempts = "
                                      "attempts + 1, last_error = :error, next_attempt_at = :next "
                                      "WHERE id = :id AND status = 'pending' RETURNING ") +
                           kColumns,
                       {{"status", nextAttemptAt.isValid() ? u"pending"_qs : u"failed"_qs},
                        {"error", nullIfEmpty(error)},
                        {"next", timestampValue(nextAttemptAt)},
                        {"id", id}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next()) {
        auto current = find(id);
        if (!current)
            return std::unexpected(current.error());
        return failure(ErrorCode::IllegalTransition,
                       Tr::tr("Notification %1 is not waiting to be sent (it is %2).")
                           .arg(id)
                           .arg(toString(current->status)));
    }
    return read(*q);
}

} // namespace ic

namespace ic {

Result<QList<OutboxMessage>> OutboxSending::sendable(int limit, const QDateTime &now,
                                                     bool includeSms) const
{
    auto q = m_db.exec(
        u"SELECT " + kColumns +
            u" FROM outbox_messages m WHERE status = 'pending' AND sending_at IS NULL AND "
            u"(next_attempt_at IS NULL OR next_attempt_at <= :now) AND "
            u"(channel = 'email' OR :sms = 1) AND NOT EXISTS (SELECT 1 FROM outbox_messages o "
            u"WHERE o.recipient = m.recipient AND o.status = 'pending' AND (o.created_at < "
            u"m.created_at OR (o.created_at = m.created_at AND o.id < m.id))) "
            u"ORDER BY created_at, id LIMIT :limit",
        {{"now", timestampValue(now)}, {"sms", includeSms ? 1 : 0}, {"limit", limit}});
    if (!q)
        return std::unexpected(q.error());
    QList<OutboxMessage> list;
    while (q->next())
        list.append(read(*q));
    return list;
}

Result<int> OutboxSending::pendingSmsCount() const
{
    auto n = m_db.scalar(
        u"SELECT COUNT(*) FROM outbox_messages WHERE channel = 'sms' AND status = 'pending'"_qs);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<OutboxAttempt> OutboxSending::begin(qint64 messageId, const QString &key,
                                           const QDateTime &now)
{
    auto q = m_db.exec(u"UPDATE outbox_messages SET attempt_key = :key, sending_at = :now, "
                       u"first_attempt_at = COALESCE(first_attempt_at, :now) WHERE id = :id AND "
                       u"status = 'pending' AND sending_at IS NULL RETURNING first_attempt_at, "
                       u"attempts"_qs,
                       {{"key", key}, {"now", timestampValue(now)}, {"id", messageId}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::IllegalTransition,
                       Tr::tr("Notification %1 is not waiting to be sent (another sender has it, "
                              "or it is sent or failed).")
                           .arg(messageId));
    return OutboxAttempt{messageId, key, now, toTimestamp(q->value(0)), q->value(1).toInt()};
}

Done OutboxSending::ended(const OutboxAttempt &attempt, Result<QSqlQuery> q)
{
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::IllegalTransition,
                       Tr::tr("The attempt to send notification %1 is no longer the current one; "
                              "nothing was recorded.")
                           .arg(attempt.messageId));
    return {};
}

Done OutboxSending::sent(const OutboxAttempt &attempt, const QString &providerId,
                         const QDateTime &at)
{
    return ended(attempt,
                 m_db.exec(u"UPDATE outbox_messages SET status = 'sent', sent_at = :at, "
                           u"provider_id = :provider, attempts = attempts + 1, next_attempt_at = "
                           u"NULL, sending_at = NULL WHERE id = :id AND attempt_key = :key AND "
                           u"sending_at IS NOT NULL RETURNING id"_qs,
                           {{"at", timestampValue(at)},
                            {"provider", nullIfEmpty(providerId)},
                            {"id", attempt.messageId},
                            {"key", attempt.key}}));
}

Done OutboxSending::failed(const OutboxAttempt &attempt, const QString &error,
                           const QDateTime &nextAttemptAt)
{
    return ended(attempt,
                 m_db.exec(u"UPDATE outbox_messages SET status = :status, attempts = attempts + "
                           u"1, last_error = :error, next_attempt_at = :next, sending_at = NULL "
                           u"WHERE id = :id AND attempt_key = :key AND sending_at IS NOT NULL "
                           u"RETURNING id"_qs,
                           {{"status", nextAttemptAt.isValid() ? u"pending"_qs : u"failed"_qs},
                            {"error", nullIfEmpty(error)},
                            {"next", timestampValue(nextAttemptAt)},
                            {"id", attempt.messageId},
                            {"key", attempt.key}}));
}

Result<QList<OutboxAttempt>> OutboxSending::interrupted(const QDateTime &startedBefore) const
{
    auto q = m_db.exec(u"SELECT id, attempt_key, sending_at, first_attempt_at, attempts FROM "
                       u"outbox_messages WHERE status = 'pending' AND sending_at IS NOT NULL AND "
                       u"sending_at < :before ORDER BY created_at, id"_qs,
                       {{"before", timestampValue(startedBefore)}});
    if (!q)
        return std::unexpected(q.error());
    QList<OutboxAttempt> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), toTimestamp(q->value(2)),
                     toTimestamp(q->value(3)), q->value(4).toInt()});
    return list;
}

Done OutboxSending::release(const OutboxAttempt &attempt, const QString &note)
{
    return ended(attempt,
                 m_db.exec(u"UPDATE outbox_messages SET sending_at = NULL, attempts = attempts + "
                           u"1, last_error = :note WHERE id = :id AND attempt_key = :key AND "
                           u"sending_at IS NOT NULL RETURNING id"_qs,
                           {{"note", note}, {"id", attempt.messageId}, {"key", attempt.key}}));
}

Result<QString> OutboxSending::providerId(qint64 messageId) const
{
    auto v = m_db.scalar(u"SELECT provider_id FROM outbox_messages WHERE id = :id"_qs,
                         {{"id", messageId}});
    if (!v)
        return std::unexpected(v.error());
    return v->toString();
}

} // namespace ic
