// Publishing end to end against the S3-compatible server scripts/test starts on loopback
// (s3rver, IC_TEST_S3_ENDPOINT). Without that server the tests fail: they are never skipped.
// s3rver checks the access key id (S3RVER) but not the signature itself: the AWS vectors in
// sigv4_test.cpp are what prove the signatures.

#include "models/clock.h"
#include "services/demo/democatalog.h"
#include "services/publish/publisher.h"
#include "services/publish/s3client.h"
#include "services/storage/pagerepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <QCryptographicHash>
#include <QTcpServer>
#include <QUuid>

#include <gtest/gtest.h>

using namespace ic;

namespace {

const RenderOptions kOptions{u"https://www.influencecore.example/"_qs};

S3Config serverConfig(const QString &bucket)
{
    S3Config config;
    const QByteArray endpoint = qgetenv("IC_TEST_S3_ENDPOINT");
    if (endpoint.isEmpty())
        ADD_FAILURE() << "IC_TEST_S3_ENDPOINT is not set: run the tests with scripts/test, which "
                         "starts s3rver";
    config.endpoint = QUrl(QString::fromUtf8(endpoint));
    config.bucket = bucket;
    config.pathStyle = true;
    config.accessKeyId = u"S3RVER"_qs;
    config.secretAccessKey = u"S3RVER"_qs;
    config.timeoutMs = 10000;
    return config;
}

QString freshBucketName()
{
    return u"ic-"_qs + QUuid::createUuid().toString(QUuid::Id128).left(20);
}

void expectOneSentence(const QString &text)
{
    EXPECT_FALSE(text.isEmpty());
    EXPECT_FALSE(text.contains(u'\n')) << text.toStdString();
    EXPECT_TRUE(text.endsWith(u'.')) << text.toStdString();
}

// Fails the put of one key with what a server error looks like; everything else goes through.
class FailingStore final : public ObjectStore {
public:
    FailingStore(ObjectStore &inner, QString failingKey)
        : m_inner(inner)
        , m_failingKey(std::move(failingKey))
    {
    }
    Result<QList<StoredObject>> listObjects(const QString &prefix) override
    {
        return m_inner.listObjects(prefix);
    }
    Result<QByteArray> putObject(const QString &key, const QByteArray &body, const QByteArray &type,
                                 const QByteArray &cache) override
    {
        if (key == m_failingKey)
            return failure(
                ErrorCode::Unavailable,
                u"The S3 server answered 500 (InternalError) to PUT %1; try again later."_qs.arg(
                    key));
        return m_inner.putObject(key, body, type, cache);
    }
    Result<QByteArray> getObject(const QString &key) override { return m_inner.getObject(key); }
    Done deleteObject(const QString &key) override { return m_inner.deleteObject(key); }

private:
    ObjectStore &m_inner;
    QString m_failingKey;
};

class PublishToS3 : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_book = test::freshBook(Dialect::SQLite);
        ASSERT_TRUE(m_book);
        ASSERT_TRUE(writeDemoCatalog(*m_book->db, QDate(2026, 1, 1)));
        m_client = std::make_unique<S3Client>(serverConfig(freshBucketName()));
        auto created = m_client->createBucket();
        ASSERT_TRUE(created) << created.error().message.toStdString();
    }
    Database &db() { return *m_book->db; }
    Publisher publisher(ObjectStore &store)
    {
        return Publisher(db(), store, m_clock, u"test "_qs + m_client->config().bucket);
    }
    QStringList keys()
    {
        auto list = m_client->listObjects();
        EXPECT_TRUE(list) << list.error().message.toStdString();
        QStringList out;
        for (const StoredObject &o : list.value_or(QList<StoredObject>{}))
            out.append(o.key);
        out.sort();
        return out;
    }
    // Saves a copy of the published page with its first service renamed; returns its version.
    int saveChangedVersion(const QString &serviceName)
    {
        PageRepository pages(db());
        auto page = pages.latest(u"home"_qs);
        EXPECT_TRUE(page);
        page->sections[1].services[0].name = serviceName;
        page->status = PageStatus::Draft; // an edit is a draft until it is published
        auto saved = pages.saveNewVersion(*page);
        EXPECT_TRUE(saved) << saved.error().message.toStdString();
        return saved ? saved->version : 0;
    }

    std::unique_ptr<test::TestBook> m_book;
    std::unique_ptr<S3Client> m_client;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC)};
};

} // namespace

