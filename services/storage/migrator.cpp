#include "services/storage/migrator.h"
#include "models/tr.h"

#include "services/storage/dialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace ic {

namespace {
const QString kVersionTable = QStringLiteral("schema_version");
} // namespace

Migrator::Migrator(Database &db)
    : m_db(db)
{
}

QList<Migrator::Migration> Migrator::available()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

int Migrator::latestVersion()
{
    const auto list = available();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<int> Migrator::currentVersion() const
{
    const QStringList tables = m_db.handle().tables(QSql::Tables);
    if (!tables.contains(kVersionTable, Qt::CaseInsensitive)) {
        if (!tables.isEmpty())
            return failure(ErrorCode::NotADatabase,
                           Tr::tr("%1 holds tables of another program, not an InfluenceCore book.")
                               .arg(m_db.spec().displayName()));
        return 0;
    }
    auto version =
        m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (!version)
        return std::unexpected(version.error());
    return version->toInt();
}

Result<int> Migrator::migrate(int upTo)
{
    auto current = currentVersion();
    if (!current)
        return current;
    const int latest = latestVersion();
    if (*current > latest)
        return failure(
            ErrorCode::SchemaTooNew,
            Tr::tr("This book was written by a newer InfluenceCore (schema %1; this program "
                   "knows up to %2): update the program to open it.")
                .arg(*current)
                .arg(latest));
    int applied = 0;
    for (const Migration &migration : available()) {
        if (migration.version <= *current || migration.version > upTo)
            continue;
        auto done = m_db.transaction([&]() -> Done {
            if (migration.version == 1) {
                auto created = m_db.execDirect(QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    "name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
                if (!created)
                    return std::unexpected(created.error());
            }
            const QString sql = applyDialect(migration.sql, m_db.dialect());
            for (const QString &statement : splitStatements(sql)) {
                if (auto r = m_db.execDirect(statement); !r)
                    return failure(r.error().code, Tr::tr("Migration %1 (%2) failed: %3")
                                                       .arg(migration.version)
                                                       .arg(migration.name, r.error().message));
            }
            auto recorded =
                m_db.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                         "VALUES (:version, :name, :at)"),
                          {{"version", migration.version},
                           {"name", migration.name},
                           {"at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
            if (!recorded)
                return std::unexpected(recorded.error());
            return {};
        });
        if (!done)
            return std::unexpected(done.error());
        ++applied;
    }
    return applied;
}

Done Migrator::checkUpToDate() const
{
    auto current = currentVersion();
    if (!current)
        return std::unexpected(current.error());
    const int latest = latestVersion();
    if (*current > latest)
        return failure(
            ErrorCode::SchemaTooNew,
            Tr::tr("This book was written by a newer InfluenceCore (schema %1; this program "
                   "knows up to %2): update the program to open it.")
                .arg(*current)
                .arg(latest));
    if (*current < latest)
        return failure(ErrorCode::Invalid,
                       Tr::tr("This book needs upgrading (schema %1 of %2): run "
                              "\"influencecore-cli migrate\" first.")
                           .arg(*current)
                           .arg(latest));
    return {};
}

} // namespace ic
