#pragma once

#include "models/money.h"
#include "models/result.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QVariant>

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

// A paged, sorted, filtered query behind a grid (and behind its export). Implementations
// hold no connection: the caller passes the one of its thread.
class GridSource {
public:
    virtual ~GridSource() = default;
    virtual QList<GridColumn> columns() const = 0;
    // Rows matching the request's filter.
    virtual Result<qint64> count(const Database &db, const GridRequest &request) const = 0;
    // At most `limit` rows from `offset`, in the request's order (ties broken by id).
    virtual Result<QList<GridRow>> fetch(const Database &db, const GridRequest &request,
                                         qint64 offset, int limit) const = 0;
};

} // namespace ic

Q_DECLARE_METATYPE(ic::Money)
