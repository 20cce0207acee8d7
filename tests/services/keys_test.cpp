// The system keychain (QtKeychain → GNOME Keyring's Secret Service; scripts/test runs this
// suite inside scripts/with-keyring) and the publish settings that point at it.
#include "services/publish/publishsettings.h"
#include "services/security/keys.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/testbooks.h"

#include <QCoreApplication>
#include <QProcess>
#include <QUuid>

#include <gtest/gtest.h>

#include <functional>

using namespace ic;
using namespace ic::test;

namespace {

// A keychain of its own per test run: nothing a person stored is read or touched.
QString testService()
{
    return u"InfluenceCore tests "_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

TEST(SystemKeychain, StoresReadsBackOverwritesAndDeletes)
{
    ASSERT_FALSE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        << "run inside scripts/with-keyring (scripts/test does)";
    SystemKeychain keychain(testService());
    auto missing = keychain.read(u"s3 key"_qs);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);

    auto stored = keychain.write(u"s3 key"_qs, u"first secret é"_qs);
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    auto read = keychain.read(u"s3 key"_qs);
    ASSERT_TRUE(read) << read.error().message.toStdString();
    EXPECT_EQ(*read, u"first secret é"_qs);

    ASSERT_TRUE(keychain.write(u"s3 key"_qs, u"second"_qs));
    EXPECT_EQ(keychain.read(u"s3 key"_qs).value_or(QString()), u"second"_qs);

    // Another service name does not see it.
    EXPECT_FALSE(SystemKeychain(testService()).read(u"s3 key"_qs));

    ASSERT_TRUE(keychain.remove(u"s3 key"_qs));
    auto gone = keychain.read(u"s3 key"_qs);
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(keychain.remove(u"s3 key"_qs)); // deleting what is not there is fine
}

TEST(SystemKeychain, PublishKeysGoToTheKeychainUnderTheEndpoint)
{
    SystemKeychain keychain(testService());
    const QUrl endpoint(u"http://127.0.0.1:4568/"_qs);
    ASSERT_TRUE(
        PublishSettings::storeKeys(keychain, endpoint, u" AKIDEXAMPLE "_qs, u"wJalrXUtnFEMI"_qs));
    EXPECT_EQ(keychain.read(u"s3 http://127.0.0.1:4568 access key id"_qs).value_or(QString()),
              u"AKIDEXAMPLE"_qs);
    PublishSettings s;
    s.endpoint = endpoint;
    s.bucket = u"site"_qs;
    auto config = s.clientConfig(keychain);
    ASSERT_TRUE(config) << config.error().message.toStdString();
    EXPECT_EQ(config->accessKeyId, u"AKIDEXAMPLE"_qs);
    EXPECT_EQ(config->secretAccessKey, u"wJalrXUtnFEMI"_qs);
    ASSERT_TRUE(PublishSettings::forgetKeys(keychain, endpoint));
    auto none = s.clientConfig(keychain);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().message,
              u"No keys are stored for http://127.0.0.1:4568: enter them in the S3 settings."_qs);
}

TEST(SystemKeychain, AMissingKeychainIsOneSentence)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_qs, u"unix:path=/nonexistent/ic-no-bus"_qs);
    env.remove(u"GNOME_KEYRING_CONTROL"_qs);
    child.setProcessEnvironment(env);
    // tests/services/keychain_probe.cpp: tries to store a secret and prints the refusal
    child.start(QString::fromUtf8(IC_KEYCHAIN_PROBE), {});
    ASSERT_TRUE(child.waitForFinished(60000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    EXPECT_EQ(child.exitCode(), 0) << out.toStdString();
    const auto line = [&](const QString &tag) {
        for (const QString &l : out.split(u'\n'))
            if (l.startsWith(tag))
                return l.mid(tag.size());
        return QString();
    };
    const QString sentence = line(u"SENTENCE:"_qs);
    EXPECT_TRUE(sentence.startsWith(u"No system keychain is available"_qs) ||
                sentence.startsWith(u"The system keychain could not be used"_qs))
        << sentence.toStdString();
    EXPECT_TRUE(sentence.endsWith(u"the keys are kept nowhere else."_qs)) << sentence.toStdString();
    EXPECT_EQ(line(u"CODE:"_qs).toInt(), int(ErrorCode::Unavailable));
}

class PublishSettingsTest : public BothDatabases {};

TEST_P(PublishSettingsTest, SavedInTheBookWithoutTheKeys)
{
    PublishSettings s;
    s.endpoint = QUrl(u"https://s3.eu-west-3.amazonaws.com"_qs);
    s.region = u"eu-west-3"_qs;
    s.bucket = u"www.example.com"_qs;
    s.pathStyle = true;
    s.siteUrl = u"https://www.example.com/"_qs;
    ASSERT_TRUE(s.save(db()));
    s.bucket = u"other-bucket"_qs;
    ASSERT_TRUE(s.save(db())); // saved again: replaced, not duplicated
    auto back = PublishSettings::load(db());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->endpoint, QUrl(u"https://s3.eu-west-3.amazonaws.com"_qs));
    EXPECT_EQ(back->region, u"eu-west-3"_qs);
    EXPECT_EQ(back->bucket, u"other-bucket"_qs);
    EXPECT_TRUE(back->pathStyle);
    EXPECT_EQ(back->siteUrl, u"https://www.example.com/"_qs);
    auto keys = db().scalar(
        u"SELECT COUNT(*) FROM settings WHERE key LIKE '%key%' OR value LIKE '%AKID%'"_qs);
    EXPECT_EQ(keys->toInt(), 0);
}

