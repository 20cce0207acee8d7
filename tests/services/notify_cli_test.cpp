#include "services/storage/outboxrepository.h"
#include "services/storage/settings.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <QProcess>
#include <QTcpServer>
#include <QUuid>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

struct CliRun {
    int code = -1;
    QString out, err;
};

CliRun cli(const QStringList &arguments, const QString &password = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SMTP_PASSWORD"_qs);
    if (!password.isEmpty())
        env.insert(u"SMTP_PASSWORD"_qs, password);
    p.setProcessEnvironment(env);
    p.start(QString::fromUtf8(IC_CLI_PATH), QStringList{u"send-outbox"_qs} + arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        ADD_FAILURE() << "send-outbox did not finish in 60 s";
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError()).trimmed()};
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when `server` goes
}

class SendOutboxCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_book = freshBook(Dialect::SQLite);
        ASSERT_TRUE(m_book);
        m_to = u"cli-"_qs + QUuid::createUuid().toString(QUuid::Id128).left(10) + u"@example.test";
        OutboxMessage m;
        m.templateKey = u"welcome"_qs;
        m.language = u"fr"_qs;
        m.recipient = m_to;
        m.data = {{u"customer_name"_qs, u"Zoé"_qs}};
        m.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        auto q = OutboxRepository(db()).enqueue(m);
        ASSERT_TRUE(q.has_value());
        m_id = q->id;
    }
    Database &db() { return *m_book->db; }
    QString book() const { return m_book->spec.path; }
    OutboxMessage message() { return OutboxRepository(db()).find(m_id).value_or(OutboxMessage{}); }
    std::unique_ptr<TestBook> m_book;
    QString m_to;
    qint64 m_id = 0;
};

} // namespace

TEST_F(SendOutboxCli, ABadServerAddressIsRefusedNamingItAndNothingChanges)
{
    const CliRun r = cli({u"--once"_qs, u"--database"_qs, book(), u"--smtp"_qs,
                          u"mail.example.com:25"_qs, u"--from"_qs, u"billing@influence.test"_qs});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.toStdString(),
              "--smtp takes smtp://[user@]host:port or smtps://[user@]host:port, "
              "not \"mail.example.com:25\".");
    EXPECT_EQ(message().status, OutboxStatus::Pending);
    EXPECT_EQ(message().attempts, 0);
}

TEST_F(SendOutboxCli, AnUnreachableServerIsSaidAtOnceAndNothingChanges)
{
    const quint16 port = closedPort();
    const CliRun r = cli({u"--once"_qs, u"--database"_qs, book(), u"--smtp"_qs,
                          u"smtp://127.0.0.1:"_qs + QString::number(port), u"--from"_qs,
                          u"billing@influence.test"_qs});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.toStdString(), "The mail server 127.0.0.1:" + std::to_string(port) +
                                       " cannot be reached: Connection refused.");
    EXPECT_EQ(message().status, OutboxStatus::Pending);
    EXPECT_EQ(message().attempts, 0);
}

TEST_F(SendOutboxCli, NoSenderAddressIsRefused)
{
    // The test book has the demo seller, whose e-mail address would be the sender: without it
    // and without --from or notify.from_address, nobody is named.
    ASSERT_TRUE(db().exec(u"DELETE FROM settings WHERE key = 'seller.email'"_qs).has_value());
    const CliRun r =
        cli({u"--once"_qs, u"--database"_qs, book(), u"--smtp"_qs, u"smtp://127.0.0.1:25"_qs});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.toStdString(), "Say who the mail is from: --from billing@example.com, or the "
                                   "book's notify.from_address (or seller.email) setting.");
    EXPECT_EQ(message().attempts, 0);
}

TEST_F(SendOutboxCli, SendsOnceThroughMaildevAndNeverShowsThePassword)
{
    const QString smtp = u"smtp://127.0.0.1:"_qs + qEnvironmentVariable("IC_TEST_SMTP_PORT");
    ASSERT_TRUE(Settings(db()).setText(u"seller.email"_qs, u"hello@influence.test"_qs));
    const CliRun r = cli({u"--once"_qs, u"--database"_qs, book(), u"--smtp"_qs, smtp});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.toStdString(), "1 sent, 0 to try again later, 0 failed.");
    EXPECT_EQ(message().status, OutboxStatus::Sent);
    // A user on a server that offers no AUTH: refused, the password nowhere in the output.
    const CliRun auth =
        cli({u"--once"_qs, u"--database"_qs, book(), u"--smtp"_qs,
             u"smtp://billing@127.0.0.1:"_qs + qEnvironmentVariable("IC_TEST_SMTP_PORT")},
            u"s3cret-Pa55"_qs);
    EXPECT_EQ(auth.code, 1);
    EXPECT_TRUE(
        auth.err.contains(u"offers neither AUTH PLAIN nor AUTH LOGIN for the user billing"_qs))
        << auth.err.toStdString();
    EXPECT_FALSE(QString(auth.out + auth.err).contains(u"s3cret"_qs));
    // Without the password: one sentence naming the variable.
    const CliRun noPassword =
        cli({u"--once"_qs, u"--database"_qs, book(), u"--smtp"_qs,
             u"smtp://billing@127.0.0.1:"_qs + qEnvironmentVariable("IC_TEST_SMTP_PORT")});
    EXPECT_EQ(noPassword.err.toStdString(),
              "The mail server's user billing needs its password in SMTP_PASSWORD.");
}
