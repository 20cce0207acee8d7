// All the dashboard's metrics (services/analytics/metrics.h) for a range of months on an
// existing book, beside one SELECT count(*) over the invoices in the same run: medians of
// RUNS runs each, in milliseconds, and the ratio. Exits 2 when the metrics are over 500 ms
// or over 5 × the count.
//   bench_metrics BOOK FROM TO [RUNS]       BOOK: a SQLite file or a postgresql:// URL
#include "services/analytics/metrics.h"
#include "services/storage/connectionspec.h"
#include "services/storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        out << "usage: bench_metrics BOOK FROM TO [RUNS]" << Qt::endl;
        return 2;
    }
    auto spec = ic::ConnectionSpec::parse(args[1]);
    if (spec && spec->dialect == ic::Dialect::PostgreSQL && spec->password.isEmpty())
        spec->password = qEnvironmentVariable("PGPASSWORD");
    auto db =
        spec ? ic::Database::open(*spec) : ic::Result<ic::Database>(std::unexpected(spec.error()));
    if (!db) {
        out << db.error().message << Qt::endl;
        return 1;
    }
    auto query = ic::metricsQuery(*db, args[2], args[3], u"EUR"_qs, {});
    if (!query) {
        out << query.error().message << Qt::endl;
        return 1;
    }
    const int runs = args.size() > 4 ? args[4].toInt() : 7;
    std::vector<double> metricsMs;
    std::vector<double> countMs;
    std::vector<double> metricsCpuMs; // this process's CPU: the shared machine's load aside
    qint64 invoices = 0;
    ic::MetricsReport report;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto count = db->scalar(u"SELECT count(*) FROM invoices"_qs);
        countMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!count) {
            out << count.error().message << Qt::endl;
            return 1;
        }
        invoices = count->toLongLong();
        timer.restart();
        const std::clock_t cpu = std::clock();
        auto computed = ic::computeMetrics(*db, *query);
        metricsMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        metricsCpuMs.push_back(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
        if (!computed) {
            out << computed.error().message << Qt::endl;
            return 1;
        }
        report = *computed;
    }
    const double m = median(metricsMs);
    const double c = median(countMs);
    out << (spec->dialect == ic::Dialect::SQLite ? "SQLite     " : "PostgreSQL ") << " "
        << report.months.size() << " months, " << invoices << " invoices: metrics median "
        << QString::number(m, 'f', 1) << " ms (CPU of this process "
        << QString::number(median(metricsCpuMs), 'f', 1) << " ms), count(*) median "
        << QString::number(c, 'f', 1) << " ms, ratio "
        << QString::number(m / std::max(c, 0.001), 'f', 1) << " (" << runs << " runs)" << Qt::endl;
    // The demo book's shape: average monthly customer churn and MRR growth over the range.
    qint64 churned = 0, starts = 0;
    for (const auto &month : report.months) {
        churned += month.inputs.churnedCustomers;
        starts += month.inputs.startCustomers;
    }
    if (!report.months.isEmpty() && starts > 0) {
        const auto &first = report.months.first().inputs;
        const auto &last = report.months.last().inputs;
        out << "  customer churn " << QString::number(100.0 * churned / starts, 'f', 2)
            << " % a month; MRR " << ic::Money(first.startMrr, report.currency).toDecimalString()
            << " -> " << ic::Money(last.endMrr, report.currency).toDecimalString() << "; customers "
            << first.startCustomers << " -> " << last.endCustomers << Qt::endl;
    }
    return (m > 500 || m > 5 * c) ? 2 : 0;
}
