#pragma once

#include "models/result.h"
#include "services/jobs/jobcontext.h"
#include "services/storage/connectionspec.h"
#include "services/storage/database.h"

#include <QMutex>
#include <QObject>

#include <atomic>
#include <functional>
#include <optional>
#include <type_traits>

namespace ic {

// One piece of long work, queued on a JobQueue and run on its worker thread. The object
// lives on the thread that made it (the GUI's): its signals arrive there, and status(),
// result() and the rest are read there. Progress is coalesced: however often the work
// reports, at most one progressed() waits in the event queue, and status() is the latest.
class JobBase : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobBase)

public:
    // The connection a job asks for: opened on the job's thread as Database::clone() opens
    // one (for a book that must exist), or creating the book (the demo book's first build),
    // and closed there when the work returns.
    struct Connection {
        ConnectionSpec spec;
        Database::Open mode = Database::Open::MustExist;
    };

    ~JobBase() override;

    JobStatus status() const;
    bool isFinished() const { return m_finished; }
    // Asks the work to stop before its next unit; a job still queued does not start.
    void cancel() const { m_token.cancel(); }
    const CancelToken &token() const { return m_token; }

    // Once finished: the error the work ended with (ErrorCode::Cancelled when it was
    // stopped), or none.
    const std::optional<Error> &error() const { return m_error; }
    bool wasCancelled() const { return m_error && m_error->code == ErrorCode::Cancelled; }
    // Once finished without error: the result in one sentence (empty when the job has none).
    virtual QString successSentence() const = 0;

Q_SIGNALS:
    void progressed();
    void finished();

protected:
    explicit JobBase(std::optional<Connection> connection);
    // On the worker thread.
    virtual Done execute(const JobContext &context) = 0;
    // On the worker thread, when the work is not run (cancelled before, no connection).
    virtual void setFailure(const Error &error) = 0;

private:
    friend class JobQueue;
    // On the worker thread: opens the connection, runs the work, tells the job's thread.
    void runHere();
    void report(const JobStatus &status);
    void finish(Done outcome);

    std::optional<Connection> m_connection;
    CancelToken m_token;
    mutable QMutex m_lock;
    JobStatus m_status;
    std::atomic_bool m_progressPosted = false;
    std::optional<Error> m_error;
    bool m_finished = false;
};

template <typename T> struct JobDescribe {
    using type = std::function<QString(const T &)>;
};
template <> struct JobDescribe<void> {
    using type = std::function<QString()>;
};

// A job whose work returns Result<T>; `describe` says a success in one sentence.
template <typename T> class Job final : public JobBase {
public:
    using Work = std::function<Result<T>(const JobContext &context)>;
    using Describe = typename JobDescribe<T>::type;

    Job(std::optional<Connection> connection, Work work, Describe describe = {})
        : JobBase(std::move(connection))
        , m_work(std::move(work))
        , m_describe(std::move(describe))
    {
    }

    // Valid once finished() came: what the work returned (a job cancelled before it began
    // holds that Cancelled error).
    const Result<T> &result() const { return m_result; }

    QString successSentence() const override
    {
        if (!m_result || !m_describe)
            return {};
        if constexpr (std::is_void_v<T>)
            return m_describe();
        else
            return m_describe(*m_result);
    }

protected:
    Done execute(const JobContext &context) override
    {
        m_result = m_work(context);
        if (!m_result)
            return std::unexpected(m_result.error());
        return {};
    }
    void setFailure(const Error &error) override { m_result = std::unexpected(error); }

private:
    Work m_work;
    Describe m_describe;
    Result<T> m_result = std::unexpected(Error{ErrorCode::Cancelled, {}});
};

} // namespace ic
