#include "app/cli/commands.h"
#include "app/cli/book.h"
#include "app/cli/exportinvoices.h"
#include "app/cli/metricscommand.h"
#include "app/cli/sendoutbox.h"
#include "models/tr.h"

#include "models/clock.h"
#include "services/billing/dailyrun.h"
#include "services/demo/demobook.h"
#include "services/gateways/gatewayregistry.h"
#include "services/homepage/assets.h"
#include "services/jobs/jobcontext.h"
#include "services/publish/publisher.h"
#include "services/publish/publishsettings.h"
#include "services/publish/s3client.h"
#include "services/security/keys.h"
#include "services/storage/database.h"
#include "services/storage/migrator.h"
#include "services/storage/pagerepository.h"
#include "services/storage/planrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <QUrl>

#include <functional>
#include <memory>

#include <stdio.h>
#include <unistd.h>

namespace ic::cli {

namespace {

enum Exit { Done = 0, Failed = 1, Usage = 2 };

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const Error &error)
{
    err() << error.message << Qt::endl;
    return Failed;
}

struct Command {
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

// Parses the command's own options; returns an exit code when the parser already answered
// (--help, an error), or -1 to go on.
int parse(QCommandLineParser &parser, const QStringList &arguments, const char *name,
          const char *summary)
{
    parser.setApplicationDescription(Tr::tr(summary));
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << u' '
              << Tr::tr("See influencecore-cli %1 --help.").arg(QString::fromUtf8(name))
              << Qt::endl;
        return Usage;
    }
    if (parser.isSet(u"help"_qs)) {
        out() << parser.helpText().replace(parser.helpText().section(u'\n', 0, 0),
                                           u"Usage: influencecore-cli "_qs +
                                               QString::fromUtf8(name) + u" [options]")
              << Qt::flush;
        return Done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << Tr::tr("Unexpected argument \"%1\". See influencecore-cli %2 --help.")
                     .arg(parser.positionalArguments().first(), QString::fromUtf8(name))
              << Qt::endl;
        return Usage;
    }
    return -1;
}

// An address a site is served from: http or https, with a host.
bool isSiteAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == u"https" || url.scheme() == u"http");
}

QString siteUrlRefusal(const QString &given)
{
    return Tr::tr("--site-url takes an address like https://www.example.com/, not \"%1\".")
        .arg(given);
}

int migrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    if (int code = parse(
            parser, arguments, "migrate",
            QT_TRANSLATE_NOOP(
                "Tr", "Brings a book's schema up to date (creating the SQLite file if needed)."));
        code >= 0)
        return code;
    auto spec = specFrom(parser);
    if (!spec)
        return fail(spec.error());
    auto db = Database::open(*spec, Database::Open::CreateIfMissing);
    if (!db)
        return fail(db.error());
    Migrator migrator(*db);
    auto applied = migrator.migrate();
    if (!applied)
        return fail(applied.error());
    out() << Tr::tr("%1 is at schema version %2 (%3 migration(s) applied).")
                 .arg(spec->displayName())
                 .arg(Migrator::latestVersion())
                 .arg(*applied)
          << Qt::endl;
    return Done;
}

