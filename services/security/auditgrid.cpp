#include "services/security/auditgrid.h"

#include "models/tr.h"
#include "services/grid/gridsql.h"
#include "services/security/auditdiff.h"
#include "services/storage/database.h"
#include "services/storage/rowvalues.h"

#include <QMutexLocker>

namespace ic {

namespace {

// Sort keys, one list per column, constants only; the Changes column sorts by time.
const QList<QList<gridsql::SortKey>> kSortKeys = {
    {{u"a.occurred_at"_qs}}, {{u"lower(a.actor)"_qs}},
    {{u"a.entity"_qs}},      {{u"length(a.entity_id)"_qs}, {u"a.entity_id"_qs}},
    {{u"a.action"_qs}},      {{u"a.occurred_at"_qs}},
};

// The query of a request: the WHERE clause of constant pieces, one per filter given, the
// values in binds.
gridsql::Query queryOf(const GridRequest &request, const AuditCriteria &c)
{
    gridsql::Query query;
    query.select = QStringLiteral("a.id, a.occurred_at, a.actor, a.entity, a.entity_id, a.action, "
                                  "a.before_json, a.after_json");
    query.from = QStringLiteral("audit_log a");
    QStringList parts;
    if (!request.filter.trimmed().isEmpty()) {
        parts.append(QStringLiteral("lower(a.actor) LIKE :pattern ESCAPE '!'"));
        query.binds.insert(QStringLiteral("pattern"), gridsql::likePattern(request.filter));
    }
    if (!c.entity.isEmpty()) {
        parts.append(QStringLiteral("a.entity = :entity"));
        query.binds.insert(QStringLiteral("entity"), c.entity);
    }
    if (!c.entityId.isEmpty()) {
        parts.append(QStringLiteral("a.entity_id = :entity_id"));
        query.binds.insert(QStringLiteral("entity_id"), c.entityId);
    }
    if (c.from.isValid()) {
        parts.append(QStringLiteral("a.occurred_at >= :from"));
        query.binds.insert(QStringLiteral("from"), timestampValue(c.from));
    }
    if (c.to.isValid()) {
        parts.append(QStringLiteral("a.occurred_at < :to"));
        query.binds.insert(QStringLiteral("to"), timestampValue(c.to));
    }
    query.where = parts.join(u" AND ");
    // The sort key comes from the constant list; only its index comes from the person.
    query.sort = kSortKeys.at(std::clamp(request.sortColumn, 0, int(kSortKeys.size()) - 1));
    query.idColumn = QStringLiteral("a.id");
    query.descending = request.descending;
    return query;
}

GridRow read(const QSqlQuery &q)
{
    GridRow row;
    row.id = q.value(0).toLongLong();
    const QDateTime at = toTimestamp(q.value(1)).toLocalTime();
    row.values = {
        at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
        q.value(2).toString(),
        q.value(3).toString(),
        q.value(4).toString(),
        q.value(5).toString(),
        auditChangedSummary(jsonObjectOf(q.value(6)), jsonObjectOf(q.value(7))),
    };
    return row;
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

gridsql::Query AuditGrid::query(const Database &, const GridRequest &request) const
{
    return queryOf(request, criteria());
}

Result<qint64> AuditGrid::count(const Database &db, const GridRequest &request) const
{
    return gridsql::count(db, query(db, request));
}

Result<GridPage> AuditGrid::fetch(const Database &db, const GridRequest &request,
                                  const std::optional<GridKey> &after, int limit) const
{
    return gridsql::fetch(db, query(db, request), after, limit, read);
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
