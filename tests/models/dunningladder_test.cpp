#include "models/dunningladder.h"

#include <gtest/gtest.h>

using namespace ic;

namespace {

DunningCase openedOn(QDate day)
{
    DunningCase c;
    c.openedOn = day;
    c.status = DunningStatus::Open;
    return c;
}

// Takes every step due on `day`, one after the other, as a daily run that missed days does.
DunningCase takeAllDue(const DunningLadder &ladder, DunningCase c, QDate day)
{
    while (auto move = ladder.dueOn(c, day))
        c = ladder.after(c, *move);
    return c;
}

} // namespace

TEST(DunningLadder, TheStandardCalendarFromAFailedPayment)
{
    const DunningLadder ladder = DunningLadder::standard();
    ASSERT_EQ(ladder.steps().size(), 5);
    // Opened on Friday 27 February 2026 (not a leap year): J+0 27 Feb, J+3 2 Mar (28 Feb + 2),
    // J+7 6 Mar, J+14 13 Mar, J+30 29 Mar.
    DunningCase c = openedOn(QDate(2026, 2, 27));
    const QDate expected[] = {QDate(2026, 2, 27), QDate(2026, 3, 2), QDate(2026, 3, 6),
                              QDate(2026, 3, 13), QDate(2026, 3, 29)};
    for (int stage = 0; stage < 5; ++stage) {
        auto move = ladder.next(c);
        ASSERT_TRUE(move) << stage;
        EXPECT_EQ(move->stage, stage);
        EXPECT_EQ(move->on, expected[stage]) << stage;
        EXPECT_EQ(move->isLast, stage == 4);
        // J+0 only tells the customer; J+3, J+7, J+14 try the card again; J+30 cancels.
        EXPECT_EQ(move->retriesPayment, stage >= 1 && stage <= 3) << stage;
        EXPECT_EQ(move->step.suspend, stage == 3) << stage;
        EXPECT_EQ(move->step.cancel, stage == 4) << stage;
        // Not due the day before; due on its day.
        EXPECT_FALSE(ladder.dueOn(c, expected[stage].addDays(-1))) << stage;
        ASSERT_TRUE(ladder.dueOn(c, expected[stage])) << stage;
        c = ladder.after(c, *move);
        EXPECT_EQ(c.stage, stage + 1);
        EXPECT_EQ(c.nextActionOn, stage < 4 ? expected[stage + 1] : QDate()) << stage;
    }
    EXPECT_EQ(c.status, DunningStatus::Cancelled);
    EXPECT_FALSE(ladder.next(c));
    EXPECT_EQ(ladder.steps().at(2).smsTemplate, u"payment_reminder_sms"_qs);
}

TEST(DunningLadder, AnExtensionMovesEveryLaterStep)
{
    const DunningLadder ladder = DunningLadder::standard();
    // Opened 10 March 2026, J+0 and J+3 (13 Mar) taken, then 5 days given: J+7 falls on
    // 10 + 7 + 5 = 22 March, J+14 on 10 + 14 + 5 = 29 March, J+30 on 10 Mar + 35 = 14 April
    // (21 days left in March, 14 in April).
    DunningCase c = openedOn(QDate(2026, 3, 10));
    c = takeAllDue(ladder, c, QDate(2026, 3, 13));
    ASSERT_EQ(c.stage, 2);
    EXPECT_EQ(c.nextActionOn, QDate(2026, 3, 17));
    c.extensionDays = 5;
    auto move = ladder.next(c);
    ASSERT_TRUE(move);
    EXPECT_EQ(move->on, QDate(2026, 3, 22));
    EXPECT_FALSE(ladder.dueOn(c, QDate(2026, 3, 17))); // the old J+7 is no longer due
    c = ladder.after(c, *move);
    EXPECT_EQ(c.nextActionOn, QDate(2026, 3, 29));
    EXPECT_EQ(ladder.dayOf(c, 4), QDate(2026, 4, 14));
}

