#pragma once

#include <QDate>

namespace ic {

// Renewal dates keep their anchor day: a subscription started on 31 January renews on
// 28 (or 29) February, then on 31 March. The anchor is the day of month it started on.
QDate addMonthsAnchored(QDate from, int months, int anchorDay);

// Days of the period [start, end) and the days of it left from `on` (for proration).
int daysBetween(QDate start, QDate end);

} // namespace ic
