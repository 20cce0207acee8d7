#include "models/metricsdefinitions.h"

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::metrics;

TEST(MetricsDefinitions, StatusesThatCount)
{
    EXPECT_TRUE(countsTowardMrr(SubscriptionStatus::Active));
    EXPECT_TRUE(countsTowardMrr(SubscriptionStatus::PastDue));
    EXPECT_TRUE(countsTowardMrr(SubscriptionStatus::Suspended));
    EXPECT_FALSE(countsTowardMrr(SubscriptionStatus::Trialing));
    EXPECT_FALSE(countsTowardMrr(SubscriptionStatus::Paused));
    EXPECT_FALSE(countsTowardMrr(SubscriptionStatus::Cancelled));
    EXPECT_FALSE(countsTowardMrr(SubscriptionStatus::Expired));
}

// Annual 190.00 / 12 = 15.8333 → 15.83; 100.00 / 12 = 8.333 → 8.33; quarterly 1.00 / 3 =
// 0.333 → 0.33; 0.02 / 12 = 0.0017 → 0.00; 0.06 / 12 = 0.005 → 0.01 (half away from zero);
// monthly 49.00 stays 49.00; a free plan (interval 0) is worth 0.
TEST(MetricsDefinitions, MonthlyNormalisationRoundsOncePerSubscription)
{
    EXPECT_EQ(monthlyValueMinor(19000, 0, 12), 1583);
    EXPECT_EQ(monthlyValueMinor(10000, 0, 12), 833);
    EXPECT_EQ(monthlyValueMinor(100, 0, 3), 33);
    EXPECT_EQ(monthlyValueMinor(2, 0, 12), 0);
    EXPECT_EQ(monthlyValueMinor(6, 0, 12), 1);
    EXPECT_EQ(monthlyValueMinor(4900, 0, 1), 4900);
    EXPECT_EQ(monthlyValueMinor(0, 0, 0), 0);
    EXPECT_EQ(monthlyValueMinor(4900, 0, 0), 0);
}

// 20 % of 49.00 = 9.80 → 39.20 a month; 15 % of 0.33 = 0.0495 → 0.05; 100 % of 190.00 a
// year leaves 0; a fixed 50.00 off a 19.00 plan gives at most 19.00; 10 € off 190.00 a year
// = 180.00 / 12 = 15.00.
TEST(MetricsDefinitions, RecurringDiscountBeforeTheNormalisation)
{
    EXPECT_EQ(recurringDiscountMinor(4900, {true, 2000, 0}), 980);
    EXPECT_EQ(monthlyValueMinor(4900, 980, 1), 3920);
    EXPECT_EQ(recurringDiscountMinor(33, {true, 1500, 0}), 5);
    EXPECT_EQ(monthlyValueMinor(19000, recurringDiscountMinor(19000, {true, 10000, 0}), 12), 0);
    EXPECT_EQ(recurringDiscountMinor(1900, {false, 0, 5000}), 1900);
    EXPECT_EQ(monthlyValueMinor(19000, recurringDiscountMinor(19000, {false, 0, 1000}), 12), 1500);
}

TEST(MetricsDefinitions, MovementFromTheTwoMonthEnds)
{
    EXPECT_EQ(classify(0, 1900, false), Movement::New);
    EXPECT_EQ(classify(0, 1900, true), Movement::Reactivation);
    EXPECT_EQ(classify(1900, 4900, true), Movement::Expansion);
    EXPECT_EQ(classify(4900, 1900, true), Movement::Contraction);
    EXPECT_EQ(classify(4900, 0, true), Movement::Churned);
    EXPECT_EQ(classify(4900, 4900, true), Movement::None);
    // an upgrade and a downgrade back in the same month: nothing moved
    EXPECT_EQ(classify(1900, 1900, true), Movement::None);
    EXPECT_EQ(classify(0, 0, false), Movement::None);
}