TEST_F(PublishToS3, FirstUploadsEverythingThenNothingThenOnlyIndex)
{
    // index.html, the style sheet, sitemap.xml, robots.txt, and the demo's hero background
    // and Open Graph image in three widths each
    constexpr int kDemoFiles = 10;
    Publisher p = publisher(*m_client);
    auto first = p.publish(u"home"_qs, 0, kOptions, false, u"test"_qs);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_EQ(first->uploaded.size(), kDemoFiles);
    EXPECT_EQ(first->uploaded.last(), u"index.html"_qs); // last
    EXPECT_EQ(keys().size(), kDemoFiles);

    // what the bucket serves is what was rendered, with its headers
    auto index = m_client->getObject(u"index.html"_qs);
    ASSERT_TRUE(index);
    EXPECT_TRUE(index->contains("Influencer campaigns, without the spreadsheets"));
    auto head = m_client->headObject(u"index.html"_qs);
    ASSERT_TRUE(head);
    EXPECT_EQ(head->etag, QCryptographicHash::hash(*index, QCryptographicHash::Md5).toHex());

    auto second = p.publish(u"home"_qs, 0, kOptions, false, u"test"_qs);
    ASSERT_TRUE(second) << second.error().message.toStdString();
    EXPECT_TRUE(second->uploaded.isEmpty());
    EXPECT_TRUE(second->deleted.isEmpty());
    EXPECT_EQ(second->unchanged, kDemoFiles);

    const int version = saveChangedVersion(u"Creator discovery"_qs);
    auto dry = p.publish(u"home"_qs, version, kOptions, true, u"test"_qs);
    ASSERT_TRUE(dry);
    EXPECT_EQ(dry->uploaded, QStringList{u"index.html"_qs});
    EXPECT_FALSE(m_client->getObject(u"index.html"_qs)
                     ->contains("Creator discovery")); // a dry run sends nothing

    auto third = p.publish(u"home"_qs, version, kOptions, false, u"test"_qs);
    ASSERT_TRUE(third) << third.error().message.toStdString();
    EXPECT_EQ(third->uploaded, QStringList{u"index.html"_qs});
    EXPECT_TRUE(m_client->getObject(u"index.html"_qs)->contains("Creator discovery"));
    EXPECT_EQ(PageRepository(db()).published(u"home"_qs)->version, version);

    // rollback in one call: the previous version is live again
    auto back = p.rollback(u"home"_qs, kOptions, false, u"test"_qs);
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(back->version, 1);
    EXPECT_EQ(back->uploaded, QStringList{u"index.html"_qs});
    EXPECT_FALSE(m_client->getObject(u"index.html"_qs)->contains("Creator discovery"));
    EXPECT_EQ(PageRepository(db()).published(u"home"_qs)->version, 1);
    EXPECT_EQ(test::countRows(db(), u"publishes"_qs), 4);
}

TEST_F(PublishToS3, AFileTheSiteNoLongerHasIsDeletedAndReferencedImagesAreKept)
{
    ASSERT_TRUE(m_client->putObject(u"assets/site.0123456789ab.css"_qs, "old", "text/css", {}));
    ASSERT_TRUE(m_client->putObject(u"assets/hero.jpg"_qs, "jpeg", "image/jpeg", {}));
    // a version whose hero shows an image put in the bucket by hand, not one of the book's
    PageRepository pages(db());
    auto page = pages.latest(u"home"_qs);
    ASSERT_TRUE(page);
    page->sections[0].config.insert(u"backgroundImage"_qs, u"assets/hero.jpg"_qs);
    page->status = PageStatus::Draft;
    auto saved = pages.saveNewVersion(*page);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    Publisher p = publisher(*m_client);
    auto done = p.publish(u"home"_qs, saved->version, kOptions, false, u"test"_qs);
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_EQ(done->deleted, QStringList{u"assets/site.0123456789ab.css"_qs});
    EXPECT_FALSE(keys().contains(u"assets/site.0123456789ab.css"_qs));
    EXPECT_TRUE(keys().contains(u"assets/hero.jpg"_qs));
}

