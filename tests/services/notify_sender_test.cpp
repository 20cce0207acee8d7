#include "models/clock.h"
#include "services/notify/outboxsender.h"
#include "services/notify/smtpclient.h"
#include "services/storage/outboxrepository.h"
#include "services/storage/settings.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

const QChar kNbsp(0x00A0);

// maildev, as scripts/test starts it; a test without it fails (never skipped).
quint16 maildevPort()
{
    const int port = qEnvironmentVariableIntValue("IC_TEST_SMTP_PORT");
    if (port <= 0)
        ADD_FAILURE() << "IC_TEST_SMTP_PORT is not set: run the tests through scripts/test";
    return quint16(port);
}

// GET on maildev's API, bounded to 10 s.
QByteArray apiGet(const QString &path, QString base = {})
{
    if (base.isEmpty())
        base = qEnvironmentVariable("IC_TEST_MAILDEV_API");
    if (base.isEmpty()) {
        ADD_FAILURE() << "IC_TEST_MAILDEV_API is not set: run the tests through scripts/test";
        return {};
    }
    QNetworkAccessManager net;
    QNetworkReply *reply = net.get(QNetworkRequest(QUrl(base + path)));
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        ADD_FAILURE() << "maildev's API did not answer " << path.toStdString();
    }
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

// The mails maildev holds for one recipient (each test uses addresses of its own).
QJsonArray mailsTo(const QString &address)
{
    QJsonArray found;
    for (const QJsonValue &v : QJsonDocument::fromJson(apiGet(u"/api/email"_qs)).array()) {
        const QJsonArray to = v.toObject().value(u"to"_qs).toArray();
        if (!to.isEmpty() && to.first().toObject().value(u"address"_qs).toString() == address)
            found.append(v);
    }
    return found;
}

QString uniqueAddress(const char *who)
{
    return QString::fromUtf8(who) + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(10) +
           u"@example.test";
}

bool makeCertificate(const QTemporaryDir &dir); // below, beside the TLS tests

SmtpConfig maildev()
{
    SmtpConfig c;
    c.host = u"127.0.0.1"_qs;
    c.port = maildevPort();
    c.timeoutMs = 10000;
    return c;
}

// tests/peers/smtp-peer.js in a mode: started, its port read, killed with the test.
struct Peer {
    QProcess process;
    quint16 port = 0;
    explicit Peer(const char *mode, const QStringList &more = {})
    {
        process.start(u"node"_qs, QStringList{QStringLiteral(IC_PEERS_DIR "/smtp-peer.js"),
                                              QString::fromUtf8(mode)} +
                                      more);
        if (process.waitForStarted(10000) && process.waitForReadyRead(20000))
            port = quint16(process.readLine().trimmed().toUInt());
        if (port == 0)
            ADD_FAILURE() << "the SMTP peer did not start";
    }
    ~Peer()
    {
        process.kill();
        process.waitForFinished(5000);
    }
    SmtpConfig config(int timeoutMs = 5000) const
    {
        SmtpConfig c;
        c.host = u"127.0.0.1"_qs;
        c.port = port;
        c.timeoutMs = timeoutMs;
        return c;
    }
};

class NotifySenderTest : public BothDatabases {
protected:
    void SetUp() override
    {
        BothDatabases::SetUp();
        Settings s(db());
        ASSERT_TRUE(s.setText(u"seller.legal_name"_qs, u"Influence Studio SAS"_qs));
        ASSERT_TRUE(s.setText(u"seller.address_lines"_qs, u"12 rue de la Paix"_qs));
        ASSERT_TRUE(s.setText(u"seller.postal_code"_qs, u"75002"_qs));
        ASSERT_TRUE(s.setText(u"seller.city"_qs, u"Paris"_qs));
    }
    OutboxMessage queue(const QString &key, const QString &lang, const QString &to,
                        const QJsonObject &data, const QDateTime &at)
    {
        OutboxMessage m;
        m.templateKey = key;
        m.language = lang;
        m.recipient = to;
        m.data = data;
        m.createdAt = at;
        m.dedupeKey = QUuid::createUuid().toString();
        auto q = OutboxRepository(db()).enqueue(m);
        EXPECT_TRUE(q.has_value()) << q.error().message.toStdString();
        return q.value_or(OutboxMessage{});
    }
    OutboxMessage reread(qint64 id)
    {
        auto m = OutboxRepository(db()).find(id);
        EXPECT_TRUE(m.has_value());
        return m.value_or(OutboxMessage{});
    }
    QString column(const char *name, qint64 id)
    {
        auto v = db().scalar(u"SELECT "_qs + QString::fromUtf8(name) +
                                 u" FROM outbox_messages WHERE id = :id",
                             {{"id", id}});
        return v ? v->toString() : QString();
    }
    FixedClock clock{utc(2026, 12, 4, 9, 0)};
    const OutboxSender::From from{u"Influence Studio"_qs, u"billing@influence.test"_qs};
};

} // namespace

