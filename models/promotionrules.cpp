#include "models/promotionrules.h"

#include "models/tr.h"

#include <algorithm>

namespace ic {

namespace {

QString labelOf(PromotionCheck c)
{
    switch (c) {
    case PromotionCheck::CodeExists:
        return Tr::tr("The code exists");
    case PromotionCheck::Active:
        return Tr::tr("The promotion is active");
    case PromotionCheck::WithinDates:
        return Tr::tr("Today is within its dates");
    case PromotionCheck::TotalUses:
        return Tr::tr("Uses left in total");
    case PromotionCheck::CustomerUses:
        return Tr::tr("Uses left for this customer");
    case PromotionCheck::AppliesToPlan:
        return Tr::tr("It applies to this plan");
    case PromotionCheck::AppliesToPayment:
        return Tr::tr("It applies to this payment");
    case PromotionCheck::AutoApplyConditions:
        return Tr::tr("Its conditions are met");
    }
    return {};
}

constexpr PromotionCheck kOrder[] = {
    PromotionCheck::CodeExists,       PromotionCheck::Active,
    PromotionCheck::WithinDates,      PromotionCheck::TotalUses,
    PromotionCheck::CustomerUses,     PromotionCheck::AppliesToPlan,
    PromotionCheck::AppliesToPayment, PromotionCheck::AutoApplyConditions,
};

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The failure sentence of one check, empty when it passes.
QString failureOf(PromotionCheck check, const std::optional<Promotion> &promotion,
                  const PromotionFacts &f)
{
    if (check == PromotionCheck::CodeExists)
        return promotion ? QString()
                         : Tr::tr("There is no promotion with the code \"%1\"; check the spelling.")
                               .arg(f.typedCode.trimmed());
    const Promotion &p = *promotion;
    switch (check) {
    case PromotionCheck::CodeExists:
        break;
    case PromotionCheck::Active:
        if (!p.isActive)
            return Tr::tr("The promotion %1 has been switched off.").arg(p.code);
        break;
    case PromotionCheck::WithinDates:
        if (p.startsOn.isValid() && f.today < p.startsOn)
            return Tr::tr("The promotion %1 starts on %2; it cannot be used before.")
                .arg(p.code, day(p.startsOn));
        if (p.endsOn.isValid() && f.today > p.endsOn)
            return Tr::tr("The promotion %1 ended on %2.").arg(p.code, day(p.endsOn));
        break;
    case PromotionCheck::TotalUses:
        if (p.maxUses && p.currentUses >= *p.maxUses)
            return Tr::tr("The promotion %1 has been used its %2 times already; none are left.")
                .arg(p.code)
                .arg(*p.maxUses);
        break;
    case PromotionCheck::CustomerUses:
        if (p.maxUsesPerCustomer && f.customerUses >= *p.maxUsesPerCustomer)
            return Tr::tr("This customer has already used the promotion %1 as often as it allows "
                          "(%2 times).")
                .arg(p.code)
                .arg(*p.maxUsesPerCustomer);
        break;
    case PromotionCheck::AppliesToPlan:
        if (!p.planIds.isEmpty() && !p.planIds.contains(f.planId))
            return Tr::tr("The promotion %1 does not apply to this plan.").arg(p.code);
        break;
    case PromotionCheck::AppliesToPayment:
        if (p.appliesTo == PromotionScope::FirstPayment && !f.firstPayment)
            return Tr::tr("The promotion %1 applies to the first payment only, not to a renewal.")
                .arg(p.code);
        if (p.appliesTo == PromotionScope::Renewals && f.firstPayment)
            return Tr::tr("The promotion %1 applies to renewals only, not to the first payment.")
                .arg(p.code);
        break;
    case PromotionCheck::AutoApplyConditions:
        if (p.autoNewCustomersOnly && !f.isNewCustomer)
            return Tr::tr("The promotion %1 is for new customers only; this customer has already "
                          "been invoiced.")
                .arg(p.code);
        if (p.autoMinimumAmount) {
            if (p.autoMinimumAmount->currency() != f.amount.currency())
                return Tr::tr("The promotion %1 asks for a minimum in %2; this payment is in %3.")
                    .arg(p.code, p.autoMinimumAmount->currency(), f.amount.currency());
            if (f.amount.minor() < p.autoMinimumAmount->minor())
                return Tr::tr("The promotion %1 needs at least %2 %3; this payment is %4 %3.")
                    .arg(p.code, p.autoMinimumAmount->toDecimalString(), f.amount.currency(),
                         f.amount.toDecimalString());
        }
        break;
    }
    return {};
}

} // namespace

QList<PromotionCheckStep> runPromotionChecks(const std::optional<Promotion> &promotion,
                                             const PromotionFacts &facts)
{
    QList<PromotionCheckStep> steps;
    bool failed = false;
    for (PromotionCheck check : kOrder) {
        PromotionCheckStep step{check, CheckOutcome::NotRun, labelOf(check), {}};
        if (!failed) {
            step.reason = failureOf(check, promotion, facts);
            failed = !step.reason.isEmpty();
            step.outcome = failed ? CheckOutcome::Failed : CheckOutcome::Passed;
        }
        steps.append(step);
    }
    return steps;
}

bool allPassed(const QList<PromotionCheckStep> &steps)
{
    return std::all_of(steps.begin(), steps.end(),
                       [](const auto &s) { return s.outcome == CheckOutcome::Passed; });
}

QString firstFailure(const QList<PromotionCheckStep> &steps)
{
    for (const auto &s : steps)
        if (s.outcome == CheckOutcome::Failed)
            return s.reason;
    return {};
}

Done validatePromotionRules(const Promotion &p)
{
    if (p.type == DiscountType::Percentage && (p.percentBp < 0 || p.percentBp > 10000))
        return failure(ErrorCode::Invalid,
                       Tr::tr("A percentage discount must lie between 0 % and 100 %."));
    if (p.type == DiscountType::Fixed) {
        if (!p.amount)
            return failure(ErrorCode::Invalid, Tr::tr("A fixed discount needs an amount."));
        if (p.amount->isNegative())
            return failure(ErrorCode::Invalid, Tr::tr("A fixed discount cannot be negative."));
    }
    if (p.startsOn.isValid() && p.endsOn.isValid() && p.endsOn < p.startsOn)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The promotion ends on %1, before it starts on %2.")
                           .arg(day(p.endsOn), day(p.startsOn)));
    return {};
}

