#pragma once

#include "services/jobs/job.h"

#include <QObject>

#include <memory>
#include <type_traits>

namespace ic {

// Runs jobs one after the other on a worker thread of its own, in the order queued: the
// shape of qBittorrent's resume-data storage. Each job gets a connection of its own, opened
// and closed on the worker thread (a connection belongs to the thread that opened it), a
// cancel token, and a JobContext to report through. Nothing here is a widget: the window
// shows a job with JobRunner (ui/common), the CLI runs the same work on its own thread.
class JobQueue final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobQueue)

public:
    explicit JobQueue(QObject *parent = nullptr);
    // Cancels what is queued and the job running, and waits for that one to stop at its next
    // unit of work (its result is then dropped).
    ~JobQueue() override;

    // Queues `work` (a callable taking const JobContext & and returning Result<T>); the job
    // object tells the caller's thread how far it is and when it is over.
    template <typename F>
    auto start(std::optional<JobBase::Connection> connection, F work,
               typename Job<typename std::invoke_result_t<F, const JobContext &>::value_type>::
                   Describe describe = {})
    {
        using T = typename std::invoke_result_t<F, const JobContext &>::value_type;
        std::shared_ptr<Job<T>> job(
            new Job<T>(std::move(connection), std::move(work), std::move(describe)),
            [](Job<T> *j) { j->deleteLater(); });
        enqueue(job);
        return job;
    }

    // Cancels every job queued or running.
    void cancelAll();
    // No job queued or running.
    bool isIdle() const;

private:
    void enqueue(std::shared_ptr<JobBase> job);
    class Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace ic
