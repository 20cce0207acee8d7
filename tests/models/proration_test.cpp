#include "models/proration.h"

#include <gtest/gtest.h>

using namespace ic;

namespace {

const ProratedPlan kStarter{1, QStringLiteral("Starter"), Money(1900, QStringLiteral("EUR"))};
const ProratedPlan kPro{2, QStringLiteral("Pro"), Money(4900, QStringLiteral("EUR"))};

Proration prorated(const ProratedPlan &from, const ProratedPlan &to, QDate start, QDate end,
                   QDate on)
{
    auto p = prorate(from, to, start, end, on);
    EXPECT_TRUE(p.has_value()) << (p ? "" : p.error().message.toStdString());
    return p.value_or(Proration{});
}

} // namespace

// Leap year: the period 2028-02-10 → 2028-03-10 has 29 days (20 in February 10..29, 9 in
// March 1..9). Changing on 2028-02-20 leaves 19 days (10 in February 20..29, 9 in March).
//   credit = −1900 × 19 / 29 = −36100 / 29 = −1244.83 → −1245 (−12.45 €)
//   charge =  4900 × 19 / 29 =  93100 / 29 =  3210.34 →  3210 ( 32.10 €)
//   net    =  3210 − 1245 = 1965
TEST(Proration, UpgradeAcrossFebruaryOfALeapYear)
{
    const auto p =
        prorated(kStarter, kPro, QDate(2028, 2, 10), QDate(2028, 3, 10), QDate(2028, 2, 20));
    EXPECT_EQ(p.periodDays, 29);
    EXPECT_EQ(p.remainingDays, 19);
    EXPECT_EQ(p.credit.unitPrice, Money(-1245, QStringLiteral("EUR")));
    EXPECT_EQ(p.charge.unitPrice, Money(3210, QStringLiteral("EUR")));
    EXPECT_EQ(p.credit.quantity, 1);
    EXPECT_EQ(p.charge.quantity, 1);
    EXPECT_EQ(p.credit.planId, 1);
    EXPECT_EQ(p.charge.planId, 2);
    EXPECT_EQ(p.net(), Money(1965, QStringLiteral("EUR")));
    ASSERT_EQ(p.lines().size(), 2);
    EXPECT_EQ(
        p.lines().at(0).description,
        QStringLiteral("Unused time on Starter from 2028-02-20 to 2028-03-09 (19 of 29 days)"));
    EXPECT_EQ(
        p.lines().at(1).description,
        QStringLiteral("Remaining time on Pro from 2028-02-20 to 2028-03-09 (19 of 29 days)"));
}

// The same dates a year earlier: 2027-02-10 → 2027-03-10 has 28 days, 18 left from 02-20.
//   credit = −1900 × 18 / 28 = −34200 / 28 = −1221.43 → −1221
//   charge =  4900 × 18 / 28 =  88200 / 28 =  3150 exactly
TEST(Proration, SameDatesInAnOrdinaryYear)
{
    const auto p =
        prorated(kStarter, kPro, QDate(2027, 2, 10), QDate(2027, 3, 10), QDate(2027, 2, 20));
    EXPECT_EQ(p.periodDays, 28);
    EXPECT_EQ(p.remainingDays, 18);
    EXPECT_EQ(p.credit.unitPrice.minor(), -1221);
    EXPECT_EQ(p.charge.unitPrice.minor(), 3150);
}

// A downgrade in the leap-year period: the credit outweighs the charge.
//   credit = −4900 × 19 / 29 = −3210.34 → −3210; charge = 1900 × 19 / 29 = 1244.83 → 1245
//   net = 1245 − 3210 = −1965
TEST(Proration, DowngradeNetsNegative)
{
    const auto p =
        prorated(kPro, kStarter, QDate(2028, 2, 10), QDate(2028, 3, 10), QDate(2028, 2, 20));
    EXPECT_EQ(p.credit.unitPrice.minor(), -3210);
    EXPECT_EQ(p.charge.unitPrice.minor(), 1245);
    EXPECT_EQ(p.net().minor(), -1965);
}

// Month-end anchor (31): started 2027-01-31, the periods are 01-31 → 02-28 (28 days) and
// 02-28 → 03-31 (31 days).
//   in the first, a change on 02-14 leaves 14 days (02-14..02-27):
//     credit = −1900 × 14 / 28 = −950, charge = 4900 × 14 / 28 = 2450 (both exact)
//   in the second, a change on 03-15 leaves 16 days (03-15..03-30):
//     credit = −1900 × 16 / 31 = −30400 / 31 = −980.65 → −981
//     charge =  4900 × 16 / 31 =  78400 / 31 =  2529.03 →  2529
TEST(Proration, MonthEndAnchoredPeriods)
{
    const auto feb =
        prorated(kStarter, kPro, QDate(2027, 1, 31), QDate(2027, 2, 28), QDate(2027, 2, 14));
    EXPECT_EQ(feb.periodDays, 28);
    EXPECT_EQ(feb.remainingDays, 14);
    EXPECT_EQ(feb.credit.unitPrice.minor(), -950);
    EXPECT_EQ(feb.charge.unitPrice.minor(), 2450);

    const auto mar =
        prorated(kStarter, kPro, QDate(2027, 2, 28), QDate(2027, 3, 31), QDate(2027, 3, 15));
    EXPECT_EQ(mar.periodDays, 31);
    EXPECT_EQ(mar.remainingDays, 16);
    EXPECT_EQ(mar.credit.unitPrice.minor(), -981);
    EXPECT_EQ(mar.charge.unitPrice.minor(), 2529);
}

