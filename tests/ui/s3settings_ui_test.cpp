// The S3 settings dialog driven offscreen: the settings go to the book, the keys to the
// system keychain (a throw-away GNOME Keyring: scripts/test runs this under
// scripts/with-keyring); a refused value is said under its field with nothing typed lost.
#include "services/publish/publishsettings.h"
#include "services/security/keys.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/testbooks.h"
#include "ui/common/fielderror.h"
#include "ui/homepage/s3settingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

class RefusingStore final : public SecretStore {
public:
    Result<QString> read(const QString &) override
    {
        return failure(ErrorCode::NotFound, u"none"_qs);
    }
    Done write(const QString &, const QString &) override
    {
        return failure(ErrorCode::Unavailable, u"No system keychain is available (test)."_qs);
    }
    Done remove(const QString &) override { return {}; }
};

void clickSave(S3SettingsDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

TEST(S3SettingsUi, SettingsToTheBookKeysToTheKeychain)
{
    auto book = freshBook(Dialect::SQLite);
    ASSERT_TRUE(book);
    SystemKeychain keychain(u"InfluenceCore tests "_qs +
                            QUuid::createUuid().toString(QUuid::WithoutBraces));
    {
        S3SettingsDialog dialog(*book->db, keychain);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        typeInto(dialog.endpointEdit(), u"http://127.0.0.1:4568"_qs);
        typeInto(dialog.bucketEdit(), u"Bad_Bucket"_qs);
        typeInto(dialog.accessKeyIdEdit(), u"AKIDEXAMPLE"_qs);
        typeInto(dialog.secretEdit(), u"s3cr3t"_qs);
        clickSave(dialog);
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_EQ(dialog.errorFor(u"bucket"_qs)->text(),
                  u"\"Bad_Bucket\" is not a bucket name: 3 to 63 lower-case letters, digits, dots "
                  u"and hyphens."_qs);
        EXPECT_EQ(dialog.secretEdit()->text(), u"s3cr3t"_qs); // nothing typed is lost
        EXPECT_FALSE(
            keychain.read(PublishSettings::accessKeyIdKey(QUrl(u"http://127.0.0.1:4568"_qs))));
        // The book read back: no setting written by the refused Save.
        auto written =
            book->db->scalar(u"SELECT COUNT(*) FROM settings WHERE key LIKE 'publish.%'"_qs);
        ASSERT_TRUE(written.has_value());
        EXPECT_EQ(written->toInt(), 0);
        EXPECT_FALSE(PublishSettings::load(*book->db)->isConfigured());

        typeInto(dialog.bucketEdit(), u"site"_qs);
        QTest::mouseClick(dialog.pathStyleBox(), Qt::LeftButton, {},
                          QPoint(5, dialog.pathStyleBox()->height() / 2));
        clickSave(dialog);
        EXPECT_FALSE(dialog.isVisible());
        EXPECT_TRUE(dialog.errorFor(u"bucket"_qs)->text().isEmpty());
    }
    auto saved = PublishSettings::load(*book->db);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->endpoint, QUrl(u"http://127.0.0.1:4568"_qs));
    EXPECT_EQ(saved->bucket, u"site"_qs);
    EXPECT_EQ(saved->region, u"us-east-1"_qs);
    EXPECT_TRUE(saved->pathStyle);
    auto config = saved->clientConfig(keychain);
    ASSERT_TRUE(config) << config.error().message.toStdString();
    EXPECT_EQ(config->accessKeyId, u"AKIDEXAMPLE"_qs);
    EXPECT_EQ(config->secretAccessKey, u"s3cr3t"_qs);
    auto inBook = book->db->scalar(
        u"SELECT COUNT(*) FROM settings WHERE value LIKE '%s3cr3t%' OR value LIKE '%AKID%'"_qs);
    EXPECT_EQ(inBook->toInt(), 0);

    // Opened again: the settings and the key id are shown, the secret is not.
    S3SettingsDialog again(*book->db, keychain);
    EXPECT_EQ(again.bucketEdit()->text(), u"site"_qs);
    EXPECT_EQ(again.accessKeyIdEdit()->text(), u"AKIDEXAMPLE"_qs);
    EXPECT_TRUE(again.secretEdit()->text().isEmpty());
    ASSERT_TRUE(PublishSettings::forgetKeys(keychain, saved->endpoint));
}

