#pragma once

#include "models/result.h"
#include "services/storage/database.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace ic {

// The questions the daily run asks of the book, each one indexed query returning ids; the
// rows are then read and changed through their repositories, one subscription at a time.
class BillingQueries final {
public:
    explicit BillingQueries(Database &db)
        : m_db(db)
    {
    }

    // Active subscriptions whose next billing date is within `daysBefore` days of `day` and
    // that have no invoice yet for the period starting then (nor a cancellation pending).
    Result<QList<qint64>> subscriptionsToInvoice(QDate day, int daysBefore) const;
    // Trials that have ended by `day`, and subscriptions to cancel at their period end.
    Result<QList<qint64>> trialsEnded(QDate day) const;
    Result<QList<qint64>> cancellationsDue(QDate day) const;
    // Issued, unpaid invoices of subscriptions due within (day, day + daysBefore].
    Result<QList<qint64>> invoicesToRemind(QDate day, int daysBefore) const;
    // Issued, unpaid invoices of subscriptions due on or before `day` with no dunning case.
    Result<QList<qint64>> invoicesToCharge(QDate day) const;
    // Dunning cases (open or suspended) with a step due on or before `day`.
    Result<QList<qint64>> dunningCasesDue(QDate day) const;

    Result<QDate> lastFinishedRun() const;
    Done startRun(QDate day, const QDateTime &at);
    Done finishRun(QDate day, const QDateTime &at, const QString &summaryJson);

private:
    Result<QList<qint64>> ids(const QString &sql, Database::Binds binds) const;
    Database &m_db;
};

} // namespace ic
