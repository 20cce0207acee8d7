#pragma once

#include "models/money.h"
#include "models/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ic {

// One side of a plan change: the plan and the price of one whole period on it.
struct ProratedPlan {
    qint64 planId = 0;
    QString name;
    Money price; // for the whole period
};

// One invoice line of a proration: quantity 1, the unit price negative for a credit.
struct ProrationLine {
    QString description;
    qint64 quantity = 1;
    Money unitPrice;
    qint64 planId = 0;
};

// A plan change "now" in the middle of a period [periodStart, periodEnd), counted in days:
//   credit = −(old price × remaining days ÷ period days)
//   charge =   new price × remaining days ÷ period days
// each rounded once by Money::scaled (roundDiv: half away from zero), where the remaining
// days run from the day of the change (included) to the end of the period (excluded).
struct Proration {
    QDate periodStart;
    QDate periodEnd; // exclusive
    QDate changeOn;
    int periodDays = 0;
    int remainingDays = 0;
    ProrationLine credit; // unused part of the old plan, unit price <= 0
    ProrationLine charge; // remaining part of the new plan, unit price >= 0

    QList<ProrationLine> lines() const { return {credit, charge}; }
    // charge + credit, before tax: negative when the change is a downgrade.
    Money net() const;
};

// Refuses (one sentence) a change outside the period, an empty period, a negative price and
// two prices in different currencies.
Result<Proration> prorate(const ProratedPlan &from, const ProratedPlan &to,
                          const QDate &periodStart, const QDate &periodEnd, const QDate &changeOn);

} // namespace ic
