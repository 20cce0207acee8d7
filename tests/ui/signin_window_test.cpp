// Signing in to the window as a person would: the dialog opened with the book (a wrong
// password, the delay after repeated ones, the right one), the first admin of a book without
// staff, the demo book's accounts, signing out, what each role sees, and a save the service
// refuses shown in the editor with nothing lost. On SQLite (PostgreSQL logins are tested in
// tests/services/security_postgres_test.cpp).

#include "models/clock.h"
#include "services/security/demostaff.h"
#include "services/security/staffauth.h"
#include "services/storage/planrepository.h"
#include "services/storage/staffuserrepository.h"
#include "tests/services/billingfixtures.h"
#include "tests/support/testbooks.h"
#include "tests/ui/modal.h"
#include "tests/ui/sessions.h"
#include "ui/catalog/planeditor.h"
#include "ui/catalog/planspage.h"
#include "ui/catalog/promotioneditor.h"
#include "ui/catalog/promotionspage.h"
#include "ui/common/gridmodel.h"
#include "ui/common/gridview.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/shell/bookopening.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/signindialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

namespace ic::test {

namespace {

class SignInWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_book = freshBook(Dialect::SQLite);
        ASSERT_TRUE(m_book);
        m_plan = makePlan(*m_book->db, u"pro"_qs, 2900);
        m_window = std::make_unique<MainWindow>(m_clock);
        m_window->show();
    }
    void TearDown() override
    {
        if (m_window) {
            EXPECT_TRUE(
                QTest::qWaitFor([this] { return !m_window->overviewPage()->isLoading(); }, 15000))
                << "the overview was still reading at the end of the test";
        }
        m_window.reset();
    }

    // Staff accounts: anne (admin), marc (accountant), sofia (support).
    void addStaff()
    {
        StaffAuth auth(*m_book->db, m_clock);
        auto anne = auth.createFirstAdmin(u"anne"_qs, u"Anne Martin"_qs, u"anne-password"_qs);
        ASSERT_TRUE(anne) << anne.error().message.toStdString();
        for (auto [name, display, role] : {std::tuple{"marc", "Marc Petit", Role::Accountant},
                                           std::tuple{"sofia", "Sofia Rossi", Role::Support}}) {
            StaffUser u;
            u.username = QString::fromLatin1(name);
            u.displayName = QString::fromLatin1(display);
            u.role = role;
            auto made = auth.createStaff(*anne, u, QString::fromLatin1(name) + u"-password");
            ASSERT_TRUE(made) << made.error().message.toStdString();
        }
    }

    QString statusText(const char *name) const
    {
        auto *label = m_window->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    }
    QStringList visibleAreas() const
    {
        QStringList names;
        auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_qs);
        for (int row = 0; row < navigation->count(); ++row)
            if (!navigation->item(row)->isHidden())
                names.append(navigation->item(row)->data(Qt::UserRole).toString());
        return names;
    }
    bool showsSignedOutPage() const
    {
        auto *page = m_window->findChild<QWidget *>(u"signedOut"_qs);
        return page && page->isVisible();
    }

    static void typeAndSubmit(SignInDialog *dialog, const QString &user, const QString &password)
    {
        if (!user.isNull()) {
            dialog->usernameField()->clear();
            QTest::keyClicks(dialog->usernameField(), user);
        }
        QTest::keyClicks(dialog->passwordField(), password);
        QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    }

    FixedClock m_clock{utc(2024, 3, 15, 9)};
    std::unique_ptr<TestBook> m_book;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_plan = 0;
};

} // namespace

