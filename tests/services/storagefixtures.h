#pragma once

// Rows that repository tests need as neighbours (a customer, a plan, an invoice), written
// with plain SQL so a test of one repository does not lean on another.

#include "services/storage/database.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#include <gtest/gtest.h>

namespace ic::test {

inline QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC);
}

inline qint64 insertReturningId(Database &db, const QString &sql, Database::Binds binds)
{
    auto q = db.exec(sql, binds);
    if (!q) {
        ADD_FAILURE() << q.error().message.toStdString();
        return 0;
    }
    if (!q->next()) {
        ADD_FAILURE() << "no id returned";
        return 0;
    }
    return q->value(0).toLongLong();
}

inline qint64 makeCustomer(Database &db, const QString &email)
{
    return insertReturningId(
        db,
        u"INSERT INTO customers (public_id, name, email, country, created_at) VALUES (:p, :n, "
        u":e, 'FR', '2026-01-01T00:00:00.000Z') RETURNING id"_qs,
        {{"p", QUuid::createUuid().toString(QUuid::WithoutBraces)}, {"n", email}, {"e", email}});
}

inline qint64 makePlan(Database &db, const QString &slug, qint64 priceMinor = 1900)
{
    return insertReturningId(
        db,
        u"INSERT INTO plans (slug, name, plan_type, billing_cycle, price_minor, currency, "
        u"created_at) VALUES (:s, :s, 'monthly', 'monthly', :price, 'EUR', "
        u"'2026-01-01T00:00:00.000Z') RETURNING id"_qs,
        {{"s", slug}, {"price", priceMinor}});
}

// A draft invoice of `totalMinor` euros for `customerId`.
inline qint64 makeDraftInvoice(Database &db, qint64 customerId, qint64 totalMinor = 2280)
{
    return insertReturningId(
        db,
        u"INSERT INTO invoices (public_id, customer_id, status, currency, subtotal_minor, "
        u"tax_minor, total_minor, created_at) VALUES (:p, :c, 'draft', 'EUR', :t, 0, :t, "
        u"'2026-01-01T00:00:00.000Z') RETURNING id"_qs,
        {{"p", QUuid::createUuid().toString(QUuid::WithoutBraces)},
         {"c", customerId},
         {"t", totalMinor}});
}

inline qint64 countRows(Database &db, const QString &table)
{
    // table names come from the tests themselves, never from input
    auto v = db.scalar(u"SELECT COUNT(*) FROM "_qs + table);
    if (!v) {
        ADD_FAILURE() << v.error().message.toStdString();
        return -1;
    }
    return v->toLongLong();
}

// PostgreSQL only: waits, bounded, until `count` connections to this book's database wait on
// a lock (pg_stat_activity). How a race test knows its racers overlap instead of sleeping.
// `db` must not be inside a transaction: the server reads pg_stat_activity once per
// transaction.
inline bool connectionsWaitOnALock(Database &db, int count, int ms = 30000)
{
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        auto waiting =
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = "
                                     "current_database() AND wait_event_type = 'Lock'"));
        if (waiting && waiting->toInt() >= count)
            return true;
        QThread::msleep(20);
    }
    return false;
}

// A refusal a person can act on: one sentence, one line, ending with a full stop.
inline ::testing::AssertionResult isOneSentence(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return ::testing::AssertionFailure() << "no sentence";
    if (t.contains(QLatin1Char('\n')) ||
        !(t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char('?'))))
        return ::testing::AssertionFailure() << "not one sentence: " << t.toStdString();
    return ::testing::AssertionSuccess();
}

} // namespace ic::test
