#include "models/invoicemath.h"

#include <algorithm>

namespace ic {

LineAmounts priceLine(qint64 quantity, qint64 unitPriceMinor, qint64 discountMinor, int taxRateBp)
{
    LineAmounts line;
    line.quantity = quantity;
    line.unitPriceMinor = unitPriceMinor;
    line.discountMinor = discountMinor;
    line.taxRateBp = taxRateBp;
    line.netMinor = quantity * unitPriceMinor - discountMinor;
    line.taxMinor = roundDiv(static_cast<Wide>(line.netMinor) * taxRateBp, 10000);
    line.totalMinor = line.netMinor + line.taxMinor;
    return line;
}

InvoiceAmounts sumLines(const QList<LineAmounts> &lines)
{
    InvoiceAmounts sum;
    for (const auto &line : lines) {
        sum.grossMinor += line.quantity * line.unitPriceMinor;
        sum.discountMinor += line.discountMinor;
        sum.subtotalMinor += line.netMinor;
        sum.taxMinor += line.taxMinor;
        auto it = std::find_if(sum.byRate.begin(), sum.byRate.end(),
                               [&](const TaxBreakdown &b) { return b.rateBp == line.taxRateBp; });
        if (it == sum.byRate.end())
            sum.byRate.append({line.taxRateBp, line.netMinor, line.taxMinor});
        else {
            it->baseMinor += line.netMinor;
            it->taxMinor += line.taxMinor;
        }
    }
    sum.totalMinor = sum.subtotalMinor + sum.taxMinor;
    std::sort(sum.byRate.begin(), sum.byRate.end(),
              [](const TaxBreakdown &a, const TaxBreakdown &b) { return a.rateBp < b.rateBp; });
    return sum;
}

} // namespace ic
