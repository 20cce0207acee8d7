#include "services/storage/connectionspec.h"
#include "models/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace ic {

namespace {
// An address as the refusal names it: as typed, less the password.
QString withoutPassword(const QString &text)
{
    static const QRegularExpression password(QStringLiteral("^([a-z]+://[^/@:]*):[^@/]*@"));
    return QString(text).replace(password, QStringLiteral("\\1@"));
}
} // namespace

ConnectionSpec ConnectionSpec::sqlite(const QString &path)
{
    ConnectionSpec spec;
    spec.dialect = Dialect::SQLite;
    spec.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return spec;
}

namespace {
ConnectionSpec inDataFolder(const QString &file)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return ConnectionSpec::sqlite(QDir(folder).filePath(file));
}
} // namespace

ConnectionSpec ConnectionSpec::defaultBook()
{
    return inDataFolder(QStringLiteral("book.sqlite"));
}
ConnectionSpec ConnectionSpec::demoBook()
{
    return inDataFolder(QStringLiteral("demo.sqlite"));
}

Result<ConnectionSpec> ConnectionSpec::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("No database was given."));
    if (text.startsWith(u"postgresql://") || text.startsWith(u"postgres://")) {
        const QUrl url(text, QUrl::StrictMode);
        const QString database = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || database.contains(u'/'))
            return failure(ErrorCode::Invalid,
                           Tr::tr("\"%1\" is not a PostgreSQL address; write it like "
                                  "postgresql://user@host:5432/database.")
                               .arg(withoutPassword(text)));
        ConnectionSpec spec;
        spec.dialect = Dialect::PostgreSQL;
        spec.host = url.host();
        spec.port = url.port(5432);
        spec.user = url.userName();
        spec.password = url.password();
        spec.database = database;
        return spec;
    }
    if (text.startsWith(u"sqlite:")) {
        QString path = text.mid(7);
        if (path.startsWith(u"//"))
            path = path.mid(2);
        return sqlite(path);
    }
    if (text.contains(u"://"))
        return failure(
            ErrorCode::Invalid,
            Tr::tr("\"%1\" is neither a PostgreSQL address (postgresql://...) nor a file.")
                .arg(withoutPassword(text)));
    return sqlite(text);
}

QString ConnectionSpec::toString() const
{
    if (dialect == Dialect::SQLite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    return url.toString();
}

QString ConnectionSpec::displayName() const
{
    if (dialect == Dialect::SQLite)
        return Tr::tr("SQLite file %1").arg(QDir::toNativeSeparators(path));
    return Tr::tr("PostgreSQL %1 on %2:%3").arg(database, host).arg(port);
}

} // namespace ic