int demoData(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(
        {u"customers"_qs, Tr::tr("How many customers (default 2000)."), Tr::tr("n"), u"2000"_qs});
    parser.addOption(
        {u"months"_qs, Tr::tr("How many months of history (default 12)."), Tr::tr("m"), u"12"_qs});
    parser.addOption({u"seed"_qs,
                      Tr::tr("The seed: the same seed gives the same book (default 1)."),
                      Tr::tr("s"), u"1"_qs});
    parser.addOption({u"end-date"_qs,
                      Tr::tr("The last day of the history, YYYY-MM-DD (default today)."),
                      Tr::tr("date")});
    parser.addOption(
        {u"force"_qs, Tr::tr("Replace everything in a book that already holds data.")});
    parser.addOption({u"quiet"_qs, Tr::tr("Print only the summary.")});
    if (int code = parse(
            parser, arguments, "demo-data",
            QT_TRANSLATE_NOOP(
                "Tr",
                "Builds a realistic, deterministic demo book by replaying months of history."));
        code >= 0)
        return code;
    DemoOptions options;
    bool ok = false;
    options.customers = parser.value(u"customers"_qs).toInt(&ok);
    if (!ok || options.customers < 1)
        return fail({ErrorCode::Invalid,
                     Tr::tr("--customers takes a whole number of at least 1, not \"%1\".")
                         .arg(parser.value(u"customers"_qs))});
    options.months = parser.value(u"months"_qs).toInt(&ok);
    if (!ok || options.months < 1 || options.months > 120)
        return fail(
            {ErrorCode::Invalid, Tr::tr("--months takes a whole number from 1 to 120, not \"%1\".")
                                     .arg(parser.value(u"months"_qs))});
    options.seed = parser.value(u"seed"_qs).toULongLong(&ok);
    if (!ok)
        return fail(
            {ErrorCode::Invalid,
             Tr::tr("--seed takes a whole number, not \"%1\".").arg(parser.value(u"seed"_qs))});
    if (parser.isSet(u"end-date"_qs)) {
        options.endDate = QDate::fromString(parser.value(u"end-date"_qs), Qt::ISODate);
        if (!options.endDate.isValid())
            return fail(
                {ErrorCode::Invalid, Tr::tr("--end-date takes a date like 2026-11-30, not \"%1\".")
                                         .arg(parser.value(u"end-date"_qs))});
    }
    options.force = parser.isSet(u"force"_qs);

    auto spec = specFrom(parser);
    if (!spec)
        return fail(spec.error());
    auto db = Database::open(*spec, Database::Open::CreateIfMissing);
    if (!db)
        return fail(db.error());
    Migrator migrator(*db);
    if (auto r = migrator.migrate(); !r)
        return fail(r.error());
    const bool quiet = parser.isSet(u"quiet"_qs);
    int lastPercent = -1;
    auto summary = DemoBook(*db).build(options, [&](qint64 done, qint64 total) {
        const int percent = int(done * 100 / std::max<qint64>(1, total));
        if (!quiet && percent / 10 != lastPercent / 10) {
            err() << Tr::tr("Replaying history: %1 %").arg(percent) << Qt::endl;
            lastPercent = percent;
        }
        return true;
    });
    if (!summary)
        return fail(summary.error());
    out() << Tr::tr("Demo book written to %1 in %2 s: %3 customers, %4 subscriptions, %5 invoices "
                    "(%6 lines), %7 payments, %8 credits, %9 plans, %10 promotions.")
                 .arg(spec->displayName())
                 .arg(QString::number(summary->milliseconds / 1000.0, 'f', 1))
                 .arg(summary->customers)
                 .arg(summary->subscriptions)
                 .arg(summary->invoices)
                 .arg(summary->invoiceItems)
                 .arg(summary->payments)
                 .arg(summary->credits)
                 .arg(summary->plans)
                 .arg(summary->promotions)
          << Qt::endl;
    return Done;
}

// How far a job is, on stderr: on a terminal one line rewritten in place (at most ten times
// a second, cleared when the job is over); otherwise, for a log or a pipe, a plain line at
// each tenth of the work.
JobContext progressLine()
{
    struct Line {
        bool isTerminal = isatty(fileno(stderr)) != 0;
        QElapsedTimer shown;
        qint64 lastTenth = -1;
        qsizetype width = 0;
    };
    auto line = std::make_shared<Line>();
    return JobContext(CancelToken(), [line](const JobStatus &status) {
        const QString text =
            status.total > 0 && !status.sentence.isEmpty()
                ? Tr::tr("%1 of %2: %3").arg(status.done).arg(status.total).arg(status.sentence)
                : Tr::tr("%1 of %2").arg(status.done).arg(status.total);
        if (line->isTerminal) {
            const bool isLast = status.done >= status.total;
            if (!isLast && line->shown.isValid() && line->shown.elapsed() < 100)
                return;
            line->shown.start();
            // Spaces over what the longer line before left, then back to the line's start.
            err() << u'\r' << text
                  << QString(std::max<qsizetype>(0, line->width - text.size()), u' ');
            line->width = text.size();
            if (isLast) {
                err() << u'\r' << QString(line->width, u' ') << u'\r';
                line->width = 0;
            }
            err() << Qt::flush;
            return;
        }
        // A plain line names a unit of work (or says the work is done), once a tenth.
        if (status.total <= 0 || (status.sentence.isEmpty() && status.done < status.total))
            return;
        const qint64 tenth = status.done * 10 / status.total;
        if (tenth == line->lastTenth)
            return;
        line->lastTenth = tenth;
        err() << text << Qt::endl;
    });
}

