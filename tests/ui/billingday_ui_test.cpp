// Tools › Run the Billing Day on a small book: an admin runs today's daily run behind the
// job dialog, which counts the day's subscriptions and ends on the run's summary, and the
// book then holds the invoices it made; an accountant or a support member has no such
// command, and asking for it anyway is refused with nothing changed.
#include "models/clock.h"
#include "tests/support/renewalsdue.h"
#include "tests/support/testbooks.h"
#include "tests/ui/modal.h"
#include "tests/ui/sessions.h"
#include "ui/common/jobrunner.h"
#include "ui/dashboard/figurecard.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/shell/bookopening.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace ic;

namespace {

const QDate kToday(2027, 2, 21);

class BillingDayUi : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_book = test::freshBook(Dialect::SQLite);
        ASSERT_TRUE(m_book);
        ASSERT_EQ(test::insertRenewalsDue(*m_book->db, kToday, 3).size(), 3);
        m_window = std::make_unique<MainWindow>(m_clock);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void TearDown() override
    {
        if (m_window)
            (void)QTest::qWaitFor([this] { return !m_window->overviewPage()->isLoading(); }, 15000);
        m_window.reset();
    }

    void signIn(Role role)
    {
        auto opened = openExistingBook(m_book->spec);
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        m_window->setBook(std::move(*opened), test::sessionAs(role));
    }
    QAction *action() const { return m_window->findChild<QAction *>(u"runBillingDay"_qs); }
    qint64 invoices() const
    {
        auto n = m_book->db->scalar(u"SELECT COUNT(*) FROM invoices"_qs);
        return n ? n->toLongLong() : -1;
    }

    // Noon UTC on 21 February 2027: the business day is the 21st in any time zone.
    FixedClock m_clock{QDateTime(kToday, QTime(12, 0), Qt::UTC)};
    std::unique_ptr<test::TestBook> m_book;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(BillingDayUi, AnAdminRunsTheDayWithProgressAndReadsTheSummary)
{
    signIn(Role::Admin);
    ASSERT_NE(action(), nullptr);
    EXPECT_TRUE(action()->isVisible());
    EXPECT_TRUE(action()->isEnabled());
    EXPECT_EQ(action()->text(), u"Run the &Billing Day…"_qs);

    QString title;
    QString outcome;
    QString bar;
    QObject::connect(
        m_window->jobRunner(), &JobRunner::dialogShown, m_window.get(), [&](JobDialog *dialog) {
            title = dialog->windowTitle();
            auto *timer = new QTimer(dialog);
            const QDeadlineTimer deadline(60000);
            timer->setInterval(10);
            QObject::connect(timer, &QTimer::timeout, dialog, [&, dialog, timer, deadline] {
                if (!dialog->isOver() && !deadline.hasExpired())
                    return;
                timer->stop();
                if (!dialog->isOver()) {
                    ADD_FAILURE() << "the run did not end within a minute";
                    dialog->reject(); // Cancel, then Close once it has stopped
                    QTimer::singleShot(20000, dialog, [dialog] { dialog->reject(); });
                    return;
                }
                outcome = dialog->sentence();
                bar = dialog->progressBar()->text();
                // IC_SCREENSHOT_DIR=...: the end of the run as a person sees it.
                if (const QString dir = qEnvironmentVariable("IC_SCREENSHOT_DIR"); !dir.isEmpty())
                    dialog->grab().save(dir + u"/billing-day-dialog.png"_qs);
                QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
            });
            timer->start();
        });
    action()->trigger(); // returns once the dialog is closed

    EXPECT_EQ(title, u"Run the Billing Day"_qs);
    // Three renewals due on 28 February, invoiced at J-7: the day's only units.
    EXPECT_TRUE(outcome.startsWith(u"1 day(s) run: 3 invoices created, 0 reminders queued, 0 "
                                   u"charges tried"_qs))
        << outcome.toStdString();
    EXPECT_EQ(bar, u"3 of 3"_qs);
    EXPECT_EQ(m_window->jobRunner()->dialog(), nullptr);

    // The book holds them, numbered without a gap, and the overview (read again after the
    // run) counts them for February: 3 × 34.80 €.
    EXPECT_EQ(invoices(), 3);
    auto numbers = m_book->db->exec(u"SELECT number, total_minor FROM invoices ORDER BY number"_qs);
    ASSERT_TRUE(numbers.has_value());
    QStringList seen;
    while (numbers->next()) {
        seen.append(numbers->value(0).toString());
        EXPECT_EQ(numbers->value(1).toLongLong(), 3480);
    }
    EXPECT_EQ(seen, (QStringList{u"INV-2027-001"_qs, u"INV-2027-002"_qs, u"INV-2027-003"_qs}));
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_window->overviewPage()->isLoading(); }, 15000));
    EXPECT_EQ(m_window->overviewPage()->card(OverviewPage::Figure::InvoicesThisMonth)->value(),
              u"3"_qs);
}

TEST_F(BillingDayUi, AnAccountantOrASupportMemberHasNoSuchCommandAndIsRefused)
{
    for (Role role : {Role::Accountant, Role::Support}) {
        signIn(role);
        ASSERT_NE(action(), nullptr);
        EXPECT_FALSE(action()->isVisible()) << toString(role).toStdString();
        EXPECT_FALSE(action()->isEnabled()) << toString(role).toStdString();
        // Asked for anyway (a shortcut, a script): one sentence, and the book unchanged.
        QString refusal;
        test::whenModal<QMessageBox>([&](QMessageBox *box) {
            refusal = box->text();
            box->close();
        });
        m_window->runBillingDay();
        EXPECT_TRUE(refusal.endsWith(u'.')) << refusal.toStdString();
        EXPECT_FALSE(refusal.isEmpty());
        EXPECT_EQ(invoices(), 0);
    }
}