TEST(MetricsDefinitions, DecimalsAreExactText)
{
    EXPECT_EQ((Decimal{123, 4}).toString(), u"0.0123"_qs);
    EXPECT_EQ((Decimal{-5, 4}).toString(), u"-0.0005"_qs);
    EXPECT_EQ((Decimal{12345, 4}).toString(), u"1.2345"_qs);
    EXPECT_EQ((Decimal{0, 4}).toString(), u"0.0000"_qs);
    // 1 ÷ 3 = 0.33333 → 0.3333; 2 ÷ 3 = 0.66667 → 0.6667; 1 ÷ 8 = 0.125 → 0.1250;
    // 1 ÷ 20000 = 0.00005 → 0.0001 (half away from zero), −1 ÷ 20000 → −0.0001
    EXPECT_EQ(rate(1, 3)->toString(), u"0.3333"_qs);
    EXPECT_EQ(rate(2, 3)->toString(), u"0.6667"_qs);
    EXPECT_EQ(rate(1, 8)->toString(), u"0.1250"_qs);
    EXPECT_EQ(rate(1, 20000)->toString(), u"0.0001"_qs);
    EXPECT_EQ(rate(-1, 20000)->toString(), u"-0.0001"_qs);
    EXPECT_FALSE(rate(1, 0).has_value());
    EXPECT_FALSE(perUnit(100, 0).has_value());
    EXPECT_EQ(*perUnit(1000, 3), 333); // 10.00 ÷ 3 = 3.333 → 3.33
}

// A month that starts with 100 customers and 10,000.00 of MRR:
//   new 500.00, expansion 300.00, reactivation 100.00, contraction 200.00, churned 400.00
//   → end 10,000 + 500 + 300 + 100 − 200 − 400 = 10,300.00; 4 customers churned, end 103.
//   customer churn 4 ÷ 100 = 0.0400
//   gross MRR churn (400 + 200) ÷ 10,000 = 0.0600
//   net MRR churn (400 + 200 − 300 − 100) ÷ 10,000 = 200 ÷ 10,000 = 0.0200
//   ARPA 10,300.00 ÷ 103 = 100.00
//   six months pooled: 18 churned of 600 at the starts = 0.03 → LTV 100.00 × 600 ÷ 18 =
//   3,333.333 → 3,333.33
//   quick ratio (500 + 300 + 100) ÷ (400 + 200) = 1.5000
//   trials: 7 of 20 converted = 0.3500
TEST(MetricsDefinitions, RatesOfAMonth)
{
    MonthInputs in;
    in.startMrr = 1000000;
    in.newMrr = 50000;
    in.expansionMrr = 30000;
    in.reactivationMrr = 10000;
    in.contractionMrr = 20000;
    in.churnedMrr = 40000;
    in.endMrr = 1030000;
    in.startCustomers = 100;
    in.endCustomers = 103;
    in.churnedCustomers = 4;
    in.churnedCustomersSixMonths = 18;
    in.startCustomersSixMonths = 600;
    in.trialsEnded = 20;
    in.trialsConverted = 7;
    const MonthRates r = computeRates(in);
    EXPECT_EQ(r.customerChurn->toString(), u"0.0400"_qs);
    EXPECT_EQ(r.grossMrrChurn->toString(), u"0.0600"_qs);
    EXPECT_EQ(r.netMrrChurn->toString(), u"0.0200"_qs);
    EXPECT_EQ(*r.arpa, 10000);
    EXPECT_EQ(*r.ltv, 333333);
    EXPECT_EQ(r.quickRatio->toString(), u"1.5000"_qs);
    EXPECT_EQ(r.trialConversion->toString(), u"0.3500"_qs);
}

// Expansion above the losses: net MRR churn (100 − 300) ÷ 10,000 = −0.0200. No churn in six
// months: no LTV; nothing lost: no quick ratio; no trial ended: no conversion.
TEST(MetricsDefinitions, NegativeNetChurnAndTheRatesWithoutADenominator)
{
    MonthInputs in;
    in.startMrr = 1000000;
    in.expansionMrr = 30000;
    in.contractionMrr = 10000;
    in.endMrr = 1020000;
    in.startCustomers = 100;
    in.endCustomers = 100;
    in.startCustomersSixMonths = 600;
    const MonthRates r = computeRates(in);
    EXPECT_EQ(r.netMrrChurn->toString(), u"-0.0200"_qs);
    EXPECT_EQ(r.customerChurn->toString(), u"0.0000"_qs);
    EXPECT_FALSE(r.ltv.has_value());
    EXPECT_EQ(r.quickRatio->toString(), u"3.0000"_qs);
    EXPECT_FALSE(r.trialConversion.has_value());

    const MonthRates empty = computeRates(MonthInputs{});
    EXPECT_FALSE(empty.customerChurn.has_value());
    EXPECT_FALSE(empty.arpa.has_value());
    EXPECT_FALSE(empty.quickRatio.has_value());
}
