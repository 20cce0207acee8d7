#pragma once

// The SQL shared by the grid sources: the LIKE pattern of a filter, and one request's query
// read a page at a time by key, with one order on both databases. Built from constants and
// binds only.

#include "models/result.h"
#include "services/grid/gridsource.h"
#include "services/storage/database.h"

#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace ic::gridsql {

// "%text%" in lower case, with the LIKE wildcards of the text escaped by '!'.
QString likePattern(const QString &filter);

// One key of a sort: an SQL expression (a constant of the source) and whether it can be NULL.
struct SortKey {
    QString expression;
    bool isNullable = false;
};
// A sort key that can be NULL.
inline SortKey nullable(const QString &expression)
{
    return {expression, true};
}

// The query behind one request of a grid, made by its source from constants (the person's
// values only in `binds`).
struct Query {
    QString select;      // the columns read, the id first
    QString from;        // the FROM clause, with its joins
    QString where;       // the filter's condition (empty: every row), its values in binds
    QVariantMap binds;   // name (without ':') → value
    QList<SortKey> sort; // the keys of the sort column, at least one
    QString idColumn;    // the last key, never NULL, unique
    bool descending = false;
};

Result<qint64> count(const Database &db, const Query &query);

// At most `limit` rows of `query` after `after` (from the first row without it), each turned
// into a GridRow by `read` (which reads the columns of `select` from index 0), and the key of
// the last one.
//
// The order, on both databases: the keys in the query's direction with a NULL after every
// value whichever the direction (as a spreadsheet does), then the id in the same direction.
// A page is read with a range on its first key from the key given, so an index on that key
// (and the id) answers it in the time of one page wherever it starts: for a first key that
// can be NULL, its values and its NULLs are read as two ranges, one after the other.
Result<GridPage> fetch(const Database &db, const Query &query, const std::optional<GridKey> &after,
                       int limit, const std::function<GridRow(const QSqlQuery &)> &read);

// The ORDER BY clause (without the words) of that order over the whole query: what reading
// every page by key gives, in one statement.
QString orderBy(const Query &query);

// The shape of a grid whose filter is a LIKE on some columns (:pattern), with one list of
// sort keys per column: the query of a request.
struct Shape {
    QString select; // the columns, first one the id
    QString from;
    QString filterWhere; // the condition that uses :pattern
    QList<QList<SortKey>> sortKeys;
    QString idColumn;
};
Query queryOf(const Shape &shape, const GridRequest &request);

} // namespace ic::gridsql
