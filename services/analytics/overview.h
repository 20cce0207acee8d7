#pragma once

#include "models/money.h"
#include "models/result.h"
#include "services/storage/database.h"

#include <QDate>
#include <QList>
#include <QtGlobal>

namespace ic {

// The book at a glance, as the overview page shows it. "This month" is the calendar month
// that holds asOf.
struct BookOverview {
    qint64 customers = 0;
    qint64 activeSubscriptions = 0;
    qint64 trialingSubscriptions = 0;
    qint64 pastDueSubscriptions = 0;
    // Invoices (not credit notes, not drafts) issued from the 1st of the month to asOf's month end.
    qint64 invoicesThisMonth = 0;
    qint64 openDunningCases = 0;
    // Totals of the paid invoices issued this month, one per currency, sorted by currency.
    QList<Money> revenueThisMonth;
    QDate asOf;
};

// Counts and sums in SQL (a handful of indexed aggregates, nothing read row by row), so it
// stays quick on a book of millions of invoices. Runs on the thread that owns db.
Result<BookOverview> loadOverview(Database &db, QDate today);

} // namespace ic
