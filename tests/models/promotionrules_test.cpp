#include "models/promotionrules.h"

#include <gtest/gtest.h>

using namespace ic;

namespace {

const QString EUR = QStringLiteral("EUR");

Promotion percent(qint64 id, int bp)
{
    Promotion p;
    p.id = id;
    p.code = u"P"_qs + QString::number(id);
    p.type = DiscountType::Percentage;
    p.percentBp = bp;
    return p;
}

Promotion fixed(qint64 id, qint64 minor, const QString &currency = EUR)
{
    Promotion p;
    p.id = id;
    p.code = u"F"_qs + QString::number(id);
    p.type = DiscountType::Fixed;
    p.amount = Money(minor, currency);
    return p;
}

// A promotion that passes every check for the facts below.
Promotion open()
{
    Promotion p = percent(1, 1000);
    p.code = QStringLiteral("SPRING");
    p.maxUses = 10;
    p.currentUses = 3;
    p.maxUsesPerCustomer = 1;
    p.startsOn = QDate(2026, 3, 1);
    p.endsOn = QDate(2026, 3, 31);
    p.planIds = {7};
    p.appliesTo = PromotionScope::FirstPayment;
    p.autoNewCustomersOnly = true;
    p.autoMinimumAmount = Money(1000, EUR);
    return p;
}

PromotionFacts facts()
{
    PromotionFacts f;
    f.typedCode = QStringLiteral("spring");
    f.today = QDate(2026, 3, 15);
    f.planId = 7;
    f.firstPayment = true;
    f.customerUses = 0;
    f.isNewCustomer = true;
    f.amount = Money(1900, EUR);
    return f;
}

// The index of the failed step, -1 if none; the steps after it must be "not run".
int failedAt(const QList<PromotionCheckStep> &steps)
{
    for (int i = 0; i < steps.size(); ++i)
        if (steps[i].outcome == CheckOutcome::Failed) {
            for (int j = i + 1; j < steps.size(); ++j)
                EXPECT_EQ(steps[j].outcome, CheckOutcome::NotRun) << j;
            for (int j = 0; j < i; ++j)
                EXPECT_EQ(steps[j].outcome, CheckOutcome::Passed) << j;
            return i;
        }
    return -1;
}

} // namespace

TEST(PromotionChecks, AllPassListsEveryStep)
{
    const auto steps = runPromotionChecks(open(), facts());
    ASSERT_EQ(steps.size(), 8);
    EXPECT_TRUE(allPassed(steps));
    EXPECT_TRUE(firstFailure(steps).isEmpty());
    for (const auto &s : steps)
        EXPECT_FALSE(s.label.isEmpty());
}

TEST(PromotionChecks, EachCheckFailsAloneWithItsOwnSentence)
{
    struct Case {
        const char *name;
        std::function<void(std::optional<Promotion> &, PromotionFacts &)> spoil;
        PromotionCheck expected;
    };
    const QList<Case> cases = {
        {"missing", [](auto &p, auto &) { p.reset(); }, PromotionCheck::CodeExists},
        {"inactive", [](auto &p, auto &) { p->isActive = false; }, PromotionCheck::Active},
        {"before start", [](auto &, auto &f) { f.today = QDate(2026, 2, 28); },
         PromotionCheck::WithinDates},
        {"after end", [](auto &, auto &f) { f.today = QDate(2026, 4, 1); },
         PromotionCheck::WithinDates},
        {"all uses gone", [](auto &p, auto &) { p->currentUses = 10; }, PromotionCheck::TotalUses},
        {"customer used it", [](auto &, auto &f) { f.customerUses = 1; },
         PromotionCheck::CustomerUses},
        {"other plan", [](auto &, auto &f) { f.planId = 8; }, PromotionCheck::AppliesToPlan},
        {"renewal", [](auto &, auto &f) { f.firstPayment = false; },
         PromotionCheck::AppliesToPayment},
        {"not new", [](auto &, auto &f) { f.isNewCustomer = false; },
         PromotionCheck::AutoApplyConditions},
        {"below minimum", [](auto &, auto &f) { f.amount = Money(999, EUR); },
         PromotionCheck::AutoApplyConditions},
    };
    QStringList sentences;
    for (const Case &c : cases) {
        std::optional<Promotion> p = open();
        PromotionFacts f = facts();
        c.spoil(p, f);
        const auto steps = runPromotionChecks(p, f);
        const int at = failedAt(steps);
        ASSERT_GE(at, 0) << c.name;
        EXPECT_EQ(steps[at].check, c.expected) << c.name;
        EXPECT_FALSE(steps[at].reason.isEmpty()) << c.name;
        EXPECT_FALSE(sentences.contains(steps[at].reason)) << c.name;
        sentences.append(steps[at].reason);
    }
    // The sentence says which code was not found, as typed.
    EXPECT_TRUE(sentences.first().contains(u"spring"_qs));
}

TEST(PromotionChecks, RenewalsOnlyRefusesTheFirstPaymentAndEmptyPlanListMeansAll)
{
    Promotion p = open();
    p.appliesTo = PromotionScope::Renewals;
    p.planIds.clear();
    PromotionFacts f = facts();
    f.planId = 99;
    auto steps = runPromotionChecks(p, f);
    const int at = failedAt(steps);
    ASSERT_GE(at, 0) << "a renewals-only promotion on a first payment must fail a step";
    EXPECT_EQ(steps[at].check, PromotionCheck::AppliesToPayment);
    f.firstPayment = false;
    f.isNewCustomer = true;
    EXPECT_TRUE(allPassed(runPromotionChecks(p, f)));
}

