#include "models/clock.h"
#include "models/money.h"
#include "services/storage/database.h"
#include "services/storage/dialect.h"
#include "services/storage/migrator.h"
#include "tests/services/samplebook.h"
#include "tests/support/testbooks.h"
#include "tests/ui/modal.h"
#include "tests/ui/sessions.h"
#include "ui/dashboard/figurecard.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/shell/bookopening.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace ic;
using ic::test::SampleFigures;
using Figure = OverviewPage::Figure;

namespace {

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_book = test::freshBook(Dialect::SQLite);
        ASSERT_TRUE(m_book);
        auto inserted = test::insertSampleBook(*m_book->db);
        ASSERT_TRUE(inserted.has_value()) << inserted.error().message.toStdString();

        m_window = std::make_unique<MainWindow>(m_clock);
        // The window opens the book as the application does, with a connection of its own.
        auto opened = openExistingBook(m_book->spec);
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        m_window->setBook(std::move(*opened), test::sessionAs(Role::Admin));
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        ASSERT_TRUE(waitForOverview());
    }

    void TearDown() override
    {
        if (m_window) {
            EXPECT_TRUE(waitForOverview()) << "the overview was still reading at the end";
        }
        m_window.reset();
    }

    bool waitForOverview()
    {
        return QTest::qWaitFor([this] { return !overview()->isLoading(); }, 15000);
    }

    OverviewPage *overview() const { return m_window->overviewPage(); }
    QString figure(Figure f) const { return overview()->card(f)->value(); }
    QString statusText(const char *name) const
    {
        auto *label = m_window->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    }

    // "Today" is the sample book's 15 March 2024, at noon UTC.
    FixedClock m_clock{QDateTime(test::sampleToday(), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<test::TestBook> m_book;
    std::unique_ptr<MainWindow> m_window;
};

QString money(qint64 minor, const char16_t *currency)
{
    return Money(minor, QString::fromUtf16(currency)).format(QLocale());
}

} // namespace

TEST_F(MainWindowTest, OverviewShowsTheHandCountedFigures)
{
    EXPECT_EQ(figure(Figure::Customers), u"4"_qs);
    EXPECT_EQ(figure(Figure::ActiveSubscriptions), u"3"_qs);
    EXPECT_EQ(figure(Figure::TrialingSubscriptions), u"1"_qs);
    EXPECT_EQ(figure(Figure::PastDueSubscriptions), u"2"_qs);
    EXPECT_EQ(figure(Figure::InvoicesThisMonth), u"6"_qs);
    EXPECT_EQ(figure(Figure::OpenDunningCases), u"2"_qs);
    // EUR 29.00 + 34.80 and USD 10.00 (see samplebook.cpp), in the UI locale (en_US).
    const QString revenue = figure(Figure::RevenueThisMonth);
    EXPECT_TRUE(revenue.contains(u"€63.80"_qs)) << revenue.toStdString();
    EXPECT_TRUE(revenue.contains(money(SampleFigures::paidUsdMinor, u"USD")))
        << revenue.toStdString();
    EXPECT_TRUE(overview()->card(Figure::RevenueThisMonth)->caption().contains(u"March 2024"_qs));
    EXPECT_TRUE(overview()->errorText().isEmpty());
    auto *asOf = overview()->findChild<QLabel *>(u"asOf"_qs);
    ASSERT_NE(asOf, nullptr);
    EXPECT_EQ(asOf->text(), u"As of Friday, March 15, 2024"_qs);
}

TEST_F(MainWindowTest, OnlyTheAreasThatExistAreListed)
{
    auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_qs);
    ASSERT_NE(navigation, nullptr);
    ASSERT_EQ(navigation->count(), 6);
    EXPECT_EQ(navigation->item(0)->text(), u"Overview"_qs);
    EXPECT_EQ(navigation->item(1)->text(), u"Plans"_qs);
    EXPECT_EQ(navigation->item(2)->text(), u"Promotions"_qs);
    EXPECT_EQ(navigation->item(3)->text(), u"Customers"_qs);
    EXPECT_EQ(navigation->item(4)->text(), u"Audit log"_qs);
    EXPECT_EQ(navigation->item(5)->text(), u"Homepage"_qs);
    EXPECT_EQ(navigation->currentRow(), 0);
    EXPECT_TRUE(overview()->isVisible());
}

