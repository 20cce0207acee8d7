#include "services/jobs/jobqueue.h"

#include "models/tr.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QThread>
#include <QWaitCondition>

#include <deque>

namespace ic {

JobBase::JobBase(std::optional<Connection> connection)
    : m_connection(std::move(connection))
{
}

JobBase::~JobBase() = default;

JobStatus JobBase::status() const
{
    const QMutexLocker lock(&m_lock);
    return m_status;
}

void JobBase::report(const JobStatus &status)
{
    {
        const QMutexLocker lock(&m_lock);
        m_status = status;
    }
    // One notice in the job thread's queue at a time: a job reporting every row does not
    // flood the window's event loop; the window reads the latest status when it comes.
    if (m_progressPosted.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_progressPosted = false;
            Q_EMIT progressed();
        },
        Qt::QueuedConnection);
}

void JobBase::finish(Done outcome)
{
    std::optional<Error> error;
    if (!outcome)
        error = outcome.error();
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            m_error = error;
            m_finished = true;
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

void JobBase::runHere()
{
    if (m_token.isCancelled()) {
        const Error cancelled{ErrorCode::Cancelled,
                              Tr::tr("The work was cancelled before it began.")};
        setFailure(cancelled);
        finish(std::unexpected(cancelled));
        return;
    }
    std::optional<Database> db;
    if (m_connection) {
        auto opened = Database::open(m_connection->spec, m_connection->mode);
        if (!opened) {
            setFailure(opened.error());
            finish(std::unexpected(opened.error()));
            return;
        }
        db.emplace(std::move(*opened));
    }
    const JobContext context(
        m_token, [this](const JobStatus &status) { report(status); }, db ? &*db : nullptr);
    Done outcome = execute(context);
    db.reset(); // closed on the thread that opened it
    finish(std::move(outcome));
}

// The worker thread: takes the jobs one at a time. It runs no event loop of its own between
// jobs, so a job that waits on a local one (the S3 client's replies) never starts the next.
class JobQueue::Worker final : public QThread {
public:
    void add(std::shared_ptr<JobBase> job)
    {
        const QMutexLocker lock(&m_lock);
        m_queue.push_back(std::move(job));
        m_wake.wakeOne();
    }
    void cancelAll()
    {
        const QMutexLocker lock(&m_lock);
        for (const auto &job : m_queue)
            job->cancel();
        if (m_running)
            m_running->cancel();
    }
    void stop()
    {
        {
            const QMutexLocker lock(&m_lock);
            m_stopping = true;
            m_wake.wakeOne();
        }
        cancelAll();
        wait();
    }
    bool isIdle() const
    {
        const QMutexLocker lock(&m_lock);
        return m_queue.empty() && !m_running;
    }

protected:
    void run() override
    {
        for (;;) {
            {
                QMutexLocker lock(&m_lock);
                m_running.reset();
                while (m_queue.empty() && !m_stopping)
                    m_wake.wait(&m_lock);
                if (m_queue.empty())
                    return;
                m_running = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_running->runHere();
            // What the work left for later deletion on this thread (network replies) goes now.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
    }

private:
    mutable QMutex m_lock;
    QWaitCondition m_wake;
    std::deque<std::shared_ptr<JobBase>> m_queue;
    std::shared_ptr<JobBase> m_running;
    bool m_stopping = false;
};

JobQueue::JobQueue(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>())
{
    m_worker->setObjectName(QStringLiteral("JobQueue worker"));
}

JobQueue::~JobQueue()
{
    if (m_worker->isRunning())
        m_worker->stop();
}

void JobQueue::enqueue(std::shared_ptr<JobBase> job)
{
    m_worker->add(std::move(job));
    if (!m_worker->isRunning())
        m_worker->start();
}

void JobQueue::cancelAll()
{
    m_worker->cancelAll();
}

bool JobQueue::isIdle() const
{
    return m_worker->isIdle();
}

} // namespace ic
