#include "services/demo/demobook.h"
#include "models/tr.h"

#include "services/demo/demoaddresses.h"
#include "services/demo/democatalog.h"
#include "services/demo/demohistory.h"
#include "services/storage/migrator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace ic {

namespace {

// Child tables before their parents.
constexpr const char16_t *kTables[] = {
    u"credit_applications",
    u"promotion_uses",
    u"dunning_cases",
    u"payments",
    u"invoice_items",
    u"user_credits",
    u"invoices",
    u"invoice_number_series",
    u"subscription_events",
    u"subscriptions",
    u"promotion_services",
    u"promotion_plans",
    u"promotions",
    u"plan_features",
    u"plans",
    u"services",
    u"sections",
    u"pages",
    u"tax_rates",
    u"outbox_messages",
    u"webhook_events",
    u"daily_runs",
    u"payment_methods",
    u"customers",
};

Done emptyBook(Database &db)
{
    for (const char16_t *table : kTables)
        if (auto r = db.execDirect(u"DELETE FROM " + QString::fromUtf16(table)); !r)
            return std::unexpected(r.error());
    return {};
}

// Identity columns on PostgreSQL go on from the largest id the bulk load wrote.
Done resetSequences(Database &db)
{
    if (db.dialect() != Dialect::PostgreSQL)
        return {};
    for (const char16_t *table : kTables) {
        const QString name = QString::fromUtf16(table);
        if (name == u"invoice_number_series" || name == u"promotion_plans" ||
            name == u"promotion_services" || name == u"daily_runs")
            continue;
        auto r = db.execDirect(u"SELECT setval(pg_get_serial_sequence('" + name +
                               u"', 'id'), "
                               u"COALESCE((SELECT MAX(id) FROM " +
                               name + u"), 0) + 1, false)");
        if (!r)
            return std::unexpected(r.error());
    }
    return {};
}

} // namespace

Result<DemoSummary> DemoBook::build(const DemoOptions &options, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (options.customers < 1 || options.customers > 10'000'000)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The number of customers must be between 1 and 10,000,000."));
    if (options.months < 1 || options.months > 120)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The number of months must be between 1 and 120."));
    if (auto ok = Migrator(m_db).checkUpToDate(); !ok)
        return std::unexpected(ok.error());
    auto customers = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers"));
    auto plans = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM plans"));
    if (!customers || !plans)
        return std::unexpected(customers ? plans.error() : customers.error());
    if ((customers->toLongLong() > 0 || plans->toLongLong() > 0) && !options.force)
        return failure(
            ErrorCode::NotEmpty,
            Tr::tr("This book already holds %1 customers and %2 plans; add --force to replace "
                   "everything in it with the demo book.")
                .arg(customers->toLongLong())
                .arg(plans->toLongLong()));

    const QDate end = options.endDate.isValid() ? options.endDate : QDate::currentDate();
    const QDate start = QDate(end.year(), end.month(), 1).addMonths(-(options.months - 1));

    // Rows are written when their story is final, so children may come before parents.
    // PostgreSQL checks the (deferrable) foreign keys at commit. SQLite would re-check every
    // pending violation on each parent row it inserts (a scan per row where the child column
    // has no index), so on SQLite the keys are switched off for the load and the whole book
    // is checked once with foreign_key_check before the commit.
    const bool sqlite = m_db.dialect() == Dialect::SQLite;
    if (sqlite) {
        // A first load writes mostly new pages: a rollback journal records only the few
        // pages that existed, where WAL would write every page twice. WAL comes back after.
        (void)m_db.execDirect(QStringLiteral("PRAGMA journal_mode=DELETE"));
        (void)m_db.execDirect(QStringLiteral("PRAGMA cache_size=-262144"));
        (void)m_db.execDirect(QStringLiteral("PRAGMA foreign_keys=OFF"));
    }
    auto summary = m_db.transaction([&]() -> Result<DemoSummary> {
        if (!sqlite)
            if (auto r = m_db.execDirect(QStringLiteral("SET CONSTRAINTS ALL DEFERRED")); !r)
                return std::unexpected(r.error());
        if (options.force)
            if (auto r = emptyBook(m_db); !r)
                return std::unexpected(r.error());
        auto catalog = writeDemoCatalog(m_db, start);
        if (!catalog)
            return std::unexpected(catalog.error());
        DemoHistory history(m_db, *catalog, options, start, end);
        auto result = history.run(progress);
        if (!result)
            return result;
        if (auto r = resetSequences(m_db); !r)
            return std::unexpected(r.error());
        if (auto r = writeDemoParties(m_db, options.seed); !r)
            return std::unexpected(r.error());
        // the history was billed up to its end date: the daily run goes on from there
        if (auto r = m_db.exec(
                QStringLiteral("INSERT INTO daily_runs (business_date, started_at, finished_at) "
                               "VALUES (:day, :at, :at)"),
                {{"day", dateValue(end)},
                 {"at", timestampValue(QDateTime(end, QTime(23, 0), Qt::UTC))}});
            !r)
            return std::unexpected(r.error());
        if (sqlite) {
            auto broken = m_db.execDirect(QStringLiteral("PRAGMA foreign_key_check"));
            if (!broken)
                return std::unexpected(broken.error());
            if (broken->next())
                return failure(
                    ErrorCode::Database,
                    Tr::tr(
                        "The demo book refers from %1 to a missing row of %2; nothing was saved.")
                        .arg(broken->value(0).toString(), broken->value(2).toString()));
        }
        return result;
    });
    if (sqlite) {
        (void)m_db.execDirect(QStringLiteral("PRAGMA foreign_keys=ON"));
        (void)m_db.execDirect(QStringLiteral("PRAGMA journal_mode=WAL"));
        (void)m_db.execDirect(QStringLiteral("PRAGMA cache_size=-2000"));
    }
    if (!summary)
        return summary;
    // fresh statistics for the query planner on both databases
    (void)m_db.execDirect(QStringLiteral("ANALYZE"));
    summary->milliseconds = timer.elapsed();
    return summary;
}

} // namespace ic
