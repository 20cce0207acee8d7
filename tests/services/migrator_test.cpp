#include "services/storage/migrator.h"
#include "tests/support/testbooks.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace ic;
using ic::test::BothDatabases;

namespace {

QByteArray digestOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class MigratorTest : public BothDatabases {};

TEST_P(MigratorTest, FreshBookIsAtTheLatestVersionAndRerunDoesNothing)
{
    Migrator migrator(db());
    EXPECT_EQ(*migrator.currentVersion(), Migrator::latestVersion());
    EXPECT_GE(Migrator::latestVersion(), 1);
    auto again = migrator.migrate();
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(*again, 0);
    EXPECT_TRUE(migrator.checkUpToDate().has_value());
    for (const char *table : {"customers",       "plans",
                              "plan_features",   "promotions",
                              "subscriptions",   "subscription_events",
                              "invoices",        "invoice_items",
                              "payments",        "user_credits",
                              "pages",           "sections",
                              "services",        "staff_users",
                              "audit_log",       "webhook_events",
                              "outbox_messages", "dunning_cases",
                              "tax_rates",       "invoice_number_series"})
        EXPECT_TRUE(db().handle().tables().contains(QString::fromLatin1(table))) << table;
}

TEST_P(MigratorTest, NewerSchemaIsRefusedAndLeftAlone)
{
    ASSERT_TRUE(db().exec(u"INSERT INTO schema_version (version, name, applied_at) VALUES "
                          u"(9999, 'future', '2030-01-01')"_qs)
                    .has_value());
    Migrator migrator(db());
    auto r = migrator.migrate();
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::SchemaTooNew);
    EXPECT_TRUE(r.error().message.contains(u"newer"_qs));
    EXPECT_FALSE(migrator.checkUpToDate().has_value());
    EXPECT_EQ(db().scalar(u"SELECT MAX(version) FROM schema_version"_qs)->toInt(), 9999);
}

TEST_P(MigratorTest, CheckConstraintsHold)
{
    // a negative price never reaches the table, whatever the client
    auto r = db().exec(u"INSERT INTO plans (slug, name, plan_type, billing_cycle, price_minor, "
                       u"currency, created_at) VALUES ('x', 'X', 'monthly', 'monthly', -1, 'EUR', "
                       u"'2026-01-01T00:00:00Z')"_qs);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    auto bad =
        db().exec(u"INSERT INTO promotions (code, name, discount_type, percent_bp, applies_to, "
                  u"starts_on, ends_on, created_at) VALUES ('X', 'X', 'percentage', 500, "
                  u"'both', '2026-05-01', '2026-04-01', '2026-01-01T00:00:00Z')"_qs);
    ASSERT_FALSE(bad.has_value());
}

IC_BOTH_DATABASES(MigratorTest);

TEST(OpeningABook, AFileThatIsNotSqliteIsRefusedAndKeepsItsBytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.txt"_qs);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a database.\n");
    }
    const QByteArray before = digestOf(path);
    auto db = Database::open(ConnectionSpec::sqlite(path), Database::Open::CreateIfMissing);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::NotADatabase);
    EXPECT_TRUE(db.error().message.contains(u"not a SQLite file"_qs));
    EXPECT_EQ(digestOf(path), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no -wal, no -journal
}

TEST(OpeningABook, ADirectoryIsRefused)
{
    QTemporaryDir dir;
    auto db = Database::open(ConnectionSpec::sqlite(dir.path()), Database::Open::CreateIfMissing);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::NotADatabase);
    EXPECT_TRUE(db.error().message.contains(u"folder"_qs));
}

TEST(OpeningABook, AMissingFileIsRefusedWhenItMustExist)
{
    QTemporaryDir dir;
    auto db = Database::open(ConnectionSpec::sqlite(dir.filePath(u"none.sqlite"_qs)));
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFile::exists(dir.filePath(u"none.sqlite"_qs)));
}

TEST(OpeningABook, ASqliteFileOfAnotherProgramIsNotMigrated)
{
    QTemporaryDir dir;
    const auto spec = ConnectionSpec::sqlite(dir.filePath(u"other.sqlite"_qs));
    {
        auto db = Database::open(spec, Database::Open::CreateIfMissing);
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE(db->execDirect(u"CREATE TABLE recipes (name TEXT)"_qs).has_value());
    }
    auto db = Database::open(spec);
    ASSERT_TRUE(db.has_value());
    Migrator migrator(*db);
    auto r = migrator.migrate();
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::NotADatabase);
    EXPECT_FALSE(db->handle().tables().contains(u"customers"_qs));
}

TEST(OpeningABook, AnUnreachablePostgresServerIsNamed)
{
    // a port nobody listens on: take a free one and release it
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    auto spec = ConnectionSpec::parse(u"postgresql://ic@127.0.0.1:%1/book"_qs.arg(port));
    ASSERT_TRUE(spec.has_value());
    auto db = Database::open(*spec);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(db.error().message.contains(QString::number(port)));
}

TEST(OpeningABook, WrongPostgresPasswordIsRefused)
{
    auto server = ic::test::postgresServer();
    ASSERT_TRUE(server.has_value());
    ConnectionSpec spec = *server;
    spec.password = QStringLiteral("certainly-not-the-password");
    auto db = Database::open(spec);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::AccessDenied);
    EXPECT_TRUE(db.error().message.contains(u"postgres"_qs));
}

TEST(OpeningABook, MissingPostgresDatabaseIsNamed)
{
    auto server = ic::test::postgresServer();
    ASSERT_TRUE(server.has_value());
    ConnectionSpec spec = *server;
    spec.database = QStringLiteral("no_such_book");
    auto db = Database::open(spec);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(db.error().message.contains(u"no_such_book"_qs));
}
