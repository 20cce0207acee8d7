#include "services/storage/outboxrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

#include <iostream>

using namespace ic;
using namespace ic::test;

namespace {

QJsonArray allMails()
{
    QNetworkAccessManager net;
    QNetworkReply *reply =
        net.get(QNetworkRequest(QUrl(qEnvironmentVariable("IC_TEST_MAILDEV_API") + u"/api/email")));
    QEventLoop loop;
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->isFinished() ? reply->readAll() : QByteArray();
    reply->abort();
    reply->deleteLater();
    return QJsonDocument::fromJson(body).array();
}

} // namespace

// The sender killed (SIGKILL) at random moments while it sends 300 messages, then run to the
// end: every message arrives, and the only duplicates are messages that a kill caught between
// the server's answer and "sent" (at most one a kill, with the same Message-ID).
TEST(SendOutboxKill, KilledAtRandomMomentsNothingIsLostAndDuplicatesAreBoundedByTheKills)
{
    ASSERT_FALSE(qEnvironmentVariable("IC_TEST_MAILDEV_API").isEmpty())
        << "run the tests through scripts/test (maildev)";
    auto book = freshBook(Dialect::SQLite);
    ASSERT_TRUE(book);
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const int total = 300;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (int i = 0; i < total; ++i) {
        OutboxMessage m;
        m.templateKey = u"welcome"_qs;
        m.language = i % 2 ? u"fr"_qs : u"en"_qs;
        m.recipient = u"kill-"_qs + tag + u'-' + QString::number(i % 40) + u"@example.test";
        m.data = QJsonObject{{u"customer_name"_qs, QString(u"Client "_qs + QString::number(i))}};
        m.createdAt = start.addMSecs(i);
        m.dedupeKey = tag + QString::number(i);
        ASSERT_TRUE(OutboxRepository(*book->db).enqueue(m).has_value());
    }
    const QStringList common{
        u"send-outbox"_qs, u"--once"_qs,
        u"--database"_qs,  book->spec.path,
        u"--smtp"_qs,      u"smtp://127.0.0.1:"_qs + qEnvironmentVariable("IC_TEST_SMTP_PORT"),
        u"--from"_qs,      u"billing@influence.test"_qs};
    int kills = 0;
    for (int round = 0; round < 6; ++round) {
        QProcess sender;
        // Each restart takes over what the killed one left half sent (no other sender runs).
        sender.start(QString::fromUtf8(IC_CLI_PATH),
                     common + QStringList{u"--take-over-after"_qs, u"0"_qs});
        ASSERT_TRUE(sender.waitForStarted(10000));
        const int after = 150 + int(QRandomGenerator::global()->bounded(600));
        if (!sender.waitForFinished(after)) {
            sender.kill();
            sender.waitForFinished(10000);
            ++kills;
        }
    }
    QProcess last;
    last.start(QString::fromUtf8(IC_CLI_PATH),
               common + QStringList{u"--take-over-after"_qs, u"0"_qs});
    ASSERT_TRUE(last.waitForFinished(120000));
    EXPECT_EQ(last.exitCode(), 0) << last.readAllStandardError().toStdString();
    auto sent = book->db->scalar(u"SELECT COUNT(*) FROM outbox_messages WHERE status = 'sent'"_qs);
    ASSERT_TRUE(sent.has_value());
    EXPECT_EQ(sent->toInt(), total);

    QHash<QString, int> byMessageId;
    for (const QJsonValue &v : allMails()) {
        const QJsonObject mail = v.toObject();
        const QString to =
            mail.value(u"to"_qs).toArray().first().toObject().value(u"address"_qs).toString();
        if (to.startsWith(u"kill-"_qs + tag))
            ++byMessageId[mail.value(u"headers"_qs).toObject().value(u"message-id"_qs).toString()];
    }
    EXPECT_EQ(byMessageId.size(), total); // none lost
    int duplicates = 0;
    for (int n : std::as_const(byMessageId))
        duplicates += n - 1;
    EXPECT_LE(duplicates, kills);
    std::cout << "[ kills ] " << kills << " kill(s), " << duplicates << " duplicate(s)\n";
}
