// Bad input on every command of influencecore-cli: each refused with exit code 1 in one
// sentence that names the value given, and the book read back byte for byte as it was (no
// default book created, no folder written, no charge ledger touched).
#include "tests/app/clirun.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

struct Refusal {
    QStringList arguments;
    QString named; // what the sentence must name: the value given
};

// A small demo book shared by the tests of this file (built once: about a second).
class CliRefusals : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_book = s_dir->filePath(QStringLiteral("demo.sqlite"));
        const CliRun run =
            cli({u"demo-data"_qs, u"--customers"_qs, u"5"_qs, u"--months"_qs, u"2"_qs,
                 u"--end-date"_qs, u"2026-03-31"_qs, u"--database"_qs, s_book, u"--quiet"_qs});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    // Runs each refusal on the shared book and shows the book unchanged after it.
    void expectRefused(const QStringList &base, const QList<Refusal> &refusals,
                       const QProcessEnvironment &env = {})
    {
        const QByteArray before = digestOf(s_book);
        ASSERT_FALSE(before.isEmpty());
        for (const Refusal &r : refusals) {
            const std::string given = (base + r.arguments).join(u' ').toStdString();
            const CliRun run = cli(base + r.arguments, env);
            EXPECT_EQ(run.exitCode, 1) << given << "\n" << run.err.toStdString();
            expectOneSentence(run.err);
            EXPECT_TRUE(run.err.contains(r.named))
                << given << ": the sentence does not name \"" << r.named.toStdString()
                << "\": " << run.err.toStdString();
            EXPECT_EQ(digestOf(s_book), before) << given;
        }
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline QString s_book;
};

} // namespace

TEST_F(CliRefusals, DailyRefusesADateThatIsNotOneAndALedgerItCannotWrite)
{
    QTemporaryDir here;
    const QString folderAsLedger = here.path();
    const QString nowhere = here.filePath(u"no-such-folder/ledger.jsonl"_qs);
    const QString ledger = here.filePath(u"ledger.jsonl"_qs);
    expectRefused({u"daily"_qs, u"--database"_qs, s_book},
                  {{{u"--as-of"_qs, u"2026-02-30"_qs}, u"2026-02-30"_qs},
                   {{u"--as-of"_qs, u"tomorrow"_qs}, u"tomorrow"_qs},
                   {{u"--as-of"_qs, u"31/03/2026"_qs}, u"31/03/2026"_qs},
                   {{u"--as-of"_qs, u"2026-04-01"_qs, u"--gateway-ledger"_qs, folderAsLedger},
                    folderAsLedger},
                   {{u"--as-of"_qs, u"2026-04-01"_qs, u"--gateway-ledger"_qs, nowhere}, nowhere}});
    // No ledger was started anywhere either.
    EXPECT_FALSE(QFileInfo::exists(ledger));
    EXPECT_FALSE(QFileInfo::exists(nowhere));
    EXPECT_TRUE(QDir(here.path()).isEmpty());
}

TEST_F(CliRefusals, DemoDataRefusesCountsAndSeedsThatAreNotWholeNumbersAndCreatesNoBook)
{
    const QList<Refusal> refusals{
        {{u"--customers"_qs, u"0"_qs}, u"\"0\""_qs},
        {{u"--customers"_qs, u"-3"_qs}, u"\"-3\""_qs},
        {{u"--customers"_qs, u"2.5"_qs}, u"\"2.5\""_qs},
        {{u"--months"_qs, u"0"_qs}, u"\"0\""_qs},
        {{u"--months"_qs, u"-1"_qs}, u"\"-1\""_qs},
        {{u"--months"_qs, u"121"_qs}, u"\"121\""_qs},
        {{u"--seed"_qs, u"abc"_qs}, u"\"abc\""_qs},
        {{u"--seed"_qs, u"-7"_qs}, u"\"-7\""_qs},
        {{u"--end-date"_qs, u"2026-13-01"_qs}, u"\"2026-13-01\""_qs},
    };
    // On the shared book: refused, the book as it was (not replaced, not even with --force).
    expectRefused({u"demo-data"_qs, u"--database"_qs, s_book, u"--force"_qs, u"--quiet"_qs},
                  refusals);
    // Without --database (the default book): refused, and no default book is created.
    QTemporaryDir home;
    QProcessEnvironment env;
    env.insert(u"XDG_DATA_HOME"_qs, home.path());
    for (const Refusal &r : refusals) {
        const CliRun run = cli(QStringList{u"demo-data"_qs, u"--quiet"_qs} + r.arguments, env);
        EXPECT_EQ(run.exitCode, 1) << r.arguments.join(u' ').toStdString();
        expectOneSentence(run.err);
        EXPECT_TRUE(run.err.contains(r.named)) << run.err.toStdString();
        EXPECT_TRUE(filesUnder(home.path()).isEmpty())
            << r.arguments.join(u' ').toStdString() << ": a default book was created";
    }
}