Result<Discount> computeDiscount(const Promotion &p, const Money &amount)
{
    if (auto ok = validatePromotionRules(p); !ok)
        return std::unexpected(ok.error());
    qint64 off = 0;
    if (p.type == DiscountType::Percentage) {
        off = amount.percentBp(p.percentBp).minor();
    } else {
        if (p.amount->currency() != amount.currency())
            return failure(
                ErrorCode::MixedCurrency,
                Tr::tr("The promotion %1 takes off an amount in %2; it cannot apply to a "
                       "price in %3.")
                    .arg(p.code, p.amount->currency(), amount.currency()));
        off = p.amount->minor();
    }
    off = std::clamp<qint64>(off, 0, std::max<qint64>(amount.minor(), 0));
    return Discount{p.id, amount, Money(off, amount.currency()),
                    Money(amount.minor() - off, amount.currency())};
}

Result<QList<Discount>> choosePromotions(const std::optional<Promotion> &code,
                                         const QList<Promotion> &autoApply, const Money &amount)
{
    // Option 1: the stack (the code, then the stackable auto-apply promotions by id).
    QList<Promotion> stack;
    if (code)
        stack.append(*code);
    QList<Promotion> stackable;
    QList<Promotion> alone;
    for (const Promotion &p : autoApply) {
        if (code && p.id == code->id)
            continue; // a code that is also auto-apply counts once
        (p.isStackable ? stackable : alone).append(p);
    }
    const auto byId = [](const Promotion &a, const Promotion &b) { return a.id < b.id; };
    std::sort(stackable.begin(), stackable.end(), byId);
    std::sort(alone.begin(), alone.end(), byId);
    stack.append(stackable);

    QList<Discount> best;
    qint64 bestTotal = 0;
    Money left = amount;
    for (const Promotion &p : stack) {
        auto d = computeDiscount(p, left);
        if (!d)
            return std::unexpected(d.error());
        if (d->discount.isZero())
            continue;
        best.append(*d);
        bestTotal += d->discount.minor();
        left = d->final;
    }
    // Option 2: each non-stackable auto-apply promotion alone; it must beat the stack strictly.
    for (const Promotion &p : alone) {
        auto d = computeDiscount(p, amount);
        if (!d)
            return std::unexpected(d.error());
        if (d->discount.minor() > bestTotal) {
            best = {*d};
            bestTotal = d->discount.minor();
        }
    }
    return best;
}

} // namespace ic