TEST_F(SignInWindowTest, OpeningABookAsksWhoSignsInAndWrongPasswordsAreSaidAndSlowed)
{
    addStaff();
    QStringList errors;
    QString nameAfterRefusals;
    QString demoText = u"unset"_qs;
    whenModal<SignInDialog>([&](SignInDialog *dialog) {
        demoText = dialog->demoAccountsText();
        EXPECT_EQ(dialog->mode(), SignInDialog::Mode::SignIn);
        typeAndSubmit(dialog, u"marc"_qs, u"wrong-one"_qs);
        errors.append(dialog->errorText());
        // The name stays as typed; the person only types the password again.
        for (int i = 0; i < 3; ++i) {
            typeAndSubmit(dialog, QString(), u"wrong-again"_qs);
            errors.append(dialog->errorText());
        }
        nameAfterRefusals = dialog->usernameField()->text();
        // Two seconds later (the fourth failure in a row costs 2 s), the right password.
        m_clock.set(m_clock.now().addSecs(3));
        typeAndSubmit(dialog, QString(), u"marc-password"_qs);
    });
    ASSERT_TRUE(m_window->switchTo(openExistingBook(m_book->spec)));

    EXPECT_TRUE(demoText.isEmpty()) << "demo accounts shown on a book that is not the demo book";
    ASSERT_EQ(errors.size(), 4);
    EXPECT_EQ(errors.at(0), u"The user name or the password is wrong."_qs);
    EXPECT_EQ(errors.at(2), u"The user name or the password is wrong."_qs);
    // After three wrong passwords the next try waits 2 seconds (SignInDelayPolicy).
    EXPECT_EQ(errors.at(3), u"Too many wrong passwords: wait 2 second(s), then try again."_qs);
    EXPECT_EQ(nameAfterRefusals, u"marc"_qs);

    ASSERT_NE(m_window->session(), nullptr);
    EXPECT_EQ(m_window->session()->username, u"marc"_qs);
    EXPECT_EQ(statusText("person"), u"Marc Petit · Accountant"_qs);
    EXPECT_FALSE(showsSignedOutPage());
}

TEST_F(SignInWindowTest, ABookWithoutStaffAsksForTheFirstAdmin)
{
    SignInDialog::Mode mode = SignInDialog::Mode::SignIn;
    whenModal<SignInDialog>([&](SignInDialog *dialog) {
        mode = dialog->mode();
        QTest::keyClicks(dialog->usernameField(), u"anne"_qs);
        QTest::keyClicks(dialog->displayNameField(), u"Anne Martin"_qs);
        QTest::keyClicks(dialog->passwordField(), u"short"_qs);
        QTest::keyClicks(dialog->confirmField(), u"short"_qs);
        QTest::keyClick(dialog->confirmField(), Qt::Key_Return);
        EXPECT_EQ(dialog->errorText(), u"A password needs at least 8 characters."_qs);
        EXPECT_EQ(dialog->displayNameField()->text(), u"Anne Martin"_qs);
        QTest::keyClicks(dialog->passwordField(), u"long-enough"_qs);
        QTest::keyClicks(dialog->confirmField(), u"long-enough"_qs);
        QTest::keyClick(dialog->confirmField(), Qt::Key_Return);
    });
    ASSERT_TRUE(m_window->switchTo(openExistingBook(m_book->spec)));
    EXPECT_EQ(mode, SignInDialog::Mode::FirstAdmin);
    ASSERT_NE(m_window->session(), nullptr);
    EXPECT_EQ(m_window->session()->role, Role::Admin);
    EXPECT_EQ(statusText("person"), u"Anne Martin · Admin"_qs);
    auto staff = StaffUserRepository(*m_book->db).list();
    ASSERT_TRUE(staff);
    ASSERT_EQ(staff->size(), 1);
    EXPECT_EQ(staff->first().username, u"anne"_qs);
    EXPECT_TRUE(staff->first().passwordHash.startsWith(u"$argon2id$"_qs));
}

TEST_F(SignInWindowTest, CancellingTheSignInKeepsTheBookAndPersonShown)
{
    addStaff();
    auto opened = openExistingBook(m_book->spec);
    ASSERT_TRUE(opened);
    m_window->setBook(std::move(*opened), sessionAs(Role::Admin, u"anne"_qs));
    whenModal<SignInDialog>([](SignInDialog *dialog) { dialog->reject(); });
    EXPECT_FALSE(m_window->switchTo(openExistingBook(m_book->spec)));
    ASSERT_NE(m_window->session(), nullptr);
    EXPECT_EQ(m_window->session()->username, u"anne"_qs);
}