TEST_P(NotifySenderTest, DeliversToARealSmtpServerInTheCustomersLanguage)
{
    const QString lea = uniqueAddress("lea");
    const QString tom = uniqueAddress("tom");
    // The daily run's payload of today (preformatted amount) and a typed one.
    const OutboxMessage fr = queue(u"renewal_reminder"_qs, u"fr"_qs, lea,
                                   {{u"customer"_qs, u"Léa Dupont"_qs},
                                    {u"invoice"_qs, u"F-2026-0042"_qs},
                                    {u"amount"_qs, u"68,75 €"_qs},
                                    {u"dueDate"_qs, u"2026-12-07"_qs}},
                                   utc(2026, 12, 4, 6));
    const OutboxMessage en = queue(u"payment_confirmation"_qs, u"en"_qs, tom,
                                   {{u"customer_name"_qs, u"Tom Baker"_qs},
                                    {u"invoice_number"_qs, u"F-2026-0043"_qs},
                                    {u"amount_minor"_qs, 123450},
                                    {u"still_due_minor"_qs, 0},
                                    {u"currency"_qs, u"EUR"_qs}},
                                   utc(2026, 12, 4, 7));
    SmtpClient smtp(maildev());
    OutboxSender sender(db(), clock, smtp, from);
    auto summary = sender.sendDue();
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->sent, 2);
    EXPECT_EQ(summary->failed, 0);
    EXPECT_EQ(reread(fr.id).status, OutboxStatus::Sent);
    EXPECT_EQ(reread(fr.id).attempts, 1);
    EXPECT_EQ(reread(fr.id).sentAt, clock.now());
    // maildev's answer to the end of DATA, "250 Message queued as <its id>".
    EXPECT_TRUE(column("provider_id", fr.id).startsWith(u"Message queued as "_qs))
        << column("provider_id", fr.id).toStdString();

    const QJsonArray toLea = mailsTo(lea);
    ASSERT_EQ(toLea.size(), 1);
    const QJsonObject mail = toLea.first().toObject();
    EXPECT_EQ(mail.value(u"subject"_qs).toString(),
              u"Votre abonnement est renouvelé le 7 décembre 2026"_qs);
    const QJsonObject sender0 = mail.value(u"from"_qs).toArray().first().toObject();
    EXPECT_EQ(sender0.value(u"address"_qs).toString(), u"billing@influence.test"_qs);
    EXPECT_EQ(sender0.value(u"name"_qs).toString(), u"Influence Studio"_qs);
    const QJsonObject headers = mail.value(u"headers"_qs).toObject();
    EXPECT_EQ(headers.value(u"message-id"_qs).toString(),
              u"<"_qs + OutboxSender::messageIdFor(fr, from.address) + u">");
    const QString text = mail.value(u"text"_qs).toString();
    const QString html = mail.value(u"html"_qs).toString();
    EXPECT_TRUE(text.contains(u"Bonjour Léa Dupont,"));
    EXPECT_TRUE(text.contains(u"Facture"_qs + kNbsp + u": F-2026-0042")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"68,75 €"));
    EXPECT_TRUE(text.contains(u"12 rue de la Paix, 75002 Paris"));
    EXPECT_TRUE(html.contains(u"F-2026-0042"));
    EXPECT_TRUE(html.contains(u"Influence Studio SAS"));
    EXPECT_TRUE(html.contains(u"<table"));
    // The raw message: the subject travels as RFC 2047 encoded words.
    const QByteArray raw = apiGet(u"/api/email/"_qs + mail.value(u"id"_qs).toString() + u"/source");
    EXPECT_TRUE(raw.contains("Subject: =?UTF-8?B?")) << raw.left(400).toStdString();
    // maildev's JSON leaves the Date header out: read it in the raw message (the clock's time).
    EXPECT_TRUE(raw.startsWith("Date: Fri, 04 Dec 2026 09:00:00 +0000\r\n"))
        << raw.left(200).toStdString();
    EXPECT_TRUE(raw.contains("Content-Transfer-Encoding: quoted-printable"));

    const QJsonArray toTom = mailsTo(tom);
    ASSERT_EQ(toTom.size(), 1);
    EXPECT_EQ(toTom.first().toObject().value(u"subject"_qs).toString(),
              u"Payment received: invoice F-2026-0043"_qs);
    EXPECT_TRUE(toTom.first().toObject().value(u"text"_qs).toString().contains(u"€1,234.50"));

    // A second run has nothing to send: each message went once.
    auto again = sender.sendDue();
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->sent, 0);
    EXPECT_EQ(mailsTo(lea).size(), 1);
}