int daily(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption({u"as-of"_qs,
                      Tr::tr("The business date to run, YYYY-MM-DD (default today). Days missed "
                             "since the last run are run first, in order."),
                      Tr::tr("date")});
    parser.addOption(
        {u"gateway-ledger"_qs,
         Tr::tr(
             "Where the simulated gateway keeps the charges it made (default: beside the book)."),
         Tr::tr("file")});
    parser.addOption({u"quiet"_qs, Tr::tr("Print only the summary.")});
    if (int code = parse(
            parser, arguments, "daily",
            QT_TRANSLATE_NOOP(
                "Tr", "Runs the billing day: renewal invoices, reminders, charges and dunning."));
        code >= 0)
        return code;
    QDate asOf = QDate::currentDate();
    if (parser.isSet(u"as-of"_qs)) {
        asOf = QDate::fromString(parser.value(u"as-of"_qs), Qt::ISODate);
        if (!asOf.isValid())
            return fail(
                {ErrorCode::Invalid, Tr::tr("--as-of takes a date like 2026-11-30, not \"%1\".")
                                         .arg(parser.value(u"as-of"_qs))});
    }
    if (parser.isSet(u"gateway-ledger"_qs)) {
        // Refused before the run starts: a ledger the gateway cannot write would fail every
        // charge after the day's invoices were written.
        const QFileInfo given(parser.value(u"gateway-ledger"_qs));
        if (given.isDir() || !given.absoluteDir().exists())
            return fail(
                {ErrorCode::Invalid,
                 Tr::tr("--gateway-ledger takes a file in a folder that exists, not \"%1\".")
                     .arg(parser.value(u"gateway-ledger"_qs))});
    }
    auto db = openUpToDateBook(parser);
    if (!db)
        return fail(db.error());
    auto gateways = GatewayRegistry::forBook(
        *db, parser.isSet(u"gateway-ledger"_qs) ? parser.value(u"gateway-ledger"_qs) : QString());
    if (!gateways)
        return fail(gateways.error());
    SystemClock clock;
    DailyRun run(*db, clock, *gateways);
    auto summary = run.run(asOf, parser.isSet(u"quiet"_qs) ? JobContext() : progressLine());
    if (!summary)
        return fail(summary.error());
    out() << summary->toText() << Qt::endl;
    return Done;
}

