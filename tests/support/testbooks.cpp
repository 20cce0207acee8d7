#include "tests/support/testbooks.h"

#include "services/demo/demoaddresses.h"
#include "services/storage/migrator.h"
#include "services/storage/selleridentitystore.h"

#include <QUuid>

namespace ic::test {

QString dialectName(Dialect dialect)
{
    return dialect == Dialect::SQLite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

std::optional<ConnectionSpec> postgresServer()
{
    const QString url = qEnvironmentVariable("IC_TEST_PG_URL");
    if (url.isEmpty()) {
        ADD_FAILURE() << "IC_TEST_PG_URL is not set: run the tests with scripts/test, which "
                         "starts the PostgreSQL server they need.";
        return std::nullopt;
    }
    auto spec = ConnectionSpec::parse(url);
    if (!spec) {
        ADD_FAILURE() << spec.error().message.toStdString();
        return std::nullopt;
    }
    return *spec;
}

std::optional<ConnectionSpec> freshSpec(Dialect dialect, QTemporaryDir &dir)
{
    if (dialect == Dialect::SQLite)
        return ConnectionSpec::sqlite(dir.filePath(QStringLiteral("book.sqlite")));
    auto server = postgresServer();
    if (!server)
        return std::nullopt;
    auto admin = Database::open(*server);
    if (!admin) {
        ADD_FAILURE() << admin.error().message.toStdString();
        return std::nullopt;
    }
    const QString name = u"ic_test_" + QUuid::createUuid().toString(QUuid::Id128).left(16);
    // CREATE DATABASE takes no bind parameters; the name is made here of hex digits only.
    if (auto r = admin->execDirect(u"CREATE DATABASE " + name); !r) {
        ADD_FAILURE() << r.error().message.toStdString();
        return std::nullopt;
    }
    ConnectionSpec spec = *server;
    spec.database = name;
    return spec;
}

std::unique_ptr<TestBook> freshBook(Dialect dialect)
{
    auto book = std::make_unique<TestBook>();
    auto spec = freshSpec(dialect, book->dir);
    if (!spec)
        return nullptr;
    book->spec = *spec;
    auto db = Database::open(book->spec, Database::Open::CreateIfMissing);
    if (!db) {
        ADD_FAILURE() << db.error().message.toStdString();
        return nullptr;
    }
    book->db = std::make_unique<Database>(std::move(*db));
    Migrator migrator(*book->db);
    if (auto r = migrator.migrate(); !r) {
        ADD_FAILURE() << r.error().message.toStdString();
        return nullptr;
    }
    // A complete seller, as every book that issues invoices has (Invoicing::issue refuses
    // without one); the tests of that refusal empty it first.
    if (auto r = SellerIdentityStore(*book->db).save(demoSellerIdentity()); !r) {
        ADD_FAILURE() << r.error().message.toStdString();
        return nullptr;
    }
    return book;
}

void BothDatabases::SetUp()
{
    m_book = freshBook(GetParam());
    ASSERT_TRUE(m_book) << "no fresh book on " << dialectName(GetParam()).toStdString();
}

} // namespace ic::test