TEST_F(MainWindowTest, StatusBarNamesTheBookAndSaysItIsReachable)
{
    EXPECT_EQ(statusText("bookName"), m_book->spec.displayName());
    EXPECT_TRUE(statusText("bookName").contains(m_book->spec.path));
    m_window->checkConnection();
    EXPECT_TRUE(m_window->isBookReachable());
    EXPECT_EQ(statusText("reachability"), u"Connected"_qs);
    EXPECT_TRUE(m_window->windowTitle().contains(u"book.sqlite"_qs));
}

TEST_F(MainWindowTest, OpeningAFileThatIsNotADatabaseIsRefusedAndTheBookStays)
{
    const QString notes = m_book->dir.filePath(u"notes.txt"_qs);
    {
        QFile file(notes);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Remember to call Alice about the March invoice.\n");
    }
    QString refusal;
    bool fileDialogSeen = false;
    // The person picks the file in the dialog by typing its name and pressing Enter...
    test::whenModal<QFileDialog>([&](QFileDialog *dialog) {
        fileDialogSeen = true;
        // ...then reads the refusal and clicks OK.
        test::whenModal<QMessageBox>([&](QMessageBox *box) {
            refusal = box->text();
            QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
        });
        EXPECT_TRUE(test::typeFileName(dialog, notes));
    });
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    // Ctrl+O returns once the person has read the refusal: nothing left to wait for.
    ASSERT_FALSE(refusal.isEmpty()) << "no refusal was shown";

    EXPECT_TRUE(fileDialogSeen);
    EXPECT_TRUE(refusal.contains(u"is not an InfluenceCore database"_qs)) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(notes)) << refusal.toStdString();
    // The previous book is still the one shown, and still answers.
    EXPECT_EQ(m_window->bookSpec().path, m_book->spec.path);
    EXPECT_EQ(statusText("bookName"), m_book->spec.displayName());
    m_window->checkConnection();
    EXPECT_TRUE(m_window->isBookReachable());
    EXPECT_EQ(figure(Figure::Customers), u"4"_qs);
}

TEST_F(MainWindowTest, F5ShowsTheRowsAddedSince)
{
    Database &db = *m_book->db;
    auto eve = test::insertCustomer(db, u"Eve Laurent"_qs);
    ASSERT_TRUE(eve.has_value()) << eve.error().message.toStdString();
    // A paid EUR 12.00 invoice on 20 March: one more invoice, EUR 63.80 + 12.00 = 75.80.
    ASSERT_TRUE(test::insertInvoice(db, *eve, u"paid"_qs, u"EUR"_qs, 1200, {2024, 3, 20}));
    EXPECT_EQ(figure(Figure::Customers), u"4"_qs) << "nothing changes before F5";

    QTest::keyClick(m_window.get(), Qt::Key_F5);
    EXPECT_TRUE(overview()->isLoading());
    ASSERT_TRUE(waitForOverview());

    EXPECT_EQ(figure(Figure::Customers), u"5"_qs);
    EXPECT_EQ(figure(Figure::InvoicesThisMonth), u"7"_qs);
    EXPECT_TRUE(figure(Figure::RevenueThisMonth).contains(u"€75.80"_qs))
        << figure(Figure::RevenueThisMonth).toStdString();
}