TEST(DunningLadder, ASuspendedCaseWaitsForItsCancellation)
{
    const DunningLadder ladder = DunningLadder::standard();
    // Opened 20 January 2026; a run that did not run until 5 February (J+16) catches up the
    // steps J+0, J+3 (23 Jan), J+7 (27 Jan), J+14 (3 Feb) one after the other: the case is
    // suspended, its next action J+30 = 19 February (11 days left in January + 19).
    DunningCase c = takeAllDue(ladder, openedOn(QDate(2026, 1, 20)), QDate(2026, 2, 5));
    EXPECT_EQ(c.stage, 4);
    EXPECT_EQ(c.status, DunningStatus::Suspended);
    EXPECT_EQ(c.nextActionOn, QDate(2026, 2, 19));
    auto move = ladder.next(c);
    ASSERT_TRUE(move);
    EXPECT_TRUE(move->isLast);
    EXPECT_TRUE(move->step.cancel);
    EXPECT_FALSE(move->retriesPayment);
    EXPECT_FALSE(ladder.dueOn(c, QDate(2026, 2, 18)));
    c = ladder.after(c, *ladder.dueOn(c, QDate(2026, 2, 19)));
    EXPECT_EQ(c.stage, 5);
    EXPECT_EQ(c.status, DunningStatus::Cancelled);
    EXPECT_FALSE(c.nextActionOn.isValid());
    EXPECT_FALSE(ladder.next(c));
    EXPECT_FALSE(ladder.dayOf(c, 5).isValid());
}

TEST(DunningLadder, ASubscriptionThatCannotBeSuspendedLeavesTheCaseOpen)
{
    const DunningLadder ladder = DunningLadder::standard();
    DunningCase c = openedOn(QDate(2026, 6, 1));
    c.stage = 3; // J+14 is next: 15 June
    auto move = ladder.dueOn(c, QDate(2026, 6, 15));
    ASSERT_TRUE(move);
    c = ladder.after(c, *move, false);
    EXPECT_EQ(c.status, DunningStatus::Open);
    EXPECT_EQ(c.stage, 4);
    EXPECT_EQ(c.nextActionOn, QDate(2026, 7, 1)); // J+30: 1 June + 30 days
}

TEST(DunningLadder, AHardDeclineIsNeverRetriedAndAPaymentResolvesTheCaseWhereItStands)
{
    const DunningLadder ladder = DunningLadder::standard();
    DunningCase c = openedOn(QDate(2026, 4, 1));
    c.hardDecline = true;
    c = takeAllDue(ladder, c, QDate(2026, 4, 1));
    auto move = ladder.dueOn(c, QDate(2026, 4, 4)); // J+3
    ASSERT_TRUE(move);
    EXPECT_TRUE(move->step.retryPayment);
    EXPECT_FALSE(move->retriesPayment);

    // Paid on 5 April, between J+3 and J+7: resolved at stage 1, nothing more to do.
    const DunningCase paid = DunningLadder::resolved(c);
    EXPECT_EQ(paid.stage, 1);
    EXPECT_EQ(paid.status, DunningStatus::Resolved);
    EXPECT_FALSE(paid.nextActionOn.isValid());
    EXPECT_FALSE(ladder.next(paid));
    EXPECT_FALSE(ladder.dueOn(paid, QDate(2026, 12, 31)));
}

TEST(DunningLadder, StepsAreKeptByTheirDayAndAnEmptyLadderDoesNothing)
{
    // A policy read in any order: J+10 cancels, J+0 tells, J+5 retries.
    const DunningLadder ladder({{10, {}, {}, false, false, true},
                                {0, u"payment_failed"_qs, {}, false, false, false},
                                {5, {}, {}, true, false, false}});
    ASSERT_EQ(ladder.steps().size(), 3);
    EXPECT_EQ(ladder.steps().at(0).dayOffset, 0);
    EXPECT_EQ(ladder.steps().at(1).dayOffset, 5);
    EXPECT_EQ(ladder.steps().at(2).dayOffset, 10);
    DunningCase c = takeAllDue(ladder, openedOn(QDate(2026, 12, 28)), QDate(2027, 1, 2));
    // 28 Dec + 5 = 2 January 2027: J+0 and J+5 taken, J+10 on 7 January.
    EXPECT_EQ(c.stage, 2);
    EXPECT_EQ(c.nextActionOn, QDate(2027, 1, 7));

    const DunningLadder none;
    EXPECT_TRUE(none.isEmpty());
    EXPECT_FALSE(none.next(openedOn(QDate(2026, 1, 1))));
}
