#pragma once

#include "models/result.h"
#include "services/storage/connectionspec.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace ic {

// One open connection to the book. A connection belongs to the thread that opened it:
// long work on another thread opens its own with clone().
class Database final {
public:
    enum class Open { MustExist, CreateIfMissing };

    static Result<Database> open(const ConnectionSpec &spec, Open mode = Open::MustExist);
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Result<Database> clone() const;
    const ConnectionSpec &spec() const { return m_spec; }
    Dialect dialect() const { return m_spec.dialect; }
    QSqlDatabase handle() const;
    QString connectionName() const { return m_name; }

    // Is the server still there? (cheap query)
    bool ping() const;

    // Transactions nest. The outermost transaction() is BEGIN .. COMMIT; one opened inside it
    // joins it (no statement sent): its writes stand or fall with the outer one, and if it
    // fails the outer transaction can only roll back (its commit is refused), since nothing
    // undid the failed part's writes. A caller that means to recover from a failed part and
    // go on asks for savepoint() instead. Joining saves the SAVEPOINT/RELEASE round trips
    // that the daily run on PostgreSQL would otherwise pay for every step of every
    // subscription (a tenth of its statements).
    Done begin();
    Done commit();
    void rollback();
    bool isInTransaction() const { return m_depth > 0; }

    // Runs fn inside one transaction, or as a part of the caller's: commit if it returns a
    // value, roll back otherwise (see above for a part that fails).
    template <typename F> auto transaction(F &&fn) -> decltype(fn())
    {
        if (m_depth == 0)
            return savepoint(std::forward<F>(fn));
        auto result = std::forward<F>(fn)();
        if (!result)
            m_failedPart = true;
        return result;
    }

    // Runs fn inside a savepoint of the caller's transaction (or its own transaction): when
    // it fails, only its own writes are undone and the caller may go on.
    template <typename F> auto savepoint(F &&fn) -> decltype(fn())
    {
        const bool failedBefore = m_failedPart;
        if (auto started = begin(); !started)
            return std::unexpected(started.error());
        auto result = std::forward<F>(fn)();
        if (!result) {
            rollback();
            m_failedPart = failedBefore && m_depth > 0;
            return result;
        }
        if (auto done = commit(); !done)
            return std::unexpected(done.error());
        return result;
    }

    using Binds = std::initializer_list<std::pair<const char *, QVariant>>;
    // Prepares and runs one statement with named binds. A failure comes back as an Error
    // whose code tells a unique or check violation from anything else.
    Result<QSqlQuery> exec(const QString &sql, Binds binds = {}) const;
    Result<QSqlQuery> prepare(const QString &sql) const;
    // Runs a statement that cannot be prepared (DDL, SET, CREATE DATABASE). Never with
    // values from a person: those go through exec() and its binds.
    Result<QSqlQuery> execDirect(const QString &sql) const;
    static Done exec(QSqlQuery &query);
    // First column of the first row, or NotFound.
    Result<QVariant> scalar(const QString &sql, Binds binds = {}) const;

    static Error errorOf(const QSqlError &error, const QString &context = {});

private:
    Database() = default;
    ConnectionSpec m_spec;
    QString m_name;
    int m_depth = 0;
    bool m_failedPart = false; // a joined part failed: the transaction can only roll back
};

// Nulls for optional columns.
inline QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}
inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
QVariant dateValue(const QDate &date);
QVariant timestampValue(const QDateTime &at);
QDate toDate(const QVariant &v);
QDateTime toTimestamp(const QVariant &v);

} // namespace ic