TEST_F(PublishToS3, AServerErrorInTheMiddleLeavesTheOldSite)
{
    Publisher good = publisher(*m_client);
    ASSERT_TRUE(good.publish(u"home"_qs, 0, kOptions, false, u"test"_qs));
    const QByteArray liveIndex = *m_client->getObject(u"index.html"_qs);
    ASSERT_TRUE(m_client->putObject(u"assets/site.0123456789ab.css"_qs, "old", "text/css", {}));
    ASSERT_TRUE(m_client->deleteObject(u"sitemap.xml"_qs));
    const int version = saveChangedVersion(u"Creator discovery"_qs);

    FailingStore failing(*m_client, u"sitemap.xml"_qs); // fails before index.html's turn
    Publisher bad = publisher(failing);
    auto result = bad.publish(u"home"_qs, version, kOptions, false, u"test"_qs);
    ASSERT_FALSE(result);
    expectOneSentence(result.error().message);
    EXPECT_TRUE(result.error().message.startsWith(u"Nothing was changed on the live site"_qs));
    EXPECT_EQ(*m_client->getObject(u"index.html"_qs), liveIndex);
    EXPECT_TRUE(keys().contains(u"assets/site.0123456789ab.css"_qs)); // nothing deleted
    EXPECT_EQ(PageRepository(db()).published(u"home"_qs)->version, 1);
    EXPECT_EQ(test::countRows(db(), u"publishes"_qs), 1);

    // the same publish once the server is well goes through
    auto retried = good.publish(u"home"_qs, version, kOptions, false, u"test"_qs);
    ASSERT_TRUE(retried) << retried.error().message.toStdString();
    EXPECT_TRUE(retried->uploaded.contains(u"sitemap.xml"_qs));
}

TEST_F(PublishToS3, AnEndpointThatDiesLeavesTheOldSite)
{
    Publisher good = publisher(*m_client);
    ASSERT_TRUE(good.publish(u"home"_qs, 0, kOptions, false, u"test"_qs));
    const QByteArray liveIndex = *m_client->getObject(u"index.html"_qs);
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    S3Config config = m_client->config();
    config.endpoint.setPort(closed.serverPort());
    closed.close();
    S3Client dead(config);
    Publisher p = publisher(dead);
    auto result = p.publish(u"home"_qs, saveChangedVersion(u"X"_qs), kOptions, false, u"test"_qs);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Unavailable);
    expectOneSentence(result.error().message);
    EXPECT_EQ(*m_client->getObject(u"index.html"_qs), liveIndex);
}

TEST_F(PublishToS3, WrongKeysMissingBucketUnreachableEndpointAreOneSentenceEach)
{
    S3Config wrongKeys = m_client->config();
    wrongKeys.accessKeyId = u"NOTAKEY"_qs;
    auto refused = S3Client(wrongKeys).listObjects();
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::AccessDenied);
    EXPECT_TRUE(refused.error().message.contains(u"AWS_ACCESS_KEY_ID"_qs))
        << refused.error().message.toStdString();
    expectOneSentence(refused.error().message);

    S3Config missing = m_client->config();
    missing.bucket = u"no-such-bucket-here"_qs;
    auto notThere = S3Client(missing).listObjects();
    ASSERT_FALSE(notThere);
    EXPECT_EQ(notThere.error().code, ErrorCode::NotFound);
    EXPECT_EQ(
        notThere.error().message,
        u"The bucket \"no-such-bucket-here\" does not exist at %1; create it or correct its name."_qs
            .arg(missing.endpoint.host()));

    S3Config unreachable = m_client->config();
    unreachable.endpoint = QUrl(u"http://127.0.0.1:1"_qs);
    auto away = S3Client(unreachable).listObjects();
    ASSERT_FALSE(away);
    EXPECT_EQ(away.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(
        away.error().message.startsWith(u"The S3 endpoint http://127.0.0.1:1 cannot be reached"_qs))
        << away.error().message.toStdString();
    expectOneSentence(away.error().message);

    auto noObject = m_client->headObject(u"nothing.html"_qs);
    ASSERT_FALSE(noObject);
    EXPECT_EQ(noObject.error().code, ErrorCode::NotFound);
}