TEST_P(NotifySenderTest, APermanentRefusalFailsTheMessageAndIsNotRetried)
{
    Peer peer("reject");
    const QString to = uniqueAddress("nobody");
    const OutboxMessage m = queue(u"payment_failed"_qs, u"en"_qs, to,
                                  {{u"customer_name"_qs, u"Nobody"_qs}}, utc(2026, 12, 4, 6));
    SmtpClient smtp(peer.config());
    OutboxSender sender(db(), clock, smtp, from);
    auto summary = sender.sendDue();
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->failed, 1);
    EXPECT_EQ(summary->sent, 0);
    const OutboxMessage after = reread(m.id);
    EXPECT_EQ(after.status, OutboxStatus::Failed);
    EXPECT_EQ(after.attempts, 1);
    EXPECT_EQ(after.lastError.toStdString(),
              "The mail server 127.0.0.1:" + std::to_string(peer.port) +
                  " refused RCPT: 550 5.1.1 <" + to.toStdString() + ">: no such mailbox");
    // A day later it is still failed, not tried again.
    clock.advanceDays(1);
    auto later = sender.sendDue();
    ASSERT_TRUE(later.has_value());
    EXPECT_EQ(later->failed + later->sent + later->retryLater, 0);
    EXPECT_EQ(reread(m.id).attempts, 1);
}

TEST_P(NotifySenderTest, ATransientRefusalWaitsAndIsSentLaterInOrder)
{
    Peer busy("busy");
    const QString to = uniqueAddress("later");
    const OutboxMessage first =
        queue(u"invoice_issued"_qs, u"en"_qs, to,
              {{u"customer_name"_qs, u"Later"_qs}, {u"invoice_number"_qs, u"F-1"_qs}},
              utc(2026, 12, 4, 6));
    const OutboxMessage second =
        queue(u"payment_reminder"_qs, u"en"_qs, to,
              {{u"customer_name"_qs, u"Later"_qs}, {u"invoice_number"_qs, u"F-1"_qs}},
              utc(2026, 12, 4, 7));
    {
        SmtpClient smtp(busy.config());
        OutboxSender sender(db(), clock, smtp, from);
        auto summary = sender.sendDue();
        ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
        EXPECT_EQ(summary->retryLater, 1);
        EXPECT_EQ(summary->sent, 0);
    }
    OutboxMessage waiting = reread(first.id);
    EXPECT_EQ(waiting.status, OutboxStatus::Pending);
    EXPECT_EQ(waiting.attempts, 1);
    // First failure: 2^0 = 1 minute later.
    EXPECT_EQ(waiting.nextAttemptAt, clock.now().addSecs(60));
    EXPECT_TRUE(waiting.lastError.contains(u"421 4.3.2"_qs)) << waiting.lastError.toStdString();
    EXPECT_EQ(reread(second.id).attempts, 0);

    // Maildev is up now, but within the minute nothing is tried: the first waits, and the
    // second does not overtake it (in order per recipient).
    SmtpClient smtp(maildev());
    OutboxSender sender(db(), clock, smtp, from);
    auto early = sender.sendDue();
    ASSERT_TRUE(early.has_value());
    EXPECT_EQ(early->sent, 0);
    EXPECT_EQ(mailsTo(to).size(), 0);
    clock.set(clock.now().addSecs(61));
    auto later = sender.sendDue();
    ASSERT_TRUE(later.has_value()) << later.error().message.toStdString();
    EXPECT_EQ(later->sent, 2);
    const QJsonArray mails = mailsTo(to);
    ASSERT_EQ(mails.size(), 2);
    EXPECT_EQ(mails.at(0).toObject().value(u"subject"_qs).toString(), u"Your invoice F-1"_qs);
    EXPECT_EQ(mails.at(1).toObject().value(u"subject"_qs).toString(),
              u"Reminder: invoice F-1 is unpaid"_qs);
    EXPECT_EQ(reread(first.id).attempts, 2);
}

