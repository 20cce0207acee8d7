// The Customers area on a big book, timed as a person meets it (a timed scenario, run by
// bench/customers on SQLite and PostgreSQL):
//   first rows   the page given the book → the first page of the grid painted (its worker
//                thread opens its own connection and reads; nothing waits on the GUI thread)
//   keystroke    each prefix typed in the search box → its first page painted (the debounce
//                of CustomersPage::kDebounceMs comes on top and is not counted)
//   customer     a customer's page opened from the grid (read on the GUI thread)
//   scroll       fetchMore to the last row, the view scrolled to the end and back, each page
//                timed (first, last, median: keyset paging keeps them flat); the process's
//                peak RSS after it
// Usage: bench_customers BOOK [RUNS]   (BOOK: a SQLite file or postgresql://…; PGPASSWORD)
// Prints one line per measure with its median, and the medians as key=value lines at the end.
#include "models/clock.h"
#include "services/customers/customergrid.h"
#include "services/storage/connectionspec.h"
#include "services/storage/database.h"
#include "services/storage/migrator.h"
#include "ui/common/gridmodel.h"
#include "ui/common/gridview.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customerview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace ic;

namespace {

double median(std::vector<double> v)
{
    std::ranges::sort(v);
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kB on Linux
}

// Waits until the model's current request has its first page, then paints the view now.
// Returns the milliseconds since `clock` started.
double untilPainted(CustomersPage &page, const QElapsedTimer &clock, quint64 generation)
{
    GridModel *model = page.model();
    double ms = -1;
    QMetaObject::Connection c =
        QObject::connect(model, &GridModel::pageArrived, &page, [&](qint64 offset, int) {
            if (offset != 0 || model->generation() != generation)
                return;
            page.view()->viewport()->repaint();
            ms = double(clock.nsecsElapsed()) / 1e6;
        });
    QTest::qWaitFor([&] { return ms >= 0; }, 30000);
    QObject::disconnect(c);
    return ms;
}

// Runs the event loop until the model's next page is in (or a read failed), at most 60 s:
// timed to the event, not to a polling interval.
void untilPageArrives(GridModel *model)
{
    QEventLoop loop;
    QObject::connect(model, &GridModel::pageArrived, &loop, &QEventLoop::quit);
    QObject::connect(model, &GridModel::loadFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (model->isLoading())
        loop.exec();
}

// Reads every page of `request` by key on `db`, each page's time in `pages`; returns the
// rows read (-1: a read failed).
qint64 walkByKey(const CustomerGrid &grid, const Database &db, const GridRequest &request,
                 std::vector<double> &pages, double &seconds)
{
    std::optional<GridKey> after;
    qint64 walked = 0;
    QElapsedTimer all;
    all.start();
    for (;;) {
        QElapsedTimer one;
        one.start();
        auto read = grid.fetch(db, request, after, GridModel::kPageSize);
        pages.push_back(double(one.nsecsElapsed()) / 1e6);
        if (!read) {
            std::fprintf(stderr, "%s\n", qPrintable(read.error().message));
            return -1;
        }
        walked += read->rows.size();
        if (read->rows.size() < GridModel::kPageSize)
            break;
        after = read->last;
    }
    seconds = all.elapsed() / 1000.0;
    return walked;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("InfluenceCoreBench"));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_customers BOOK [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 2 ? args.at(2).toInt() : 7;
    auto spec = ConnectionSpec::parse(args.at(1));
    if (!spec) {
        std::fprintf(stderr, "%s\n", qPrintable(spec.error().message));
        return 2;
    }
    if (spec->dialect == Dialect::PostgreSQL && spec->password.isEmpty())
        spec->password = qEnvironmentVariable("PGPASSWORD");
    auto db = Database::open(*spec);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    if (auto migrated = Migrator(*db).migrate(); !migrated) {
        std::fprintf(stderr, "%s\n", qPrintable(migrated.error().message));
        return 1;
    }
    SystemClock clock;

    // 1. First rows: a new page each run, so each run opens its worker's connection too.
    std::vector<double> first;
    for (int i = 0; i < runs; ++i) {
        CustomersPage page(clock);
        page.resize(1280, 720);
        page.show();
        QTest::qWait(50);
        QElapsedTimer t;
        t.start();
        page.setDatabase(&*db);
        first.push_back(untilPainted(page, t, page.model()->generation()));
        QTest::qWaitFor([&] { return !page.model()->isLoading(); }, 30000);
    }
    std::printf("first rows visible      median %7.1f ms  (runs:", median(first));
    for (double v : first)
        std::printf(" %.1f", v);
    std::printf(")\n");

    // 2. Keystrokes, as typed: each prefix is the one before plus a letter.
    CustomersPage page(clock);
    page.resize(1280, 720);
    page.show();
    page.setDatabase(&*db);
    QTest::qWaitFor([&] { return !page.model()->isLoading(); }, 30000);
    const QStringList words{u"martin"_qs,    u"lefèvre"_qs,       u"camille.d"_qs,
                            u"richard d"_qs, u"inv-2025-1234"_qs, u"zo"_qs};
    std::vector<double> keys;
    double worst = 0;
    QString worstPrefix;
    for (int r = 0; r < std::max(1, runs / 3); ++r)
        for (const QString &word : words)
            for (int n = 1; n <= word.size(); ++n) {
                const QString prefix = word.left(n);
                QElapsedTimer t;
                t.start();
                page.model()->setFilter(prefix);
                const double ms = untilPainted(page, t, page.model()->generation());
                QTest::qWaitFor([&] { return !page.model()->isLoading(); }, 30000);
                keys.push_back(ms);
                if (qEnvironmentVariableIsSet("IC_BENCH_VERBOSE"))
                    std::printf("  %-16s %7.1f ms  %lld found\n", qPrintable(prefix), ms,
                                qlonglong(page.model()->totalRows()));
                if (ms > worst) {
                    worst = ms;
                    worstPrefix = prefix;
                }
            }
    std::vector<double> sortedKeys = keys;
    std::ranges::sort(sortedKeys);
    const double p95 = sortedKeys.empty() ? 0 : sortedKeys[size_t(0.95 * (sortedKeys.size() - 1))];
    std::printf("search keystroke        median %7.1f ms  p95 %.1f ms  worst %.1f ms (\"%s\"), "
                "%zu keystrokes\n",
                median(keys), p95, worst, qPrintable(worstPrefix), keys.size());

    // The customer's page, read on the GUI thread when it opens (a few small queries).
    page.model()->setFilter(u"martin"_qs);
    QTest::qWaitFor([&] { return !page.model()->isLoading(); }, 30000);
    std::vector<double> opens;
    for (int row = 0; row < std::min(runs, page.model()->rowCount()); ++row) {
        QElapsedTimer t;
        t.start();
        page.openCustomer(page.model()->idAt(row));
        page.customerView()->repaint();
        opens.push_back(double(t.nsecsElapsed()) / 1e6);
        page.showList();
    }
    std::printf("customer page opened    median %7.1f ms\n", median(opens));

    // 3. To the end and back, then the peak memory. Each page is timed from fetchMore() to
    // its rows in the model (read by key on the worker: flat however far down it is).
    page.model()->setFilter(QString());
    QTest::qWaitFor([&] { return !page.model()->isLoading(); }, 30000);
    QElapsedTimer scroll;
    scroll.start();
    GridModel *model = page.model();
    std::vector<double> pages;
    while (model->canFetchMore()) {
        QElapsedTimer one;
        one.start();
        model->fetchMore();
        untilPageArrives(model);
        pages.push_back(double(one.nsecsElapsed()) / 1e6);
        page.view()->scrollToBottom();
    }
    QScrollBar *bar = page.view()->verticalScrollBar();
    bar->setValue(bar->maximum());
    QApplication::processEvents();
    // IC_BENCH_SHOT=FILE.png: the page as it shows the last rows.
    if (const QString shot = qEnvironmentVariable("IC_BENCH_SHOT"); !shot.isEmpty())
        page.grab().save(shot);
    bar->setValue(0);
    QApplication::processEvents();
    const double scrollSeconds = scroll.elapsed() / 1000.0;
    std::printf("scroll to the end       %lld rows in %.2f s, back to the top\n",
                qlonglong(model->rowCount()), scrollSeconds);
    const double firstPage = pages.empty() ? 0 : pages.front();
    const double lastPage = pages.empty() ? 0 : pages.back();
    std::vector<double> sortedPages = pages;
    std::ranges::sort(sortedPages);
    const double pageP95 =
        sortedPages.empty() ? 0 : sortedPages[size_t(0.95 * (sortedPages.size() - 1))];
    std::printf("page fetched            first %.1f ms, last %.1f ms, median %.1f ms, p95 %.1f ms "
                "(%zu pages after the first)\n",
                firstPage, lastPage, median(pages), pageP95, pages.size());
    // The same pages read by the grid itself on this connection, by key: the query's own
    // time, first and last page, and all of them.
    CustomerGrid grid;
    const GridRequest byName{QString(), CustomerGrid::Name, false};
    std::vector<double> queries;
    double allSeconds = 0;
    const qint64 walked = walkByKey(grid, *db, byName, queries, allSeconds);
    if (walked < 0)
        return 1;
    std::printf("page query by key       first %.1f ms, last %.1f ms, median %.1f ms; all %lld "
                "rows in %.2f s (%zu pages)\n",
                queries.front(), queries.back(), median(queries), qlonglong(walked), allSeconds,
                queries.size());
    // IC_BENCH_ALL_SORTS: every column of the grid, both directions, walked to the end.
    if (qEnvironmentVariableIsSet("IC_BENCH_ALL_SORTS"))
        for (int column = 0; column < CustomerGrid::ColumnCount; ++column)
            for (const bool descending : {false, true}) {
                std::vector<double> times;
                double seconds = 0;
                const qint64 n = walkByKey(grid, *db, GridRequest{QString(), column, descending},
                                           times, seconds);
                std::printf("  by %-12s %-4s first %6.1f ms, last %6.1f ms, median %5.1f ms, "
                            "%lld rows in %.2f s\n",
                            qPrintable(grid.columns().at(column).key), descending ? "desc" : "asc",
                            times.front(), times.back(), median(times), qlonglong(n), seconds);
            }
    std::printf("peak RSS                %7.1f MB\n", peakRssMb());

    std::printf("first_rows_ms=%.1f\nkeystroke_median_ms=%.1f\nkeystroke_p95_ms=%.1f\n"
                "keystroke_worst_ms=%.1f\nrows=%lld\nscroll_s=%.2f\nfirst_page_ms=%.1f\n"
                "last_page_ms=%.1f\npage_median_ms=%.1f\nquery_first_ms=%.1f\n"
                "query_last_ms=%.1f\nquery_all_s=%.2f\npeak_rss_mb=%.1f\n",
                median(first), median(keys), p95, worst, qlonglong(model->rowCount()),
                scrollSeconds, firstPage, lastPage, median(pages), queries.front(), queries.back(),
                allSeconds, peakRssMb());
    return 0;
}
