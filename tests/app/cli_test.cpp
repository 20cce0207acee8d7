#include "services/publish/publishsettings.h"
#include "services/publish/s3client.h"
#include "services/security/keys.h"
#include "services/storage/migrator.h"
#include "tests/app/clirun.h"
#include "tests/support/renewalsdue.h"
#include "tests/support/testbooks.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUuid>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

TEST(Cli, MigrateCreatesAndUpgradesABook)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.sqlite"_qs);
    CliRun run = cli({u"migrate"_qs, u"--database"_qs, path});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"schema version %1"_qs.arg(Migrator::latestVersion())));
    EXPECT_TRUE(run.out.contains(u"%1 migration(s) applied"_qs.arg(Migrator::latestVersion())));
    run = cli({u"migrate"_qs, u"--database"_qs, path});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(u"0 migration(s) applied"_qs));
}

TEST(Cli, DemoDataBuildsABookAndRefusesToOverwriteIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_qs);
    CliRun run =
        cli({u"demo-data"_qs, u"--customers"_qs, u"50"_qs, u"--months"_qs, u"3"_qs, u"--seed"_qs,
             u"3"_qs, u"--end-date"_qs, u"2026-03-31"_qs, u"--database"_qs, path, u"--quiet"_qs});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"50 customers"_qs)) << run.out.toStdString();
    const QByteArray before = digestOf(path);
    run = cli({u"demo-data"_qs, u"--customers"_qs, u"5"_qs, u"--database"_qs, path});
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    EXPECT_TRUE(run.err.contains(u"--force"_qs));
    EXPECT_EQ(digestOf(path), before);
    run = cli({u"demo-data"_qs, u"--customers"_qs, u"5"_qs, u"--months"_qs, u"2"_qs,
               u"--database"_qs, path, u"--force"_qs, u"--quiet"_qs});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u" 5 customers"_qs));
}

TEST(Cli, DailyPrintsPlainProgressLinesWhenNotATerminalThenTheSummary)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.sqlite"_qs);
    ASSERT_EQ(cli({u"migrate"_qs, u"--database"_qs, path}).exitCode, 0);
    QList<qint64> subs;
    {
        auto db = Database::open(ConnectionSpec::sqlite(path));
        ASSERT_TRUE(db.has_value());
        subs = ic::test::insertRenewalsDue(*db, QDate(2027, 2, 21), 3);
    }
    ASSERT_EQ(subs.size(), 3);
    const QStringList daily{u"daily"_qs,
                            u"--as-of"_qs,
                            u"2027-02-21"_qs,
                            u"--database"_qs,
                            path,
                            u"--gateway-ledger"_qs,
                            dir.filePath(u"ledger.jsonl"_qs)};
    CliRun run = cli(daily);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // stderr is a pipe here: one plain line per unit (a tenth of three each), then done.
    EXPECT_EQ(run.err.split(u'\n', Qt::SkipEmptyParts),
              (QStringList{u"0 of 3: Invoicing the renewal of subscription %1"_qs.arg(subs.at(0)),
                           u"1 of 3: Invoicing the renewal of subscription %1"_qs.arg(subs.at(1)),
                           u"2 of 3: Invoicing the renewal of subscription %1"_qs.arg(subs.at(2)),
                           u"3 of 3"_qs}));
    EXPECT_FALSE(run.err.contains(u'\r'));
    EXPECT_TRUE(run.out.startsWith(u"1 day(s) run: 3 invoices created"_qs))
        << run.out.toStdString();
    // --quiet: the summary only.
    run = cli(daily + QStringList{u"--quiet"_qs});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(u"1 day(s) run: 0 invoices created"_qs))
        << run.out.toStdString();
}