TEST_P(NotifySenderTest, AServerThatNeverAnswersIsATimeoutTriedAgain)
{
    Peer silent("silent");
    const OutboxMessage m = queue(u"welcome"_qs, u"fr"_qs, uniqueAddress("silent"),
                                  {{u"customer_name"_qs, u"Sam"_qs}}, utc(2026, 12, 4, 6));
    SmtpClient smtp(silent.config(500));
    OutboxSender sender(db(), clock, smtp, from);
    QElapsedTimer took;
    took.start();
    auto summary = sender.sendDue();
    ASSERT_TRUE(summary.has_value());
    EXPECT_LT(took.elapsed(), 5000);
    EXPECT_EQ(summary->retryLater, 1);
    const OutboxMessage after = reread(m.id);
    EXPECT_EQ(after.status, OutboxStatus::Pending);
    EXPECT_TRUE(after.lastError.contains(u"did not answer"_qs)) << after.lastError.toStdString();
}

TEST(OutboxSender, RetriesStopADayAfterTheFirstAttempt)
{
    const QDateTime first = utc(2026, 12, 4, 9);
    // attempts 0 -> 1 min, 3 -> 8 min, 6 and more -> 60 min (2^6 = 64, capped).
    EXPECT_EQ(OutboxSender::retryAt(0, first, first), first.addSecs(60));
    EXPECT_EQ(OutboxSender::retryAt(3, first, first), first.addSecs(8 * 60));
    EXPECT_EQ(OutboxSender::retryAt(9, first, first), first.addSecs(3600));
    // 23:30 after the first attempt, an hour more passes the day: given up.
    EXPECT_FALSE(OutboxSender::retryAt(20, first, first.addSecs(23 * 3600 + 1800)).isValid());
}

TEST_P(NotifySenderTest, AnAttemptLeftBySendingIsSentOnceMoreAfterARestart)
{
    const QString to = uniqueAddress("crash");
    const OutboxMessage m = queue(u"trial_ended"_qs, u"en"_qs, to,
                                  {{u"customer_name"_qs, u"Crash"_qs}}, utc(2026, 12, 4, 6));
    // A sender marked it sending and stopped before the answer.
    auto begun = OutboxSending(db()).begin(m.id, u"attempt-1"_qs, clock.now());
    ASSERT_TRUE(begun.has_value());
    SmtpClient smtp(maildev());
    OutboxSender sender(db(), clock, smtp, from);
    // Right away it may be another sender still at work: left alone.
    auto now = sender.sendDue();
    ASSERT_TRUE(now.has_value());
    EXPECT_EQ(now->recovered, 0);
    EXPECT_EQ(now->sent, 0);
    // Ten minutes and more later it is an interrupted attempt: pending again, sent once.
    clock.set(clock.now().addSecs(OutboxSender::kStaleAttemptSeconds + 1));
    auto later = sender.sendDue();
    ASSERT_TRUE(later.has_value()) << later.error().message.toStdString();
    EXPECT_EQ(later->recovered, 1);
    EXPECT_EQ(later->sent, 1);
    EXPECT_EQ(reread(m.id).status, OutboxStatus::Sent);
    EXPECT_EQ(reread(m.id).attempts, 2);
    EXPECT_EQ(mailsTo(to).size(), 1);
}

