#pragma once

// A small book with hand-countable rows for the overview (service and UI tests).

#include "models/result.h"
#include "services/storage/database.h"

#include <QDate>
#include <QString>

namespace ic::test {

// "Today" of the sample book: every figure below is for March 2024.
inline QDate sampleToday()
{
    return {2024, 3, 15};
}

// Rows inserted by insertSampleBook(), and what the overview must say about them on
// sampleToday(); each figure is counted by hand in samplebook.cpp.
struct SampleFigures {
    static constexpr qint64 customers = 4;
    static constexpr qint64 active = 3;
    static constexpr qint64 trialing = 1;
    static constexpr qint64 pastDue = 2;
    static constexpr qint64 invoicesThisMonth = 6;
    static constexpr qint64 paidEurMinor = 6380; // 2900 + 3480
    static constexpr qint64 paidUsdMinor = 1000;
    static constexpr qint64 openDunning = 2;
};

Done insertSampleBook(Database &db);

Result<qint64> insertCustomer(Database &db, const QString &name);
// An invoice of kind 'invoice' (or a credit note of `creditFor` when that is not 0).
Result<qint64> insertInvoice(Database &db, qint64 customerId, const QString &status,
                             const QString &currency, qint64 totalMinor, QDate issued,
                             qint64 creditFor = 0);

} // namespace ic::test