TEST_F(SignInWindowTest, SigningOutClearsTheAreasAndSignsTheNextPersonIn)
{
    addStaff();
    auto opened = openExistingBook(m_book->spec);
    ASSERT_TRUE(opened);
    m_window->setBook(std::move(*opened), sessionAs(Role::Admin, u"anne"_qs));
    ASSERT_TRUE(m_window->showArea(u"plans"_qs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->plansPage()->model()->rowCount() == 1; }));

    // Signing out, then closing the dialog: nobody is signed in and nothing of the book shows.
    bool cleared = false;
    whenModal<SignInDialog>([&](SignInDialog *dialog) {
        cleared = m_window->session() == nullptr && m_window->plansPage()->model()->rowCount() == 0;
        dialog->reject();
    });
    m_window->findChild<QAction *>(u"signOut"_qs)->trigger();
    EXPECT_TRUE(cleared);
    EXPECT_EQ(m_window->session(), nullptr);
    EXPECT_TRUE(showsSignedOutPage());
    EXPECT_EQ(statusText("person"), u"Nobody is signed in"_qs);
    EXPECT_FALSE(m_window->findChild<QAction *>(u"signOut"_qs)->isEnabled());
    EXPECT_TRUE(m_window->findChild<QAction *>(u"signIn"_qs)->isEnabled());
    EXPECT_FALSE(m_window->showArea(u"plans"_qs));
    EXPECT_EQ(m_window->currentArea(), QString());

    // The next person signs in from the page's button: support sees the catalogue read-only
    // and no overview (no reports for support).
    whenModal<SignInDialog>(
        [](SignInDialog *dialog) { typeAndSubmit(dialog, u"sofia"_qs, u"sofia-password"_qs); });
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"signInButton"_qs), Qt::LeftButton);
    ASSERT_NE(m_window->session(), nullptr);
    EXPECT_EQ(m_window->session()->role, Role::Support);
    EXPECT_FALSE(showsSignedOutPage());
    EXPECT_EQ(statusText("person"), u"Sofia Rossi · Support"_qs);
    EXPECT_FALSE(visibleAreas().contains(u"overview"_qs));
    EXPECT_TRUE(visibleAreas().contains(u"plans"_qs));
    EXPECT_FALSE(m_window->showArea(u"overview"_qs));
    EXPECT_TRUE(m_window->plansPage()->editor()->isReadOnly());
}

TEST_F(SignInWindowTest, SigningOutWithUnsavedEditsAsksBeforeDroppingThem)
{
    addStaff();
    auto opened = openExistingBook(m_book->spec);
    ASSERT_TRUE(opened);
    m_window->setBook(std::move(*opened), sessionAs(Role::Admin, u"anne"_qs));
    ASSERT_TRUE(m_window->showArea(u"plans"_qs));
    PlansPage *plans = m_window->plansPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return plans->model()->rowCount() == 1; }));
    plans->openRow(0);
    QLineEdit *name = plans->editor()->lineEdit(PlanEditor::Name);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, u"Pro Max"_qs);

    // Cancel: still signed in, the text still there.
    QString question;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    m_window->findChild<QAction *>(u"signOut"_qs)->trigger();
    EXPECT_TRUE(question.contains(u"not saved"_qs)) << question.toStdString();
    ASSERT_NE(m_window->session(), nullptr);
    EXPECT_EQ(name->text(), u"Pro Max"_qs);
    EXPECT_TRUE(plans->editor()->isModified());

    // Discard: signed out (the sign-in dialog closed without anyone).
    bool asked = false;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        asked = true;
        whenModal<SignInDialog>([](SignInDialog *dialog) { dialog->reject(); });
        QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    });
    m_window->findChild<QAction *>(u"signOut"_qs)->trigger();
    EXPECT_TRUE(asked);
    EXPECT_EQ(m_window->session(), nullptr);
    EXPECT_EQ(PlanRepository(*m_book->db).find(m_plan)->name, u"pro"_qs);
}

