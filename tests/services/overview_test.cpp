#include "services/analytics/overview.h"
#include "tests/services/samplebook.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using ic::test::BothDatabases;
using ic::test::SampleFigures;

class OverviewTest : public BothDatabases {};

TEST_P(OverviewTest, EmptyBookIsAllZeros)
{
    auto overview = loadOverview(db(), QDate(2024, 3, 15));
    ASSERT_TRUE(overview.has_value()) << overview.error().message.toStdString();
    EXPECT_EQ(overview->customers, 0);
    EXPECT_EQ(overview->activeSubscriptions, 0);
    EXPECT_EQ(overview->trialingSubscriptions, 0);
    EXPECT_EQ(overview->pastDueSubscriptions, 0);
    EXPECT_EQ(overview->invoicesThisMonth, 0);
    EXPECT_EQ(overview->openDunningCases, 0);
    EXPECT_TRUE(overview->revenueThisMonth.isEmpty());
    EXPECT_EQ(overview->asOf, QDate(2024, 3, 15));
}

TEST_P(OverviewTest, CountsTheSampleBookByHand)
{
    auto inserted = test::insertSampleBook(db());
    ASSERT_TRUE(inserted.has_value()) << inserted.error().message.toStdString();
    auto overview = loadOverview(db(), test::sampleToday());
    ASSERT_TRUE(overview.has_value()) << overview.error().message.toStdString();
    EXPECT_EQ(overview->customers, SampleFigures::customers);
    EXPECT_EQ(overview->activeSubscriptions, SampleFigures::active);
    EXPECT_EQ(overview->trialingSubscriptions, SampleFigures::trialing);
    EXPECT_EQ(overview->pastDueSubscriptions, SampleFigures::pastDue);
    EXPECT_EQ(overview->invoicesThisMonth, SampleFigures::invoicesThisMonth);
    EXPECT_EQ(overview->openDunningCases, SampleFigures::openDunning);
    const QList<Money> expected{Money(SampleFigures::paidEurMinor, QStringLiteral("EUR")),
                                Money(SampleFigures::paidUsdMinor, QStringLiteral("USD"))};
    EXPECT_EQ(overview->revenueThisMonth, expected);
}

TEST_P(OverviewTest, MonthBoundsFollowToday)
{
    ASSERT_TRUE(test::insertSampleBook(db()).has_value());
    // February 2024 (a leap year): only the paid EUR 99.99 of the 29th and the paid GBP 7.00
    // of the 15th were issued then.
    auto february = loadOverview(db(), QDate(2024, 2, 29));
    ASSERT_TRUE(february.has_value()) << february.error().message.toStdString();
    EXPECT_EQ(february->invoicesThisMonth, 2);
    const QList<Money> paid{Money(9999, QStringLiteral("EUR")), Money(700, QStringLiteral("GBP"))};
    EXPECT_EQ(february->revenueThisMonth, paid);
    // April: the one paid on 04-01.
    auto april = loadOverview(db(), QDate(2024, 4, 30));
    ASSERT_TRUE(april.has_value());
    EXPECT_EQ(april->invoicesThisMonth, 1);
    EXPECT_EQ(april->revenueThisMonth, QList<Money>{Money(9999, QStringLiteral("EUR"))});
    // Counts that do not depend on the month stay the same.
    EXPECT_EQ(april->customers, SampleFigures::customers);
    EXPECT_EQ(april->openDunningCases, SampleFigures::openDunning);
}

IC_BOTH_DATABASES(OverviewTest);
