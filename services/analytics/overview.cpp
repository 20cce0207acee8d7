#include "services/analytics/overview.h"

#include <QSqlQuery>
#include <QVariant>

namespace ic {

namespace {

Result<qint64> count(const Database &db, const QString &sql, Database::Binds binds = {})
{
    auto value = db.scalar(sql, binds);
    if (!value)
        return std::unexpected(value.error());
    return value->toLongLong();
}

} // namespace

Result<BookOverview> loadOverview(Database &db, QDate today)
{
    BookOverview overview;
    overview.asOf = today;
    const QDate from(today.year(), today.month(), 1);
    const QDate to = from.addMonths(1);

    auto customers = count(db, QStringLiteral("SELECT COUNT(*) FROM customers"));
    if (!customers)
        return std::unexpected(customers.error());
    overview.customers = *customers;

    // subscriptions_status index: one range per status, counted without reading the rows.
    auto statuses = db.exec(QStringLiteral("SELECT status, COUNT(*) FROM subscriptions "
                                           "WHERE status IN ('active', 'trialing', 'past_due') "
                                           "GROUP BY status"));
    if (!statuses)
        return std::unexpected(statuses.error());
    while (statuses->next()) {
        const QString status = statuses->value(0).toString();
        const qint64 n = statuses->value(1).toLongLong();
        if (status == u"active")
            overview.activeSubscriptions = n;
        else if (status == u"trialing")
            overview.trialingSubscriptions = n;
        else if (status == u"past_due")
            overview.pastDueSubscriptions = n;
    }

    // invoices_issue_date index: only the month's rows are visited.
    auto month = db.exec(
        QStringLiteral("SELECT currency, COUNT(*), "
                       "COALESCE(SUM(CASE WHEN status = 'paid' THEN total_minor ELSE 0 END), 0), "
                       "SUM(CASE WHEN status = 'paid' THEN 1 ELSE 0 END) "
                       "FROM invoices "
                       "WHERE issue_date >= :from AND issue_date < :to "
                       "AND kind = 'invoice' AND status <> 'draft' "
                       "GROUP BY currency ORDER BY currency"),
        {{"from", dateValue(from)}, {"to", dateValue(to)}});
    if (!month)
        return std::unexpected(month.error());
    while (month->next()) {
        overview.invoicesThisMonth += month->value(1).toLongLong();
        if (month->value(3).toLongLong() > 0)
            overview.revenueThisMonth.append(
                Money(month->value(2).toLongLong(), month->value(0).toString().trimmed()));
    }

    // dunning_cases_due index (status, next_action_on): the open ones only.
    auto dunning =
        count(db, QStringLiteral("SELECT COUNT(*) FROM dunning_cases WHERE status = 'open'"));
    if (!dunning)
        return std::unexpected(dunning.error());
    overview.openDunningCases = *dunning;

    return overview;
}

} // namespace ic
