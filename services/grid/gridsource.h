#pragma once

#include "models/money.h"
#include "models/result.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace ic {

class Database;

// How a grid column's raw value reads: display, sort and export decide on this, never on
// display text.
enum class ColumnKind {
    Text,
    Integer, // qint64
    Money,   // ic::Money
    Date,    // QDate (null: none)
    Boolean,
    Percent, // basis points as qint64 (1500 = 15 %)
};

struct GridColumn {
    QString key;   // stable name, for settings and export headers
    QString title; // translated
    ColumnKind kind = ColumnKind::Text;
    bool isVisibleByDefault = true;
    // For a Text column of stored keys ("monthly"): the translated word shown for each key.
    // Export writes the key.
    QMap<QString, QString> labels;
};

// What a grid asks for: a filter typed by the person and a sort, both applied in SQL.
struct GridRequest {
    QString filter;
    int sortColumn = 0;
    bool descending = false;
};

// One row of a grid: the row's id and one raw value per column.
struct GridRow {
    qint64 id = 0;
    QVariantList values;
};

// Where a page of a grid ends: the values of the request's sort keys in its last row, and
// that row's id. The page after it is the rows that come after this key in the request's
// order (keyset paging: each page costs the same, however far down it is). A source makes
// it and takes it back; the caller only keeps the last one it was given.
struct GridKey {
    QVariantList values;
    qint64 id = 0;
};

// A page of rows and the key to ask for the page after it.
struct GridPage {
    QList<GridRow> rows;
    GridKey last; // the key of rows.last() (meaningless when there are no rows)
};

// A sorted, filtered query behind a grid (and behind its export), read a page at a time by
// key. Implementations hold no connection: the caller passes the one of its thread.
//
// The order of every grid: the sort column's key(s) in the request's direction, an empty
// (NULL) value after every other value whichever the direction, ties broken by the id in
// the same direction; the same on SQLite and PostgreSQL (services/grid/gridsql.h).
class GridSource {
public:
    virtual ~GridSource() = default;
    virtual QList<GridColumn> columns() const = 0;
    // Rows matching the request's filter.
    virtual Result<qint64> count(const Database &db, const GridRequest &request) const = 0;
    // At most `limit` rows in the request's order, those after `after` (the `last` of the
    // page before, for the same request), or from the first row without it.
    virtual Result<GridPage> fetch(const Database &db, const GridRequest &request,
                                   const std::optional<GridKey> &after, int limit) const = 0;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::Money)