TEST_F(CliRefusals, RenderRefusesABadSlugVersionOrSiteAddressAndWritesNoFolder)
{
    QTemporaryDir here;
    const QString site = here.filePath(u"site"_qs);
    const QString url = u"https://www.example.com/"_qs;
    expectRefused(
        {u"render"_qs, u"--database"_qs, s_book, u"--output"_qs, site},
        {{{u"--slug"_qs, u"no-such-page"_qs, u"--site-url"_qs, url}, u"\"no-such-page\""_qs},
         {{u"--slug"_qs, u"../../etc"_qs, u"--site-url"_qs, url}, u"\"../../etc\""_qs},
         {{u"--version"_qs, u"0"_qs, u"--site-url"_qs, url}, u"\"0\""_qs},
         {{u"--version"_qs, u"two"_qs, u"--site-url"_qs, url}, u"\"two\""_qs},
         {{u"--version"_qs, u"99"_qs, u"--site-url"_qs, url}, u"version 99"_qs},
         {{u"--site-url"_qs, u"not an address"_qs}, u"\"not an address\""_qs},
         {{u"--site-url"_qs, u"javascript:alert(1)"_qs}, u"\"javascript:alert(1)\""_qs},
         {{u"--site-url"_qs, u"ftp://files.example.com/"_qs}, u"\"ftp://files.example.com/\""_qs}});
    EXPECT_FALSE(QFileInfo::exists(site)) << "a refused render writes no folder";
}

TEST_F(CliRefusals, PublishRefusesABadSlugVersionSiteAddressOrRegion)
{
    QProcessEnvironment keys;
    keys.insert(u"AWS_ACCESS_KEY_ID"_qs, u"AKIDTEST"_qs);
    keys.insert(u"AWS_SECRET_ACCESS_KEY"_qs, u"do-not-print-this-secret"_qs);
    // Port 1 on the loopback: nobody listens; every refusal comes before any upload.
    expectRefused(
        {u"publish"_qs, u"--database"_qs, s_book, u"--endpoint"_qs, u"http://127.0.0.1:1"_qs,
         u"--bucket"_qs, u"site"_qs, u"--path-style"_qs},
        {{{u"--slug"_qs, u"no-such-page"_qs}, u"\"no-such-page\""_qs},
         {{u"--version"_qs, u"-2"_qs}, u"\"-2\""_qs},
         {{u"--version"_qs, u"1.5"_qs}, u"\"1.5\""_qs},
         {{u"--version"_qs, u"99"_qs}, u"version 99"_qs},
         {{u"--site-url"_qs, u"www.example.com"_qs}, u"\"www.example.com\""_qs},
         {{u"--site-url"_qs, u"ftp://files.example.com/"_qs}, u"\"ftp://files.example.com/\""_qs},
         {{u"--region"_qs, u"EU West"_qs}, u"\"EU West\""_qs},
         {{u"--region"_qs, u"eu_west_3"_qs}, u"\"eu_west_3\""_qs}},
        keys);
}

TEST_F(CliRefusals, ImportImageRefusesAFileThatIsNotThere)
{
    QTemporaryDir here;
    const QString missing = here.filePath(u"banner.png"_qs);
    expectRefused({u"import-image"_qs, u"--database"_qs, s_book},
                  {{{u"--file"_qs, missing}, missing}, {{u"--file"_qs, here.path()}, here.path()}});
}

TEST(CliDatabaseAddress, BadAddressesAreRefusedInOneSentenceThatNamesThem)
{
    QTemporaryDir here;
    const QStringList addresses{
        u"postgresql://ic@127.0.0.1:99999/book"_qs,
        u"postgresql://ic@127.0.0.1:54x2/book"_qs,
        u"postgresql://ic@local host/book"_qs,
        u"postgresql://ic@127.0.0.1:5432/"_qs,
        u"postgresql://ic@127.0.0.1/books/2026"_qs,
        u"mysql://ic@127.0.0.1/book"_qs,
        u"postgresql://ic@[::1/book"_qs,
    };
    for (const QString &command : {u"migrate"_qs, u"daily"_qs, u"demo-data"_qs}) {
        for (const QString &address : addresses) {
            const CliRun run = cli({command, u"--database"_qs, address});
            EXPECT_EQ(run.exitCode, 1) << command.toStdString() << ' ' << address.toStdString();
            expectOneSentence(run.err);
            EXPECT_TRUE(run.err.contains(u'"' + address + u'"'))
                << address.toStdString() << ": " << run.err.toStdString();
        }
    }
    // A password in a bad address is not repeated in the sentence.
    const CliRun run =
        cli({u"migrate"_qs, u"--database"_qs, u"postgresql://ic:hunter2@127.0.0.1:99999/book"_qs});
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    EXPECT_TRUE(run.err.contains(u"postgresql://ic@127.0.0.1:99999/book"_qs))
        << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(u"hunter2"_qs)) << run.err.toStdString();
}
