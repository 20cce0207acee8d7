#include "app/cli/sendoutbox.h"
#include "app/cli/book.h"

#include "models/clock.h"
#include "models/tr.h"
#include "services/notify/outboxsender.h"
#include "services/notify/smtpclient.h"
#include "services/storage/connectionspec.h"
#include "services/storage/database.h"
#include "services/storage/migrator.h"
#include "services/storage/settings.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>
#include <QThread>

#include <csignal>

namespace ic::cli {

namespace {

// The command table's helpers (commands.cpp) are private to it; this command keeps its own
// few lines until they move to a header shared by the commands.
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

int fail(const QString &sentence)
{
    err() << sentence << Qt::endl;
    return 1;
}

volatile std::sig_atomic_t g_stop = 0;

extern "C" void stopSending(int)
{
    g_stop = 1;
}

} // namespace

int sendOutbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Sends the notifications waiting in the outbox by e-mail, oldest first. Without "
               "--once it keeps waiting for new ones (checking every 10 seconds). The SMTP "
               "password comes from SMTP_PASSWORD, never from the command line or the book."));
    parser.addHelpOption();
    parser.addOption(databaseOption());
    parser.addOption({u"once"_qs, Tr::tr("Send what is due, then exit.")});
    parser.addOption({u"smtp"_qs,
                      Tr::tr("The mail server for this run: smtp://[user@]host:port (STARTTLS "
                             "when offered; add ?starttls=required to insist) or "
                             "smtps://[user@]host:port (default: the book's notify.smtp_url)."),
                      Tr::tr("url")});
    parser.addOption({u"from"_qs,
                      Tr::tr("The sender's address (default: the book's notify.from_address, "
                             "else seller.email)."),
                      Tr::tr("address")});
    parser.addOption({u"take-over-after"_qs,
                      Tr::tr("Take over a message another sender left half sent once its attempt "
                             "is this many seconds old (default 600; 0 after a crash when no "
                             "other sender runs). It is sent once more and may arrive twice."),
                      Tr::tr("seconds"), u"600"_qs});
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << u' '
              << Tr::tr("See influencecore-cli %1 --help.").arg(u"send-outbox"_qs) << Qt::endl;
        return 2;
    }
    if (parser.isSet(u"help"_qs)) {
        out() << parser.helpText().replace(parser.helpText().section(u'\n', 0, 0),
                                           u"Usage: influencecore-cli send-outbox [options]"_qs)
              << Qt::flush;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << Tr::tr("Unexpected argument \"%1\". See influencecore-cli %2 --help.")
                     .arg(parser.positionalArguments().first(), u"send-outbox"_qs)
              << Qt::endl;
        return 2;
    }
    // The server's address is checked before anything is opened.
    Result<SmtpConfig> smtp = failure(ErrorCode::Invalid, {});
    if (parser.isSet(u"smtp"_qs)) {
        smtp = SmtpConfig::fromUrl(parser.value(u"smtp"_qs));
        if (!smtp)
            return fail(smtp.error().message);
    }
    bool ok = false;
    const int takeOverAfter = parser.value(u"take-over-after"_qs).toInt(&ok);
    if (!ok || takeOverAfter < 0)
        return fail(Tr::tr("--take-over-after takes a whole number of seconds, not \"%1\".")
                        .arg(parser.value(u"take-over-after"_qs)));
    auto db = openUpToDateBook(parser);
    if (!db)
        return fail(db.error().message);
    Settings settings(*db);
    if (!parser.isSet(u"smtp"_qs)) {
        auto url = settings.text(u"notify.smtp_url"_qs, {});
        if (!url)
            return fail(url.error().message);
        if (url->isEmpty())
            return fail(Tr::tr("Say which mail server to send through: --smtp smtp://host:port, "
                               "or the book's notify.smtp_url setting."));
        smtp = SmtpConfig::fromUrl(*url);
        if (!smtp)
            return fail(smtp.error().message);
    }
    smtp->password = qEnvironmentVariable("SMTP_PASSWORD");
    if (!smtp->user.isEmpty() && smtp->password.isEmpty())
        return fail(Tr::tr("The mail server's user %1 needs its password in SMTP_PASSWORD.")
                        .arg(smtp->user));
    QString fromAddress = parser.value(u"from"_qs).trimmed();
    if (fromAddress.isEmpty()) {
        auto configured = settings.text(u"notify.from_address"_qs, {});
        auto seller = settings.text(u"seller.email"_qs, {});
        if (!configured || !seller)
            return fail((configured ? seller.error() : configured.error()).message);
        fromAddress = configured->isEmpty() ? seller->trimmed() : configured->trimmed();
    }
    static const QRegularExpression address(u"^[^@\\s<>]+@[^@\\s<>]+$"_qs);
    if (fromAddress.isEmpty())
        return fail(Tr::tr("Say who the mail is from: --from billing@example.com, or the book's "
                           "notify.from_address (or seller.email) setting."));
    if (!address.match(fromAddress).hasMatch())
        return fail(Tr::tr("--from takes an e-mail address like billing@example.com, not \"%1\".")
                        .arg(fromAddress));
    auto fromName = settings.text(u"seller.legal_name"_qs, {});
    if (!fromName)
        return fail(fromName.error().message);

    SmtpClient client(*smtp);
    // A server that cannot be reached is said at once, before the outbox is touched.
    if (auto reachable = client.probe(); !reachable)
        return fail(reachable.error().message);

    SystemClock clock;
    OutboxSender sender(*db, clock, client, {fromName->trimmed(), fromAddress});
    sender.setTakeOverAfter(takeOverAfter);
    const bool once = parser.isSet(u"once"_qs);
    std::signal(SIGINT, stopSending);
    std::signal(SIGTERM, stopSending);
    int exitCode = 0;
    do {
        auto summary = sender.sendDue();
        if (!summary)
            return fail(summary.error().message);
        if (once || summary->sent + summary->failed + summary->retryLater + summary->recovered > 0)
            out() << summary->toText() << Qt::endl;
        if (summary->retryLater + summary->failed > 0 && !summary->lastProblem.isEmpty())
            err() << summary->lastProblem << Qt::endl;
        exitCode = summary->failed > 0 ? 1 : 0;
        // Without --once: a short poll (LISTEN/NOTIFY on PostgreSQL is for later).
        for (int i = 0; !once && i < 100 && !g_stop; ++i)
            QThread::msleep(100);
    } while (!once && !g_stop);
    return exitCode;
}

} // namespace ic::cli
