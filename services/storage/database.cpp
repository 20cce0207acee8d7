#include "services/storage/database.h"
#include "models/tr.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QTimeZone>

namespace ic {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("ic-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A SQLite file starts with these 16 bytes; anything else is not a book of ours and is
// refused before SQLite may touch it (it would otherwise add a journal or WAL beside it).
Done checkSqliteFile(const QString &path, Database::Open mode)
{
    const QFileInfo info(path);
    if (info.isDir())
        return failure(ErrorCode::NotADatabase,
                       Tr::tr("%1 is a folder, not a database file.").arg(path));
    if (!info.exists()) {
        if (mode == Database::Open::MustExist)
            return failure(ErrorCode::NotFound,
                           Tr::tr("There is no database file at %1.").arg(path));
        if (!info.absoluteDir().exists())
            return failure(ErrorCode::NotFound,
                           Tr::tr("The folder %1 does not exist.").arg(info.absolutePath()));
        return {};
    }
    if (info.size() == 0)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(ErrorCode::Io,
                       Tr::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return failure(
            ErrorCode::NotADatabase,
            Tr::tr("%1 is not an InfluenceCore database: it is not a SQLite file.").arg(path));
    return {};
}

Error postgresError(const ConnectionSpec &spec, const QSqlError &error)
{
    const QString text = error.databaseText() + u' ' + error.driverText();
    if (text.contains(u"password authentication failed") ||
        text.contains(u"no password supplied") ||
        (text.contains(u"role \"") && text.contains(u"does not exist")) ||
        text.contains(u"no pg_hba.conf entry"))
        return {ErrorCode::AccessDenied,
                Tr::tr("PostgreSQL at %1:%2 refused the sign-in of \"%3\": check the user name and "
                       "password.")
                    .arg(spec.host)
                    .arg(spec.port)
                    .arg(spec.user)};
    if (text.contains(u"database \"") && text.contains(u"does not exist"))
        return {ErrorCode::NotFound, Tr::tr("PostgreSQL at %1:%2 has no database named \"%3\".")
                                         .arg(spec.host)
                                         .arg(spec.port)
                                         .arg(spec.database)};
    return {ErrorCode::Unavailable,
            Tr::tr("Cannot reach the PostgreSQL server at %1:%2; is it running and accepting "
                   "connections?")
                .arg(spec.host)
                .arg(spec.port)};
}

} // namespace

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant timestampValue(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDate toDate(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QDateTime toTimestamp(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC();
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(v.toString(), Qt::ISODate);
    return at.toUTC();
}

Result<Database> Database::open(const ConnectionSpec &spec, Open mode)
{
    Database db;
    db.m_spec = spec;
    db.m_name = nextConnectionName();
    if (spec.dialect == Dialect::SQLite) {
        if (auto ok = checkSqliteFile(spec.path, mode); !ok)
            return std::unexpected(ok.error());
        QSqlDatabase handle = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db.m_name);
        handle.setDatabaseName(spec.path);
        handle.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!handle.open()) {
            const Error e{ErrorCode::NotADatabase, Tr::tr("%1 cannot be opened as a database: %2")
                                                       .arg(spec.path, handle.lastError().text())};
            return std::unexpected(e);
        }
        handle.setNumericalPrecisionPolicy(QSql::LowPrecisionInt64);
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
            if (auto r = db.execDirect(QString::fromLatin1(pragma)); !r)
                return std::unexpected(r.error());
        }
        return db;
    }
    QSqlDatabase handle = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db.m_name);
    handle.setHostName(spec.host);
    handle.setPort(spec.port);
    handle.setUserName(spec.user);
    handle.setPassword(spec.password);
    handle.setDatabaseName(spec.database);
    handle.setConnectOptions(QStringLiteral("connect_timeout=5"));
    if (!handle.open())
        return std::unexpected(postgresError(spec, handle.lastError()));
    // Money is BIGINT minor units: 64-bit integers come back as qint64, exactly.
    handle.setNumericalPrecisionPolicy(QSql::LowPrecisionInt64);
    if (auto r = db.execDirect(QStringLiteral("SET TIME ZONE 'UTC'")); !r)
        return std::unexpected(r.error());
    return db;
}

