// The Publish dialog driven offscreen against the s3rver scripts/test starts: the dry run's
// list, Publish with its progress, cancel before index.html, Roll Back, and the failures
// (unreachable endpoint, wrong keys, missing bucket, a page with no active section), each one
// sentence with the live site and the draft unchanged.
#include "services/demo/democatalog.h"
#include "services/homepage/versionsdiff.h"
#include "services/publish/publishsettings.h"
#include "services/publish/s3client.h"
#include "services/security/keys.h"
#include "services/storage/pagerepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/testbooks.h"
#include "ui/common/fielderror.h"
#include "ui/homepage/publishdialog.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

// s3rver checks the access key id but not signatures. To see what the dialog says when a
// real S3 refuses a signature, this loopback server answers every request the way S3 does
// then: 403 with the SignatureDoesNotMatch error document.
class SignatureRefusingServer final : public QTcpServer {
public:
    SignatureRefusingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    const QByteArray body =
                        "<?xml version=\"1.0\" "
                        "encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code>"
                        "<Message>The request signature we calculated does not match the signature "
                        "you provided. "
                        "Check your key and signing "
                        "method.</Message><RequestId>0</RequestId></Error>";
                    socket->write("HTTP/1.1 403 Forbidden\r\nContent-Type: "
                                  "application/xml\r\nConnection: close\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

class PublishUi : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_book = freshBook(Dialect::SQLite);
        ASSERT_TRUE(m_book);
        ASSERT_TRUE(writeDemoCatalog(db(), QDate(2026, 1, 1)));
        const QString endpoint = qEnvironmentVariable("IC_TEST_S3_ENDPOINT");
        ASSERT_FALSE(endpoint.isEmpty())
            << "IC_TEST_S3_ENDPOINT is not set: run the tests with scripts/test";
        m_settings.endpoint = QUrl(endpoint);
        m_settings.bucket = u"ic-"_qs + QUuid::createUuid().toString(QUuid::Id128).left(20);
        m_settings.pathStyle = true;
        m_settings.siteUrl = u"https://www.example.com/"_qs;
        ASSERT_TRUE(m_settings.save(db()));
        ASSERT_TRUE(
            PublishSettings::storeKeys(m_keys, m_settings.endpoint, u"S3RVER"_qs, u"S3RVER"_qs));
        auto config = m_settings.clientConfig(m_keys);
        ASSERT_TRUE(config);
        m_client = std::make_unique<S3Client>(*config);
        ASSERT_TRUE(m_client->createBucket());
        m_admin.username = u"claire"_qs;
        m_admin.role = Role::Admin;
    }
    Database &db() { return *m_book->db; }

    // Opens the dialog and waits for its dry run.
    std::unique_ptr<PublishDialog> open(int version, bool expectOk = true)
    {
        auto dialog =
            std::make_unique<PublishDialog>(db(), m_keys, m_clock, &m_admin, u"home"_qs, version);
        QSignalSpy done(dialog.get(), &PublishDialog::finished);
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        // The dry run may have ended while the window was being shown.
        if (dialog->errorLabel()->text().isEmpty() && done.isEmpty()) {
            EXPECT_TRUE(done.wait(60000));
        }
        if (expectOk)
            EXPECT_TRUE(dialog->errorLabel()->text().isEmpty())
                << dialog->errorLabel()->text().toStdString();
        return dialog;
    }
    bool click(PublishDialog &dialog, QPushButton *button)
    {
        QSignalSpy done(&dialog, &PublishDialog::finished);
        QTest::mouseClick(button, Qt::LeftButton);
        if (done.isEmpty() && !done.wait(60000))
            return false;
        return done.at(0).at(0).toBool();
    }
    Page draftChanged(const QString &serviceName)
    {
        PageRepository pages(db());
        auto live = pages.latest(u"home"_qs);
        Page edited = *live;
        for (Section &s : edited.sections)
            if (s.type == SectionType::Services && !s.services.isEmpty())
                s.services[0].name = serviceName;
        edited.createdBy = u"claire"_qs;
        auto saved = pages.saveDraft(edited);
        EXPECT_TRUE(saved) << saved.error().message.toStdString();
        return saved.value_or(Page{});
    }
    QStringList previewed(PublishDialog &dialog)
    {
        QStringList rows;
        for (int i = 0; i < dialog.preview()->topLevelItemCount(); ++i)
            rows.append(dialog.preview()->topLevelItem(i)->text(1) + u' ' +
                        dialog.preview()->topLevelItem(i)->text(0));
        return rows;
    }
    QByteArray liveIndex() { return m_client->getObject(u"index.html"_qs).value_or(QByteArray()); }
    int publishes() { return int(countRows(db(), u"publishes"_qs)); }