TEST(Cli, AFileThatIsNotADatabaseKeepsItsBytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"invoice.pdf"_qs);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.7 not a database at all");
    }
    const QByteArray before = digestOf(path);
    for (const QString &command : {u"migrate"_qs, u"demo-data"_qs}) {
        CliRun run = cli({command, u"--database"_qs, path});
        EXPECT_EQ(run.exitCode, 1) << command.toStdString();
        expectOneSentence(run.err);
        EXPECT_TRUE(run.err.contains(u"not a SQLite file"_qs)) << run.err.toStdString();
    }
    EXPECT_EQ(digestOf(path), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

TEST(Cli, ADirectoryIsRefused)
{
    QTemporaryDir dir;
    CliRun run = cli({u"migrate"_qs, u"--database"_qs, dir.path()});
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    EXPECT_TRUE(run.err.contains(u"folder"_qs));
}

TEST(Cli, ABookOfANewerSchemaIsRefusedAndUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.sqlite"_qs);
    ASSERT_EQ(cli({u"migrate"_qs, u"--database"_qs, path}).exitCode, 0);
    {
        auto db = Database::open(ConnectionSpec::sqlite(path));
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE(
            db->exec(
                  u"INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'x')"_qs)
                .has_value());
        ASSERT_TRUE(db->execDirect(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs).has_value());
    }
    const QByteArray before = digestOf(path);
    for (const QString &command : {u"migrate"_qs, u"demo-data"_qs}) {
        CliRun run = cli({command, u"--database"_qs, path});
        EXPECT_EQ(run.exitCode, 1);
        expectOneSentence(run.err);
        EXPECT_TRUE(run.err.contains(u"newer"_qs)) << run.err.toStdString();
    }
    EXPECT_EQ(digestOf(path), before);
}

TEST(Cli, PostgresProblemsAreNamed)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    CliRun run =
        cli({u"migrate"_qs, u"--database"_qs, u"postgresql://ic@127.0.0.1:%1/book"_qs.arg(port)});
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    EXPECT_TRUE(run.err.contains(u"Cannot reach"_qs)) << run.err.toStdString();

    auto server = ic::test::postgresServer();
    ASSERT_TRUE(server.has_value());
    ConnectionSpec wrong = *server;
    wrong.password.clear();
    QProcessEnvironment env;
    env.insert(u"PGPASSWORD"_qs, u"wrong-password"_qs);
    run = cli({u"migrate"_qs, u"--database"_qs, wrong.toString()}, env);
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    EXPECT_TRUE(run.err.contains(u"refused the sign-in"_qs)) << run.err.toStdString();
}

TEST(Cli, MigratesAndFillsARealPostgresBook)
{
    QTemporaryDir dir;
    auto spec = ic::test::freshSpec(Dialect::PostgreSQL, dir);
    ASSERT_TRUE(spec.has_value());
    QProcessEnvironment env;
    env.insert(u"PGPASSWORD"_qs, spec->password);
    const QString url = spec->toString();
    CliRun run = cli({u"migrate"_qs, u"--database"_qs, url}, env);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = cli({u"demo-data"_qs, u"--customers"_qs, u"40"_qs, u"--months"_qs, u"4"_qs,
               u"--database"_qs, url, u"--quiet"_qs},
              env);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"40 customers"_qs));
    EXPECT_FALSE(run.out.contains(spec->password));
}

TEST(Cli, BadCommandLinesAreExplained)
{
    CliRun run = cli({u"frobnicate"_qs});
    EXPECT_EQ(run.exitCode, 2);
    expectOneSentence(run.err);
    run = cli({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"demo-data"_qs));
    run = cli({u"demo-data"_qs, u"--customers"_qs, u"many"_qs});
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    EXPECT_TRUE(run.err.contains(u"many"_qs));
    run = cli({u"demo-data"_qs, u"--end-date"_qs, u"31/12/2026"_qs});
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    run = cli({u"migrate"_qs, u"--database"_qs, u"mysql://u@h/db"_qs});
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    run = cli({u"migrate"_qs, u"--bogus"_qs});
    EXPECT_EQ(run.exitCode, 2);
}

TEST(Cli, EveryCommandHasHelp)
{
    for (const QString &command : {u"migrate"_qs, u"demo-data"_qs}) {
        CliRun run = cli({command, u"--help"_qs});
        EXPECT_EQ(run.exitCode, 0) << command.toStdString();
        EXPECT_TRUE(run.out.contains(u"--database"_qs)) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(u"influencecore-cli "_qs + command));
    }
    CliRun run = cli({u"--help"_qs});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(u"migrate"_qs));
    EXPECT_TRUE(run.out.contains(u"[options]\n\nCommands:"_qs)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"\n  daily"_qs)) << run.out.toStdString();
}

