#pragma once

#include "services/grid/gridsql.h"

#include <QDateTime>
#include <QMutex>
#include <QStringList>

namespace ic {

// What the audit log viewer shows beside the person typed in the grid's filter (matched
// against who acted, in part and in any case). An empty field does not filter.
struct AuditCriteria {
    QString entity;   // "plan"
    QString entityId; // "12"
    QDateTime from;   // inclusive (UTC)
    QDateTime to;     // exclusive (UTC)
    bool operator==(const AuditCriteria &) const = default;
};

// The audit log as a grid, newest first by default: who, when, which record, what was done
// and which fields changed; filtered and sorted in SQL. The criteria may be changed from the
// GUI thread while the grid reads on its worker (they are copied under a lock for each
// query); reload the grid after changing them.
class AuditGrid final : public GridSource {
public:
    enum Column { When, Person, Entity, Record, Action, Changes, ColumnCount };

    void setCriteria(const AuditCriteria &criteria);
    AuditCriteria criteria() const;

    QList<GridColumn> columns() const override;
    Result<qint64> count(const Database &db, const GridRequest &request) const override;
    Result<GridPage> fetch(const Database &db, const GridRequest &request,
                           const std::optional<GridKey> &after, int limit) const override;
    // The query fetch() reads a page of (for a check, or a reader of every row at once).
    gridsql::Query query(const Database &db, const GridRequest &request) const;

    // The entity names present in the log, for the viewer's choice.
    static Result<QStringList> entities(const Database &db);

private:
    mutable QMutex m_lock;
    AuditCriteria m_criteria;
};

} // namespace ic
