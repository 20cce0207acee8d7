#include "models/billingcalendar.h"

#include <gtest/gtest.h>

using namespace ic;

TEST(BillingCalendar, MonthEndAnchorsComeBack)
{
    const QDate start(2027, 1, 31);
    EXPECT_EQ(addMonthsAnchored(start, 1, 31), QDate(2027, 2, 28));
    EXPECT_EQ(addMonthsAnchored(QDate(2027, 2, 28), 1, 31), QDate(2027, 3, 31));
    EXPECT_EQ(addMonthsAnchored(QDate(2027, 3, 31), 1, 31), QDate(2027, 4, 30));
    // leap year
    EXPECT_EQ(addMonthsAnchored(QDate(2028, 1, 31), 1, 31), QDate(2028, 2, 29));
    // annual from 29 February
    EXPECT_EQ(addMonthsAnchored(QDate(2028, 2, 29), 12, 29), QDate(2029, 2, 28));
    EXPECT_EQ(addMonthsAnchored(QDate(2029, 2, 28), 12, 29), QDate(2030, 2, 28));
    // ordinary days
    EXPECT_EQ(addMonthsAnchored(QDate(2027, 5, 15), 1, 15), QDate(2027, 6, 15));
    EXPECT_EQ(addMonthsAnchored(QDate(2027, 12, 15), 1, 15), QDate(2028, 1, 15));
}

TEST(BillingCalendar, DaysBetween)
{
    EXPECT_EQ(daysBetween(QDate(2028, 2, 1), QDate(2028, 3, 1)), 29);
    EXPECT_EQ(daysBetween(QDate(2027, 2, 1), QDate(2027, 3, 1)), 28);
}
