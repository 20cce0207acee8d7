#include "app/cli/book.h"
#include "models/tr.h"
#include "services/storage/migrator.h"

namespace ic::cli {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        QStringList{u"d"_qs, u"database"_qs},
        Tr::tr("The book: a SQLite file or postgresql://user@host:port/database "
               "(default: the book in your data folder). The password comes from "
               "PGPASSWORD, never from a file."),
        Tr::tr("url-or-file"));
}

Result<ConnectionSpec> specFrom(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"database"_qs))
        return ConnectionSpec::defaultBook();
    auto spec = ConnectionSpec::parse(parser.value(u"database"_qs));
    if (spec && spec->dialect == Dialect::PostgreSQL && spec->password.isEmpty())
        spec->password = qEnvironmentVariable("PGPASSWORD");
    return spec;
}

Result<Database> openUpToDateBook(const QCommandLineParser &parser)
{
    auto spec = specFrom(parser);
    if (!spec)
        return std::unexpected(spec.error());
    auto db = Database::open(*spec, Database::Open::MustExist);
    if (!db)
        return db;
    if (auto ok = Migrator(*db).checkUpToDate(); !ok)
        return std::unexpected(ok.error());
    return db;
}

} // namespace ic::cli
