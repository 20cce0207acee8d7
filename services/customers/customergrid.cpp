#include "services/customers/customergrid.h"

#include "models/tr.h"
#include "services/grid/gridsql.h"
#include "services/storage/database.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

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
        return any.join(u" OR "_qs);
    // The invoice numbers joined as a union of ids rather than one more OR: PostgreSQL would
    // otherwise test the subquery on each of the 100,000 customers instead of combining the
    // index ranges. Ordered by the number, so both databases walk the index and stop at the
    // limit (a bitmap scan would read every number of the prefix first: a million for "inv-").
    return u"c.id IN (SELECT c.id FROM customers c WHERE " + any.join(u" OR "_qs) +
           u" UNION SELECT n.customer_id FROM (SELECT i.customer_id FROM invoices i WHERE "
           u"lower(i.number) >= :number_low AND lower(i.number) < :number_high ORDER BY "
           u"lower(i.number) LIMIT " +
           QString::number(CustomerGrid::kInvoiceMatchLimit) + u") n)";
}

// One sort key per column, constants only; the nullable columns say so (their NULLs come
// after every value, services/grid/gridsql.h).
const QList<gridsql::SortKey> &sortKeys()
{
    static const QList<gridsql::SortKey> keys{
        {u"lower(c.name)"_qs},
        {u"lower(c.email)"_qs},
        gridsql::nullable(u"lower(c.company)"_qs),
        {u"c.country"_qs},
        {u"c.language"_qs},
        gridsql::nullable(u"c.phone"_qs),
        gridsql::nullable(u"c.vat_number"_qs),
        {u"c.created_at"_qs},
    };
    return keys;
}

// The query of a request: the filter's prefix ranges (and invoice numbers) with their
// binds, and the sort column's key.
gridsql::Query queryOf(const GridRequest &request, Dialect dialect)
{
    const Terms t = termsOf(request.filter);
    gridsql::Query query;
    query.select = QStringLiteral("c.id, c.name, c.email, c.company, c.country, c.language, "
                                  "c.phone, c.vat_number, c.created_at");
    query.from = QStringLiteral("customers c");
    query.where = whereOf(t, dialect);
    if (t.hasFilter) {
        query.binds = {{QStringLiteral("low1"), t.low1},
                       {QStringLiteral("high1"), t.high1},
                       {QStringLiteral("low2"), t.low2},
                       {QStringLiteral("high2"), t.high2}};
        if (t.hasNumber) {
            query.binds.insert(QStringLiteral("number_low"), t.numberLow);
            query.binds.insert(QStringLiteral("number_high"), t.numberHigh);
        }
    }
    // The sort key comes from the constant list, never from the person: only its index does.
    // With a filter, the keys that have an index are sorted (and compared by key) as
    // computed values: otherwise SQLite may walk the whole index in order, testing each row
    // against the filter (a second for a prefix nobody has), instead of collecting the few
    // matches from the prefix ranges and sorting those.
    const int column = std::clamp(request.sortColumn, 0, int(sortKeys().size()) - 1);
    // The other columns' indexes (migration 0010, for paging by key) are kept out the same
    // way: COALESCE(x, x) is x, but no index's expression.
    gridsql::SortKey key = sortKeys().at(column);
    if (t.hasFilter && column <= CustomerGrid::Company)
        key.expression = u'(' + key.expression + u" || '')";
    else if (t.hasFilter)
        key.expression = u"COALESCE(" + key.expression + u", " + key.expression + u')';
    query.sort = {key};
    query.idColumn = QStringLiteral("c.id");
    query.descending = request.descending;
    return query;
}

GridRow read(const QSqlQuery &q)
{
    GridRow row;
    row.id = q.value(0).toLongLong();
    row.values = {
        q.value(1).toString(),           q.value(2).toString(),           q.value(3).toString(),
        q.value(4).toString().trimmed(), q.value(5).toString().trimmed(), q.value(6).toString(),
        q.value(7).toString(),           toTimestamp(q.value(8)).date(),
    };
    return row;
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

gridsql::Query CustomerGrid::query(const Database &db, const GridRequest &request) const
{
    return queryOf(request, db.dialect());
}

Result<qint64> CustomerGrid::count(const Database &db, const GridRequest &request) const
{
    return gridsql::count(db, query(db, request));
}

Result<GridPage> CustomerGrid::fetch(const Database &db, const GridRequest &request,
                                     const std::optional<GridKey> &after, int limit) const
{
    return gridsql::fetch(db, query(db, request), after, limit, read);
}

} // namespace ic
