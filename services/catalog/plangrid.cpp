#include "services/catalog/plangrid.h"

#include "models/plan.h"
#include "models/tr.h"
#include "services/catalog/catalogtext.h"
#include "services/grid/gridsql.h"
#include "services/storage/rowvalues.h"

namespace ic {

namespace {

const gridsql::Shape &shape()
{
    static const gridsql::Shape s{
        QStringLiteral("p.id, p.name, p.slug, p.plan_type, p.billing_cycle, p.interval_months, "
                       "p.price_minor, p.currency, p.setup_fee_minor, p.trial_days, p.is_public, "
                       "p.is_active, p.sort_order, (SELECT COUNT(*) FROM plan_features f WHERE "
                       "f.plan_id = p.id), p.limits, p.signup_url, p.description, p.created_at"),
        QStringLiteral("plans p"),
        QStringLiteral("(lower(p.name) LIKE :pattern ESCAPE '!' OR lower(p.slug) LIKE :pattern "
                       "ESCAPE '!')"),
        {
            {{u"lower(p.name)"_qs}},
            {{u"lower(p.slug)"_qs}},
            {{u"p.plan_type"_qs}},
            {{u"p.billing_cycle"_qs}},
            {{u"p.interval_months"_qs}},
            {{u"p.currency"_qs}, {u"p.price_minor"_qs}},
            {{u"p.currency"_qs}, {u"p.setup_fee_minor"_qs}},
            {{u"p.trial_days"_qs}},
            {{u"p.is_public"_qs}},
            {{u"p.is_active"_qs}},
            // the catalogue's order (PlanRepository::list)
            {{u"p.sort_order"_qs}, {u"lower(p.name)"_qs}},
            {{u"(SELECT COUNT(*) FROM plan_features f WHERE f.plan_id = p.id)"_qs}},
            {{u"p.limits"_qs}},
            {gridsql::nullable(u"p.signup_url"_qs)},
            {gridsql::nullable(u"p.description"_qs)},
            {{u"p.created_at"_qs}},
        },
        QStringLiteral("p.id"),
    };
    return s;
}

GridRow read(const QSqlQuery &q)
{
    GridRow row;
    row.id = q.value(0).toLongLong();
    const QString currency = q.value(7).toString().trimmed();
    QMap<QString, qint64> limits;
    const QJsonObject object = jsonObjectOf(q.value(14));
    for (auto it = object.begin(); it != object.end(); ++it)
        limits.insert(it.key(), it.value().toInteger());
    row.values = {
        q.value(1).toString(),
        q.value(2).toString(),
        q.value(3).toString(),
        q.value(4).toString(),
        q.value(5).toLongLong(),
        QVariant::fromValue(Money(q.value(6).toLongLong(), currency)),
        QVariant::fromValue(Money(q.value(8).toLongLong(), currency)),
        q.value(9).toLongLong(),
        q.value(10).toBool(),
        q.value(11).toBool(),
        q.value(12).toLongLong(),
        q.value(13).toLongLong(),
        limitsSummary(limits),
        q.value(15).toString(),
        q.value(16).toString(),
        toTimestamp(q.value(17)).date(),
    };
    return row;
}

} // namespace

QList<GridColumn> PlanGrid::columns() const
{
    return {
        {QStringLiteral("name"), Tr::tr("Name"), ColumnKind::Text, true, {}},
        {QStringLiteral("slug"), Tr::tr("Slug"), ColumnKind::Text, true, {}},
        {QStringLiteral("plan_type"), Tr::tr("Type"), ColumnKind::Text, true, planTypeLabels()},
        {QStringLiteral("billing_cycle"), Tr::tr("Billing cycle"), ColumnKind::Text, true,
         billingCycleLabels()},
        {QStringLiteral("interval_months"), Tr::tr("Months"), ColumnKind::Integer, false, {}},
        {QStringLiteral("price"), Tr::tr("Price"), ColumnKind::Money, true, {}},
        {QStringLiteral("setup_fee"), Tr::tr("Setup fee"), ColumnKind::Money, true, {}},
        {QStringLiteral("trial_days"), Tr::tr("Trial days"), ColumnKind::Integer, true, {}},
        {QStringLiteral("is_public"), Tr::tr("Public"), ColumnKind::Boolean, true, {}},
        {QStringLiteral("is_active"), Tr::tr("Active"), ColumnKind::Boolean, true, {}},
        {QStringLiteral("sort_order"), Tr::tr("Order"), ColumnKind::Integer, true, {}},
        {QStringLiteral("features"), Tr::tr("Features"), ColumnKind::Integer, true, {}},
        {QStringLiteral("limits"), Tr::tr("Limits"), ColumnKind::Text, true, {}},
        {QStringLiteral("signup_url"), Tr::tr("Sign-up link"), ColumnKind::Text, false, {}},
        {QStringLiteral("description"), Tr::tr("Description"), ColumnKind::Text, false, {}},
        {QStringLiteral("created_at"), Tr::tr("Created"), ColumnKind::Date, false, {}},
    };
}

gridsql::Query PlanGrid::query(const Database &, const GridRequest &request) const
{
    return gridsql::queryOf(shape(), request);
}

Result<qint64> PlanGrid::count(const Database &db, const GridRequest &request) const
{
    return gridsql::count(db, query(db, request));
}

Result<GridPage> PlanGrid::fetch(const Database &db, const GridRequest &request,
                                 const std::optional<GridKey> &after, int limit) const
{
    return gridsql::fetch(db, query(db, request), after, limit, read);
}

} // namespace ic
