// influencecore-cli export-invoices as a person runs it, on a small demo book: the PDFs named
// after their numbers, and the refusals in one sentence that leave nothing behind.
#include "services/storage/connectionspec.h"
#include "services/storage/database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ic;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    static QTemporaryDir home; // never the person's own book
    env.insert(u"XDG_DATA_HOME"_qs, home.path());
    env.insert(u"LANGUAGE"_qs, u"en"_qs);
    env.insert(u"LC_ALL"_qs, u"C.UTF-8"_qs);
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(IC_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(300000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void expectOneSentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    EXPECT_FALSE(trimmed.isEmpty());
    EXPECT_FALSE(trimmed.contains(u'\n')) << trimmed.toStdString();
    EXPECT_TRUE(trimmed.endsWith(u'.')) << trimmed.toStdString();
}

class ExportInvoices : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_book = s_dir->filePath(u"book.sqlite"_qs);
        ASSERT_EQ(cli({u"migrate"_qs, u"--database"_qs, s_book}).exitCode, 0);
        const CliRun demo =
            cli({u"demo-data"_qs, u"--database"_qs, s_book, u"--customers"_qs, u"12"_qs,
                 u"--months"_qs, u"2"_qs, u"--end-date"_qs, u"2026-03-31"_qs, u"--quiet"_qs});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    // Invoices and credit notes issued in March 2026, by number, read from the book.
    static QStringList issuedInMarch()
    {
        auto db = Database::open(ConnectionSpec::sqlite(s_book), Database::Open::MustExist);
        EXPECT_TRUE(db.has_value());
        QStringList numbers;
        auto q = db->exec(u"SELECT number FROM invoices WHERE status <> 'draft' AND issue_date "
                          u">= '2026-03-01' AND issue_date <= '2026-03-31' ORDER BY number"_qs);
        EXPECT_TRUE(q.has_value());
        while (q && q->next())
            numbers.append(q->value(0).toString());
        return numbers;
    }

    static QTemporaryDir *s_dir;
    static QString s_book;
};

QTemporaryDir *ExportInvoices::s_dir = nullptr;
QString ExportInvoices::s_book;

TEST_F(ExportInvoices, APeriodGivesOnePdfPerInvoiceNamedAfterItsNumber)
{
    const QStringList numbers = issuedInMarch();
    ASSERT_FALSE(numbers.isEmpty());
    QTemporaryDir out;
    const QString folder = out.filePath(u"march"_qs);
    const CliRun run =
        cli({u"export-invoices"_qs, u"--database"_qs, s_book, u"--from"_qs, u"2026-03-01"_qs,
             u"--to"_qs, u"2026-03-31"_qs, u"--format"_qs, u"pdf"_qs, u"--out"_qs, folder});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QStringList expected;
    for (const QString &n : numbers)
        expected.append(n + u".pdf");
    const QStringList files =
        QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    EXPECT_EQ(files, expected);
    EXPECT_TRUE(run.out.contains(u"%1 PDFs written"_qs.arg(numbers.size())))
        << run.out.toStdString();
    QFile first(folder + u'/' + expected.first());
    ASSERT_TRUE(first.open(QIODevice::ReadOnly));
    EXPECT_TRUE(first.read(5) == "%PDF-");
}

TEST_F(ExportInvoices, OneInvoiceByItsNumberTwiceGivesTheSameBytes)
{
    const QString number = issuedInMarch().first();
    QTemporaryDir a;
    QTemporaryDir b;
    for (QTemporaryDir *dir : {&a, &b}) {
        const CliRun run = cli({u"export-invoices"_qs, u"--database"_qs, s_book, u"--number"_qs,
                                number, u"--out"_qs, dir->path()});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }
    QFile fa(a.filePath(number + u".pdf"));
    QFile fb(b.filePath(number + u".pdf"));
    ASSERT_TRUE(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    const QByteArray bytes = fa.readAll();
    EXPECT_GT(bytes.size(), 1000);
    EXPECT_EQ(bytes, fb.readAll());
}

TEST_F(ExportInvoices, RefusalsSayWhyInOneSentenceAndWriteNothing)
{
    QTemporaryDir out;
    const QString folder = out.filePath(u"new"_qs);
    CliRun run = cli({u"export-invoices"_qs, u"--database"_qs, s_book, u"--number"_qs,
                      u"INV-1999-0001"_qs, u"--out"_qs, folder});
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    EXPECT_EQ(run.err.trimmed(), u"There is no invoice numbered INV-1999-0001."_qs);
    EXPECT_FALSE(QFileInfo::exists(folder));

    run = cli({u"export-invoices"_qs, u"--database"_qs, s_book, u"--from"_qs, u"2020-01-01"_qs,
               u"--to"_qs, u"2020-01-31"_qs, u"--out"_qs, folder});
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    EXPECT_EQ(run.err.trimmed(),
              u"No invoice or credit note was issued between 2020-01-01 and 2020-01-31."_qs);
    EXPECT_FALSE(QFileInfo::exists(folder));

    // a folder that holds a file: refused, the file left as it was, nothing added
    QDir().mkpath(folder);
    QFile keep(folder + u"/notes.txt");
    ASSERT_TRUE(keep.open(QIODevice::WriteOnly));
    keep.write("mine");
    keep.close();
    run = cli({u"export-invoices"_qs, u"--database"_qs, s_book, u"--from"_qs, u"2026-03-01"_qs,
               u"--to"_qs, u"2026-03-31"_qs, u"--out"_qs, folder});
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
    EXPECT_TRUE(run.err.contains(u"is not empty"_qs)) << run.err.toStdString();
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"notes.txt"_qs});
    ASSERT_TRUE(keep.open(QIODevice::ReadOnly));
    EXPECT_EQ(keep.readAll(), "mine");

    run = cli({u"export-invoices"_qs, u"--database"_qs, s_book, u"--from"_qs, u"2026-03-01"_qs,
               u"--to"_qs, u"2026-03-31"_qs, u"--format"_qs, u"odt"_qs, u"--out"_qs,
               out.filePath(u"odt"_qs)});
    EXPECT_EQ(run.exitCode, 1);
    expectOneSentence(run.err);
}

} // namespace