TEST_P(NotifySenderTest, SmsWaitWithoutAnSmsProvider)
{
    OutboxMessage sms;
    sms.channel = OutboxChannel::Sms;
    sms.templateKey = u"payment_reminder_sms"_qs;
    sms.language = u"fr"_qs;
    sms.recipient = u"+33600000000"_qs;
    sms.createdAt = utc(2026, 12, 4, 6);
    auto queued = OutboxRepository(db()).enqueue(sms);
    ASSERT_TRUE(queued.has_value());
    SmtpClient smtp(maildev());
    OutboxSender sender(db(), clock, smtp, from);
    auto summary = sender.sendDue();
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(summary->smsWaiting, 1);
    EXPECT_EQ(summary->sent, 0);
    EXPECT_EQ(reread(queued->id).status, OutboxStatus::Pending);
    EXPECT_EQ(reread(queued->id).attempts, 0);
}

TEST_P(NotifySenderTest, ARefusalOfOurAccountMakesTheMessageWaitNotFail)
{
    // The peer takes mail only once signed in (530 at MAIL FROM): the server refuses us, not
    // the message, which waits for the account to be put right.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(makeCertificate(dir));
    Peer peer("starttls", {dir.filePath(u"cert.pem"_qs), dir.filePath(u"key.pem"_qs)});
    const OutboxMessage m = queue(u"welcome"_qs, u"en"_qs, uniqueAddress("account"),
                                  {{u"customer_name"_qs, u"Ann"_qs}}, utc(2026, 12, 4, 6));
    SmtpConfig config = peer.config(10000);
    config.extraCaCertificates = QSslCertificate::fromPath(dir.filePath(u"cert.pem"_qs));
    SmtpClient smtp(config);
    OutboxSender sender(db(), clock, smtp, from);
    auto summary = sender.sendDue();
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->failed, 0);
    EXPECT_EQ(summary->retryLater, 1);
    const OutboxMessage after = reread(m.id);
    EXPECT_EQ(after.status, OutboxStatus::Pending);
    EXPECT_EQ(after.lastError.toStdString(),
              "The mail server 127.0.0.1:" + std::to_string(peer.port) +
                  " refused MAIL: 530 5.7.0 Authentication required");
}

IC_BOTH_DATABASES(NotifySenderTest);

TEST(SmtpClient, AnAttachmentAndFrenchTextArriveIntact)
{
    const QString to = uniqueAddress("attach");
    MailMessage m;
    m.fromName = u"Studio « Influence »"_qs;
    m.fromAddress = u"billing@influence.test"_qs;
    m.to = to;
    m.subject = u"Facture réglée « F-2026-0042 »"_qs;
    m.text = u"Voilà votre facture : « F-2026-0042 ».\n.une ligne qui commence par un point\n"_qs;
    m.html = u"<p>Voilà votre facture&nbsp;: «&nbsp;F-2026-0042&nbsp;».</p>"_qs;
    m.messageId = u"attach-"_qs + QUuid::createUuid().toString(QUuid::Id128) + u"@influence.test";
    m.date = QDateTime::currentDateTimeUtc();
    QByteArray pdf("%PDF-1.7\n");
    for (int i = 0; i < 2000; ++i)
        pdf += QByteArray::number(i) + ' ';
    m.attachments.append({u"F-2026-0042.pdf"_qs, u"application/pdf"_qs, pdf});
    SmtpClient smtp(maildev());
    auto sent = smtp.send(m);
    ASSERT_TRUE(sent.has_value()) << sent.error().message.toStdString();
    smtp.close();
    const QJsonArray mails = mailsTo(to);
    ASSERT_EQ(mails.size(), 1);
    const QJsonObject mail = mails.first().toObject();
    EXPECT_EQ(mail.value(u"subject"_qs).toString(), m.subject);
    EXPECT_EQ(mail.value(u"from"_qs).toArray().first().toObject().value(u"name"_qs).toString(),
              m.fromName);
    EXPECT_EQ(mail.value(u"text"_qs).toString().trimmed(), m.text.trimmed());
    EXPECT_TRUE(mail.value(u"html"_qs).toString().contains(u"«&nbsp;F-2026-0042&nbsp;»"));
    const QJsonArray attachments = mail.value(u"attachments"_qs).toArray();
    ASSERT_EQ(attachments.size(), 1);
    EXPECT_EQ(attachments.first().toObject().value(u"filename"_qs).toString(),
              u"F-2026-0042.pdf"_qs);
    EXPECT_EQ(attachments.first().toObject().value(u"contentType"_qs).toString(),
              u"application/pdf"_qs);
    EXPECT_EQ(attachments.first().toObject().value(u"size"_qs).toInt(), pdf.size());
}

