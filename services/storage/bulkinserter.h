#pragma once

#include "models/result.h"
#include "services/storage/database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace ic {

// Appends many rows to one table with multi-row INSERT statements, prepared once and
// reused: the demo book and imports write millions of rows, and one statement per row costs
// a server round trip each on PostgreSQL. Values are bound, never spliced into SQL.
class BulkInserter final {
public:
    BulkInserter(Database &db, QString table, QStringList columns);

    Done add(const QVariantList &row);
    Done flush();
    qint64 count() const { return m_count; }
    const QString &table() const { return m_table; }

private:
    Result<QSqlQuery *> statementFor(int rows);
    Done run(QSqlQuery &query, int rows);

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_batchRows = 0;
    QVariantList m_pending;
    std::optional<QSqlQuery> m_full;
    std::optional<QSqlQuery> m_tail;
    qint64 m_count = 0;
};

} // namespace ic