    std::unique_ptr<TestBook> m_book;
    PublishSettings m_settings;
    test::MemorySecretStore m_keys;
    std::unique_ptr<S3Client> m_client;
    FixedClock m_clock{utc(2026, 3, 14, 9, 0)};
    Session m_admin;
};

} // namespace

TEST_F(PublishUi, DryRunListThenPublishThenRollBack)
{
    auto dialog = open(0);
    const QStringList first = previewed(*dialog);
    EXPECT_TRUE(first.contains(u"upload index.html"_qs)) << first.join(u", ").toStdString();
    EXPECT_TRUE(first.contains(u"upload robots.txt"_qs));
    EXPECT_TRUE(dialog->summary()->text().startsWith(u"Version 1: "_qs))
        << dialog->summary()->text().toStdString();
    EXPECT_EQ(liveIndex(), QByteArray()); // a dry run sends nothing
    ASSERT_TRUE(dialog->publishButton()->isEnabled());

    QStringList seen;
    QObject::connect(dialog.get(), &PublishDialog::fileStarted, dialog.get(),
                     [&](const QString &path) {
                         seen.append(path);
                         EXPECT_EQ(dialog->currentFile()->text(), path);
                     });
    ASSERT_TRUE(click(*dialog, dialog->publishButton()))
        << dialog->errorLabel()->text().toStdString();
    EXPECT_EQ(seen.last(), u"index.html"_qs); // index.html last
    EXPECT_EQ(seen.size(), first.size());
    EXPECT_TRUE(dialog->summary()->text().startsWith(u"Published \"home\" version 1: "_qs))
        << dialog->summary()->text().toStdString();
    EXPECT_EQ(dialog->progress()->value(), dialog->progress()->maximum());
    // For the README: IC_SCREENSHOT_DIR=docs/screenshots writes the dialog as a person sees it.
    if (const QString dir = qEnvironmentVariable("IC_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(dir + u"/publish-dialog.png"_qs);
    const QByteArray v1 = liveIndex();
    ASSERT_FALSE(v1.isEmpty());

    // Version 2 goes live, then one click puts version 1 back.
    const Page v2 = draftChanged(u"Creator discovery"_qs);
    auto second = open(v2.version);
    EXPECT_EQ(previewed(*second), QStringList{u"upload index.html"_qs});
    ASSERT_TRUE(click(*second, second->publishButton()));
    EXPECT_NE(liveIndex(), v1);
    EXPECT_TRUE(liveIndex().contains("Creator discovery"));
    ASSERT_TRUE(click(*second, second->rollbackButton()))
        << second->errorLabel()->text().toStdString();
    EXPECT_TRUE(second->summary()->text().startsWith(u"Rolled back \"home\" to version 1"_qs))
        << second->summary()->text().toStdString();
    EXPECT_EQ(liveIndex(), v1);
    EXPECT_EQ(PageRepository(db()).published(u"home"_qs)->version, 1);
}

TEST_F(PublishUi, CancelBeforeIndexHtmlLeavesTheLiveSite)
{
    auto first = open(0);
    ASSERT_TRUE(click(*first, first->publishButton()));
    const QByteArray live = liveIndex();
    const int before = publishes();
    // A change of the stylesheet-free kind: index.html and one image the new version adds.
    Page v2 = draftChanged(u"Creator discovery"_qs);
    ASSERT_TRUE(m_client->putObject(u"sitemap.xml"_qs, "stale", "application/xml",
                                    {})); // one more file to send
    auto dialog = open(v2.version);
    ASSERT_EQ(previewed(*dialog), (QStringList{u"upload sitemap.xml"_qs, u"upload index.html"_qs}));
    QObject::connect(dialog.get(), &PublishDialog::fileStarted, dialog.get(),
                     [&](const QString &path) {
                         if (path == u"sitemap.xml")
                             QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
                     });
    EXPECT_FALSE(click(*dialog, dialog->publishButton()));
    EXPECT_EQ(dialog->errorLabel()->text(),
              u"Publishing was cancelled before index.html: the live site is unchanged."_qs);
    EXPECT_EQ(liveIndex(), live);
    EXPECT_EQ(publishes(), before);
    EXPECT_EQ(PageRepository(db()).find(v2.id)->status, PageStatus::Draft);
    EXPECT_EQ(PageRepository(db()).published(u"home"_qs)->version, 1);
}

TEST_F(PublishUi, FailuresAreOneSentenceWithTheLiveSiteAndTheDraftUnchanged)
{
    auto first = open(0);
    ASSERT_TRUE(click(*first, first->publishButton()));
    first.reset();
    const QByteArray live = liveIndex();
    const int before = publishes();
    const Page draft = draftChanged(u"Creator discovery"_qs);
    auto unchanged = [&] {
        EXPECT_EQ(liveIndex(), live);
        EXPECT_EQ(publishes(), before);
        auto page = PageRepository(db()).find(draft.id);
        EXPECT_EQ(page->status, PageStatus::Draft);
        EXPECT_TRUE(PageDiff::compare(draft, *page).isEmpty());
    };
    auto sentenceOf = [&](int version) {
        auto dialog = open(version, false);
        const QString text = dialog->errorLabel()->text();
        EXPECT_FALSE(dialog->publishButton()->isEnabled());
        EXPECT_FALSE(text.contains(u'\n'));
        EXPECT_TRUE(text.endsWith(u'.')) << text.toStdString();
        return text;
    };

    // A page with no active section.
    {
        Page empty = draft;
        for (Section &s : empty.sections)
            s.isActive = false;
        empty.createdBy = u"claire"_qs;
        auto saved = PageRepository(db()).saveNewVersion(empty);
        ASSERT_TRUE(saved);
        const QString said = sentenceOf(saved->version);
        EXPECT_TRUE(said.contains(u"no active section"_qs)) << said.toStdString();
        EXPECT_EQ(liveIndex(), live);
        EXPECT_EQ(publishes(), before);
    }
    // A missing bucket.
    PublishSettings wrong = m_settings;
    wrong.bucket = u"no-such-bucket-here"_qs;
    ASSERT_TRUE(wrong.save(db()));
    EXPECT_EQ(
        sentenceOf(draft.version),
        u"The bucket \"no-such-bucket-here\" does not exist at 127.0.0.1; create it or correct its name."_qs);
    unchanged();
    // An endpoint nobody answers at.
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    wrong = m_settings;
    wrong.endpoint = QUrl(u"http://127.0.0.1:"_qs + QString::number(deadPort));
    ASSERT_TRUE(wrong.save(db()));
    ASSERT_TRUE(PublishSettings::storeKeys(m_keys, wrong.endpoint, u"S3RVER"_qs, u"S3RVER"_qs));
    const QString away = sentenceOf(draft.version);
    EXPECT_TRUE(away.startsWith(u"The S3 endpoint http://127.0.0.1:"_qs +
                                QString::number(deadPort) + u" cannot be reached"_qs))
        << away.toStdString();
    unchanged();
    // An access key s3rver does not know.
    ASSERT_TRUE(m_settings.save(db()));
    ASSERT_TRUE(
        PublishSettings::storeKeys(m_keys, m_settings.endpoint, u"NOT-A-KEY"_qs, u"S3RVER"_qs));
    EXPECT_EQ(
        sentenceOf(draft.version),
        u"The S3 server does not know the access key: check the access key id in the S3 settings (or AWS_ACCESS_KEY_ID) for 127.0.0.1."_qs);
    unchanged();
    // A secret S3 refuses (answered by the loopback server above, as s3rver checks no signature).
    SignatureRefusingServer refusing;
    ASSERT_TRUE(refusing.listen(QHostAddress::LocalHost));
    wrong = m_settings;
    wrong.endpoint = QUrl(u"http://127.0.0.1:"_qs + QString::number(refusing.serverPort()));
    ASSERT_TRUE(wrong.save(db()));
    ASSERT_TRUE(
        PublishSettings::storeKeys(m_keys, wrong.endpoint, u"AKIDEXAMPLE"_qs, u"wrong-secret"_qs));
    EXPECT_EQ(
        sentenceOf(draft.version),
        u"The S3 server refused the signature: check the secret access key in the S3 settings (or AWS_SECRET_ACCESS_KEY) and the region (us-east-1)."_qs);
    unchanged();
    // No keys at all.
    ASSERT_TRUE(m_settings.save(db()));
    ASSERT_TRUE(PublishSettings::forgetKeys(m_keys, m_settings.endpoint));
    EXPECT_EQ(sentenceOf(draft.version), u"No keys are stored for "_qs +
                                             m_settings.endpoint.toString() +
                                             u": enter them in the S3 settings."_qs);
    unchanged();
}