int publish(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption({u"slug"_qs, Tr::tr("The page (default home)."), Tr::tr("slug"), u"home"_qs});
    parser.addOption(
        {u"version"_qs,
         Tr::tr(
             "The version to publish (default: the published one, to take up catalogue changes)."),
         Tr::tr("n")});
    parser.addOption(
        {u"dry-run"_qs, Tr::tr("List what would be uploaded and deleted; change nothing.")});
    parser.addOption({u"rollback"_qs,
                      Tr::tr("Publish again the version that was live before the current one.")});
    parser.addOption({u"endpoint"_qs,
                      Tr::tr("The S3 endpoint, e.g. https://s3.eu-west-3.amazonaws.com."),
                      Tr::tr("url")});
    parser.addOption({u"bucket"_qs, Tr::tr("The bucket the site is served from."), Tr::tr("name")});
    parser.addOption({u"region"_qs,
                      Tr::tr("The bucket's region (default: the book's setting, else us-east-1)."),
                      Tr::tr("region")});
    parser.addOption({u"path-style"_qs,
                      Tr::tr("Address the bucket as endpoint/bucket instead of bucket.endpoint.")});
    parser.addOption(
        {u"site-url"_qs,
         Tr::tr("The address the site is served from (default: the bucket's address)."),
         Tr::tr("url")});
    if (int code = parse(
            parser, arguments, "publish",
            QT_TRANSLATE_NOOP(
                "Tr",
                "Publishes the homepage to S3: only what changed, index.html last. Where to comes "
                "from the book's S3 settings unless given; the keys from AWS_ACCESS_KEY_ID and "
                "AWS_SECRET_ACCESS_KEY, else from the system keychain."));
        code >= 0)
        return code;
    auto db = openUpToDateBook(parser);
    if (!db)
        return fail(db.error());
    // Where to: the book's S3 settings, each overridden by its option.
    auto settings = PublishSettings::load(*db);
    if (!settings)
        return fail(settings.error());
    if (parser.isSet(u"endpoint"_qs)) {
        settings->endpoint = QUrl(parser.value(u"endpoint"_qs), QUrl::StrictMode);
        if (!settings->endpoint.isValid() || settings->endpoint.host().isEmpty() ||
            (settings->endpoint.scheme() != u"https" && settings->endpoint.scheme() != u"http"))
            return fail(
                {ErrorCode::Invalid, Tr::tr("--endpoint takes an address like "
                                            "https://s3.eu-west-3.amazonaws.com, not \"%1\".")
                                         .arg(parser.value(u"endpoint"_qs))});
    }
    if (parser.isSet(u"bucket"_qs)) {
        settings->bucket = parser.value(u"bucket"_qs);
        static const QRegularExpression bucketName(u"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"_qs);
        if (!bucketName.match(settings->bucket).hasMatch())
            return fail(
                {ErrorCode::Invalid, Tr::tr("--bucket takes a bucket name (3 to 63 lower-case "
                                            "letters, digits, dots and hyphens), not \"%1\".")
                                         .arg(settings->bucket)});
    }
    if (parser.isSet(u"region"_qs))
        settings->region = parser.value(u"region"_qs);
    if (parser.isSet(u"path-style"_qs))
        settings->pathStyle = true;
    if (parser.isSet(u"site-url"_qs))
        settings->siteUrl = parser.value(u"site-url"_qs);
    if (!settings->isConfigured())
        return fail({ErrorCode::Invalid, Tr::tr("Say where to publish: --endpoint and --bucket, or "
                                                "the S3 settings of the book.")});
    if (auto problem = settings->problem()) {
        // A value given on the command line is named in the sentence.
        if (problem->field == u"region" && parser.isSet(u"region"_qs))
            return fail(
                {ErrorCode::Invalid, Tr::tr("--region takes a region like eu-west-3, not \"%1\".")
                                         .arg(settings->region)});
        if (problem->field == u"siteUrl" && parser.isSet(u"site-url"_qs))
            return fail({ErrorCode::Invalid, siteUrlRefusal(settings->siteUrl)});
        return fail({ErrorCode::Invalid, problem->message});
    }
    // The keys: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY when set (servers, CI), else the
    // system keychain where the S3 settings stored them. Never from the command line.
    S3Config config;
    const QString envId = qEnvironmentVariable("AWS_ACCESS_KEY_ID");
    const QString envSecret = qEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
    if (!envId.isEmpty() || !envSecret.isEmpty()) {
        if (envId.isEmpty() || envSecret.isEmpty())
            return fail(
                {ErrorCode::Invalid, Tr::tr("Set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
                                            "or neither to use the keys of the system keychain.")});
        config.endpoint = settings->endpoint;
        config.bucket = settings->bucket;
        config.region = settings->region;
        config.pathStyle = settings->pathStyle;
        config.accessKeyId = envId;
        config.secretAccessKey = envSecret;
    } else {
        SystemKeychain keychain;
        auto fromKeychain = settings->clientConfig(keychain);
        if (!fromKeychain)
            return fail({fromKeychain.error().code,
                         Tr::tr("%1 Or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.")
                             .arg(fromKeychain.error().message)});
        config = *fromKeychain;
    }
    int version = 0;
    if (parser.isSet(u"version"_qs)) {
        bool ok = false;
        version = parser.value(u"version"_qs).toInt(&ok);
        if (!ok || version < 1)
            return fail({ErrorCode::Invalid,
                         Tr::tr("--version takes a whole number of at least 1, not \"%1\".")
                             .arg(parser.value(u"version"_qs))});
    }
    if (parser.isSet(u"rollback"_qs) && parser.isSet(u"version"_qs))
        return fail({ErrorCode::Invalid, Tr::tr("Use --rollback or --version, not both.")});
    S3Client client(config);
    RenderOptions options{settings->siteUrl};
    if (options.siteUrl.isEmpty())
        options.siteUrl = client.targetFor({}).url.toString(QUrl::FullyEncoded);

    SystemClock clock;
    const QString target = settings->target();
    Publisher publisher(*db, client, clock, target);
    const QString by = qEnvironmentVariable("USER", u"influencecore-cli"_qs);
    const QString slug = parser.value(u"slug"_qs);
    auto report = parser.isSet(u"rollback"_qs)
                      ? publisher.rollback(slug, options, parser.isSet(u"dry-run"_qs), by)
                      : publisher.publish(slug, version, options, parser.isSet(u"dry-run"_qs), by);
    if (!report)
        return fail(report.error());
    out() << report->toText() << Qt::endl;
    return Done;
}

