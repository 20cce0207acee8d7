#include "services/storage/bulkinserter.h"

#include <QSqlError>

#include <algorithm>

namespace ic {

namespace {

QString insertSql(const QString &table, const QStringList &columns, int rows)
{
    QString placeholders =
        QStringLiteral("(") + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    QStringList all(rows, placeholders);
    return u"INSERT INTO " + table + u" (" + columns.join(u", ") + u") VALUES " + all.join(u',');
}

} // namespace

BulkInserter::BulkInserter(Database &db, QString table, QStringList columns)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
{
    // SQLite allows 32,766 bound values per statement; stay well below, and keep
    // PostgreSQL statements to a few hundred rows.
    m_batchRows = std::clamp(int(8000 / m_columns.size()), 1, 400);
    m_pending.reserve(m_batchRows * m_columns.size());
}

Result<QSqlQuery *> BulkInserter::statementFor(int rows)
{
    if (rows == m_batchRows && m_full)
        return &*m_full;
    QSqlQuery query(m_db.handle());
    query.setForwardOnly(true);
    if (!query.prepare(insertSql(m_table, m_columns, rows)))
        return std::unexpected(Database::errorOf(query.lastError(), m_table));
    if (rows == m_batchRows) {
        m_full = std::move(query);
        return &*m_full;
    }
    // a short last batch: a statement of its own, used once
    m_tail = std::move(query);
    return &*m_tail;
}

Done BulkInserter::run(QSqlQuery &query, int rows)
{
    const int values = rows * int(m_columns.size());
    for (int i = 0; i < values; ++i)
        query.bindValue(i, m_pending.at(i));
    if (!query.exec())
        return std::unexpected(Database::errorOf(query.lastError(), m_table));
    m_count += rows;
    m_pending.clear();
    return {};
}

Done BulkInserter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending.append(row);
    if (m_pending.size() < m_batchRows * m_columns.size())
        return {};
    auto query = statementFor(m_batchRows);
    if (!query)
        return std::unexpected(query.error());
    return run(**query, m_batchRows);
}

Done BulkInserter::flush()
{
    if (m_pending.isEmpty())
        return {};
    const int rows = int(m_pending.size() / m_columns.size());
    auto query = statementFor(rows);
    if (!query)
        return std::unexpected(query.error());
    return run(**query, rows);
}

} // namespace ic