// Leap-year anchor 31: 2028-02-29 → 2028-03-31 has 31 days; a change on 03-01 leaves 30.
//   credit = −1900 × 30 / 31 = −57000 / 31 = −1838.71 → −1839
//   charge =  4900 × 30 / 31 = 147000 / 31 =  4741.94 →  4742
TEST(Proration, DayAfterTheTwentyNinthOfFebruary)
{
    const auto p =
        prorated(kStarter, kPro, QDate(2028, 2, 29), QDate(2028, 3, 31), QDate(2028, 3, 1));
    EXPECT_EQ(p.periodDays, 31);
    EXPECT_EQ(p.remainingDays, 30);
    EXPECT_EQ(p.credit.unitPrice.minor(), -1839);
    EXPECT_EQ(p.charge.unitPrice.minor(), 4742);
}

// Exactly half a cent rounds away from zero, on both signs: a 30-day period
// 2027-04-01 → 2027-05-01, change on 04-16 leaves 15 days.
//   credit = −1901 × 15 / 30 = −950.5 → −951;  charge = 4901 × 15 / 30 = 2450.5 → 2451
TEST(Proration, HalfACentRoundsAwayFromZero)
{
    const ProratedPlan odd{1, QStringLiteral("Odd"), Money(1901, QStringLiteral("EUR"))};
    const ProratedPlan odder{2, QStringLiteral("Odder"), Money(4901, QStringLiteral("EUR"))};
    const auto p = prorated(odd, odder, QDate(2027, 4, 1), QDate(2027, 5, 1), QDate(2027, 4, 16));
    EXPECT_EQ(p.periodDays, 30);
    EXPECT_EQ(p.remainingDays, 15);
    EXPECT_EQ(p.credit.unitPrice.minor(), -951);
    EXPECT_EQ(p.charge.unitPrice.minor(), 2451);
}

// Annual period 2028-01-15 → 2029-01-15: 366 days (it holds 2028-02-29). A change on
// 2028-07-01 leaves 198 days (184 in July..December, 14 in January).
//   credit = −19000 × 198 / 366 = −3762000 / 366 = −10278.69 → −10279
//   charge =  49000 × 198 / 366 = 9702000 / 366 =  26508.20 →  26508
TEST(Proration, AnnualPeriodHoldingALeapDay)
{
    const ProratedPlan starterYear{3, QStringLiteral("Starter (annual)"),
                                   Money(19000, QStringLiteral("EUR"))};
    const ProratedPlan proYear{4, QStringLiteral("Pro (annual)"),
                               Money(49000, QStringLiteral("EUR"))};
    const auto p =
        prorated(starterYear, proYear, QDate(2028, 1, 15), QDate(2029, 1, 15), QDate(2028, 7, 1));
    EXPECT_EQ(p.periodDays, 366);
    EXPECT_EQ(p.remainingDays, 198);
    EXPECT_EQ(p.credit.unitPrice.minor(), -10279);
    EXPECT_EQ(p.charge.unitPrice.minor(), 26508);
}

// On the first day of the period the whole old price comes back and the whole new one is due.
TEST(Proration, FirstDayOfThePeriodIsTheWholePeriod)
{
    const auto p =
        prorated(kStarter, kPro, QDate(2027, 6, 5), QDate(2027, 7, 5), QDate(2027, 6, 5));
    EXPECT_EQ(p.remainingDays, 30);
    EXPECT_EQ(p.credit.unitPrice.minor(), -1900);
    EXPECT_EQ(p.charge.unitPrice.minor(), 4900);
}

// The last day of the period leaves one day: 1900 / 30 = 63.33 → 63; 4900 / 30 = 163.33 → 163.
TEST(Proration, LastDayOfThePeriodIsOneDay)
{
    const auto p =
        prorated(kStarter, kPro, QDate(2027, 6, 5), QDate(2027, 7, 5), QDate(2027, 7, 4));
    EXPECT_EQ(p.remainingDays, 1);
    EXPECT_EQ(p.credit.unitPrice.minor(), -63);
    EXPECT_EQ(p.charge.unitPrice.minor(), 163);
}

TEST(Proration, RefusesAChangeOutsideThePeriod)
{
    auto before = prorate(kStarter, kPro, QDate(2027, 6, 5), QDate(2027, 7, 5), QDate(2027, 6, 4));
    ASSERT_FALSE(before);
    EXPECT_EQ(before.error().code, ErrorCode::Invalid);
    EXPECT_EQ(before.error().message,
              QStringLiteral("A plan change on 2027-06-04 falls outside the current period, "
                             "2027-06-05 to 2027-07-05."));
    // the end is exclusive: on it, the next period has begun
    EXPECT_FALSE(prorate(kStarter, kPro, QDate(2027, 6, 5), QDate(2027, 7, 5), QDate(2027, 7, 5)));
    EXPECT_FALSE(prorate(kStarter, kPro, QDate(2027, 6, 5), QDate(2027, 6, 5), QDate(2027, 6, 5)));
}

TEST(Proration, RefusesTwoCurrencies)
{
    const ProratedPlan dollars{5, QStringLiteral("Pro US"), Money(4900, QStringLiteral("USD"))};
    auto p = prorate(kStarter, dollars, QDate(2027, 6, 5), QDate(2027, 7, 5), QDate(2027, 6, 10));
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().code, ErrorCode::MixedCurrency);
    EXPECT_EQ(
        p.error().message,
        QStringLiteral("Plan \"Pro US\" is billed in USD, not in EUR like this subscription."));
}
