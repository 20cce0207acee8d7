// influencecore-cli metrics as a process, as a person runs it.
#include "tests/support/testbooks.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ic;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    static QTemporaryDir home;
    env.insert(u"XDG_DATA_HOME"_qs, home.path());
    env.insert(u"LANGUAGE"_qs, u"en"_qs);
    env.insert(u"LC_ALL"_qs, u"C.UTF-8"_qs);
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(IC_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(300000));
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray digestOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

// A small demo book, built once for the suite.
const QString &book()
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(u"book.sqlite"_qs);
    static bool built = false;
    if (!built) {
        const CliRun run = cli({u"demo-data"_qs, u"--customers"_qs, u"300"_qs, u"--months"_qs,
                                u"6"_qs, u"--seed"_qs, u"3"_qs, u"--end-date"_qs, u"2026-06-30"_qs,
                                u"--database"_qs, path, u"--quiet"_qs});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        built = true;
    }
    return path;
}

QStringList metrics(const QStringList &more)
{
    return QStringList{u"metrics"_qs, u"--database"_qs, book()} + more;
}

} // namespace

TEST(MetricsCli, PrintsTheIssuesJsonShape)
{
    const CliRun run = cli(metrics(
        {u"--from"_qs, u"2026-01"_qs, u"--to"_qs, u"2026-06"_qs, u"--format"_qs, u"json"_qs}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    const QJsonObject root = doc.object();
    EXPECT_EQ(root.value(u"currency"_qs).toString(), u"EUR"_qs);
    const QJsonArray months = root.value(u"months"_qs).toArray();
    ASSERT_EQ(months.size(), 6);
    const QJsonObject june = months.last().toObject();
    EXPECT_EQ(june.value(u"month"_qs).toString(), u"2026-06"_qs);
    // amounts and rates are decimal strings, counts numbers
    EXPECT_TRUE(june.value(u"mrr"_qs).isString());
    EXPECT_TRUE(june.value(u"customers"_qs).isDouble());
    const QStringList keys{u"month"_qs,
                           u"mrr"_qs,
                           u"arr"_qs,
                           u"new_mrr"_qs,
                           u"expansion_mrr"_qs,
                           u"contraction_mrr"_qs,
                           u"churned_mrr"_qs,
                           u"reactivation_mrr"_qs,
                           u"customers"_qs,
                           u"new_customers"_qs,
                           u"churned_customers"_qs,
                           u"customer_churn_rate"_qs,
                           u"gross_mrr_churn_rate"_qs,
                           u"net_mrr_churn_rate"_qs,
                           u"arpa"_qs,
                           u"ltv"_qs,
                           u"quick_ratio"_qs,
                           u"trial_conversion_rate"_qs};
    // the keys of a month, in the issue's order
    const QString text = QString::fromUtf8(run.out);
    const qsizetype start = text.indexOf(u"{\"month\": \"2026-06\""_qs);
    ASSERT_GE(start, 0);
    qsizetype at = start;
    for (const QString &key : keys) {
        const qsizetype found = text.indexOf(u'"' + key + u"\":", at);
        EXPECT_GE(found, at) << key.toStdString();
        at = found;
    }
    // ARR is 12 × MRR, to the cent
    const QString mrr = june.value(u"mrr"_qs).toString();
    const qint64 cents = qint64(mrr.toDouble() * 100 + 0.5);
    EXPECT_EQ(june.value(u"arr"_qs).toString(),
              QString::number(cents * 12 / 100) + u'.' +
                  QString::number(cents * 12 % 100).rightJustified(2, u'0'));
    EXPECT_TRUE(root.value(u"plans"_qs).isArray());
    EXPECT_TRUE(root.value(u"promotions"_qs).isArray());
}

TEST(MetricsCli, TableAndCsv)
{
    CliRun run = cli(metrics({u"--from"_qs, u"2026-05"_qs, u"--to"_qs, u"2026-06"_qs}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("2026-05")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("2026-06"));
    run = cli(metrics({u"--from"_qs, u"2026-05"_qs, u"--to"_qs, u"2026-06"_qs, u"--format"_qs,
                       u"csv"_qs, u"--plan"_qs, u"pro-monthly"_qs}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith("currency,month,mrr,arr,"));
    EXPECT_TRUE(lines[1].startsWith("EUR,2026-05,"));
}

// Each refusal is one sentence naming the value, nothing on standard output, and the book
// is left as it was (its bytes read back).
TEST(MetricsCli, RefusesInOneSentenceNamingTheValue)
{
    const QByteArray before = digestOf(book());
    struct Case {
        QStringList arguments;
        QString named;
        int exitCode;
    };
    const QList<Case> cases{
        {{u"--from"_qs, u"2026-13"_qs, u"--to"_qs, u"2026-06"_qs}, u"\"2026-13\""_qs, 1},
        {{u"--from"_qs, u"2026-01"_qs, u"--to"_qs, u"juin"_qs}, u"\"juin\""_qs, 1},
        {{u"--from"_qs, u"2026-06"_qs, u"--to"_qs, u"2026-01"_qs}, u"2026-06"_qs, 1},
        {{u"--from"_qs, u"2026-01"_qs, u"--to"_qs, u"2026-06"_qs, u"--plan"_qs, u"gold"_qs},
         u"\"gold\""_qs,
         1},
        {{u"--from"_qs, u"2026-01"_qs, u"--to"_qs, u"2026-06"_qs, u"--currency"_qs, u"JPY"_qs},
         u"\"JPY\""_qs,
         1},
        {{u"--from"_qs, u"2026-01"_qs, u"--to"_qs, u"2026-06"_qs, u"--format"_qs, u"xml"_qs},
         u"\"xml\""_qs,
         2},
        {{u"--from"_qs, u"2026-01"_qs}, u"--to"_qs, 2},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.arguments.join(u' ').toStdString());
        const CliRun run = cli(metrics(c.arguments));
        EXPECT_EQ(run.exitCode, c.exitCode);
        EXPECT_TRUE(run.out.isEmpty());
        const QString sentence = run.err.trimmed();
        EXPECT_FALSE(sentence.contains(u'\n')) << sentence.toStdString();
        EXPECT_TRUE(sentence.endsWith(u'.')) << sentence.toStdString();
        EXPECT_TRUE(sentence.contains(c.named)) << sentence.toStdString();
    }
    EXPECT_EQ(digestOf(book()), before);
}

TEST(MetricsCli, HasHelpAndIsListed)
{
    CliRun run = cli({u"metrics"_qs, u"--help"_qs});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains("influencecore-cli metrics [options]")) << run.out.toStdString();
    for (const char *option : {"--from", "--to", "--currency", "--plan", "--format", "--database"})
        EXPECT_TRUE(run.out.contains(option)) << option;
    run = cli({u"--help"_qs});
    EXPECT_TRUE(run.out.contains("\n  metrics")) << run.out.toStdString();
}
