#include "app/cli/exportinvoices.h"
#include "app/cli/book.h"

#include "models/tr.h"
#include "services/documents/invoicepdf.h"
#include "services/storage/connectionspec.h"
#include "services/storage/database.h"
#include "services/storage/invoicerepository.h"
#include "services/storage/migrator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace ic::cli {

namespace {

enum Exit { Done = 0, Failed = 1, Usage = 2 };

int fail(const QString &sentence)
{
    QTextStream(stderr) << sentence << Qt::endl;
    return Failed;
}

struct Target {
    qint64 id = 0;
    QString number;
};

Result<QList<Target>> invoicesIssuedBetween(Database &db, const QDate &from, const QDate &to)
{
    auto q = db.exec(QStringLiteral("SELECT id, number FROM invoices WHERE status <> 'draft' AND "
                                    "issue_date >= :from AND issue_date <= :to ORDER BY "
                                    "issue_date, number"),
                     {{"from", dateValue(from)}, {"to", dateValue(to)}});
    if (!q)
        return std::unexpected(q.error());
    QList<Target> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString()});
    return list;
}

// Removes what this run wrote (temporary files, and the folder when it made it).
void cleanUp(const QStringList &written, const QString &folder, bool madeFolder)
{
    for (const QString &path : written)
        QFile::remove(path);
    if (madeFolder)
        QDir().rmdir(folder);
}

} // namespace

int exportInvoices(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes the PDFs (Factur-X e-invoices) of the invoices and credit notes issued "
               "in a period, or of one of them, into a new or empty folder."));
    parser.addHelpOption();
    parser.addOption(databaseOption());
    parser.addOption({u"from"_qs, Tr::tr("First issue date, YYYY-MM-DD."), Tr::tr("date")});
    parser.addOption({u"to"_qs, Tr::tr("Last issue date, YYYY-MM-DD (included)."), Tr::tr("date")});
    parser.addOption({u"format"_qs, Tr::tr("pdf (the default)."), Tr::tr("format"), u"pdf"_qs});
    parser.addOption(
        {u"out"_qs, Tr::tr("The folder to write into: new, or empty."), Tr::tr("folder")});
    parser.addOption(
        {u"number"_qs, Tr::tr("One invoice or credit note, by its number."), Tr::tr("number")});
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << u' '
                            << Tr::tr("See influencecore-cli export-invoices --help.") << Qt::endl;
        return Usage;
    }
    if (parser.isSet(u"help"_qs)) {
        QTextStream(stdout) << parser.helpText().replace(
            parser.helpText().section(u'\n', 0, 0),
            u"Usage: influencecore-cli export-invoices [options]"_qs);
        return Done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << Tr::tr("Unexpected argument \"%1\". See influencecore-cli "
                                      "export-invoices --help.")
                                   .arg(parser.positionalArguments().first())
                            << Qt::endl;
        return Usage;
    }
    const QString format = parser.value(u"format"_qs).toLower();
    if (format != u"pdf")
        return fail(Tr::tr("This program exports invoices as pdf only for now; \"%1\" is not a "
                           "format it writes.")
                        .arg(format));
    if (!parser.isSet(u"out"_qs))
        return fail(Tr::tr("Say where to write the PDFs with --out FOLDER."));
    const bool one = parser.isSet(u"number"_qs);
    QDate from;
    QDate to;
    if (!one) {
        from = QDate::fromString(parser.value(u"from"_qs), Qt::ISODate);
        to = QDate::fromString(parser.value(u"to"_qs), Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            return fail(Tr::tr("Give the period as --from YYYY-MM-DD --to YYYY-MM-DD, or one "
                               "invoice with --number."));
        if (to < from)
            return fail(Tr::tr("The period ends on %1, before it starts on %2.")
                            .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    }

    const QString folder =
        QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(u"out"_qs)));
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return fail(
            Tr::tr("%1 is a file, not a folder; choose a new or empty folder.").arg(folder));
    if (info.exists() &&
        !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return fail(Tr::tr("The folder %1 is not empty; choose a new or empty folder, so that no "
                           "file is overwritten.")
                        .arg(folder));

    auto db = openUpToDateBook(parser);
    if (!db)
        return fail(db.error().message);

    QList<Target> targets;
    if (one) {
        auto invoice = InvoiceRepository(*db).findByNumber(parser.value(u"number"_qs));
        if (!invoice)
            return fail(invoice.error().message);
        targets.append({invoice->id, invoice->number});
    } else {
        auto list = invoicesIssuedBetween(*db, from, to);
        if (!list)
            return fail(list.error().message);
        if (list->isEmpty())
            return fail(Tr::tr("No invoice or credit note was issued between %1 and %2.")
                            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        targets = *list;
    }

    const bool madeFolder = !info.exists();
    if (madeFolder && !QDir().mkpath(folder))
        return fail(Tr::tr("The folder %1 could not be made.").arg(folder));
    // Every PDF goes to a temporary name first; the names are given only once all are written,
    // so an interrupted export never leaves a file that looks complete.
    QStringList written;
    for (const Target &target : targets) {
        auto pdf = invoicePdf(*db, target.id);
        if (!pdf) {
            cleanUp(written, folder, madeFolder);
            return fail(pdf.error().message);
        }
        const QString part = folder + u"/." + target.number + u".pdf.part";
        QFile file(part);
        const bool ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                        file.write(*pdf) == pdf->size() && file.flush();
        file.close();
        written.append(part);
        if (!ok || file.error() != QFileDevice::NoError) {
            cleanUp(written, folder, madeFolder);
            return fail(Tr::tr("%1 could not be written (%2); nothing was exported.")
                            .arg(part, file.errorString()));
        }
    }
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QString named = folder + u'/' + targets.at(i).number + u".pdf";
        if (!QFile::rename(written.at(i), named)) {
            cleanUp(written, folder, false);
            return fail(Tr::tr("%1 could not be given its name; the export stopped.").arg(named));
        }
    }
    QTextStream(stdout)
        << Tr::tr("%n PDF(s) written to %1.", nullptr, int(targets.size())).arg(folder) << Qt::endl;
    return Done;
}

} // namespace ic::cli
