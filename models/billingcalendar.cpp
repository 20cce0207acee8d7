#include "models/billingcalendar.h"

#include <algorithm>

namespace ic {

QDate addMonthsAnchored(QDate from, int months, int anchorDay)
{
    const QDate firstOfMonth = QDate(from.year(), from.month(), 1).addMonths(months);
    const int day = std::min(anchorDay, firstOfMonth.daysInMonth());
    return QDate(firstOfMonth.year(), firstOfMonth.month(), day);
}

int daysBetween(QDate start, QDate end)
{
    return int(start.daysTo(end));
}

} // namespace ic