TEST_F(MainWindowTest, AnUnreachablePostgresServerIsRefusedAndTheBookStays)
{
    QString refusal;
    test::whenModal<QDialog>([&](QDialog *dialog) {
        auto *host = dialog->findChild<QLineEdit *>(u"host"_qs);
        auto *database = dialog->findChild<QLineEdit *>(u"database"_qs);
        auto *password = dialog->findChild<QLineEdit *>(u"password"_qs);
        ASSERT_TRUE(host && database && password);
        host->clear();
        QTest::keyClicks(host, u"127.0.0.1"_qs);
        // Port 1 on the loopback: nobody listens there, the refusal comes at once.
        QTest::keyClick(dialog->findChild<QWidget *>(u"port"_qs), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->findChild<QWidget *>(u"port"_qs), u"1"_qs);
        database->clear();
        QTest::keyClicks(database, u"books"_qs);
        QTest::keyClicks(password, u"s3cret"_qs);
        test::whenModal<QMessageBox>([&](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
        QTest::keyClick(password, Qt::Key_Return);
    });
    m_window->findChild<QAction *>(u"connectPostgres"_qs)->trigger();
    // The action returns once the person has read the refusal: nothing left to wait for.
    ASSERT_FALSE(refusal.isEmpty()) << "no refusal was shown";

    EXPECT_TRUE(refusal.contains(u"127.0.0.1:1"_qs)) << refusal.toStdString();
    EXPECT_EQ(m_window->bookSpec().path, m_book->spec.path);
    EXPECT_EQ(statusText("bookName"), m_book->spec.displayName());
    // Where and as whom is remembered; the password never is.
    QSettings settings;
    EXPECT_EQ(settings.value(u"postgres/database"_qs).toString(), u"books"_qs);
    for (const QString &key : settings.allKeys())
        EXPECT_FALSE(settings.value(key).toString().contains(u"s3cret"_qs)) << key.toStdString();
}

TEST_F(MainWindowTest, ThePostgresDialogTakesNoEmptyHostAndNoPortOutOfRange)
{
    QSettings().remove(u"postgres"_qs);
    bool seen = false;
    test::whenModal<QDialog>([&](QDialog *dialog) {
        seen = true;
        auto *host = dialog->findChild<QLineEdit *>(u"host"_qs);
        auto *database = dialog->findChild<QLineEdit *>(u"database"_qs);
        auto *port = dialog->findChild<QSpinBox *>(u"port"_qs);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        ASSERT_TRUE(host && database && port && buttons);
        QPushButton *connect = buttons->button(QDialogButtonBox::Ok);
        ASSERT_NE(connect, nullptr);
        // No host: Connect is off, and Return does not connect.
        host->clear();
        database->clear();
        QTest::keyClicks(database, u"books"_qs);
        EXPECT_FALSE(connect->isEnabled());
        QTest::keyClick(database, Qt::Key_Return);
        EXPECT_TRUE(dialog->isVisible());
        // Only blanks: the same.
        QTest::keyClicks(host, u"   "_qs);
        EXPECT_FALSE(connect->isEnabled());
        // A port past 65535 is not taken: the field keeps what it can hold.
        port->setFocus();
        QTest::keyClick(port, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(port, u"99999"_qs);
        EXPECT_LE(port->value(), 65535);
        EXPECT_NE(port->text(), u"99999"_qs);
        QTest::keyClick(port, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(port, u"54x2"_qs);
        EXPECT_FALSE(port->text().contains(u'x')) << port->text().toStdString();
        dialog->reject();
    });
    m_window->findChild<QAction *>(u"connectPostgres"_qs)->trigger();
    EXPECT_TRUE(seen);
    // Nothing changed: the same book, nothing remembered.
    EXPECT_EQ(m_window->bookSpec().path, m_book->spec.path);
    EXPECT_EQ(statusText("bookName"), m_book->spec.displayName());
    EXPECT_FALSE(QSettings().contains(u"postgres/host"_qs));
}

// A one-seat book written by an older version (here: only the first migration) is brought
// up to date when it is opened; its rows stay.
TEST(OpeningAnOlderBook, IsBroughtUpToDateAndKeepsItsRows)
{
    QTemporaryDir dir;
    const auto spec = ConnectionSpec::sqlite(dir.filePath(u"old.sqlite"_qs));
    {
        auto db = Database::open(spec, Database::Open::CreateIfMissing);
        ASSERT_TRUE(db.has_value());
        const auto first = Migrator::available().first();
        ASSERT_TRUE(
            db->execDirect(
                  u"CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                  u"applied_at TEXT NOT NULL)"_qs)
                .has_value());
        for (const QString &statement : splitStatements(applyDialect(first.sql, Dialect::SQLite)))
            ASSERT_TRUE(db->execDirect(statement).has_value()) << statement.toStdString();
        ASSERT_TRUE(
            db->exec(
                  u"INSERT INTO schema_version (version, name, applied_at) VALUES (1, 'initial', 'then')"_qs)
                .has_value());
        ASSERT_TRUE(
            db->exec(
                  u"INSERT INTO tax_rates (country, rate_bp, valid_from) VALUES ('FR', 2000, '2024-01-01')"_qs)
                .has_value());
    }
    ASSERT_GT(Migrator::latestVersion(), 1);
    auto opened = openExistingBook(spec);
    ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
    EXPECT_EQ(*Migrator(*opened).currentVersion(), Migrator::latestVersion());
    EXPECT_EQ(opened->scalar(u"SELECT COUNT(*) FROM tax_rates"_qs)->toInt(), 1);
}
