#include "models/metricsdefinitions.h"

#include <algorithm>

namespace ic::metrics {

bool countsTowardMrr(SubscriptionStatus status)
{
    switch (status) {
    case SubscriptionStatus::Active:
    case SubscriptionStatus::PastDue:
    case SubscriptionStatus::Suspended:
        return true;
    case SubscriptionStatus::Trialing:
    case SubscriptionStatus::Paused:
    case SubscriptionStatus::Cancelled:
    case SubscriptionStatus::Expired:
        return false;
    }
    return false;
}

qint64 recurringDiscountMinor(qint64 periodPriceMinor, const RecurringDiscount &discount)
{
    if (periodPriceMinor <= 0)
        return 0;
    if (discount.isPercentage)
        return roundDiv(Wide(periodPriceMinor) * std::clamp<qint64>(discount.percentBp, 0, 10000),
                        10000);
    return std::clamp<qint64>(discount.amountMinor, 0, periodPriceMinor);
}

qint64 monthlyValueMinor(qint64 periodPriceMinor, qint64 recurringDiscountMinor, int intervalMonths)
{
    if (intervalMonths <= 0)
        return 0;
    return roundDiv(Wide(periodPriceMinor - recurringDiscountMinor), intervalMonths);
}

Movement classify(qint64 mrrBefore, qint64 mrrAfter, bool paidBefore)
{
    if (mrrBefore == mrrAfter)
        return Movement::None;
    if (mrrBefore == 0)
        return paidBefore ? Movement::Reactivation : Movement::New;
    if (mrrAfter == 0)
        return Movement::Churned;
    return mrrAfter > mrrBefore ? Movement::Expansion : Movement::Contraction;
}

QString Decimal::toString() const
{
    qint64 unit = 1;
    for (int i = 0; i < places; ++i)
        unit *= 10;
    const qint64 magnitude = scaled < 0 ? -scaled : scaled;
    QString text = QString::number(magnitude / unit);
    if (places > 0)
        text += u'.' + QString::number(magnitude % unit).rightJustified(places, u'0');
    if (scaled < 0)
        text.prepend(u'-');
    return text;
}

std::optional<Decimal> rate(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return Decimal{roundDiv(Wide(numerator) * 10000, denominator), 4};
}

std::optional<qint64> perUnit(qint64 minor, qint64 count)
{
    if (count == 0)
        return std::nullopt;
    return roundDiv(minor, count);
}

MonthRates computeRates(const MonthInputs &in)
{
    MonthRates r;
    r.customerChurn = rate(in.churnedCustomers, in.startCustomers);
    r.grossMrrChurn = rate(in.churnedMrr + in.contractionMrr, in.startMrr);
    r.netMrrChurn =
        rate(in.churnedMrr + in.contractionMrr - in.expansionMrr - in.reactivationMrr, in.startMrr);
    r.arpa = perUnit(in.endMrr, in.endCustomers);
    // ARPA ÷ (churned₆ ÷ start₆) = ARPA × start₆ ÷ churned₆, one rounding.
    if (r.arpa && in.churnedCustomersSixMonths > 0)
        r.ltv = roundDiv(Wide(*r.arpa) * in.startCustomersSixMonths, in.churnedCustomersSixMonths);
    r.quickRatio =
        rate(in.newMrr + in.expansionMrr + in.reactivationMrr, in.churnedMrr + in.contractionMrr);
    r.trialConversion = rate(in.trialsConverted, in.trialsEnded);
    return r;
}

} // namespace ic::metrics
