#include "models/invoicenumber.h"

namespace ic {

QString formatInvoiceNumber(const QString &series, int year, qint64 number)
{
    return QStringLiteral("%1-%2-%3")
        .arg(series)
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(number, 3, 10, QLatin1Char('0'));
}

} // namespace ic
