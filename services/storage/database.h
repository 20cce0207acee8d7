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

    // Transactions nest: inside an open transaction, begin() opens a savepoint, so a service
    // that guards its own writes can be called from a job that wraps many of them in one.
    Done begin();
    Done commit();
    void rollback();
    bool isInTransaction() const { return m_depth > 0; }

    // Runs fn inside one transaction (or savepoint): commit if it returns a value, roll
    // back otherwise.
    template <typename F> auto transaction(F &&fn) -> decltype(fn())
    {
        if (auto started = begin(); !started)
            return std::unexpected(started.error());
        auto result = std::forward<F>(fn)();
        if (!result) {
            rollback();
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
};

// Nulls for optional columns.
inline QVariant nullIfZero(qint64 id) { return id == 0 ? QVariant() : QVariant(id); }
inline QVariant nullIfEmpty(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }
QVariant dateValue(const QDate &date);
QVariant timestampValue(const QDateTime &at);
QDate toDate(const QVariant &v);
QDateTime toTimestamp(const QVariant &v);

} // namespace ic
