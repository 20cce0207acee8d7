#include "services/security/auditgrid.h"

#include "models/tr.h"
#include "services/catalog/gridsql.h"
#include "services/security/auditdiff.h"
#include "services/storage/database.h"
#include "services/storage/rowvalues.h"

#include <QMutexLocker>

namespace ic {

namespace {

// Sort keys, one per column, constants only; the Changes column sorts by time.
const QStringList kSortKeys = {
    QStringLiteral("a.occurred_at"), QStringLiteral("lower(a.actor)"),
    QStringLiteral("a.entity"),      QStringLiteral("length(a.entity_id), a.entity_id"),
    QStringLiteral("a.action"),      QStringLiteral("a.occurred_at"),
};

// The WHERE clause of constant pieces, one per filter given; the values go in binds.
QString whereOf(const GridRequest &request, const AuditCriteria &c)
{
    QStringList parts;
    if (!request.filter.trimmed().isEmpty())
        parts.append(QStringLiteral("lower(a.actor) LIKE :pattern ESCAPE '!'"));
    if (!c.entity.isEmpty())
        parts.append(QStringLiteral("a.entity = :entity"));
    if (!c.entityId.isEmpty())
        parts.append(QStringLiteral("a.entity_id = :entity_id"));
    if (c.from.isValid())
        parts.append(QStringLiteral("a.occurred_at >= :from"));
    if (c.to.isValid())
        parts.append(QStringLiteral("a.occurred_at < :to"));
    return parts.isEmpty() ? QString() : u" WHERE " + parts.join(u" AND ");
}

void bindCriteria(QSqlQuery &q, const GridRequest &request, const AuditCriteria &c)
{
    if (!request.filter.trimmed().isEmpty())
        q.bindValue(QStringLiteral(":pattern"), gridsql::likePattern(request.filter));
    if (!c.entity.isEmpty())
        q.bindValue(QStringLiteral(":entity"), c.entity);
    if (!c.entityId.isEmpty())
        q.bindValue(QStringLiteral(":entity_id"), c.entityId);
    if (c.from.isValid())
        q.bindValue(QStringLiteral(":from"), timestampValue(c.from));
    if (c.to.isValid())
        q.bindValue(QStringLiteral(":to"), timestampValue(c.to));
}

} // namespace

void AuditGrid::setCriteria(const AuditCriteria &criteria)
{
    const QMutexLocker lock(&m_lock);
    m_criteria = criteria;
}

AuditCriteria AuditGrid::criteria() const
{
    const QMutexLocker lock(&m_lock);
    return m_criteria;
}

QList<GridColumn> AuditGrid::columns() const
{
    return {
        {QStringLiteral("when"), Tr::tr("When"), ColumnKind::Text, true, {}},
        {QStringLiteral("person"), Tr::tr("Person"), ColumnKind::Text, true, {}},
        {QStringLiteral("entity"), Tr::tr("Record"), ColumnKind::Text, true, auditEntityLabels()},
        {QStringLiteral("record"), Tr::tr("Number"), ColumnKind::Text, true, {}},
        {QStringLiteral("action"), Tr::tr("Action"), ColumnKind::Text, true, auditActionLabels()},
        {QStringLiteral("changes"), Tr::tr("Fields changed"), ColumnKind::Text, true, {}},
    };
}

Result<qint64> AuditGrid::count(const Database &db, const GridRequest &request) const
{
    const AuditCriteria c = criteria();
    auto q = db.prepare(u"SELECT COUNT(*) FROM audit_log a" + whereOf(request, c));
    if (!q)
        return std::unexpected(q.error());
    bindCriteria(*q, request, c);
    if (auto ok = Database::exec(*q); !ok)
        return std::unexpected(ok.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<GridRow>> AuditGrid::fetch(const Database &db, const GridRequest &request,
                                        qint64 offset, int limit) const
{
    const AuditCriteria c = criteria();
    const int column = std::clamp(request.sortColumn, 0, int(kSortKeys.size()) - 1);
    const QString direction = request.descending ? u" DESC"_qs : u" ASC"_qs;
    // The sort key comes from the constant list; only its index comes from the person.
    const QString sql = u"SELECT a.id, a.occurred_at, a.actor, a.entity, a.entity_id, a.action, "
                        u"a.before_json, a.after_json FROM audit_log a" +
                        whereOf(request, c) + u" ORDER BY " + kSortKeys.at(column) + direction +
                        u", a.id" + direction + u" LIMIT :limit OFFSET :offset";
    auto q = db.prepare(sql);
    if (!q)
        return std::unexpected(q.error());
    bindCriteria(*q, request, c);
    q->bindValue(QStringLiteral(":limit"), limit);
    q->bindValue(QStringLiteral(":offset"), offset);
    if (auto ok = Database::exec(*q); !ok)
        return std::unexpected(ok.error());
    QList<GridRow> rows;
    while (q->next()) {
        GridRow row;
        row.id = q->value(0).toLongLong();
        const QDateTime at = toTimestamp(q->value(1)).toLocalTime();
        row.values = {
            at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            q->value(2).toString(),
            q->value(3).toString(),
            q->value(4).toString(),
            q->value(5).toString(),
            auditChangedSummary(jsonObjectOf(q->value(6)), jsonObjectOf(q->value(7))),
        };
        rows.append(row);
    }
    return rows;
}

Result<QStringList> AuditGrid::entities(const Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT DISTINCT entity FROM audit_log ORDER BY entity"));
    if (!q)
        return std::unexpected(q.error());
    QStringList names;
    while (q->next())
        names.append(q->value(0).toString());
    return names;
}

} // namespace ic