TEST_F(SignInWindowTest, EachRoleSeesTheCatalogueEditorsItMayUse)
{
    for (Role role : {Role::Admin, Role::Accountant, Role::Support}) {
        auto opened = openExistingBook(m_book->spec);
        ASSERT_TRUE(opened);
        m_window->setBook(std::move(*opened), sessionAs(role));
        ASSERT_TRUE(m_window->showArea(u"plans"_qs));
        PlansPage *plans = m_window->plansPage();
        ASSERT_TRUE(QTest::qWaitFor([&] { return plans->model()->rowCount() == 1; }));
        plans->openRow(0);
        ASSERT_TRUE(plans->editor()->hasPlan()) << toString(role).toStdString();
        QLineEdit *name = plans->editor()->lineEdit(PlanEditor::Name);
        auto *newPlan = plans->findChild<QPushButton *>(u"newPlan"_qs);
        auto *save = plans->editor()->findChild<QPushButton *>(u"save"_qs);
        auto *newPromotion =
            m_window->promotionsPage()->findChild<QPushButton *>(u"newPromotion"_qs);
        const bool admin = role == Role::Admin;
        EXPECT_EQ(name->isReadOnly(), !admin) << toString(role).toStdString();
        EXPECT_EQ(newPlan->isVisibleTo(plans), admin);
        EXPECT_EQ(save->isVisibleTo(plans), admin);
        EXPECT_EQ(newPromotion->isVisibleTo(m_window->promotionsPage()), admin);
        EXPECT_EQ(m_window->promotionsPage()->editor()->isReadOnly(), !admin);
        EXPECT_EQ(visibleAreas().contains(u"overview"_qs), role != Role::Support);
        // Support may not export (the matrix): no Export button.
        EXPECT_EQ(plans->findChild<QPushButton *>(u"export"_qs)->isVisibleTo(plans),
                  role != Role::Support);
        if (admin) {
            EXPECT_TRUE(plans->editor()->readOnlyText().isEmpty());
        } else {
            // One line saying why, the service's own sentence.
            EXPECT_EQ(
                plans->editor()->readOnlyText(),
                (role == Role::Accountant ? u"An accountant"_qs : u"A support member"_qs) +
                    u" may not change the catalogue (plans and promotions); ask an admin."_qs);
            // Typing does nothing in a read-only field.
            QTest::keyClicks(name, u"Cheaper"_qs);
            EXPECT_EQ(name->text(), u"pro"_qs);
            EXPECT_FALSE(plans->editor()->isModified());
        }
    }
}

TEST_F(SignInWindowTest, ASaveTheServiceRefusesIsSaidInTheEditorAndNothingTypedIsLost)
{
    // The page is given an admin's session; while the form is open the person's role becomes
    // support (an admin changed it): the form still lets them type, the service refuses.
    PlansPage page(m_clock);
    Session person = sessionAs(Role::Admin, u"anne"_qs);
    page.setDatabase(m_book->db.get());
    page.setSession(&person);
    page.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }));
    page.view()->selectRow(0);
    QLineEdit *name = page.editor()->lineEdit(PlanEditor::Name);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, u"Pro Max"_qs);
    person.role = Role::Support;
    QTest::mouseClick(page.editor()->findChild<QPushButton *>(u"save"_qs), Qt::LeftButton);

    EXPECT_EQ(page.editor()->bannerText(),
              u"A support member may not change the catalogue (plans and promotions); ask an "
              u"admin."_qs);
    EXPECT_EQ(name->text(), u"Pro Max"_qs);
    EXPECT_TRUE(page.editor()->isModified());
    EXPECT_EQ(PlanRepository(*m_book->db).find(m_plan)->name, u"pro"_qs);
    EXPECT_EQ(scalarOf(*m_book->db, u"SELECT COUNT(*) FROM audit_log"_qs), 0);

    // Their role back, the same form saves, with its audit entry.
    person.role = Role::Admin;
    QTest::mouseClick(page.editor()->findChild<QPushButton *>(u"save"_qs), Qt::LeftButton);
    EXPECT_TRUE(page.editor()->bannerText().isEmpty());
    EXPECT_EQ(PlanRepository(*m_book->db).find(m_plan)->name, u"Pro Max"_qs);
    EXPECT_EQ(
        scalarOf(*m_book->db,
                 u"SELECT COUNT(*) FROM audit_log WHERE actor = 'anne' AND entity = 'plan'"_qs),
        1);
}

TEST_F(SignInWindowTest, TheDemoBookHasAnAccountPerRoleAndShowsThem)
{
    // An empty demo book at the demo path (building the real one takes a while): opening it
    // as the demo book adds its three accounts.
    {
        auto made = openOrCreateBook(ConnectionSpec::sqlite(demoBookPath()));
        ASSERT_TRUE(made) << made.error().message.toStdString();
    }
    QString shown;
    whenModal<SignInDialog>([&](SignInDialog *dialog) {
        shown = dialog->demoAccountsText();
        typeAndSubmit(dialog, u"accountant"_qs, u"accountant-demo"_qs);
    });
    ASSERT_TRUE(m_window->switchTo(openDemoBook(demoBookPath(), nullptr)));
    for (const DemoAccount &a : demoAccounts()) {
        EXPECT_TRUE(shown.contains(a.username)) << shown.toStdString();
        EXPECT_TRUE(shown.contains(a.password)) << shown.toStdString();
    }
    ASSERT_NE(m_window->session(), nullptr);
    EXPECT_EQ(m_window->session()->role, Role::Accountant);
    // Opened again, it keeps its three accounts, and --as finds them.
    auto again = openDemoBook(demoBookPath(), nullptr);
    ASSERT_TRUE(again);
    EXPECT_EQ(StaffUserRepository(*again).count().value_or(0), 3);
    auto support = demoSession(*again, m_clock, Role::Support);
    ASSERT_TRUE(support) << support.error().message.toStdString();
    EXPECT_EQ(support->username, u"support"_qs);
    EXPECT_EQ(support->creditLimitMinor, 5000);
}

