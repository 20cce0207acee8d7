// The job queue: one worker thread, jobs in the order queued, each with its own connection,
// its progress and its end told on the caller's thread, a cancel that stops a queued job
// before it begins.
#include "services/jobs/jobqueue.h"
#include "tests/support/testbooks.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

using namespace ic;

namespace {

// Lets the caller's event loop run until the job is over (at most 20 s).
bool waitFor(const JobBase &job)
{
    const QDeadlineTimer deadline(20000);
    while (!job.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return job.isFinished();
}

// Spins until `flag` is set or 20 s have passed (the worker side of a test's handshake).
bool waitUntil(const std::atomic_bool &flag)
{
    const QDeadlineTimer deadline(20000);
    while (!flag.load() && !deadline.hasExpired())
        QThread::msleep(2);
    return flag.load();
}

} // namespace

TEST(JobQueue, JobsRunInOrderOnOneWorkerWithConnectionsOfTheirOwn)
{
    auto book = test::freshBook(Dialect::SQLite);
    ASSERT_TRUE(book);
    JobQueue queue;
    QList<int> order;
    QList<QThread *> threads;
    QStringList connections;
    std::shared_ptr<Job<int>> jobs[3];
    for (int i = 0; i < 3; ++i)
        jobs[i] = queue.start(JobBase::Connection{book->spec}, [&, i](const JobContext &job) {
            order.append(i); // only the one worker touches these lists
            threads.append(QThread::currentThread());
            connections.append(job.db()->connectionName());
            job(1, 1, u"Job %1"_qs.arg(i));
            return Result<int>(i * 10);
        });
    for (const auto &job : jobs)
        ASSERT_TRUE(waitFor(*job));
    EXPECT_EQ(order, (QList<int>{0, 1, 2}));
    ASSERT_EQ(threads.size(), 3);
    EXPECT_NE(threads.at(0), QThread::currentThread());
    EXPECT_EQ(threads.at(1), threads.at(0));
    EXPECT_EQ(threads.at(2), threads.at(0));
    for (const QString &name : std::as_const(connections))
        EXPECT_NE(name, book->db->connectionName());
    EXPECT_EQ(*jobs[2]->result(), 20);
    EXPECT_FALSE(jobs[2]->error().has_value());
    // The latest status stays readable after the end.
    EXPECT_EQ(jobs[1]->status().sentence, u"Job 1"_qs);
    EXPECT_TRUE(queue.isIdle());
}

TEST(JobQueue, ProgressIsToldOnTheCallersThreadAndACancelStopsTheWorkBetweenUnits)
{
    JobQueue queue;
    std::atomic_bool reported = false;
    std::atomic_bool cancelled = false;
    auto job = queue.start(std::nullopt, [&](const JobContext &ctx) -> Result<int> {
        int units = 0;
        for (int i = 0; i < 5; ++i) {
            if (!ctx(i, 5, u"Unit %1"_qs.arg(i + 1)))
                return failure(ErrorCode::Cancelled, u"Stopped after %1 units."_qs.arg(units));
            ++units;
            if (i == 1) {
                reported = true;
                waitUntil(cancelled); // the test cancels here, after two units
            }
        }
        return units;
    });
    int notices = 0;
    QThread *noticeThread = nullptr;
    QObject::connect(job.get(), &JobBase::progressed, job.get(), [&] {
        ++notices;
        noticeThread = QThread::currentThread();
    });
    const QDeadlineTimer deadline(20000);
    while (!reported && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    job->cancel();
    cancelled = true;
    ASSERT_TRUE(waitFor(*job));
    // Units 1 and 2 done; the cancel is heard as unit 3 is about to begin.
    ASSERT_FALSE(job->result().has_value());
    EXPECT_TRUE(job->wasCancelled());
    EXPECT_EQ(job->error()->message, u"Stopped after 2 units."_qs);
    EXPECT_EQ(job->status().done, 2);
    EXPECT_GE(notices, 1);
    EXPECT_EQ(noticeThread, QThread::currentThread());
}

TEST(JobQueue, AJobCancelledWhileQueuedNeverStarts)
{
    JobQueue queue;
    std::atomic_bool release = false;
    std::atomic_bool secondRan = false;
    auto first = queue.start(std::nullopt, [&](const JobContext &) -> Result<int> {
        waitUntil(release);
        return 1;
    });
    auto second = queue.start(std::nullopt, [&](const JobContext &) -> Result<int> {
        secondRan = true;
        return 2;
    });
    second->cancel();
    release = true;
    ASSERT_TRUE(waitFor(*first));
    ASSERT_TRUE(waitFor(*second));
    EXPECT_EQ(*first->result(), 1);
    EXPECT_FALSE(secondRan.load());
    EXPECT_TRUE(second->wasCancelled());
    EXPECT_EQ(second->error()->message, u"The work was cancelled before it began."_qs);
    ASSERT_FALSE(second->result().has_value());
    EXPECT_EQ(second->result().error().message, second->error()->message);
}

TEST(JobQueue, ABookThatCannotBeOpenedIsTheJobsErrorAndTheWorkIsNotCalled)
{
    QTemporaryDir dir;
    JobQueue queue;
    bool called = false;
    auto job =
        queue.start(JobBase::Connection{ConnectionSpec::sqlite(dir.filePath(u"missing.sqlite"_qs))},
                    [&](const JobContext &) -> Done {
                        called = true;
                        return {};
                    });
    ASSERT_TRUE(waitFor(*job));
    EXPECT_FALSE(called);
    ASSERT_TRUE(job->error().has_value());
    EXPECT_EQ(job->error()->code, ErrorCode::NotFound) << job->error()->message.toStdString();
    EXPECT_FALSE(job->error()->message.isEmpty());
    // The typed result says the same.
    ASSERT_FALSE(job->result().has_value());
    EXPECT_EQ(job->result().error().message, job->error()->message);
}

TEST(JobQueue, ACallbackTakingDoneAndTotalStopsTheWorkAsACancelWould)
{
    int calls = 0;
    const JobContext job([&](qint64, qint64) { return ++calls < 2; });
    EXPECT_TRUE(bool(job));
    EXPECT_TRUE(job(0, 3));
    EXPECT_FALSE(job(1, 3)); // the second call says stop
    EXPECT_TRUE(job.isCancelled());
    EXPECT_FALSE(job(2, 3)); // and it stays stopped
    EXPECT_EQ(calls, 2);
    const JobContext nobody;
    EXPECT_FALSE(bool(nobody));
    EXPECT_TRUE(nobody(5, 5));
}