TEST_P(PublishSettingsTest, BadSettingsAreOneSentenceAndNothingIsWritten)
{
    // Each field refused in turn through save(), its sentence naming the value, and the
    // book read back after each: nothing written.
    auto good = [] {
        PublishSettings s;
        s.endpoint = QUrl(u"http://127.0.0.1:9000"_qs);
        s.bucket = u"site"_qs;
        s.region = u"us-east-1"_qs;
        return s;
    };
    struct Case {
        const char *what;
        std::function<void(PublishSettings &)> spoil;
        QString field;
        QString sentence;
    };
    const QList<Case> cases = {
        {"endpoint", [](PublishSettings &s) { s.endpoint = QUrl(u"ftp://example.com"_qs); },
         u"endpoint"_qs,
         u"\"ftp://example.com\" is not an endpoint; write an address like "
         u"https://s3.eu-west-3.amazonaws.com."_qs},
        {"no endpoint", [](PublishSettings &s) { s.endpoint = QUrl(); }, u"endpoint"_qs,
         u"Give the endpoint, an address like https://s3.eu-west-3.amazonaws.com."_qs},
        {"bucket", [](PublishSettings &s) { s.bucket = u"Bad_Bucket"_qs; }, u"bucket"_qs,
         u"\"Bad_Bucket\" is not a bucket name: 3 to 63 lower-case letters, digits, dots and "
         u"hyphens."_qs},
        {"region", [](PublishSettings &s) { s.region = u"Europe West"_qs; }, u"region"_qs,
         u"\"Europe West\" is not a region; a region reads like eu-west-3 or us-east-1."_qs},
        {"site address", [](PublishSettings &s) { s.siteUrl = u"javascript:alert(1)"_qs; },
         u"siteUrl"_qs,
         u"\"javascript:alert(1)\" is not a site address; write it like "
         u"https://www.example.com/, or leave it empty."_qs},
    };
    for (const Case &c : cases) {
        PublishSettings s = good();
        c.spoil(s);
        ASSERT_TRUE(s.problem().has_value()) << c.what;
        EXPECT_EQ(s.problem()->field, c.field) << c.what;
        auto refused = s.save(db());
        ASSERT_FALSE(refused) << c.what;
        EXPECT_EQ(refused.error().code, ErrorCode::Invalid) << c.what;
        EXPECT_EQ(refused.error().message, c.sentence) << c.what;
        auto count = db().scalar(u"SELECT COUNT(*) FROM settings WHERE key LIKE 'publish.%'"_qs);
        ASSERT_TRUE(count.has_value());
        EXPECT_EQ(count->toInt(), 0) << c.what;
    }
    auto loaded = PublishSettings::load(db());
    ASSERT_TRUE(loaded);
    EXPECT_FALSE(loaded->isConfigured());
    test::MemorySecretStore store;
    auto config = loaded->clientConfig(store);
    ASSERT_FALSE(config);
    EXPECT_EQ(
        config.error().message,
        u"Say where to publish first: the S3 endpoint and bucket are not set in this book."_qs);

    // Saved good settings stay as they were after a refused save.
    ASSERT_TRUE(good().save(db()));
    PublishSettings bad = good();
    bad.bucket = u"Bad_Bucket"_qs;
    ASSERT_FALSE(bad.save(db()));
    auto back = PublishSettings::load(db());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->bucket, u"site"_qs);
}

IC_BOTH_DATABASES(PublishSettingsTest);