TEST(Discounts, PercentageRoundsHalfAwayFromZero)
{
    // 15 % of 19.90 = 2.985 -> 2.99 (half away from zero); 19.90 - 2.99 = 16.91
    auto d = computeDiscount(percent(1, 1500), Money(1990, EUR));
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->initial.minor(), 1990);
    EXPECT_EQ(d->discount.minor(), 299);
    EXPECT_EQ(d->final.minor(), 1691);
}

TEST(Discounts, FixedNeverBelowZeroAndOnlyInThePlansCurrency)
{
    // 10.00 off 19.00 = 9.00; 25.00 off 19.00 stops at 19.00 (final 0, not -6.00)
    EXPECT_EQ(computeDiscount(fixed(1, 1000), Money(1900, EUR))->final.minor(), 900);
    auto capped = computeDiscount(fixed(1, 2500), Money(1900, EUR));
    EXPECT_EQ(capped->discount.minor(), 1900);
    EXPECT_EQ(capped->final.minor(), 0);
    auto usd = computeDiscount(fixed(1, 1000, u"USD"_qs), Money(1900, EUR));
    ASSERT_FALSE(usd.has_value());
    EXPECT_EQ(usd.error().code, ErrorCode::MixedCurrency);
    // 100 % takes everything, a free plan gets nothing off
    EXPECT_EQ(computeDiscount(percent(1, 10000), Money(1900, EUR))->final.minor(), 0);
    EXPECT_EQ(computeDiscount(percent(1, 5000), Money(0, EUR))->discount.minor(), 0);
}

TEST(Discounts, BadPromotionsAreRefusedWithASentence)
{
    auto over = computeDiscount(percent(1, 10001), Money(1900, EUR));
    ASSERT_FALSE(over.has_value());
    EXPECT_EQ(over.error().message, u"A percentage discount must lie between 0 % and 100 %."_qs);
    Promotion backwards = percent(1, 1000);
    backwards.startsOn = QDate(2026, 5, 1);
    backwards.endsOn = QDate(2026, 4, 30);
    auto r = validatePromotionRules(backwards);
    ASSERT_FALSE(r.has_value());
    EXPECT_TRUE(r.error().message.contains(u"before it starts"_qs));
    EXPECT_FALSE(validatePromotionRules(fixed(1, -5)).has_value());
}

TEST(Stacking, CodePlusStackableAutosApplyInSequence)
{
    // Code 10 % then stackable auto 5.00 (id 3) then stackable auto 20 % (id 4) on 100.00:
    // 100.00 - 10.00 = 90.00; - 5.00 = 85.00; - 20 % of 85.00 (17.00) = 68.00
    Promotion code = percent(9, 1000);
    Promotion a = fixed(3, 500);
    a.isStackable = true;
    Promotion b = percent(4, 2000);
    b.isStackable = true;
    auto chosen = choosePromotions(code, {b, a}, Money(10000, EUR));
    ASSERT_TRUE(chosen.has_value());
    ASSERT_EQ(chosen->size(), 3);
    EXPECT_EQ(chosen->at(0).promotionId, 9);
    EXPECT_EQ(chosen->at(0).discount.minor(), 1000);
    EXPECT_EQ(chosen->at(1).promotionId, 3);
    EXPECT_EQ(chosen->at(1).initial.minor(), 9000);
    EXPECT_EQ(chosen->at(1).discount.minor(), 500);
    EXPECT_EQ(chosen->at(2).promotionId, 4);
    EXPECT_EQ(chosen->at(2).discount.minor(), 1700);
    EXPECT_EQ(chosen->at(2).final.minor(), 6800);
}

TEST(Stacking, ANonStackableAutoStandsAloneAndTheBestWins)
{
    // Stack: code 10 % of 100.00 = 10.00. Alone: non-stackable auto 25.00 off -> it wins.
    Promotion code = percent(9, 1000);
    Promotion big = fixed(5, 2500);
    auto chosen = choosePromotions(code, {big}, Money(10000, EUR));
    ASSERT_EQ(chosen->size(), 1);
    EXPECT_EQ(chosen->first().promotionId, 5);
    EXPECT_EQ(chosen->first().final.minor(), 7500);
    // Tie (10.00 against 10.00): the code the person typed keeps it.
    auto tie = choosePromotions(code, {fixed(6, 1000)}, Money(10000, EUR));
    ASSERT_EQ(tie->size(), 1);
    EXPECT_EQ(tie->first().promotionId, 9);
    // Two non-stackable autos and no code: only the better one, never both.
    auto two =
        choosePromotions(std::nullopt, {fixed(6, 1000), percent(7, 1500)}, Money(10000, EUR));
    ASSERT_EQ(two->size(), 1);
    EXPECT_EQ(two->first().promotionId, 7);
    // Nothing at all.
    EXPECT_TRUE(choosePromotions(std::nullopt, {}, Money(10000, EUR))->isEmpty());
}

TEST(Stacking, StackedDiscountsNeverGoBelowZero)
{
    // 8.00 + 8.00 off 10.00: the second takes only the 2.00 left.
    Promotion code = fixed(1, 800);
    Promotion more = fixed(2, 800);
    more.isStackable = true;
    auto chosen = choosePromotions(code, {more}, Money(1000, EUR));
    ASSERT_EQ(chosen->size(), 2);
    EXPECT_EQ(chosen->at(1).discount.minor(), 200);
    EXPECT_EQ(chosen->at(1).final.minor(), 0);
}
