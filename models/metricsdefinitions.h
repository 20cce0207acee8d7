#pragma once

#include "models/money.h"
#include "models/statuses.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace ic::metrics {

// The definitions behind the dashboard's numbers, in one place, each with its reason. The
// SQL of services/analytics/metrics.cpp computes the same things over the whole book; the
// fixtures of tests/services/metrics_test.cpp check that both agree.

// MRR counts a subscription in these statuses:
// - active: it is paid for;
// - past due: the invoice is owed and usually collected (dunning recovers most of them); the
//   revenue is lost only when the subscription is cancelled, so churn is recorded then;
// - suspended: the same unpaid invoice one step further in the same dunning calendar
//   (J+14), still owed and still recovered by a payment until J+30 cancels it. Leaving it
//   out would record a churn at J+14 and a reactivation for every customer who pays after
//   the final notice, two movements for no change in the customer's relation.
// Trials and paused subscriptions contribute 0 (nothing is billed while they last);
// cancelled and expired ones have ended.
bool countsTowardMrr(SubscriptionStatus status);

// A recurring discount is a promotion that applies to every renewal without end: scope
// "renewals" or "both" and no limit of uses per customer. A first-payment or a limited
// promotion is a one-off discount: it lowers an invoice, not the recurring revenue, so it
// stays out of MRR (the revenue figures show it). A fixed discount never exceeds the price,
// and a fixed amount in another currency does not apply, as on the invoice.
struct RecurringDiscount {
    bool isPercentage = true;
    qint64 percentBp = 0;   // 10,000 = 100 %
    qint64 amountMinor = 0; // fixed
};
qint64 recurringDiscountMinor(qint64 periodPriceMinor, const RecurringDiscount &discount);

// The monthly value of one period's price after its recurring discount: (price − discount)
// ÷ the plan's interval in months (annual ÷ 12, quarterly ÷ 3), rounded once per
// subscription by roundDiv() (models/money.h: to the nearest cent, halves away from zero),
// so 100.00 a year is 8.33 a month and 1.00 a quarter is 0.33. Every MRR figure is a sum of
// these rounded values, which is why the movements add up to the cent. A plan without an
// interval (free, trial) is worth 0.
qint64 monthlyValueMinor(qint64 periodPriceMinor, qint64 recurringDiscountMinor,
                         int intervalMonths);

// A customer's movement between two month-ends, from their MRR at both (per currency), so a
// plan change in the month is one expansion or contraction, and a customer who came and left
// between two month-ends does not appear. `paidBefore`: the customer paid for something
// before this month began (then coming back is a reactivation, not a new customer).
enum class Movement { None, New, Expansion, Contraction, Churned, Reactivation };
Movement classify(qint64 mrrBefore, qint64 mrrAfter, bool paidBefore);

// An exact decimal: `scaled` ÷ 10^places.
struct Decimal {
    qint64 scaled = 0;
    int places = 4;
    QString toString() const;
    bool operator==(const Decimal &) const = default;
};

// numerator ÷ denominator to 4 places, rounded by roundDiv(); none when the denominator is 0
// (a rate of nothing is not a number: the JSON says null, the table "—").
std::optional<Decimal> rate(qint64 numerator, qint64 denominator);
// minor units ÷ count, rounded to a minor unit by roundDiv(); none when the count is 0.
std::optional<qint64> perUnit(qint64 minor, qint64 count);

// The inputs of one month's rates, each a figure of the month-end series.
struct MonthInputs {
    qint64 startMrr = 0;
    qint64 endMrr = 0;
    qint64 newMrr = 0;
    qint64 expansionMrr = 0;
    qint64 contractionMrr = 0;
    qint64 churnedMrr = 0;
    qint64 reactivationMrr = 0;
    qint64 startCustomers = 0;
    qint64 endCustomers = 0; // paying (MRR > 0) at the month-end
    qint64 churnedCustomers = 0;
    qint64 trialsEnded = 0;
    qint64 trialsConverted = 0;
    // the customer churn of the six months ending with this one, pooled
    qint64 churnedCustomersSixMonths = 0;
    qint64 startCustomersSixMonths = 0;
};

struct MonthRates {
    // churned ÷ customers at the start. Customers who joined in the month are not among the
    // churned: a customer is classified from the two month-ends, and one who joined and left
    // between them is at neither.
    std::optional<Decimal> customerChurn;
    // (churned + contraction) ÷ MRR at the start: the revenue lost from the customers the
    // month began with.
    std::optional<Decimal> grossMrrChurn;
    // (churned + contraction − expansion − reactivation) ÷ MRR at the start; negative when
    // the customers kept grew more than the ones lost shrank.
    std::optional<Decimal> netMrrChurn;
    // MRR ÷ paying customers at the month-end (customers with MRR > 0: a free or 100 %
    // discounted customer has no revenue to average).
    std::optional<qint64> arpa;
    // ARPA ÷ the average customer churn of the last six months. The average is pooled (the
    // churned of the six months ÷ their starting customers), so it is exact and a small
    // month does not weigh as much as a big one. With no churn in six months the lifetime is
    // not finite: none (null in JSON, "—" in the table) rather than an invented cap.
    std::optional<qint64> ltv;
    // (new + expansion + reactivation) ÷ (churned + contraction): MRR gained per MRR lost;
    // none when nothing was lost.
    std::optional<Decimal> quickRatio;
    // Of the trials that ended in the month, the share whose first invoice was paid.
    std::optional<Decimal> trialConversion;
};

MonthRates computeRates(const MonthInputs &in);

} // namespace ic::metrics
