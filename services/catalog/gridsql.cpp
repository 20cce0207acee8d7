#include "services/catalog/gridsql.h"

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

QString whereOf(const Shape &shape, const GridRequest &request)
{
    return request.filter.trimmed().isEmpty() ? QString() : u" WHERE " + shape.filterWhere;
}

} // namespace

Result<qint64> count(const Database &db, const Shape &shape, const GridRequest &request)
{
    const QString sql = u"SELECT COUNT(*) FROM " + shape.from + whereOf(shape, request);
    auto n = request.filter.trimmed().isEmpty()
                 ? db.scalar(sql)
                 : db.scalar(sql, {{"pattern", likePattern(request.filter)}});
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

Result<QList<GridRow>> fetch(const Database &db, const Shape &shape, const GridRequest &request,
                             qint64 offset, int limit,
                             const std::function<GridRow(const QSqlQuery &)> &read)
{
    const int column = std::clamp(request.sortColumn, 0, int(shape.sortKeys.size()) - 1);
    const QString direction = request.descending ? u" DESC"_qs : u" ASC"_qs;
    // The sort key comes from the constant list, never from the person: only its index does.
    const QString sql = u"SELECT " + shape.select + u" FROM " + shape.from +
                        whereOf(shape, request) + u" ORDER BY " + shape.sortKeys.at(column) +
                        direction + u", " + shape.idColumn + direction +
                        u" LIMIT :limit OFFSET :offset";
    auto q = request.filter.trimmed().isEmpty()
                 ? db.exec(sql, {{"limit", limit}, {"offset", offset}})
                 : db.exec(sql, {{"pattern", likePattern(request.filter)},
                                 {"limit", limit},
                                 {"offset", offset}});
    if (!q)
        return std::unexpected(q.error());
    QList<GridRow> rows;
    while (q->next())
        rows.append(read(*q));
    return rows;
}

} // namespace ic::gridsql
