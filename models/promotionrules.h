#pragma once

#include "models/money.h"
#include "models/promotion.h"
#include "models/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ic {

// The checks a promotion code goes through, in the order they run. The first failure
// stops the run; the checks after it are reported as not run.
enum class PromotionCheck {
    CodeExists,
    Active,
    WithinDates,
    TotalUses,
    CustomerUses,
    AppliesToPlan,
    AppliesToPayment,
    AutoApplyConditions,
};
enum class CheckOutcome { Passed, Failed, NotRun };

struct PromotionCheckStep {
    PromotionCheck check = PromotionCheck::CodeExists;
    CheckOutcome outcome = CheckOutcome::NotRun;
    QString label;  // what was checked, for the list a counter shows
    QString reason; // for a failure: the sentence for the person at the counter
};

// What the checks need to know beyond the promotion itself (read by PromotionEngine).
struct PromotionFacts {
    QString typedCode; // as the person typed it, for the "no such code" sentence
    QDate today;
    qint64 planId = 0;
    bool firstPayment = false;
    int customerUses = 0;       // this customer's earlier uses of the promotion
    bool isNewCustomer = false; // no invoice issued to the customer yet
    Money amount;               // the amount the discount would apply to (the plan line)
};

// Runs the checks in order on `promotion` (nullopt: no promotion has the code). Always
// returns one step per check, so a screen can show the whole list.
QList<PromotionCheckStep> runPromotionChecks(const std::optional<Promotion> &promotion,
                                             const PromotionFacts &facts);
bool allPassed(const QList<PromotionCheckStep> &steps);
// The sentence of the first failed step, empty if every step passed.
QString firstFailure(const QList<PromotionCheckStep> &steps);

// A promotion's effect on one amount: initial − discount = final, never below zero.
struct Discount {
    qint64 promotionId = 0;
    Money initial;
    Money discount;
    Money final;
};

// Is the promotion itself sensible (percentage within 0–100 %, fixed amount not negative,
// end not before start)? The sentence names what is wrong.
Done validatePromotionRules(const Promotion &promotion);

// The discount of `promotion` on `amount`: a percentage of it (Money::percentBp, rounded by
// roundDiv) or a fixed amount, which must be in the amount's currency (a fixed discount in
// another currency is refused, never converted). Capped at the amount, so the final amount
// is never below zero; a zero or negative amount gets no discount.
Result<Discount> computeDiscount(const Promotion &promotion, const Money &amount);

// THE STACKING POLICY
// -------------------
// Candidates: at most one promotion entered as a code (already checked), and the auto-apply
// promotions that passed their checks.
//  1. The code combines with every auto-apply promotion marked stackable: that is the
//     "stack". Its members apply one after the other on what is left, the code first, then
//     the stackable ones by id; each takes at most what is left, so the total never goes
//     below zero.
//  2. An auto-apply promotion NOT marked stackable never combines with anything: it stands
//     alone against the stack.
//  3. The option with the largest total discount for the customer wins. On a tie the stack
//     wins (it holds the code the person typed), then the lower promotion id.
// Returns the winning option's discounts in the order they apply (empty: nothing applies).
Result<QList<Discount>> choosePromotions(const std::optional<Promotion> &code,
                                         const QList<Promotion> &autoApply, const Money &amount);

} // namespace ic
