#include "services/grid/gridsql.h"

#include <QSqlRecord>

namespace ic::gridsql {

QString likePattern(const QString &filter)
{
    QString escaped;
    for (const QChar c : filter.trimmed().toLower()) {
        if (c == u'%' || c == u'_' || c == u'!')
            escaped.append(u'!');
        escaped.append(c);
    }
    return u'%' + escaped + u'%';
}

namespace {

QString directionOf(const Query &query)
{
    return query.descending ? u" DESC"_qs : u" ASC"_qs;
}

// The one rule for NULLs, on both databases: after every value, whichever the direction.
// SQLite puts them first and PostgreSQL last by default (in ascending order), so a key that
// can be NULL says so: it is ordered "NULLS LAST" (both know the words) and compared by key
// with it. (The first key of a page is read as two ranges instead, see fetch(), so that
// its index serves the order without the words on both.)
QString orderOf(const QList<SortKey> &keys, const Query &query)
{
    QStringList parts;
    for (const SortKey &key : keys)
        parts.append(key.expression + directionOf(query) +
                     (key.isNullable ? u" NULLS LAST"_qs : QString()));
    parts.append(query.idColumn + directionOf(query));
    return parts.join(u", ");
}

// The rows after (values, id) in the order of `keys` then the id: for keys (a, b), the rows
// with a past the key, or a equal and b past it, or both equal and the id past it. Written
// as nested ranges, "a >= :key0 AND (a > :key0 OR …)", so the first key's range is one an
// index answers. A NULL key value (the NULLs are last) has only NULLs after it; a value has
// the greater ones and the NULLs. The values go in `binds`.
QString afterCondition(const QList<SortKey> &keys, const QVariantList &values, qint64 id,
                       qsizetype i, const Query &query, QVariantMap &binds)
{
    const QString past = query.descending ? u" < "_qs : u" > "_qs;
    const QString from = query.descending ? u" <= "_qs : u" >= "_qs;
    if (i == keys.size()) {
        binds.insert(QStringLiteral("key_id"), id);
        return query.idColumn + past + u":key_id";
    }
    const SortKey &key = keys.at(i);
    const QString rest = afterCondition(keys, values, id, i + 1, query, binds);
    const QVariant value = values.value(i);
    if (value.isNull())
        return u'(' + key.expression + u" IS NULL AND " + rest + u')';
    const QString name = u"key" + QString::number(i);
    binds.insert(name, value);
    const QString bind = u':' + name;
    const QString condition = u'(' + key.expression + from + bind + u" AND (" + key.expression +
                              past + bind + u" OR " + rest + u"))";
    return key.isNullable ? u'(' + condition + u" OR " + key.expression + u" IS NULL)" : condition;
}

// The sort keys read beside the row, to make the page's last key. PostgreSQL gives them as
// text, which it reads back as the key's own type when they are bound again: a timestamp
// keeps its microseconds (QDateTime holds milliseconds), a CHAR its spelling.
QString keyColumns(const QList<SortKey> &keys, Dialect dialect)
{
    QStringList columns;
    for (const SortKey &key : keys)
        columns.append(dialect == Dialect::PostgreSQL ? u"CAST(" + key.expression + u" AS TEXT)"
                                                      : key.expression);
    return columns.join(u", ");
}

// Binds the values whose names the statement uses (a query's binds may serve a part of it
// that this statement leaves out).
void bindUsed(QSqlQuery &q, const QString &sql, const QVariantMap &binds)
{
    for (auto it = binds.cbegin(); it != binds.cend(); ++it) {
        const QString name = u':' + it.key();
        for (qsizetype at = sql.indexOf(name); at >= 0; at = sql.indexOf(name, at + 1)) {
            const qsizetype end = at + name.size();
            if (end == sql.size() || !(sql.at(end).isLetterOrNumber() || sql.at(end) == u'_')) {
                q.bindValue(name, it.value());
                break;
            }
        }
    }
}

// One range of a page: the rows of `segment` (a condition, or none) after `after` in the
// order of `keys`, appended to `page`.
struct Range {
    QString segment;
    QList<SortKey> keys;
    std::optional<GridKey> after; // its values are those of `keys`
    QVariantMap binds;            // the segment's
};

Done readRange(const Database &db, const Query &query, const Range &range, int limit,
               const std::function<GridRow(const QSqlQuery &)> &read, GridPage &page)
{
    QVariantMap binds = query.binds;
    binds.insert(range.binds);
    QStringList conditions;
    if (!query.where.isEmpty())
        conditions.append(u'(' + query.where + u')');
    if (!range.segment.isEmpty())
        conditions.append(range.segment);
    if (range.after)
        conditions.append(
            afterCondition(range.keys, range.after->values, range.after->id, 0, query, binds));
    // Every expression comes from the source's constants; only values are bound.
    const QString sql =
        u"SELECT " + query.select + u", " + keyColumns(query.sort, db.dialect()) + u" FROM " +
        query.from + (conditions.isEmpty() ? QString() : u" WHERE " + conditions.join(u" AND ")) +
        u" ORDER BY " + orderOf(range.keys, query) + u" LIMIT :limit";
    binds.insert(QStringLiteral("limit"), limit);
    auto q = db.prepare(sql);
    if (!q)
        return std::unexpected(q.error());
    bindUsed(*q, sql, binds);
    if (auto ran = Database::exec(*q); !ran)
        return ran;
    const qsizetype firstKey = q->record().count() - query.sort.size();
    while (q->next()) {
        page.rows.append(read(*q));
        page.last.id = q->value(0).toLongLong();
        page.last.values.clear();
        for (qsizetype i = 0; i < query.sort.size(); ++i)
            page.last.values.append(q->value(int(firstKey + i)));
    }
    return {};
}

// The rows of a range after its key, read as two ranges an index answers from where they
// start: those with the same first key, after the rest of the key (equality on the first
// key, a range on the others and the id), then those past the first key, from their start.
// (One condition "a >= :key0 AND (a > :key0 OR id > :key_id)" would read a long run of
// equal values, a country or a language, from its start on every page.)
Done readAfter(const Database &db, const Query &query, const Range &range, int limit,
               const std::function<GridRow(const QSqlQuery &)> &read, GridPage &page)
{
    if (!range.after || range.keys.isEmpty() || range.keys.first().isNullable ||
        range.after->values.value(0).isNull())
        return readRange(db, query, range, limit, read, page);
    const QString lead = range.keys.first().expression;
    const QString within = range.segment.isEmpty() ? QString() : range.segment + u" AND ";
    QVariantMap binds = range.binds;
    binds.insert(QStringLiteral("lead"), range.after->values.first());
    const Range same{within + lead + u" = :lead", range.keys.mid(1),
                     GridKey{range.after->values.mid(1), range.after->id}, binds};
    const qsizetype before = page.rows.size();
    if (auto done = readRange(db, query, same, limit, read, page); !done)
        return done;
    const int got = int(page.rows.size() - before);
    if (got >= limit)
        return {};
    const Range past{within + lead + (query.descending ? u" < :lead"_qs : u" > :lead"_qs),
                     range.keys, std::nullopt, binds};
    return readRange(db, query, past, limit - got, read, page);
}

QString whereOf(const Query &query)
{
    return query.where.isEmpty() ? QString() : u" WHERE " + query.where;
}

} // namespace

Result<qint64> count(const Database &db, const Query &query)
{
    const QString sql = u"SELECT COUNT(*) FROM " + query.from + whereOf(query);
    auto q = db.prepare(sql);
    if (!q)
        return std::unexpected(q.error());
    bindUsed(*q, sql, query.binds);
    if (auto ran = Database::exec(*q); !ran)
        return std::unexpected(ran.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

QString orderBy(const Query &query)
{
    return orderOf(query.sort, query);
}

Result<GridPage> fetch(const Database &db, const Query &query, const std::optional<GridKey> &after,
                       int limit, const std::function<GridRow(const QSqlQuery &)> &read)
{
    GridPage page;
    if (limit <= 0 || query.sort.isEmpty())
        return page;
    page.rows.reserve(limit);
    const SortKey &lead = query.sort.first();
    if (!lead.isNullable) {
        if (auto done = readAfter(db, query, {QString(), query.sort, after, {}}, limit, read, page);
            !done)
            return std::unexpected(done.error());
        return page;
    }
    // A first key that can be NULL: its values in the query's direction, then its NULLs by the
    // other keys. Each range is one an index on the key answers from where the page starts,
    // in its own order (neither database's index order puts the NULLs last both ways).
    QList<SortKey> valueKeys = query.sort;
    valueKeys.first().isNullable = false; // none in the first range
    const Range nulls{lead.expression + u" IS NULL", query.sort.mid(1), std::nullopt, {}};
    const bool isInNulls = after && after->values.value(0).isNull();
    if (isInNulls) {
        Range rest = nulls;
        rest.after = GridKey{after->values.mid(1), after->id};
        if (auto done = readAfter(db, query, rest, limit, read, page); !done)
            return std::unexpected(done.error());
        return page;
    }
    const Range values{lead.expression + u" IS NOT NULL", valueKeys, after, {}};
    if (auto done = readAfter(db, query, values, limit, read, page); !done)
        return std::unexpected(done.error());
    if (page.rows.size() < limit)
        if (auto done = readRange(db, query, nulls, limit - int(page.rows.size()), read, page);
            !done)
            return std::unexpected(done.error());
    return page;
}

Query queryOf(const Shape &shape, const GridRequest &request)
{
    Query query;
    query.select = shape.select;
    query.from = shape.from;
    if (!request.filter.trimmed().isEmpty()) {
        query.where = shape.filterWhere;
        query.binds.insert(QStringLiteral("pattern"), likePattern(request.filter));
    }
    // The sort keys come from the constant list, never from the person: only its index does.
    const int column = std::clamp(request.sortColumn, 0, int(shape.sortKeys.size()) - 1);
    query.sort = shape.sortKeys.at(column);
    query.idColumn = shape.idColumn;
    query.descending = request.descending;
    return query;
}

} // namespace ic::gridsql