TEST(SmtpClient, AddressesAreCheckedInOneSentence)
{
    auto bad = SmtpConfig::fromUrl(u"http://mail.example.com"_qs);
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().message.toStdString(),
              "--smtp takes smtp://[user@]host:port or smtps://[user@]host:port, not "
              "\"http://mail.example.com\".");
    EXPECT_FALSE(SmtpConfig::fromUrl(u"smtp://user:secret@mail.example.com"_qs).has_value());
    auto ok = SmtpConfig::fromUrl(u"smtps://billing@mail.example.com"_qs);
    ASSERT_TRUE(ok.has_value());
    EXPECT_EQ(ok->port, 465);
    EXPECT_EQ(ok->user, u"billing"_qs);
    EXPECT_EQ(ok->security, SmtpConfig::Security::ImplicitTls);
    auto required = SmtpConfig::fromUrl(u"smtp://mail.example.com:2525?starttls=required"_qs);
    ASSERT_TRUE(required.has_value());
    EXPECT_EQ(required->port, 2525);
    EXPECT_EQ(required->security, SmtpConfig::Security::StartTlsRequired);
}

namespace {

// A self-signed certificate for 127.0.0.1 (cert.pem, key.pem in `dir`), made by openssl.
bool makeCertificate(const QTemporaryDir &dir)
{
    QProcess openssl;
    openssl.start(u"openssl"_qs,
                  {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs,
                   u"-keyout"_qs, dir.filePath(u"key.pem"_qs), u"-out"_qs,
                   dir.filePath(u"cert.pem"_qs), u"-days"_qs, u"2"_qs, u"-subj"_qs,
                   u"/CN=127.0.0.1"_qs, u"-addext"_qs, u"subjectAltName=IP:127.0.0.1"_qs});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        ADD_FAILURE() << "openssl: " << openssl.readAllStandardError().toStdString();
        return false;
    }
    return true;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

TEST(SmtpClient, ImplicitTlsChecksTheServersCertificate)
{
    // A maildev of this test's own with TLS from the first byte (smtps), its certificate
    // made here for 127.0.0.1 by openssl.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(makeCertificate(dir));
    const quint16 smtpPort = freePort();
    const quint16 apiPort = freePort();
    QProcess server;
    server.start(u"node"_qs,
                 {QStringLiteral(IC_PEERS_DIR "/node_modules/maildev/dist/bin/maildev.js"),
                  u"--ip"_qs, u"127.0.0.1"_qs, u"--smtp"_qs, QString::number(smtpPort),
                  u"--web-ip"_qs, u"127.0.0.1"_qs, u"--web"_qs, QString::number(apiPort),
                  u"--incoming-secure"_qs, u"--incoming-cert"_qs, dir.filePath(u"cert.pem"_qs),
                  u"--incoming-key"_qs, dir.filePath(u"key.pem"_qs), u"--mail-directory"_qs,
                  dir.filePath(u"mails"_qs), u"--silent"_qs});
    ASSERT_TRUE(server.waitForStarted(10000));
    const auto stop = qScopeGuard([&] {
        server.kill();
        server.waitForFinished(5000);
    });
    bool up = false;
    QElapsedTimer waited;
    waited.start();
    while (!up && waited.elapsed() < 60000) {
        QTcpSocket probe;
        probe.connectToHost(u"127.0.0.1"_qs, smtpPort);
        up = probe.waitForConnected(500);
        if (!up)
            QThread::msleep(200);
    }
    ASSERT_TRUE(up) << "maildev with TLS did not start in 60 s";

    MailMessage m;
    m.fromAddress = u"billing@influence.test"_qs;
    m.to = u"tls@example.test"_qs;
    m.subject = u"Chiffré de bout en bout"_qs;
    m.text = u"Par TLS."_qs;
    m.html = u"<p>Par TLS.</p>"_qs;
    m.messageId = u"tls-1@influence.test"_qs;
    m.date = QDateTime::currentDateTimeUtc();
    SmtpConfig config;
    config.host = u"127.0.0.1"_qs;
    config.port = smtpPort;
    config.security = SmtpConfig::Security::ImplicitTls;
    config.timeoutMs = 10000;
    {
        // A certificate nobody vouches for: refused, and nothing is sent.
        SmtpClient untrusted(config);
        auto refused = untrusted.send(m);
        ASSERT_FALSE(refused.has_value());
        EXPECT_TRUE(refused.error().message.startsWith(
            u"The TLS handshake with the mail server 127.0.0.1:"_qs))
            << refused.error().message.toStdString();
    }
    config.extraCaCertificates = QSslCertificate::fromPath(dir.filePath(u"cert.pem"_qs));
    ASSERT_EQ(config.extraCaCertificates.size(), 1);
    SmtpClient trusted(config);
    auto sent = trusted.send(m);
    ASSERT_TRUE(sent.has_value()) << sent.error().message.toStdString();
    trusted.close();
    const QJsonArray mails =
        QJsonDocument::fromJson(
            apiGet(u"/api/email"_qs, u"http://127.0.0.1:"_qs + QString::number(apiPort)))
            .array();
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails.first().toObject().value(u"subject"_qs).toString(), m.subject);
}