TEST(Cli, PublishRefusesBadInputWithOneSentence)
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"book.sqlite"_qs);
    ASSERT_EQ(cli({u"migrate"_qs, u"--database"_qs, book}).exitCode, 0);
    QProcessEnvironment keys;
    keys.insert(u"AWS_ACCESS_KEY_ID"_qs, u"AKIDTEST"_qs);
    keys.insert(u"AWS_SECRET_ACCESS_KEY"_qs, u"do-not-print-this-secret"_qs);
    const QStringList base{u"publish"_qs, u"--database"_qs, book};
    struct Case {
        QStringList arguments;
        QString expected;
    };
    const Case cases[] = {
        {{u"--bucket"_qs, u"site"_qs},
         u"Say where to publish: --endpoint and --bucket, or the S3 settings of the book."_qs},
        {{u"--endpoint"_qs, u"javascript:alert(1)"_qs, u"--bucket"_qs, u"site"_qs},
         u"--endpoint takes an address"_qs},
        {{u"--endpoint"_qs, u"http://127.0.0.1:1"_qs, u"--bucket"_qs, u"Not_A_Bucket"_qs},
         u"--bucket takes a bucket name"_qs},
        {{u"--endpoint"_qs, u"http://127.0.0.1:1"_qs, u"--bucket"_qs, u"site"_qs, u"--version"_qs,
          u"0"_qs},
         u"--version takes a whole number"_qs},
        {{u"--endpoint"_qs, u"http://127.0.0.1:1"_qs, u"--bucket"_qs, u"site"_qs, u"--version"_qs,
          u"2"_qs, u"--rollback"_qs},
         u"not both"_qs},
        // a migrated book with no homepage
        {{u"--endpoint"_qs, u"http://127.0.0.1:1"_qs, u"--bucket"_qs, u"site"_qs},
         u"has no published version"_qs},
    };
    for (const Case &c : cases) {
        CliRun run = cli(base + c.arguments, keys);
        EXPECT_EQ(run.exitCode, 1) << c.arguments.join(u' ').toStdString() << run.err.toStdString();
        expectOneSentence(run.err);
        EXPECT_TRUE(run.err.contains(c.expected)) << run.err.toStdString();
        EXPECT_FALSE(QString(run.out + run.err).contains(u"do-not-print-this-secret"_qs));
    }
    // without keys in the environment
    QProcessEnvironment none;
    none.insert(u"AWS_ACCESS_KEY_ID"_qs, QString());
    none.insert(u"AWS_SECRET_ACCESS_KEY"_qs, QString());
    CliRun run = cli(
        base + QStringList{u"--endpoint"_qs, u"http://127.0.0.1:1"_qs, u"--bucket"_qs, u"site"_qs},
        none);
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    EXPECT_TRUE(run.err.contains(u"AWS_ACCESS_KEY_ID"_qs));
}

TEST(Cli, PublishWithAKeyTheServerDoesNotKnowOrToAMissingBucketIsRefused)
{
    const QString endpoint = qEnvironmentVariable("IC_TEST_S3_ENDPOINT");
    ASSERT_FALSE(endpoint.isEmpty())
        << "IC_TEST_S3_ENDPOINT is not set: run the tests with scripts/test";
    QTemporaryDir dir;
    const QString book = dir.filePath(u"demo.sqlite"_qs);
    ASSERT_EQ(cli({u"demo-data"_qs, u"--customers"_qs, u"5"_qs, u"--months"_qs, u"1"_qs,
                   u"--database"_qs, book, u"--quiet"_qs})
                  .exitCode,
              0);
    const QByteArray before = digestOf(book);
    QProcessEnvironment keys;
    keys.insert(u"AWS_ACCESS_KEY_ID"_qs, u"NOT-S3RVER"_qs);
    keys.insert(u"AWS_SECRET_ACCESS_KEY"_qs, u"S3RVER"_qs);
    const QStringList args{u"publish"_qs,
                           u"--database"_qs,
                           book,
                           u"--endpoint"_qs,
                           endpoint,
                           u"--bucket"_qs,
                           u"cli-missing-bucket"_qs,
                           u"--path-style"_qs};
    CliRun run = cli(args, keys); // s3rver knows the key id S3RVER only
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    EXPECT_TRUE(run.err.contains(u"AWS_ACCESS_KEY_ID"_qs)) << run.err.toStdString();
    keys.insert(u"AWS_ACCESS_KEY_ID"_qs, u"S3RVER"_qs);
    run = cli(args, keys);
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    EXPECT_TRUE(run.err.startsWith(u"The bucket \"cli-missing-bucket\" does not exist"_qs))
        << run.err.toStdString();
    EXPECT_EQ(digestOf(book), before) << "a refused publish records nothing in the book";
}