Database::~Database()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase handle = QSqlDatabase::database(m_name, false);
        if (handle.isOpen())
            handle.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Database::Database(Database &&other) noexcept
    : m_spec(std::move(other.m_spec))
    , m_name(std::exchange(other.m_name, QString()))
    , m_depth(std::exchange(other.m_depth, 0))
    , m_failedPart(std::exchange(other.m_failedPart, false))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        Database old(std::move(*this));
        m_spec = std::move(other.m_spec);
        m_name = std::exchange(other.m_name, QString());
        m_depth = std::exchange(other.m_depth, 0);
        m_failedPart = std::exchange(other.m_failedPart, false);
    }
    return *this;
}

Result<Database> Database::clone() const
{
    return open(m_spec, Open::MustExist);
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_name, false);
}

bool Database::ping() const
{
    QSqlQuery query(handle());
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

Done Database::begin()
{
    QSqlDatabase db = handle();
    QSqlQuery q(db);
    QString statement;
    if (m_depth > 0)
        statement = u"SAVEPOINT ic_savepoint_" + QString::number(m_depth);
    else if (m_spec.dialect == Dialect::SQLite)
        statement = QStringLiteral("BEGIN IMMEDIATE"); // take the write lock now: writers queue
    else
        statement = QStringLiteral("BEGIN");
    if (!q.exec(statement))
        return std::unexpected(errorOf(q.lastError(), Tr::tr("starting a transaction")));
    ++m_depth;
    return {};
}

Done Database::commit()
{
    if (m_depth == 0)
        return failure(ErrorCode::Database, Tr::tr("There is no transaction to save."));
    if (m_depth == 1 && m_failedPart) {
        rollback();
        return failure(ErrorCode::Database,
                       Tr::tr("A part of this change failed, so none of it was saved."));
    }
    --m_depth;
    QSqlQuery q(handle());
    const QString statement = m_depth > 0
                                  ? u"RELEASE SAVEPOINT ic_savepoint_" + QString::number(m_depth)
                                  : QStringLiteral("COMMIT");
    if (!q.exec(statement)) {
        const Error e = errorOf(q.lastError(), Tr::tr("saving"));
        ++m_depth;
        rollback();
        return std::unexpected(e);
    }
    return {};
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    --m_depth;
    QSqlQuery q(handle());
    if (m_depth > 0) {
        const QString name = u"ic_savepoint_" + QString::number(m_depth);
        q.exec(u"ROLLBACK TO SAVEPOINT " + name);
        q.exec(u"RELEASE SAVEPOINT " + name);
        return;
    }
    q.exec(QStringLiteral("ROLLBACK"));
    m_failedPart = false;
}

Error Database::errorOf(const QSqlError &error, const QString &context)
{
    const QString text = error.databaseText();
    const QString code = error.nativeErrorCode();
    const QString where = context.isEmpty() ? QString() : u" (" + context + u')';
    if (code == u"23505" || text.contains(u"UNIQUE constraint failed"))
        return {ErrorCode::AlreadyExists, Tr::tr("That value is already taken%1.").arg(where)};
    if (code == u"23514" || text.contains(u"CHECK constraint failed"))
        return {ErrorCode::Invalid,
                Tr::tr("The database refused a value outside its rules%1.").arg(where)};
    if (code == u"23502" || text.contains(u"NOT NULL constraint failed"))
        return {ErrorCode::Invalid, Tr::tr("A value the database needs is missing%1.").arg(where)};
    if (code == u"23503" || text.contains(u"FOREIGN KEY constraint failed"))
        return {ErrorCode::Invalid,
                Tr::tr("The row refers to something that does not exist%1.").arg(where)};
    // The audit log's triggers (migration 0003) on both databases.
    if (text.contains(u"audit log is append-only"))
        return {ErrorCode::Forbidden,
                Tr::tr("The audit log is append-only: its entries are never changed or deleted.")};
    if (code == u"42501")
        return {ErrorCode::Forbidden, Tr::tr("Your database role may not do this%1.").arg(where)};
    if (code == u"40001" || code == u"40P01" || text.contains(u"database is locked"))
        return {ErrorCode::StaleRow,
                Tr::tr("Another seat was writing at the same moment%1; try again.").arg(where)};
    // QSQLITE reports every failed step as a ConnectionError with SQLite's own code: only
    // PostgreSQL's connection class (08xxx), or no code at all, is a lost connection.
    if ((error.type() == QSqlError::ConnectionError &&
         (code.isEmpty() || code.startsWith(u"08"))) ||
        text.contains(u"server closed the connection"))
        return {ErrorCode::Unavailable, Tr::tr("The database connection was lost%1.").arg(where)};
    return {ErrorCode::Database,
            Tr::tr("The database reported an error%1: %2").arg(where, error.text())};
}

Result<QSqlQuery> Database::prepare(const QString &sql) const
{
    QSqlQuery query(handle());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return std::unexpected(errorOf(query.lastError()));
    return query;
}

Done Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        return std::unexpected(errorOf(query.lastError()));
    return {};
}

