// The job runner as a person sees it: the dialog shows the job's sentence and how far it is,
// Cancel stops the job between two units and keeps what was finished, an error's sentence
// is shown, and the dialog is closed whatever happens (a watchdog closes it if a test's own
// steps did not come).
#include "services/storage/database.h"
#include "tests/support/testbooks.h"
#include "ui/common/jobrunner.h"

#include <QDeadlineTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include <atomic>
#include <functional>

using namespace ic;

namespace {

// Worker side of a handshake: waits (at most 20 s) until the test lets unit `i` go.
void waitForGate(const std::atomic_int &gate, int i)
{
    const QDeadlineTimer deadline(20000);
    while (gate.load() <= i && !deadline.hasExpired())
        QThread::msleep(2);
}

// Calls `action` once `condition` holds (polled on the GUI thread); after `timeoutMs` it
// fails the test and calls `rescue` instead, so nothing waits forever.
void whenTrue(std::function<bool()> condition, std::function<void()> action,
              std::function<void()> rescue, int timeoutMs = 20000)
{
    auto *timer = new QTimer(qApp);
    const QDeadlineTimer deadline(timeoutMs);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        const bool ready = condition();
        if (!ready && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        if (ready) {
            action();
            return;
        }
        ADD_FAILURE() << "the dialog never came to the expected state";
        rescue();
    });
    timer->start();
}

class JobRunnerUi : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_book = test::freshBook(Dialect::SQLite);
        ASSERT_TRUE(m_book);
        ASSERT_TRUE(m_book->db->execDirect(u"CREATE TABLE job_units (n INTEGER NOT NULL)"_qs));
        m_window.resize(400, 300);
        m_window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    }

    void TearDown() override
    {
        // Whatever happened, no job dialog is left on screen.
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<JobDialog *>(w)) {
                EXPECT_FALSE(dialog->isVisible()) << "a job dialog was left open";
                dialog->close();
            }
    }

    qint64 rowsWritten()
    {
        auto n = m_book->db->scalar(u"SELECT COUNT(*) FROM job_units"_qs);
        return n ? n->toLongLong() : -1;
    }

    // Five units, each a row written on the job's own connection; unit i waits for the gate.
    std::function<Result<int>(const JobContext &)> fiveUnits(std::atomic_int &gate)
    {
        return [&gate](const JobContext &job) -> Result<int> {
            for (int i = 0; i < 5; ++i) {
                if (!job(i, 5, u"Writing unit %1"_qs.arg(i + 1)))
                    return failure(ErrorCode::Cancelled,
                                   u"Stopped: the %1 unit(s) written are kept."_qs.arg(i));
                waitForGate(gate, i);
                if (auto r =
                        job.db()->exec(u"INSERT INTO job_units (n) VALUES (:n)"_qs, {{"n", i}});
                    !r)
                    return std::unexpected(r.error());
            }
            job(5, 5);
            return 5;
        };
    }

    std::unique_ptr<test::TestBook> m_book;
    QWidget m_window;
};

} // namespace