TEST(Cli, PublishDemoHomepageToTheTestServer)
{
    const QString endpoint = qEnvironmentVariable("IC_TEST_S3_ENDPOINT");
    ASSERT_FALSE(endpoint.isEmpty())
        << "IC_TEST_S3_ENDPOINT is not set: run the tests with scripts/test";
    QTemporaryDir dir;
    const QString book = dir.filePath(u"demo.sqlite"_qs);
    ASSERT_EQ(cli({u"demo-data"_qs, u"--customers"_qs, u"5"_qs, u"--months"_qs, u"1"_qs,
                   u"--database"_qs, book, u"--quiet"_qs})
                  .exitCode,
              0);
    S3Config config;
    config.endpoint = QUrl(endpoint);
    config.bucket = u"cli-publish-"_qs + QUuid::createUuid().toString(QUuid::Id128).left(16);
    config.pathStyle = true;
    config.accessKeyId = config.secretAccessKey = u"S3RVER"_qs;
    S3Client bucket(config);
    ASSERT_TRUE(bucket.createBucket());
    QProcessEnvironment keys;
    keys.insert(u"AWS_ACCESS_KEY_ID"_qs, u"S3RVER"_qs);
    keys.insert(u"AWS_SECRET_ACCESS_KEY"_qs, u"S3RVER"_qs);
    const QString siteUrl = u"https://www.example.com/"_qs;
    CliRun run = cli({u"publish"_qs, u"--database"_qs, book, u"--endpoint"_qs, endpoint,
                      u"--bucket"_qs, config.bucket, u"--path-style"_qs, u"--site-url"_qs, siteUrl},
                     keys);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(u"Published \"home\""_qs)) << run.out.toStdString();
    EXPECT_FALSE(QString(run.out + run.err).contains(u"S3RVER"_qs));

    // What the bucket holds is, file for file and byte for byte, what render writes.
    const QString site = dir.filePath(u"site"_qs);
    run = cli(
        {u"render"_qs, u"--database"_qs, book, u"--output"_qs, site, u"--site-url"_qs, siteUrl});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QMap<QString, QByteArray> rendered = filesUnder(site);
    ASSERT_TRUE(rendered.contains(u"index.html"_qs));
    auto stored = bucket.listObjects();
    ASSERT_TRUE(stored.has_value()) << stored.error().message.toStdString();
    QStringList keysStored;
    for (const StoredObject &o : *stored)
        keysStored.append(o.key);
    keysStored.sort();
    EXPECT_EQ(keysStored, QStringList(rendered.keys()));
    for (auto [path, digest] : rendered.asKeyValueRange()) {
        auto bytes = bucket.getObject(path);
        ASSERT_TRUE(bytes.has_value()) << path.toStdString();
        EXPECT_EQ(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256), digest)
            << path.toStdString();
    }
}

