#pragma once

// The SQL shared by the grid sources: the LIKE pattern of a filter and the ORDER BY of a
// column, both built from constants and binds only.

#include "models/result.h"
#include "services/catalog/gridsource.h"
#include "services/storage/database.h"

#include <QStringList>

#include <functional>

namespace ic::gridsql {

// "%text%" in lower case, with the LIKE wildcards of the text escaped by '!'.
QString likePattern(const QString &filter);

// The parts of one grid's query. `from` is the FROM clause (with joins), `filterWhere` the
// condition that uses :pattern, `sortKeys` one SQL expression per column (constants).
struct Shape {
    QString select; // the columns, first one the id
    QString from;
    QString filterWhere;
    QStringList sortKeys;
    QString idColumn;
};

Result<qint64> count(const Database &db, const Shape &shape, const GridRequest &request);
// Runs the page query and turns each row into a GridRow with `read`.
Result<QList<GridRow>> fetch(const Database &db, const Shape &shape, const GridRequest &request,
                             qint64 offset, int limit,
                             const std::function<GridRow(const QSqlQuery &)> &read);

} // namespace ic::gridsql