TEST(SmtpClient, StartTlsThenAuthLoginAndAWrongPasswordRefusedWithoutShowingIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(makeCertificate(dir));
    Peer peer("starttls", {dir.filePath(u"cert.pem"_qs), dir.filePath(u"key.pem"_qs)});
    MailMessage m;
    m.fromAddress = u"billing@influence.test"_qs;
    m.to = u"starttls@example.test"_qs;
    m.subject = u"Bonjour"_qs;
    m.text = u"Bonjour"_qs;
    m.html = u"<p>Bonjour</p>"_qs;
    m.messageId = u"starttls-1@influence.test"_qs;
    SmtpConfig config = peer.config(10000);
    config.user = u"billing"_qs;
    config.password = u"s3cret"_qs;
    config.extraCaCertificates = QSslCertificate::fromPath(dir.filePath(u"cert.pem"_qs));
    {
        // The peer offers AUTH only inside TLS and takes mail only once signed in: a delivery
        // proves STARTTLS, the second EHLO and AUTH LOGIN.
        SmtpClient client(config);
        auto sent = client.send(m);
        ASSERT_TRUE(sent.has_value()) << sent.error().message.toStdString();
        EXPECT_EQ(sent->providerId, u"2.0.0 Ok: queued as PEER1"_qs);
    }
    config.password = u"wrong-Pa55"_qs;
    SmtpClient wrong(config);
    auto refused = wrong.send(m);
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().permanent);
    EXPECT_EQ(refused.error().message.toStdString(),
              "The mail server 127.0.0.1:" + std::to_string(peer.port) +
                  " refused AUTH: 535 5.7.8 Authentication credentials invalid");
    EXPECT_FALSE(refused.error().message.contains(u"wrong-Pa55"_qs));
    EXPECT_FALSE(
        refused.error().message.contains(QString::fromLatin1(QByteArray("wrong-Pa55").toBase64())));
}

TEST(SmtpClient, StartTlsRequiredRefusesAServerWithoutIt)
{
    Peer plain("reject");
    SmtpConfig config = plain.config();
    config.security = SmtpConfig::Security::StartTlsRequired;
    SmtpClient client(config);
    auto probe = client.probe();
    ASSERT_FALSE(probe.has_value());
    EXPECT_TRUE(probe.error().permanent);
    EXPECT_EQ(probe.error().message.toStdString(),
              "The mail server 127.0.0.1:" + std::to_string(plain.port) +
                  " does not offer STARTTLS, which the address requires (?starttls=required).");
}