// Without AWS_* in the environment the keys come from the system keychain, where the S3
// settings stored them, and where to publish from the book's settings (scripts/test runs
// this inside scripts/with-keyring: a throw-away GNOME Keyring).
TEST(Cli, PublishTakesWhereToFromTheBookAndTheKeysFromTheKeychain)
{
    const QString endpoint = qEnvironmentVariable("IC_TEST_S3_ENDPOINT");
    ASSERT_FALSE(endpoint.isEmpty())
        << "IC_TEST_S3_ENDPOINT is not set: run the tests with scripts/test";
    QTemporaryDir dir;
    const QString book = dir.filePath(u"demo.sqlite"_qs);
    ASSERT_EQ(cli({u"demo-data"_qs, u"--customers"_qs, u"5"_qs, u"--months"_qs, u"1"_qs,
                   u"--database"_qs, book, u"--quiet"_qs})
                  .exitCode,
              0);
    PublishSettings where;
    where.endpoint = QUrl(endpoint);
    where.bucket = u"cli-keychain-"_qs + QUuid::createUuid().toString(QUuid::Id128).left(16);
    where.pathStyle = true;
    {
        auto db = Database::open(ConnectionSpec::sqlite(book));
        ASSERT_TRUE(db);
        auto saved = where.save(*db);
        ASSERT_TRUE(saved) << saved.error().message.toStdString();
    }
    SystemKeychain keychain;
    QProcessEnvironment none;
    none.insert(u"AWS_ACCESS_KEY_ID"_qs, QString());
    none.insert(u"AWS_SECRET_ACCESS_KEY"_qs, QString());
    ASSERT_TRUE(PublishSettings::forgetKeys(keychain, where.endpoint));
    CliRun run = cli({u"publish"_qs, u"--database"_qs, book, u"--dry-run"_qs}, none);
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    EXPECT_TRUE(run.err.startsWith(u"No keys are stored for "_qs + endpoint))
        << run.err.toStdString();

    ASSERT_TRUE(PublishSettings::storeKeys(keychain, where.endpoint, u"S3RVER"_qs, u"S3RVER"_qs));
    S3Config config;
    config.endpoint = where.endpoint;
    config.bucket = where.bucket;
    config.pathStyle = true;
    config.accessKeyId = config.secretAccessKey = u"S3RVER"_qs;
    ASSERT_TRUE(S3Client(config).createBucket());
    run = cli({u"publish"_qs, u"--database"_qs, book}, none);
    ASSERT_TRUE(PublishSettings::forgetKeys(keychain, where.endpoint));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(u"Published \"home\""_qs)) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(u"S3RVER"_qs));
}

TEST(Cli, RenderWritesTheSiteThatPublishingSends)
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"demo.sqlite"_qs);
    ASSERT_EQ(cli({u"demo-data"_qs, u"--customers"_qs, u"5"_qs, u"--months"_qs, u"1"_qs,
                   u"--database"_qs, book, u"--quiet"_qs})
                  .exitCode,
              0);
    const QString site = dir.filePath(u"site"_qs);
    CliRun run = cli({u"render"_qs, u"--database"_qs, book, u"--output"_qs, site, u"--site-url"_qs,
                      u"https://www.example.com/"_qs});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(u"Rendered \"home\" version 1: 10 file(s) in "_qs))
        << run.out.toStdString();
    QFile index(site + u"/index.html"_qs);
    ASSERT_TRUE(index.open(QIODevice::ReadOnly));
    const QByteArray html = index.readAll();
    EXPECT_TRUE(html.startsWith("<!DOCTYPE html>")) << html.left(40).constData();
    EXPECT_TRUE(html.contains("<link rel=\"canonical\" href=\"https://www.example.com/\">"))
        << html.constData();
    EXPECT_TRUE(QFile::exists(site + u"/robots.txt"_qs));
    // The same folder again: refused, nothing overwritten.
    run = cli({u"render"_qs, u"--database"_qs, book, u"--output"_qs, site, u"--site-url"_qs,
               u"https://www.example.com/"_qs});
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    EXPECT_TRUE(run.err.contains(u"is not empty"_qs)) << run.err.toStdString();
}

TEST(Cli, ImportImagePrintsThePathOrSaysItIsNotAnImage)
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"book.sqlite"_qs);
    ASSERT_EQ(cli({u"migrate"_qs, u"--database"_qs, book}).exitCode, 0);
    const QString text = dir.filePath(u"notes.jpg"_qs);
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a picture");
    f.close();
    CliRun run = cli({u"import-image"_qs, u"--database"_qs, book, u"--file"_qs, text});
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    EXPECT_EQ(run.err.trimmed(),
              u"\"notes.jpg\" is not an image: choose a PNG, JPEG, GIF, WebP or BMP file."_qs);
    QImage image(640, 320, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 200));
    const QString png = dir.filePath(u"banner.png"_qs);
    ASSERT_TRUE(image.save(png));
    run = cli({u"import-image"_qs, u"--database"_qs, book, u"--file"_qs, png});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // 640 wide: 480 and 640 (never upscaled to 960); the page points to the widest.
    EXPECT_TRUE(QRegularExpression(u"^assets/img/[0-9a-f]{12}-640\\.jpg$"_qs)
                    .match(run.out.trimmed())
                    .hasMatch())
        << run.out.toStdString();
}
