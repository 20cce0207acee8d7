#include "services/catalog/promotiongrid.h"

#include "models/tr.h"
#include "services/catalog/catalogtext.h"
#include "services/grid/gridsql.h"
#include "services/storage/rowvalues.h"

#include <QHash>
#include <QStringList>

namespace ic {

namespace {

const QString kTargetCount =
    QStringLiteral("(SELECT COUNT(*) FROM promotion_plans pp WHERE pp.promotion_id = p.id)");

const gridsql::Shape &shape()
{
    static const gridsql::Shape s{
        QStringLiteral("p.id, p.code, p.name, p.discount_type, p.percent_bp, p.amount_minor, "
                       "p.currency, p.current_uses, p.max_uses, p.max_uses_per_customer, "
                       "p.starts_on, p.ends_on, p.auto_apply, p.applies_to, p.is_active, "
                       "p.is_stackable, p.description, p.created_at"),
        QStringLiteral("promotions p"),
        QStringLiteral("(lower(p.code) LIKE :pattern ESCAPE '!' OR lower(p.name) LIKE :pattern "
                       "ESCAPE '!')"),
        {
            {{u"lower(p.code)"_qs}},
            {{u"lower(p.name)"_qs}},
            {{u"p.discount_type"_qs}},
            // percentages by their rate, amounts by currency and amount
            {{u"p.discount_type"_qs},
             gridsql::nullable(u"p.currency"_qs),
             {u"p.percent_bp"_qs},
             gridsql::nullable(u"p.amount_minor"_qs)},
            {{u"p.current_uses"_qs}},
            {gridsql::nullable(u"p.max_uses"_qs)},
            {gridsql::nullable(u"p.max_uses_per_customer"_qs)},
            {gridsql::nullable(u"p.starts_on"_qs)},
            {gridsql::nullable(u"p.ends_on"_qs)},
            {{kTargetCount}},
            {{u"p.auto_apply"_qs}},
            {{u"p.applies_to"_qs}},
            {{u"p.is_active"_qs}},
            {{u"p.is_stackable"_qs}},
            {gridsql::nullable(u"p.description"_qs)},
            {{u"p.created_at"_qs}},
            {gridsql::nullable(u"(SELECT SUM(u.discount_minor) FROM promotion_uses u WHERE "
                               u"u.promotion_id = p.id)"_qs)},
            {gridsql::nullable(u"(SELECT SUM(u.final_minor) FROM promotion_uses u WHERE "
                               u"u.promotion_id = p.id)"_qs)},
        },
        QStringLiteral("p.id"),
    };
    return s;
}

QVariant nullable(const QVariant &v)
{
    return v.isNull() ? QVariant() : QVariant(v.toLongLong());
}

QVariant dateOrNull(const QVariant &v)
{
    const QDate d = toDate(v);
    return d.isValid() ? QVariant(d) : QVariant();
}

GridRow read(const QSqlQuery &q)
{
    GridRow row;
    row.id = q.value(0).toLongLong();
    const bool isFixed = q.value(3).toString() == u"fixed";
    const QVariant value =
        isFixed
            ? QVariant::fromValue(Money(q.value(5).toLongLong(), q.value(6).toString().trimmed()))
            : QVariant(q.value(4).toLongLong());
    row.values = {
        q.value(1).toString(),   q.value(2).toString(),
        q.value(3).toString(),   value,
        q.value(7).toLongLong(), nullable(q.value(8)),
        nullable(q.value(9)),    dateOrNull(q.value(10)),
        dateOrNull(q.value(11)),
        Tr::tr("Every plan"), // replaced below when the promotion names its plans
        q.value(12).toBool(),    q.value(13).toString(),
        q.value(14).toBool(),    q.value(15).toBool(),
        q.value(16).toString(),  toTimestamp(q.value(17)).date(),
    };
    // Given away and revenue: null until fillFigures() finds uses.
    row.values.resize(PromotionGrid::ColumnCount);
    return row;
}

// The names of the plans each promotion of the page is limited to, in one query.
Done fillTargeting(const Database &db, QList<GridRow> &rows)
{
    if (rows.isEmpty())
        return {};
    QStringList placeholders;
    for (qsizetype i = 0; i < rows.size(); ++i)
        placeholders.append(u":p" + QString::number(i));
    auto q = db.prepare(u"SELECT pp.promotion_id, pl.name FROM promotion_plans pp JOIN plans pl "
                        u"ON pl.id = pp.plan_id WHERE pp.promotion_id IN (" +
                        placeholders.join(u", ") + u") ORDER BY pl.sort_order, lower(pl.name)");
    if (!q)
        return std::unexpected(q.error());
    for (qsizetype i = 0; i < rows.size(); ++i)
        q->bindValue(placeholders.at(i), rows.at(i).id);
    if (auto ran = Database::exec(*q); !ran)
        return ran;
    QHash<qint64, QStringList> names;
    while (q->next())
        names[q->value(0).toLongLong()].append(q->value(1).toString());
    for (GridRow &row : rows)
        if (const auto it = names.constFind(row.id); it != names.cend())
            row.values[PromotionGrid::Targeting] = it->join(u", ");
    return {};
}

// Uses, revenue and discounts given, summed per currency, for the promotions of the page.
Done fillFigures(const Database &db, QList<GridRow> &rows)
{
    if (rows.isEmpty())
        return {};
    QStringList placeholders;
    for (qsizetype i = 0; i < rows.size(); ++i)
        placeholders.append(u":p" + QString::number(i));
    auto q = db.prepare(u"SELECT promotion_id, currency, SUM(discount_minor), SUM(final_minor) "
                        u"FROM promotion_uses WHERE promotion_id IN (" +
                        placeholders.join(u", ") +
                        u") GROUP BY promotion_id, currency "
                        u"ORDER BY promotion_id, currency");
    if (!q)
        return std::unexpected(q.error());
    for (qsizetype i = 0; i < rows.size(); ++i)
        q->bindValue(placeholders.at(i), rows.at(i).id);
    if (auto ran = Database::exec(*q); !ran)
        return ran;
    QHash<qint64, QList<std::pair<Money, Money>>> sums;
    while (q->next()) {
        const QString currency = q->value(1).toString().trimmed();
        sums[q->value(0).toLongLong()].append(
            {Money(q->value(2).toLongLong(), currency), Money(q->value(3).toLongLong(), currency)});
    }
    for (GridRow &row : rows) {
        const auto it = sums.constFind(row.id);
        if (it == sums.cend())
            continue;
        if (it->size() == 1) {
            row.values[PromotionGrid::GivenAway] = QVariant::fromValue(it->first().first);
            row.values[PromotionGrid::Revenue] = QVariant::fromValue(it->first().second);
            continue;
        }
        QStringList given, revenue;
        for (const auto &[discount, paid] : *it) {
            given.append(discount.toDecimalString() + u' ' + discount.currency());
            revenue.append(paid.toDecimalString() + u' ' + paid.currency());
        }
        row.values[PromotionGrid::GivenAway] = given.join(u" + ");
        row.values[PromotionGrid::Revenue] = revenue.join(u" + ");
    }
    return {};
}

} // namespace

QList<GridColumn> PromotionGrid::columns() const
{
    return {
        {QStringLiteral("code"), Tr::tr("Code"), ColumnKind::Text, true, {}},
        {QStringLiteral("name"), Tr::tr("Name"), ColumnKind::Text, true, {}},
        {QStringLiteral("discount_type"), Tr::tr("Type"), ColumnKind::Text, true,
         discountTypeLabels()},
        {QStringLiteral("value"), Tr::tr("Value"), ColumnKind::Percent, true, {}},
        {QStringLiteral("current_uses"), Tr::tr("Uses"), ColumnKind::Integer, true, {}},
        {QStringLiteral("max_uses"), Tr::tr("Max uses"), ColumnKind::Integer, true, {}},
        {QStringLiteral("max_uses_per_customer"),
         Tr::tr("Max per customer"),
         ColumnKind::Integer,
         false,
         {}},
        {QStringLiteral("starts_on"), Tr::tr("Starts"), ColumnKind::Date, true, {}},
        {QStringLiteral("ends_on"), Tr::tr("Ends"), ColumnKind::Date, true, {}},
        {QStringLiteral("targeting"), Tr::tr("Plans"), ColumnKind::Text, true, {}},
        {QStringLiteral("auto_apply"), Tr::tr("Auto-apply"), ColumnKind::Boolean, true, {}},
        {QStringLiteral("applies_to"), Tr::tr("Applies to"), ColumnKind::Text, false,
         promotionScopeLabels()},
        {QStringLiteral("is_active"), Tr::tr("Active"), ColumnKind::Boolean, true, {}},
        {QStringLiteral("is_stackable"), Tr::tr("Stackable"), ColumnKind::Boolean, false, {}},
        {QStringLiteral("description"), Tr::tr("Description"), ColumnKind::Text, false, {}},
        {QStringLiteral("created_at"), Tr::tr("Created"), ColumnKind::Date, false, {}},
        {QStringLiteral("given_away"), Tr::tr("Given away"), ColumnKind::Money, true, {}},
        {QStringLiteral("revenue"), Tr::tr("Revenue"), ColumnKind::Money, true, {}},
    };
}

gridsql::Query PromotionGrid::query(const Database &, const GridRequest &request) const
{
    return gridsql::queryOf(shape(), request);
}

Result<qint64> PromotionGrid::count(const Database &db, const GridRequest &request) const
{
    return gridsql::count(db, query(db, request));
}

Result<GridPage> PromotionGrid::fetch(const Database &db, const GridRequest &request,
                                      const std::optional<GridKey> &after, int limit) const
{
    auto page = gridsql::fetch(db, query(db, request), after, limit, read);
    if (!page)
        return page;
    if (auto filled = fillTargeting(db, page->rows); !filled)
        return std::unexpected(filled.error());
    if (auto filled = fillFigures(db, page->rows); !filled)
        return std::unexpected(filled.error());
    return page;
}

} // namespace ic
