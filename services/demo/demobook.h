#pragma once

#include "models/result.h"
#include "services/jobs/jobcontext.h"
#include "services/storage/database.h"

#include <QDate>

#include <functional>

namespace ic {

struct DemoOptions {
    int customers = 2000;
    int months = 12;
    quint64 seed = 1;
    QDate endDate;      // the last business day of the history; null = today
    bool force = false; // empty a book that already holds data first
};

struct DemoSummary {
    qint64 plans = 0;
    qint64 promotions = 0;
    qint64 customers = 0;
    qint64 subscriptions = 0;
    qint64 invoices = 0;
    qint64 invoiceItems = 0;
    qint64 payments = 0;
    qint64 credits = 0;
    qint64 milliseconds = 0;
};

// Builds a realistic, deterministic book (same options, same rows) by replaying history
// month by month through the domain rules: catalogue, promotions, sign-ups, trials that
// convert or not, plan changes, pauses, cancellations, failed payments that recover or not,
// credits, EU customers with VAT, invoices numbered INV-YYYY-NNN without gaps, and a
// homepage with its five sections. The book must be migrated and, unless force is set,
// empty.
class DemoBook final {
public:
    explicit DemoBook(Database &db)
        : m_db(db)
    {
    }

    // progress(done, total) is told the days of history replayed now and then; a cancel (it
    // returns false) stops the build between two days and leaves the book empty, as it was.
    using Progress = JobContext;
    Result<DemoSummary> build(const DemoOptions &options, const Progress &progress = {});

private:
    Database &m_db;
};

} // namespace ic
