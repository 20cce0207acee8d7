#include "ui/shell/bookopening.h"

#include "models/clock.h"
#include "services/demo/demobook.h"
#include "services/security/demostaff.h"
#include "services/storage/migrator.h"
#include "ui/common/jobrunner.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

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

// Builds the demo book on the job's (worker) thread, with the job's connection to the
// book being built.
Done buildDemo(Database &db, const JobContext &job)
{
    Migrator migrator(db);
    if (auto migrated = migrator.migrate(); !migrated)
        return std::unexpected(migrated.error());
    DemoOptions options;
    options.customers = 2000;
    options.months = 12;
    options.seed = 1;
    DemoBook demo(db);
    if (auto built = demo.build(options, job); !built)
        return std::unexpected(built.error());
    return {};
}

// Brings a book to this program's schema (SQLite), or checks that it is there (PostgreSQL).
Done prepareBook(Database &db)
{
    Migrator migrator(db);
    if (db.dialect() == Dialect::SQLite) {
        // A one-seat book written by an older version of the program is brought up to date
        // (each migration in one transaction; a newer or foreign book is still refused). A
        // shared PostgreSQL book is upgraded once, on the server, with the CLI's migrate.
        if (auto migrated = migrator.migrate(); !migrated)
            return std::unexpected(migrated.error());
        return {};
    }
    return migrator.checkUpToDate();
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

Result<Database> openExistingBook(const ConnectionSpec &spec, QWidget *parent)
{
    if (parent) {
        JobRunner runner(parent);
        JobRunner::Options options;
        options.title = QCoreApplication::translate("BookOpening", "Open Book");
        options.text =
            QCoreApplication::translate("BookOpening", "Opening %1…").arg(spec.displayName());
        auto prepared =
            runner.run(options, JobBase::Connection{spec}, [](const JobContext &job) -> Done {
                if (auto ready = prepareBook(*job.db()); !ready)
                    return ready;
                if (job.isCancelled())
                    return failure(ErrorCode::Cancelled, QString());
                return {};
            });
        if (!prepared)
            return std::unexpected(prepared.error());
    }
    auto db = Database::open(spec, Database::Open::MustExist);
    if (!db)
        return db;
    if (auto ready = prepareBook(*db); !ready)
        return std::unexpected(ready.error());
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

    JobRunner runner(parent);
    JobRunner::Options options;
    options.title = QCoreApplication::translate("BookOpening", "Demo Book");
    options.text = QCoreApplication::translate(
        "BookOpening", "Building the demo book: 2,000 customers and a year of billing…");
    options.delayMs = 0;
    const Done built = runner.run(
        options,
        JobBase::Connection{ConnectionSpec::sqlite(partial), Database::Open::CreateIfMissing},
        [](const JobContext &job) { return buildDemo(*job.db(), job); });
    if (!built && built.error().code == ErrorCode::Cancelled) {
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
