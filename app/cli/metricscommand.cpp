#include "app/cli/metricscommand.h"
#include "app/cli/book.h"
#include "models/tr.h"

#include "services/analytics/metrics.h"
#include "services/storage/database.h"
#include "services/storage/migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace ic::cli {

namespace {

enum Exit { Done = 0, Failed = 1, Usage = 2 };

int fail(const Error &error)
{
    QTextStream(stderr) << error.message << Qt::endl;
    return Failed;
}

int usage(const QString &sentence)
{
    QTextStream(stderr) << sentence << Qt::endl;
    return Usage;
}

} // namespace

int metrics(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Prints MRR and its movements, customers, churn, ARPA, LTV, quick ratio and trial "
               "conversion per month-end, per plan and per promotion, in one currency."));
    parser.addHelpOption();
    parser.addOption(databaseOption());
    parser.addOption({u"from"_qs, Tr::tr("The first month, YYYY-MM."), Tr::tr("month")});
    parser.addOption({u"to"_qs, Tr::tr("The last month, YYYY-MM."), Tr::tr("month")});
    parser.addOption(
        {u"currency"_qs, Tr::tr("The currency (default EUR)."), Tr::tr("code"), u"EUR"_qs});
    parser.addOption({u"plan"_qs, Tr::tr("Only this plan (its slug)."), Tr::tr("slug")});
    parser.addOption({u"format"_qs, Tr::tr("table, csv or json (default table)."), Tr::tr("format"),
                      u"table"_qs});
    if (!parser.parse(arguments))
        return usage(parser.errorText() + u' ' + Tr::tr("See influencecore-cli metrics --help."));
    if (parser.isSet(u"help"_qs)) {
        QString help = parser.helpText();
        help.replace(help.section(u'\n', 0, 0), u"Usage: influencecore-cli metrics [options]"_qs);
        QTextStream(stdout) << help << Qt::flush;
        return Done;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(Tr::tr("Unexpected argument \"%1\". See influencecore-cli metrics --help.")
                         .arg(parser.positionalArguments().first()));
    if (!parser.isSet(u"from"_qs) || !parser.isSet(u"to"_qs))
        return usage(Tr::tr("Say which months with --from YYYY-MM and --to YYYY-MM."));
    const QString format = parser.value(u"format"_qs);
    if (format != u"table" && format != u"csv" && format != u"json")
        return usage(
            Tr::tr("--format takes table, csv or json; \"%1\" is not one of them.").arg(format));

    auto db = openUpToDateBook(parser);
    if (!db)
        return fail(db.error());

    auto query = metricsQuery(*db, parser.value(u"from"_qs), parser.value(u"to"_qs),
                              parser.value(u"currency"_qs), parser.value(u"plan"_qs));
    if (!query)
        return fail(query.error());
    auto report = computeMetrics(*db, *query);
    if (!report)
        return fail(report.error());

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail({ErrorCode::Io, Tr::tr("The standard output cannot be written.")});
    if (format == u"json")
        out.write(metricsJson(*report));
    else if (format == u"csv")
        out.write(metricsCsv(*report));
    else
        out.write(metricsTable(*report).toUtf8());
    out.flush();
    return Done;
}

} // namespace ic::cli