namespace {

// On PostgreSQL a prepared QSqlQuery costs three round trips (PREPARE, EXECUTE, DEALLOCATE),
// and QPSQL sends the bound values inside EXECUTE as literals written by its own
// QSqlDriver::formatValue anyway. So for PostgreSQL exec() puts those same driver-written
// literals in place of the named placeholders and sends one statement: the same quoting, one
// round trip. Placeholders inside quoted literals, quoted identifiers and comments are left
// alone; an unknown placeholder is a programming error, refused.
Result<QString> inlineBinds(const QSqlDriver *driver, const QString &sql, Database::Binds binds)
{
    QString out;
    out.reserve(sql.size() + 64);
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"') { // a literal or a quoted identifier, copied whole
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? n : end + 1;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == u'-' && i + 1 < n &&
                   sql.at(i + 1) == u'-') { // a comment to the end of the line
            const qsizetype end = sql.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? n : end;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == u':' && i + 1 < n && (sql.at(i + 1).isLetter() || sql.at(i + 1) == u'_') &&
                   (i == 0 || sql.at(i - 1) != u':')) {
            qsizetype end = i + 1;
            while (end < n && (sql.at(end).isLetterOrNumber() || sql.at(end) == u'_'))
                ++end;
            const QStringView name = QStringView(sql).mid(i + 1, end - i - 1);
            const auto *bind = std::find_if(binds.begin(), binds.end(), [&](const auto &b) {
                return name == QLatin1StringView(b.first);
            });
            if (bind == binds.end())
                return failure(
                    ErrorCode::Database,
                    Tr::tr("The statement names :%1, which has no value.").arg(name.toString()));
            QSqlField field(QString(), bind->second.metaType());
            field.setValue(bind->second);
            out += driver->formatValue(field);
            i = end - 1;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

Result<QSqlQuery> Database::exec(const QString &sql, Binds binds) const
{
    if (m_spec.dialect == Dialect::PostgreSQL) {
        QSqlDatabase db = handle();
        auto statement = inlineBinds(db.driver(), sql, binds);
        if (!statement)
            return std::unexpected(statement.error());
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(*statement))
            return std::unexpected(errorOf(query.lastError()));
        return query;
    }
    // the same check as on PostgreSQL: every placeholder has its value
    if (auto checked = inlineBinds(handle().driver(), sql, binds); !checked)
        return std::unexpected(checked.error());
    auto query = prepare(sql);
    if (!query)
        return query;
    for (const auto &[name, value] : binds)
        query->bindValue(QLatin1Char(':') + QLatin1String(name), value);
    if (!query->exec())
        return std::unexpected(errorOf(query->lastError()));
    return query;
}

Result<QSqlQuery> Database::execDirect(const QString &sql) const
{
    QSqlQuery query(handle());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return std::unexpected(errorOf(query.lastError()));
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, Binds binds) const
{
    auto query = exec(sql, binds);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return failure(ErrorCode::NotFound, Tr::tr("Nothing was found."));
    return query->value(0);
}

} // namespace ic
