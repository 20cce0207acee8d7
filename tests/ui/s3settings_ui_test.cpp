// The S3 settings dialog driven offscreen: the settings go to the book, the keys to the
// system keychain (a throw-away GNOME Keyring: scripts/test runs this under
// scripts/with-keyring); a refused value is said under its field with nothing typed lost.
#include "services/publish/publishsettings.h"
#include "services/security/keys.h"
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
                  u"A bucket name is 3 to 63 lower-case letters, digits, dots and hyphens."_qs);
        EXPECT_EQ(dialog.secretEdit()->text(), u"s3cr3t"_qs); // nothing typed is lost
        EXPECT_FALSE(
            keychain.read(PublishSettings::accessKeyIdKey(QUrl(u"http://127.0.0.1:4568"_qs))));

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
