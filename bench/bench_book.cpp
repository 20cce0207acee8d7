// Queries the application runs on a big book, timed on a demo book built at start.
//   IC_BENCH_CUSTOMERS (default 20000) and IC_BENCH_MONTHS (default 36) size the book;
//   IC_BENCH_BOOK=path reuses an existing SQLite book instead.
#include "services/analytics/overview.h"
#include "services/demo/demobook.h"
#include "services/storage/customerrepository.h"
#include "services/storage/migrator.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

namespace {

std::unique_ptr<ic::Database> g_db;

void BM_Overview(benchmark::State &state)
{
    for (auto _ : state) {
        auto overview = ic::loadOverview(*g_db, QDate(2026, 11, 15));
        if (!overview)
            state.SkipWithError("overview failed");
        benchmark::DoNotOptimize(overview);
    }
}
BENCHMARK(BM_Overview)->Unit(benchmark::kMillisecond);

void BM_CustomerPrefixSearch(benchmark::State &state)
{
    ic::CustomerRepository customers(*g_db);
    const QString prefixes[] = {u"ma"_qs, u"dur"_qs, u"camille."_qs, u"z"_qs};
    int i = 0;
    for (auto _ : state) {
        auto found = customers.searchPrefix(prefixes[i++ % 4], 50);
        if (!found)
            state.SkipWithError("search failed");
        benchmark::DoNotOptimize(found);
    }
}
BENCHMARK(BM_CustomerPrefixSearch)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString path = qEnvironmentVariable("IC_BENCH_BOOK");
    const bool build = path.isEmpty();
    if (build)
        path = dir.filePath(u"bench.sqlite"_qs);
    auto db =
        ic::Database::open(ic::ConnectionSpec::sqlite(path), ic::Database::Open::CreateIfMissing);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    g_db = std::make_unique<ic::Database>(std::move(*db));
    if (build) {
        ic::Migrator migrator(*g_db);
        if (auto r = migrator.migrate(); !r)
            return 1;
        ic::DemoOptions options;
        bool ok = false;
        options.customers = qEnvironmentVariableIntValue("IC_BENCH_CUSTOMERS", &ok);
        if (!ok)
            options.customers = 20000;
        options.months = qEnvironmentVariableIntValue("IC_BENCH_MONTHS", &ok);
        if (!ok)
            options.months = 36;
        options.endDate = QDate(2026, 11, 30);
        auto summary = ic::DemoBook(*g_db).build(options);
        if (!summary) {
            std::fprintf(stderr, "%s\n", qPrintable(summary.error().message));
            return 1;
        }
        std::fprintf(stderr, "book: %lld customers, %lld invoices, built in %.1f s\n",
                     summary->customers, summary->invoices, summary->milliseconds / 1000.0);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_db.reset();
    return 0;
}