int render(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption({u"slug"_qs, Tr::tr("The page (default home)."), Tr::tr("slug"), u"home"_qs});
    parser.addOption({u"version"_qs, Tr::tr("The version to render (default: the published one)."),
                      Tr::tr("n")});
    parser.addOption({u"output"_qs,
                      Tr::tr("The folder to write the site to (created; must be empty)."),
                      Tr::tr("folder")});
    parser.addOption({u"site-url"_qs,
                      Tr::tr("The address the site is served from (default: the book's setting)."),
                      Tr::tr("url")});
    if (int code =
            parse(parser, arguments, "render",
                  QT_TRANSLATE_NOOP("Tr", "Writes the homepage as the static site publishing would "
                                          "send: the same files, the same bytes."));
        code >= 0)
        return code;
    const QString output = parser.value(u"output"_qs);
    if (output.isEmpty())
        return fail({ErrorCode::Invalid, Tr::tr("Say where to write the site with --output.")});
    QDir dir(output);
    if (dir.exists() && !dir.isEmpty())
        return fail({ErrorCode::NotEmpty,
                     Tr::tr("The folder %1 is not empty; give a new or empty one.").arg(output)});
    int version = 0;
    if (parser.isSet(u"version"_qs)) {
        bool ok = false;
        version = parser.value(u"version"_qs).toInt(&ok);
        if (!ok || version < 1)
            return fail({ErrorCode::Invalid,
                         Tr::tr("--version takes a whole number of at least 1, not \"%1\".")
                             .arg(parser.value(u"version"_qs))});
    }
    auto db = openUpToDateBook(parser);
    if (!db)
        return fail(db.error());
    auto settings = PublishSettings::load(*db);
    if (!settings)
        return fail(settings.error());
    RenderOptions options{parser.isSet(u"site-url"_qs) ? parser.value(u"site-url"_qs)
                                                       : settings->siteUrl};
    if (options.siteUrl.isEmpty())
        return fail({ErrorCode::Invalid, Tr::tr("Say with --site-url where the site is served from "
                                                "(the book has no site address).")});
    if (parser.isSet(u"site-url"_qs) && !isSiteAddress(options.siteUrl))
        return fail({ErrorCode::Invalid, siteUrlRefusal(options.siteUrl)});
    if (!options.siteUrl.endsWith(u'/'))
        options.siteUrl += u'/';
    PageRepository pages(*db);
    Result<Page> page = failure(ErrorCode::NotFound, {});
    const QString slug = parser.value(u"slug"_qs);
    if (version == 0)
        page = pages.published(slug);
    else {
        auto all = pages.versions(slug);
        if (!all)
            return fail(all.error());
        for (const Page &p : *all)
            if (p.version == version)
                page = pages.find(p.id);
        if (!page && page.error().message.isEmpty())
            return fail({ErrorCode::NotFound,
                         Tr::tr("The page \"%1\" has no version %2.").arg(slug).arg(version)});
    }
    if (!page)
        return fail(page.error());
    SystemClock clock;
    auto images = PageAssets(*db, clock).imagesFor(*page);
    if (!images)
        return fail(images.error());
    options.images = *images;
    auto catalogue = PlanRepository(*db).list(true);
    if (!catalogue)
        return fail(catalogue.error());
    auto site = Renderer::render(*page, *catalogue, options);
    if (!site)
        return fail(site.error());
    for (const RenderedFile &file : site->files) {
        const QString path = dir.filePath(file.path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail({ErrorCode::Io, Tr::tr("The folder for %1 cannot be created.").arg(path)});
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size())
            return fail(
                {ErrorCode::Io, Tr::tr("%1 cannot be written: %2").arg(path, out.errorString())});
    }
    out() << Tr::tr("Rendered \"%1\" version %2: %3 file(s) in %4.")
                 .arg(slug)
                 .arg(page->version)
                 .arg(site->files.size())
                 .arg(output)
          << Qt::endl;
    return Done;
}