TEST_F(JobRunnerUi, ProgressIsShownAndCancelStopsBetweenUnitsKeepingWhatWasFinished)
{
    JobRunner runner(&m_window);
    std::atomic_int gate = 2; // units 1 and 2 may go at once
    QString sentenceShown;
    QString barShown;
    QString outcome;
    bool wasModal = false;
    // The window goes on while the job runs: its own timer keeps ticking.
    int ticks = 0;
    QTimer ticking;
    ticking.setInterval(10);
    QObject::connect(&ticking, &QTimer::timeout, &ticking, [&] { ++ticks; });
    ticking.start();

    const auto rescue = [&] {
        gate = 5;
        if (JobDialog *d = runner.dialog()) {
            d->reject();
            whenTrue([&] { return !runner.dialog() || runner.dialog()->isOver(); },
                     [&] {
                         if (runner.dialog())
                             runner.dialog()->reject();
                     },
                     [] {});
        }
    };
    QObject::connect(&runner, &JobRunner::dialogShown, &runner, [&](JobDialog *dialog) {
        wasModal = dialog->isModal() || dialog->windowModality() != Qt::NonModal;
        // Unit 3 is under way (two done, of five): Cancel.
        whenTrue([dialog] { return dialog->sentence() == u"Writing unit 3"_qs; },
                 [&, dialog] {
                     sentenceShown = dialog->sentence();
                     barShown = dialog->progressBar()->text();
                     QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
                     gate = 5;
                     whenTrue([dialog] { return dialog->isOver(); },
                              [&, dialog] {
                                  outcome = dialog->sentence();
                                  EXPECT_EQ(dialog->cancelButton()->text(), u"Close"_qs);
                                  QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
                              },
                              rescue);
                 },
                 rescue);
    });
    JobRunner::Options options;
    options.title = u"Units"_qs;
    options.text = u"Writing the units…"_qs;
    options.showsOutcome = true;
    options.delayMs = 0;
    const int ticksBefore = ticks;
    auto result = runner.run(options, JobBase::Connection{m_book->spec}, fiveUnits(gate));

    EXPECT_TRUE(wasModal);
    EXPECT_EQ(sentenceShown, u"Writing unit 3"_qs);
    EXPECT_EQ(barShown, u"2 of 5"_qs);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    // Unit 3 was under way when Cancel came: it finishes, and the job stops before unit 4.
    EXPECT_EQ(outcome, u"Stopped: the 3 unit(s) written are kept."_qs);
    EXPECT_EQ(rowsWritten(), 3);
    EXPECT_GT(ticks, ticksBefore);
    EXPECT_EQ(runner.dialog(), nullptr);
    EXPECT_FALSE(runner.isBusy());
}

TEST_F(JobRunnerUi, AnErrorsSentenceIsShownUntilClosed)
{
    JobRunner runner(&m_window);
    QString outcome;
    QObject::connect(&runner, &JobRunner::dialogShown, &runner, [&](JobDialog *dialog) {
        whenTrue([dialog] { return dialog->isOver(); },
                 [&, dialog] {
                     outcome = dialog->sentence();
                     QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
                 },
                 [dialog] {
                     dialog->reject();
                     dialog->reject();
                 });
    });
    JobRunner::Options options;
    options.title = u"Units"_qs;
    options.showsOutcome = true;
    options.delayMs = 0;
    auto result = runner.run(options, JobBase::Connection{m_book->spec},
                             [](const JobContext &job) -> Result<int> {
                                 job(1, 2, u"Writing unit 2"_qs);
                                 return failure(ErrorCode::Io, u"The second unit could not be "
                                                               u"written: the disk is full."_qs);
                             });
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, ErrorCode::Io);
    EXPECT_EQ(outcome, u"The second unit could not be written: the disk is full."_qs);
    EXPECT_EQ(runner.dialog(), nullptr);
}

TEST_F(JobRunnerUi, WithoutAnOutcomeTheDialogClosesByItselfAndTheResultComesBack)
{
    JobRunner runner(&m_window);
    std::atomic_int gate = 0;
    bool shown = false;
    QObject::connect(&runner, &JobRunner::dialogShown, &runner, [&](JobDialog *) {
        shown = true;
        gate = 5; // the dialog is up: let the units go
    });
    JobRunner::Options options;
    options.delayMs = 0;
    auto result = runner.run(options, JobBase::Connection{m_book->spec}, fiveUnits(gate));
    ASSERT_TRUE(result.has_value()) << result.error().message.toStdString();
    EXPECT_EQ(*result, 5);
    EXPECT_TRUE(shown);
    EXPECT_EQ(rowsWritten(), 5);
    EXPECT_EQ(runner.dialog(), nullptr);
}

TEST_F(JobRunnerUi, AShortJobShowsNoDialog)
{
    JobRunner runner(&m_window);
    bool shown = false;
    QObject::connect(&runner, &JobRunner::dialogShown, &runner, [&](JobDialog *) { shown = true; });
    JobRunner::Options options;
    options.delayMs = 10000;
    auto result =
        runner.run(options, std::nullopt, [](const JobContext &) { return Result<int>(7); });
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(*result, 7);
    EXPECT_FALSE(shown);
}
