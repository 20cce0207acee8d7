#include "services/customers/customergrid.h"

#include "models/tr.h"
#include "services/storage/database.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <utility>

namespace ic {

namespace {

// The smallest string greater than every string that starts with `prefix` (its last
// character moved one code point up): lower(col) >= prefix AND lower(col) < upperBound(prefix)
// is a prefix match an index on lower(col) answers with a range, on both databases (where
// LIKE 'x%' would not use it on PostgreSQL without a special operator class).
QString upperBound(const QString &prefix)
{
    QString high = prefix;
    if (!high.isEmpty())
        high[high.size() - 1] = QChar(high.at(high.size() - 1).unicode() + 1);
    return high;
}

// SQLite's lower() lowers ASCII letters only: "Élodie" is stored under "Élodie" in its
// index, where PostgreSQL's lower() gives "élodie". The second spelling of the prefix keeps
// the non-ASCII letters in upper case, so "élo" finds Élodie on SQLite too.
QString sqliteSpelling(const QString &lowered)
{
    QString s = lowered;
    for (QChar &c : s)
        if (c.unicode() > 127)
            c = c.toUpper();
    return s;
}

struct Terms {
    QString low1, high1, low2, high2, numberLow, numberHigh;
    bool hasFilter = false;
    bool hasNumber = false;
};

Terms termsOf(const QString &filter)
{
    Terms t;
    const QString text = filter.trimmed().toLower();
    if (text.isEmpty())
        return t;
    t.hasFilter = true;
    t.low1 = text;
    t.high1 = upperBound(text);
    t.low2 = sqliteSpelling(text);
    t.high2 = upperBound(t.low2);
    if (t.low2 == t.low1)
        t.low2 = t.high2 = QString(); // all ASCII: the second spelling is an empty range
    // (bound as '' rather than NULL: a NULL bind is a NULL comparison, an empty string a
    // range the index answers at once with nothing)
    t.hasNumber = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    t.numberLow = text;
    t.numberHigh = upperBound(text);
    return t;
}

// The part of the name after its first space, as migration 0006 indexes it.
QString surnameOf(Dialect dialect)
{
    return dialect == Dialect::SQLite ? u"lower(substr(c.name, instr(c.name, ' ') + 1))"_qs
                                      : u"lower(substr(c.name, strpos(c.name, ' ') + 1))"_qs;
}

QString whereOf(const Terms &t, Dialect dialect)
{
    if (!t.hasFilter)
        return {};
    QStringList any;
    for (const QString &col :
         {u"lower(c.name)"_qs, u"lower(c.email)"_qs, u"lower(c.company)"_qs, surnameOf(dialect)}) {
        any.append(u'(' + col + u" >= :low1 AND " + col + u" < :high1)");
        any.append(u'(' + col + u" >= :low2 AND " + col + u" < :high2)");
    }
    if (!t.hasNumber)
        return u" WHERE " + any.join(u" OR "_qs);
    // The invoice numbers joined as a union of ids rather than one more OR: PostgreSQL would
    // otherwise test the subquery on each of the 100,000 customers instead of combining the
    // index ranges. Ordered by the number, so both databases walk the index and stop at the
    // limit (a bitmap scan would read every number of the prefix first: a million for "inv-").
    return u" WHERE c.id IN (SELECT c.id FROM customers c WHERE " + any.join(u" OR "_qs) +
           u" UNION SELECT n.customer_id FROM (SELECT i.customer_id FROM invoices i WHERE "
           u"lower(i.number) >= :number_low AND lower(i.number) < :number_high ORDER BY "
           u"lower(i.number) LIMIT " +
           QString::number(CustomerGrid::kInvoiceMatchLimit) + u") n)";
}

const QStringList &sortKeys()
{
    static const QStringList keys{
        QStringLiteral("lower(c.name)"),    QStringLiteral("lower(c.email)"),
        QStringLiteral("lower(c.company)"), QStringLiteral("c.country"),
        QStringLiteral("c.language"),       QStringLiteral("c.phone"),
        QStringLiteral("c.vat_number"),     QStringLiteral("c.created_at"),
    };
    return keys;
}

// Runs a statement with the binds its terms use; `page` adds :limit and :offset.
Result<QSqlQuery> run(const Database &db, const QString &sql, const Terms &t,
                      std::optional<std::pair<qint64, qint64>> page)
{
    const qint64 limit = page ? page->first : 0;
    const qint64 offset = page ? page->second : 0;
    if (!t.hasFilter)
        return page ? db.exec(sql, {{"limit", limit}, {"offset", offset}}) : db.exec(sql);
    if (!t.hasNumber) {
        if (!page)
            return db.exec(
                sql, {{"low1", t.low1}, {"high1", t.high1}, {"low2", t.low2}, {"high2", t.high2}});
        return db.exec(sql, {{"low1", t.low1},
                             {"high1", t.high1},
                             {"low2", t.low2},
                             {"high2", t.high2},
                             {"limit", limit},
                             {"offset", offset}});
    }
    if (!page)
        return db.exec(sql, {{"low1", t.low1},
                             {"high1", t.high1},
                             {"low2", t.low2},
                             {"high2", t.high2},
                             {"number_low", t.numberLow},
                             {"number_high", t.numberHigh}});
    return db.exec(sql, {{"low1", t.low1},
                         {"high1", t.high1},
                         {"low2", t.low2},
                         {"high2", t.high2},
                         {"number_low", t.numberLow},
                         {"number_high", t.numberHigh},
                         {"limit", limit},
                         {"offset", offset}});
}

} // namespace

QList<GridColumn> CustomerGrid::columns() const
{
    return {
        {QStringLiteral("name"), Tr::tr("Name"), ColumnKind::Text, true, {}},
        {QStringLiteral("email"), Tr::tr("E-mail"), ColumnKind::Text, true, {}},
        {QStringLiteral("company"), Tr::tr("Company"), ColumnKind::Text, true, {}},
        {QStringLiteral("country"), Tr::tr("Country"), ColumnKind::Text, true, {}},
        {QStringLiteral("language"),
         Tr::tr("Language"),
         ColumnKind::Text,
         false,
         {{QStringLiteral("en"), Tr::tr("English")}, {QStringLiteral("fr"), Tr::tr("French")}}},
        {QStringLiteral("phone"), Tr::tr("Phone"), ColumnKind::Text, false, {}},
        {QStringLiteral("vat_number"), Tr::tr("VAT number"), ColumnKind::Text, false, {}},
        {QStringLiteral("created_at"), Tr::tr("Customer since"), ColumnKind::Date, true, {}},
    };
}

Result<qint64> CustomerGrid::count(const Database &db, const GridRequest &request) const
{
    const Terms t = termsOf(request.filter);
    auto q =
        run(db, u"SELECT COUNT(*) FROM customers c" + whereOf(t, db.dialect()), t, std::nullopt);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return 0;
    return q->value(0).toLongLong();
}

Result<QList<GridRow>> CustomerGrid::fetch(const Database &db, const GridRequest &request,
                                           qint64 offset, int limit) const
{
    const Terms t = termsOf(request.filter);
    const int column = std::clamp(request.sortColumn, 0, int(sortKeys().size()) - 1);
    const QString direction = request.descending ? u" DESC"_qs : u" ASC"_qs;
    // The sort key comes from the constant list, never from the person: only its index does.
    // With a filter, the keys that have an index are sorted as computed values: otherwise
    // SQLite may walk the whole index in order, testing each row against the filter (a
    // second for a prefix nobody has), instead of collecting the few matches from the
    // prefix ranges and sorting those.
    QString key = sortKeys().at(column);
    if (t.hasFilter && column <= CustomerGrid::Company)
        key = u'(' + key + u" || '')";
    const QString sql = u"SELECT c.id, c.name, c.email, c.company, c.country, c.language, c.phone, "
                        u"c.vat_number, c.created_at FROM customers c" +
                        whereOf(t, db.dialect()) + u" ORDER BY " + key + direction + u", c.id" +
                        direction + u" LIMIT :limit OFFSET :offset";
    auto q = run(db, sql, t, std::pair<qint64, qint64>(limit, offset));
    if (!q)
        return std::unexpected(q.error());
    QList<GridRow> rows;
    rows.reserve(limit);
    while (q->next()) {
        GridRow row;
        row.id = q->value(0).toLongLong();
        row.values = {
            q->value(1).toString(),           q->value(2).toString(),
            q->value(3).toString(),           q->value(4).toString().trimmed(),
            q->value(5).toString().trimmed(), q->value(6).toString(),
            q->value(7).toString(),           toTimestamp(q->value(8)).date(),
        };
        rows.append(row);
    }
    return rows;
}

} // namespace ic