TEST(S3SettingsUi, AKeychainThatRefusesIsOneSentenceAndTheBookIsUnchanged)
{
    auto book = freshBook(Dialect::SQLite);
    ASSERT_TRUE(book);
    RefusingStore store;
    S3SettingsDialog dialog(*book->db, store);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog.endpointEdit(), u"https://s3.eu-west-3.amazonaws.com"_qs);
    typeInto(dialog.bucketEdit(), u"www.example.com"_qs);
    typeInto(dialog.accessKeyIdEdit(), u"AKIDEXAMPLE"_qs);
    typeInto(dialog.secretEdit(), u"s3cr3t"_qs);
    clickSave(dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.errorFor(u"keys"_qs)->text(), u"No system keychain is available (test)."_qs);
    EXPECT_EQ(dialog.secretEdit()->text(), u"s3cr3t"_qs);
    auto count = book->db->scalar(u"SELECT COUNT(*) FROM settings WHERE key LIKE 'publish.%'"_qs);
    EXPECT_EQ(count->toInt(), 0);
}

TEST(S3SettingsUi, EachFieldRefusedUnderItselfNamesTheValueAndTheBookIsUnchanged)
{
    auto book = freshBook(Dialect::SQLite);
    ASSERT_TRUE(book);
    // Settings saved earlier: a refused Save leaves them as they were.
    PublishSettings before;
    before.endpoint = QUrl(u"https://s3.eu-west-3.amazonaws.com"_qs);
    before.region = u"eu-west-3"_qs;
    before.bucket = u"www.example.com"_qs;
    before.siteUrl = u"https://www.example.com/"_qs;
    ASSERT_TRUE(before.save(*book->db));
    MemorySecretStore keys;
    struct Case {
        const char *field;
        QLineEdit *(S3SettingsDialog::*edit)() const;
        QString typed;
        QString sentence;
    };
    const Case cases[] = {
        {"endpoint", &S3SettingsDialog::endpointEdit, u"ftp://files.example.com"_qs,
         u"\"ftp://files.example.com\" is not an endpoint; write an address like "
         u"https://s3.eu-west-3.amazonaws.com."_qs},
        {"endpoint", &S3SettingsDialog::endpointEdit, QString(),
         u"Give the endpoint, an address like https://s3.eu-west-3.amazonaws.com."_qs},
        {"region", &S3SettingsDialog::regionEdit, u"Paris 1"_qs,
         u"\"Paris 1\" is not a region; a region reads like eu-west-3 or us-east-1."_qs},
        {"bucket", &S3SettingsDialog::bucketEdit, u"My Site"_qs,
         u"\"My Site\" is not a bucket name: 3 to 63 lower-case letters, digits, dots and "
         u"hyphens."_qs},
        {"siteUrl", &S3SettingsDialog::siteUrlEdit, u"www.example.com"_qs,
         u"\"www.example.com\" is not a site address; write it like https://www.example.com/, or "
         u"leave it empty."_qs},
    };
    for (const Case &c : cases) {
        S3SettingsDialog dialog(*book->db, keys);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        typeInto((dialog.*c.edit)(), c.typed);
        typeInto(dialog.accessKeyIdEdit(), u"AKIDEXAMPLE"_qs);
        typeInto(dialog.secretEdit(), u"s3cr3t"_qs);
        clickSave(dialog);
        EXPECT_TRUE(dialog.isVisible()) << c.field;
        EXPECT_EQ(dialog.errorFor(QString::fromLatin1(c.field))->text(), c.sentence) << c.field;
        EXPECT_EQ((dialog.*c.edit)()->text(), c.typed) << "nothing typed is lost";
        EXPECT_EQ(dialog.secretEdit()->text(), u"s3cr3t"_qs);
        EXPECT_TRUE(keys.m_values.isEmpty()) << c.field << ": no key was stored";
        auto back = PublishSettings::load(*book->db);
        ASSERT_TRUE(back);
        EXPECT_EQ(back->endpoint, before.endpoint) << c.field;
        EXPECT_EQ(back->region, before.region) << c.field;
        EXPECT_EQ(back->bucket, before.bucket) << c.field;
        EXPECT_EQ(back->siteUrl, before.siteUrl) << c.field;
        dialog.reject();
    }
    // A secret without its key id: said under the keys, nothing stored.
    S3SettingsDialog dialog(*book->db, keys);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog.accessKeyIdEdit(), QString());
    typeInto(dialog.secretEdit(), u"s3cr3t"_qs);
    clickSave(dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.errorFor(u"keys"_qs)->text(),
              u"Give the access key id that goes with this secret."_qs);
    EXPECT_TRUE(keys.m_values.isEmpty());
}