int importImage(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(
        {u"file"_qs, Tr::tr("The image to add (PNG, JPEG, GIF, WebP, BMP)."), Tr::tr("file")});
    if (int code = parse(
            parser, arguments, "import-image",
            QT_TRANSLATE_NOOP("Tr", "Adds an image to the homepage's images (resized to 480, 960 "
                                    "and 1600 pixels wide) and prints the path to give the page."));
        code >= 0)
        return code;
    if (parser.value(u"file"_qs).isEmpty())
        return fail({ErrorCode::Invalid, Tr::tr("Say which image with --file.")});
    auto db = openUpToDateBook(parser);
    if (!db)
        return fail(db.error());
    SystemClock clock;
    auto path = PageAssets(*db, clock).import(parser.value(u"file"_qs));
    if (!path)
        return fail(path.error());
    out() << *path << Qt::endl;
    return Done;
}

const Command kCommands[] = {
    {"migrate", QT_TRANSLATE_NOOP("Tr", "Bring a book's schema up to date."), migrate},
    {"demo-data", QT_TRANSLATE_NOOP("Tr", "Build a realistic demo book."), demoData},
    {"daily",
     QT_TRANSLATE_NOOP("Tr", "Run the billing day (invoices, reminders, charges, dunning)."),
     daily},
    {"publish", QT_TRANSLATE_NOOP("Tr", "Publish the homepage to S3 (only what changed)."),
     publish},
    {"render", QT_TRANSLATE_NOOP("Tr", "Write the homepage's static site to a folder."), render},
    {"import-image", QT_TRANSLATE_NOOP("Tr", "Add an image to the homepage's images."),
     importImage},
    {"metrics", QT_TRANSLATE_NOOP("Tr", "Print MRR, churn and the dashboard's other numbers."),
     metrics},
    {"send-outbox", QT_TRANSLATE_NOOP("Tr", "Send the e-mails waiting in the outbox."), sendOutbox},
    {"export-invoices",
     QT_TRANSLATE_NOOP("Tr", "Write the PDFs (Factur-X) of a period's invoices to a folder."),
     exportInvoices},
};

int usage(QTextStream &stream)
{
    stream << Tr::tr("Usage: influencecore-cli <command> [options]") << u"\n\n"_qs
           << Tr::tr("Commands:") << u'\n';
    for (const Command &command : kCommands)
        stream << u"  "_qs << QString::fromUtf8(command.name).leftJustified(14)
               << Tr::tr(command.summary) << u'\n';
    stream << u'\n' << Tr::tr("Run influencecore-cli <command> --help for a command's options.")
           << Qt::endl;
    return Done;
}

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        usage(err());
        return Usage;
    }
    const QString name = arguments.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help")
        return usage(out());
    if (name == u"--version" || name == u"-v") {
        out() << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name)) {
            QStringList rest = arguments;
            rest.removeAt(1);
            return command.run(rest);
        }
    }
    err() << Tr::tr("\"%1\" is not a command of influencecore-cli; run influencecore-cli --help "
                    "for the list.")
                 .arg(name)
          << Qt::endl;
    return Usage;
}

} // namespace ic::cli
