#include "services/storage/auditrepository.h"
#include "models/tr.h"

#include "services/storage/rowvalues.h"

#include <QCoreApplication>

namespace ic {

namespace {

AuditEntry read(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.occurredAt = toTimestamp(q.value(1));
    e.actor = q.value(2).toString();
    e.entity = q.value(3).toString();
    e.entityId = q.value(4).toString();
    e.action = q.value(5).toString();
    e.before = jsonObjectOf(q.value(6));
    e.after = jsonObjectOf(q.value(7));
    return e;
}

QVariant jsonOrNull(const QJsonObject &o)
{
    return o.isEmpty() ? QVariant() : QVariant(jsonText(o));
}

} // namespace

Result<AuditEntry> AuditRepository::append(AuditEntry e)
{
    if (e.actor.trimmed().isEmpty() || e.entity.trimmed().isEmpty() || e.action.trimmed().isEmpty())
        return failure(ErrorCode::Invalid,
                       Tr::tr("An audit entry says who did what to which record."));
    if (!e.occurredAt.isValid())
        return failure(ErrorCode::Invalid, Tr::tr("An audit entry needs the time it happened."));
    auto q = m_db.exec(QStringLiteral("INSERT INTO audit_log (occurred_at, actor, entity, "
                                      "entity_id, action, before_json, after_json) VALUES (:at, "
                                      ":actor, :entity, :entity_id, :action, :before, :after) "
                                      "RETURNING id"),
                       {{"at", timestampValue(e.occurredAt)},
                        {"actor", e.actor.trimmed()},
                        {"entity", e.entity.trimmed()},
                        {"entity_id", e.entityId},
                        {"action", e.action.trimmed()},
                        {"before", jsonOrNull(e.before)},
                        {"after", jsonOrNull(e.after)}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::Database, Tr::tr("The audit entry was not saved."));
    e.id = q->value(0).toLongLong();
    e.occurredAt = e.occurredAt.toUTC();
    return e;
}

Result<QList<AuditEntry>> AuditRepository::list(const AuditFilter &f) const
{
    // The clause is made of constant pieces, one per filter given; values travel in binds.
    QString sql = QStringLiteral("SELECT id, occurred_at, actor, entity, entity_id, action, "
                                 "before_json, after_json FROM audit_log WHERE 1 = 1");
    if (!f.actor.isEmpty())
        sql += u" AND actor = :actor";
    if (!f.entity.isEmpty())
        sql += u" AND entity = :entity";
    if (!f.entityId.isEmpty())
        sql += u" AND entity_id = :entity_id";
    if (f.from.isValid())
        sql += u" AND occurred_at >= :from";
    if (f.to.isValid())
        sql += u" AND occurred_at < :to";
    sql += u" ORDER BY occurred_at DESC, id DESC LIMIT :limit";
    auto q = m_db.prepare(sql);
    if (!q)
        return std::unexpected(q.error());
    if (!f.actor.isEmpty())
        q->bindValue(QStringLiteral(":actor"), f.actor);
    if (!f.entity.isEmpty())
        q->bindValue(QStringLiteral(":entity"), f.entity);
    if (!f.entityId.isEmpty())
        q->bindValue(QStringLiteral(":entity_id"), f.entityId);
    if (f.from.isValid())
        q->bindValue(QStringLiteral(":from"), timestampValue(f.from));
    if (f.to.isValid())
        q->bindValue(QStringLiteral(":to"), timestampValue(f.to));
    q->bindValue(QStringLiteral(":limit"), f.limit > 0 ? f.limit : 200);
    if (auto ok = Database::exec(*q); !ok)
        return std::unexpected(ok.error());
    QList<AuditEntry> list;
    while (q->next())
        list.append(read(*q));
    return list;
}

Result<AuditEntry> AuditRepository::find(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, occurred_at, actor, entity, entity_id, action, "
                                      "before_json, after_json FROM audit_log WHERE id = :id"),
                       {{"id", id}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::NotFound, Tr::tr("The audit log has no entry %1.").arg(id));
    return read(*q);
}

} // namespace ic
