#pragma once

#include <QString>

#include <atomic>
#include <concepts>
#include <functional>
#include <memory>
#include <optional>

namespace ic {

class Database;

// How far a job is: units of work done out of the units in all (0: not known yet), and what
// it is doing now, as one translated sentence ("Charging invoice INV-2026-0412"), with the
// item it names when a view lists them (a file's path: "index.html").
struct JobStatus {
    qint64 done = 0;
    qint64 total = 0;
    QString sentence;
    QString item;
};

// Set by whoever started the job (a Cancel button, the window closing), read by the job
// between two units of work. Copies share the one flag.
class CancelToken final {
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {
    }
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }
    const std::atomic_bool *flag() const { return m_flag.get(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

// The one way long work reports progress and hears a cancel. A service that works in units
// (rows exported, days of demo history, files uploaded, subscriptions billed) takes a
// `const JobContext &` and calls it after each unit: job(done, total, sentence) tells the
// listener and returns false once the work is to stop, which the service does between two
// units, keeping or undoing what it did as its own contract says. An empty context (the
// default) listens to nothing and never stops; a (done, total) -> bool callable converts to
// one, so a test can count or stop the calls with a lambda.
//
// The job queue (JobQueue) makes one for each job it runs, with the job's own connection.
class JobContext final {
public:
    using Sink = std::function<void(const JobStatus &status)>;

    JobContext() = default;
    JobContext(CancelToken token, Sink sink, Database *db = nullptr);
    // (done, total) -> bool: false stops the work, as a Cancel would.
    template <typename F>
        requires std::is_invocable_r_v<bool, F, qint64, qint64> &&
                 (!std::is_same_v<std::remove_cvref_t<F>, JobContext>)
    JobContext(F callback)
        : m_callback(std::move(callback))
    {
    }

    // Is anybody listening, or able to cancel? (A service may skip building sentences when not.)
    explicit operator bool() const { return m_token || m_sink || m_callback; }

    // Reports progress; false when the work is to stop before its next unit.
    bool operator()(qint64 done, qint64 total, const QString &sentence = {},
                    const QString &item = {}) const;
    bool isCancelled() const;
    // The flag a lower layer can poll on its own (null when nothing can cancel).
    const std::atomic_bool *cancelFlag() const { return m_token ? m_token->flag() : nullptr; }

    // The job's own connection, opened on the job's thread (null when the job asked for none).
    Database *db() const { return m_db; }

private:
    std::optional<CancelToken> m_token;
    Sink m_sink;
    std::function<bool(qint64, qint64)> m_callback;
    mutable bool m_stopped = false; // the callback said stop: it stays stopped
    Database *m_db = nullptr;
};

} // namespace ic
