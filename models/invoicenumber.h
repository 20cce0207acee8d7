#pragma once

#include <QString>

namespace ic {

// Invoice numbers: a series, the year of issue, and a number that restarts each year.
namespace InvoiceSeries {
inline const QString Invoice = QStringLiteral("INV");
inline const QString CreditNote = QStringLiteral("CN");
} // namespace InvoiceSeries

// "INV-2026-001": the number has at least three digits and grows past 999 ("INV-2026-1000").
QString formatInvoiceNumber(const QString &series, int year, qint64 number);

} // namespace ic
