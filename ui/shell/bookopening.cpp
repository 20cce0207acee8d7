#include "ui/shell/bookopening.h"

#include "models/clock.h"
#include "services/demo/demobook.h"
#include "services/security/demostaff.h"
#include "services/storage/migrator.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <memory>

namespace ic {

namespace {

// Removes a SQLite file and the journal files beside it.
void removeSqliteFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// Builds the demo book into `path` on the calling (worker) thread, with its own connection,
// which is closed before this returns.
Done buildDemo(const QString &path, const DemoBook::Progress &progress)
{
    auto db = Database::open(ConnectionSpec::sqlite(path), Database::Open::CreateIfMissing);
    if (!db)
        return std::unexpected(db.error());
    Migrator migrator(*db);
    if (auto migrated = migrator.migrate(); !migrated)
        return std::unexpected(migrated.error());
    DemoOptions options;
    options.customers = 2000;
    options.months = 12;
    options.seed = 1;
    DemoBook demo(*db);
    if (auto built = demo.build(options, progress); !built)
        return std::unexpected(built.error());
    return {};
}

} // namespace

QString defaultBookPath()
{
    return ConnectionSpec::defaultBook().path; // the same book the CLI uses by default
}
QString demoBookPath()
{
    return ConnectionSpec::demoBook().path;
}

Result<Database> openExistingBook(const ConnectionSpec &spec)
{
    auto db = Database::open(spec, Database::Open::MustExist);
    if (!db)
        return db;
    Migrator migrator(*db);
    if (spec.dialect == Dialect::SQLite) {
        // A one-seat book written by an older version of the program is brought up to date
        // (each migration in one transaction; a newer or foreign book is still refused). A
        // shared PostgreSQL book is upgraded once, on the server, with the CLI's migrate.
        if (auto migrated = migrator.migrate(); !migrated)
            return std::unexpected(migrated.error());
        return db;
    }
    if (auto upToDate = migrator.checkUpToDate(); !upToDate)
        return std::unexpected(upToDate.error());
    return db;
}

Result<Database> openOrCreateBook(const ConnectionSpec &spec)
{
    auto db = Database::open(spec, Database::Open::CreateIfMissing);
    if (!db)
        return db;
    Migrator migrator(*db);
    if (auto migrated = migrator.migrate(); !migrated)
        return std::unexpected(migrated.error());
    return db;
}

namespace {

// The demo book's staff accounts, one per role, added on opening when it has none (a demo
// book built by an earlier version has no staff yet).
Result<Database> withDemoStaff(Result<Database> opened)
{
    if (!opened)
        return opened;
    const SystemClock clock;
    if (auto staffed = ensureDemoStaff(*opened, clock); !staffed)
        return std::unexpected(staffed.error());
    return opened;
}

} // namespace

Result<Database> openDemoBook(const QString &path, QWidget *parent)
{
    if (QFileInfo::exists(path))
        return withDemoStaff(openExistingBook(ConnectionSpec::sqlite(path)));

    // Built under another name and renamed when complete, so an interrupted build never
    // leaves a half-made demo book behind.
    const QString partial = path + QStringLiteral(".building");
    removeSqliteFiles(partial);

    QProgressDialog dialog(
        QCoreApplication::translate(
            "BookOpening", "Building the demo book: 2,000 customers and a year of billing…"),
        QCoreApplication::translate("BookOpening", "Cancel"), 0, 100, parent);
    dialog.setWindowTitle(QCoreApplication::translate("BookOpening", "Demo Book"));
    dialog.setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    dialog.setValue(0);

    auto cancelled = std::make_shared<std::atomic_bool>(false);
    const QPointer<QProgressDialog> shown(&dialog);
    // Called on the worker thread: the dialog is updated on the GUI thread.
    const DemoBook::Progress progress = [cancelled, shown](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 99)) : 0;
        QMetaObject::invokeMethod(
            qApp,
            [shown, percent] {
                if (shown)
                    shown->setValue(percent);
            },
            Qt::QueuedConnection);
        return !cancelled->load();
    };

    QFutureWatcher<Done> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Done>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog,
                     [cancelled] { cancelled->store(true); });
    watcher.setFuture(
        QtConcurrent::run([partial, progress] { return buildDemo(partial, progress); }));
    loop.exec();
    dialog.reset();

    const Done built = watcher.result();
    if (cancelled->load()) {
        removeSqliteFiles(partial);
        return failure(ErrorCode::Cancelled,
                       QCoreApplication::translate(
                           "BookOpening", "The demo book was not built: it was cancelled."));
    }
    if (!built) {
        removeSqliteFiles(partial);
        return std::unexpected(built.error());
    }
    if (!QFile::rename(partial, path)) {
        removeSqliteFiles(partial);
        return failure(ErrorCode::Io, QCoreApplication::translate(
                                          "BookOpening", "The demo book could not be saved as %1.")
                                          .arg(QDir::toNativeSeparators(path)));
    }
    return withDemoStaff(openExistingBook(ConnectionSpec::sqlite(path)));
}

} // namespace ic
