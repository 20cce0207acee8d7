#pragma once

#include "models/money.h"

#include <QList>

namespace ic {

// One line as priced: quantity × unit price − discount = net; tax = net × rate, rounded
// per line by roundDiv(); total = net + tax.
struct LineAmounts {
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0;
    qint64 discountMinor = 0;
    int taxRateBp = 0; // basis points: 2000 = 20 %
    qint64 netMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
};

struct TaxBreakdown {
    int rateBp = 0;
    qint64 baseMinor = 0;
    qint64 taxMinor = 0;
};

struct InvoiceAmounts {
    qint64 grossMinor = 0;      // sum of quantity × unit price
    qint64 discountMinor = 0;   // sum of line discounts
    qint64 subtotalMinor = 0;   // sum of line nets
    qint64 taxMinor = 0;        // sum of line taxes
    qint64 totalMinor = 0;      // subtotal + tax
    QList<TaxBreakdown> byRate; // ascending rate
};

LineAmounts priceLine(qint64 quantity, qint64 unitPriceMinor, qint64 discountMinor, int taxRateBp);
InvoiceAmounts sumLines(const QList<LineAmounts> &lines);

} // namespace ic