// On PostgreSQL the login of the connection dialog is the person: no sign-in dialog; signing
// out closes the connection and the next person gives their own login.
TEST_F(SignInWindowTest, OnPostgresTheLoginIsThePersonAndSigningOutAsksForTheNextLogin)
{
    auto book = freshBook(Dialect::PostgreSQL);
    ASSERT_TRUE(book);
    Database &server = *book->db;
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString admin = u"ic_w_" + suffix + u"_admin";
    const QString support = u"ic_w_" + suffix + u"_support";
    const QString password = u"window-test-pw"_qs;
    // Names of letters and hex digits made here; CREATE ROLE takes no binds.
    ASSERT_TRUE(server.execDirect(u"CREATE ROLE " + admin + u" LOGIN PASSWORD '" + password +
                                  u"' IN ROLE ic_admin"));
    ASSERT_TRUE(server.execDirect(u"CREATE ROLE " + support + u" LOGIN PASSWORD '" + password +
                                  u"' IN ROLE ic_support"));
    struct Drop {
        Database &server;
        QStringList names;
        ~Drop()
        {
            for (const QString &n : names)
                (void)server.execDirect(u"DROP ROLE IF EXISTS " + n);
        }
    } drop{server, {admin, support}};

    ConnectionSpec spec = book->spec;
    spec.user = admin;
    spec.password = password;
    // No dialog asks who signs in (one that opened would be closed and noted here).
    {
        const ModalProbe<QDialog> asked;
        ASSERT_TRUE(m_window->switchTo(openExistingBook(spec)));
        EXPECT_FALSE(asked.seen());
    }
    ASSERT_NE(m_window->session(), nullptr);
    EXPECT_EQ(m_window->session()->username, admin);
    EXPECT_EQ(statusText("person"), admin + u" · Admin");
    EXPECT_TRUE(visibleAreas().contains(u"audit"_qs));

    // Signing out: the connection dialog asks for the next login; closing it leaves no book.
    whenModal<QDialog>([](QDialog *dialog) { dialog->reject(); });
    m_window->findChild<QAction *>(u"signOut"_qs)->trigger();
    EXPECT_EQ(m_window->session(), nullptr);
    EXPECT_FALSE(m_window->hasBook());
    EXPECT_TRUE(showsSignedOutPage());

    // Sign In: the support login, typed in the dialog.
    QString refusal;
    whenModal<QDialog>([&](QDialog *dialog) {
        auto field = [dialog](const char *name) {
            return dialog->findChild<QLineEdit *>(QLatin1String(name));
        };
        ASSERT_TRUE(field("host") && field("user") && field("database") && field("password"));
        field("host")->clear();
        QTest::keyClicks(field("host"), spec.host);
        auto *port = dialog->findChild<QWidget *>(u"port"_qs);
        QTest::keyClick(port, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(port, QString::number(spec.port));
        field("database")->clear();
        QTest::keyClicks(field("database"), spec.database);
        field("user")->clear();
        QTest::keyClicks(field("user"), support);
        QTest::keyClicks(field("password"), password);
        // A refusal would come as a message box: read, noted and closed; the probe ends with
        // this handler, so nothing is left watching in the next test.
        const ModalProbe<QMessageBox> refused([&](QMessageBox *box) { refusal = box->text(); });
        QTest::keyClick(field("password"), Qt::Key_Return);
    });
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"signInButton"_qs), Qt::LeftButton);
    ASSERT_NE(m_window->session(), nullptr) << refusal.toStdString();
    EXPECT_EQ(m_window->session()->username, support);
    EXPECT_EQ(m_window->session()->role, Role::Support);
    EXPECT_FALSE(visibleAreas().contains(u"audit"_qs));
    EXPECT_FALSE(visibleAreas().contains(u"overview"_qs));
    // Let the window's connection go before the logins are dropped.
    m_window.reset();
}

} // namespace ic::test
