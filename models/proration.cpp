#include "models/proration.h"

#include "models/billingcalendar.h"
#include "models/tr.h"

namespace ic {

Money Proration::net() const
{
    return Money(charge.unitPrice.minor() * charge.quantity +
                     credit.unitPrice.minor() * credit.quantity,
                 charge.unitPrice.currency());
}

Result<Proration> prorate(const ProratedPlan &from, const ProratedPlan &to,
                          const QDate &periodStart, const QDate &periodEnd, const QDate &changeOn)
{
    if (!periodStart.isValid() || !periodEnd.isValid() || !changeOn.isValid())
        return failure(ErrorCode::Invalid,
                       Tr::tr("A plan change needs the current period and the day of the change."));
    if (periodEnd <= periodStart)
        return failure(
            ErrorCode::Invalid,
            Tr::tr("The current period (%1 to %2) has no days to share between two "
                   "plans.")
                .arg(periodStart.toString(Qt::ISODate), periodEnd.toString(Qt::ISODate)));
    if (changeOn < periodStart || changeOn >= periodEnd)
        return failure(ErrorCode::Invalid,
                       Tr::tr("A plan change on %1 falls outside the current period, %2 to %3.")
                           .arg(changeOn.toString(Qt::ISODate), periodStart.toString(Qt::ISODate),
                                periodEnd.toString(Qt::ISODate)));
    if (from.price.currency() != to.price.currency())
        return failure(ErrorCode::MixedCurrency,
                       Tr::tr("Plan \"%1\" is billed in %2, not in %3 like this subscription.")
                           .arg(to.name, to.price.currency(), from.price.currency()));
    if (from.price.isNegative() || to.price.isNegative())
        return failure(ErrorCode::Invalid, Tr::tr("A plan price cannot be negative."));

    Proration p;
    p.periodStart = periodStart;
    p.periodEnd = periodEnd;
    p.changeOn = changeOn;
    p.periodDays = daysBetween(periodStart, periodEnd);
    p.remainingDays = daysBetween(changeOn, periodEnd);
    const QString until = periodEnd.addDays(-1).toString(Qt::ISODate);
    const QString since = changeOn.toString(Qt::ISODate);
    p.credit.description = Tr::tr("Unused time on %1 from %2 to %3 (%4 of %5 days)")
                               .arg(from.name, since, until)
                               .arg(p.remainingDays)
                               .arg(p.periodDays);
    p.credit.unitPrice = from.price.scaled(p.remainingDays, p.periodDays).negated();
    p.credit.planId = from.planId;
    p.charge.description = Tr::tr("Remaining time on %1 from %2 to %3 (%4 of %5 days)")
                               .arg(to.name, since, until)
                               .arg(p.remainingDays)
                               .arg(p.periodDays);
    p.charge.unitPrice = to.price.scaled(p.remainingDays, p.periodDays);
    p.charge.planId = to.planId;
    return p;
}

} // namespace ic
