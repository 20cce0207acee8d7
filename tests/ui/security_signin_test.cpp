// The sign-in dialog driven as a person would: typing into the fields (QTest::keyClicks),
// a wrong password, then the right one; and the first-start dialog that creates the admin.

#include "services/security/staffauth.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"
#include "ui/shell/signindialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace ic::test {

namespace {

class SignInDialogTest : public BothDatabases {
protected:
    FixedClock clock{utc(2026, 3, 15, 9)};
};

} // namespace

TEST_P(SignInDialogTest, FirstStartCreatesTheAdminFromWhatIsTyped)
{
    StaffAuth auth(db(), clock);
    ASSERT_EQ(auth.hasStaff(), false);
    SignInDialog dialog(auth, SignInDialog::Mode::FirstAdmin);
    dialog.show();
    QTest::keyClicks(dialog.usernameField(), QStringLiteral("anne"));
    QTest::keyClicks(dialog.displayNameField(), QStringLiteral("Anne Martin"));
    QTest::keyClicks(dialog.passwordField(), QStringLiteral("s3cret-pass"));
    QTest::keyClicks(dialog.confirmField(), QStringLiteral("s3cret-pasz"));
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.errorText(), QStringLiteral("The two passwords differ; type them again."));
    EXPECT_EQ(dialog.result(), 0);
    EXPECT_EQ(dialog.usernameField()->text(), QStringLiteral("anne")); // nothing typed is lost
    EXPECT_TRUE(dialog.passwordField()->text().isEmpty());
    // Refused: nobody was created (the book read back).
    EXPECT_EQ(StaffAuth(db(), clock).hasStaff(), false);
    EXPECT_EQ(countRows(db(), QStringLiteral("staff_users")), 0);
    EXPECT_FALSE(dialog.session());

    QTest::keyClicks(dialog.passwordField(), QStringLiteral("s3cret-pass"));
    QTest::keyClicks(dialog.confirmField(), QStringLiteral("s3cret-pass"));
    QTest::keyClick(dialog.confirmField(), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.session());
    EXPECT_EQ(dialog.session()->role, Role::Admin);
    EXPECT_EQ(dialog.session()->displayName, QStringLiteral("Anne Martin"));
    EXPECT_EQ(countRows(db(), QStringLiteral("staff_users")), 1);
}

TEST_P(SignInDialogTest, AWrongPasswordThenTheRightOne)
{
    {
        StaffAuth setup(db(), clock);
        ASSERT_TRUE(setup.createFirstAdmin(QStringLiteral("anne"), QStringLiteral("Anne"),
                                           QStringLiteral("s3cret-pass")));
    }
    StaffAuth auth(db(), clock);
    SignInDialog dialog(auth, SignInDialog::Mode::SignIn);
    dialog.show();
    EXPECT_FALSE(dialog.displayNameField()->isVisible());
    QTest::keyClicks(dialog.usernameField(), QStringLiteral("anne"));
    QTest::keyClicks(dialog.passwordField(), QStringLiteral("guessing"));
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
    EXPECT_EQ(dialog.errorText(), QStringLiteral("The user name or the password is wrong."));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.session());
    EXPECT_EQ(dialog.usernameField()->text(), QStringLiteral("anne"));
    EXPECT_TRUE(dialog.passwordField()->text().isEmpty());
    EXPECT_FALSE(auth.session()) << "a refused sign-in signs nobody in";

    QTest::keyClicks(dialog.passwordField(), QStringLiteral("s3cret-pass"));
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.session());
    EXPECT_EQ(dialog.session()->username, QStringLiteral("anne"));
    ASSERT_TRUE(auth.session());
}

IC_BOTH_DATABASES(SignInDialogTest);

} // namespace ic::test
