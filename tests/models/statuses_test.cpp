#include "models/statuses.h"

#include <gtest/gtest.h>

using namespace ic;

TEST(SubscriptionTransitions, FollowTheTable)
{
    using S = SubscriptionStatus;
    EXPECT_TRUE(transition(S::Trialing, S::Active).has_value());
    EXPECT_TRUE(transition(S::Active, S::PastDue).has_value());
    EXPECT_TRUE(transition(S::PastDue, S::Suspended).has_value());
    EXPECT_TRUE(transition(S::Suspended, S::Active).has_value());
    EXPECT_TRUE(transition(S::Paused, S::Active).has_value());
    // final states stay final
    for (S to : {S::Trialing, S::Active, S::Paused, S::PastDue, S::Suspended, S::Expired}) {
        const auto r = transition(S::Cancelled, to);
        ASSERT_FALSE(r.has_value());
        EXPECT_EQ(r.error().code, ErrorCode::IllegalTransition);
    }
    EXPECT_FALSE(transition(S::Expired, S::Active).has_value());
    EXPECT_FALSE(transition(S::Active, S::Trialing).has_value());
    EXPECT_FALSE(transition(S::Paused, S::PastDue).has_value());
    // staying put is not a transition
    EXPECT_FALSE(transition(S::Active, S::Active).has_value());
}

TEST(SubscriptionTransitions, RefusalNamesBothStatuses)
{
    const auto r = transition(SubscriptionStatus::Cancelled, SubscriptionStatus::Active);
    ASSERT_FALSE(r.has_value());
    EXPECT_TRUE(r.error().message.contains(u"cancelled"_qs));
    EXPECT_TRUE(r.error().message.contains(u"active"_qs));
}

TEST(InvoiceTransitions, IssuedInvoicesAreNotDraftedAgain)
{
    using I = InvoiceStatus;
    EXPECT_TRUE(transition(I::Draft, I::Sent).has_value());
    EXPECT_TRUE(transition(I::Sent, I::Paid).has_value());
    EXPECT_TRUE(transition(I::Sent, I::Overdue).has_value());
    EXPECT_TRUE(transition(I::Overdue, I::Paid).has_value());
    EXPECT_TRUE(transition(I::Paid, I::Refunded).has_value());
    EXPECT_FALSE(transition(I::Sent, I::Draft).has_value());
    EXPECT_FALSE(transition(I::Paid, I::Overdue).has_value());
    EXPECT_FALSE(transition(I::Draft, I::Paid).has_value());
    EXPECT_FALSE(transition(I::Refunded, I::Paid).has_value());
    EXPECT_FALSE(transition(I::Cancelled, I::Sent).has_value());
}

TEST(PaymentTransitions, OnlySucceededIsRefunded)
{
    using P = PaymentStatus;
    EXPECT_TRUE(transition(P::Pending, P::Succeeded).has_value());
    EXPECT_TRUE(transition(P::Pending, P::Failed).has_value());
    EXPECT_TRUE(transition(P::Succeeded, P::Refunded).has_value());
    EXPECT_FALSE(transition(P::Failed, P::Refunded).has_value());
    EXPECT_FALSE(transition(P::Failed, P::Succeeded).has_value());
    EXPECT_FALSE(transition(P::Refunded, P::Succeeded).has_value());
}

TEST(StatusNames, RoundTripThroughStorage)
{
    for (auto s :
         {SubscriptionStatus::Trialing, SubscriptionStatus::PastDue, SubscriptionStatus::Expired})
        EXPECT_EQ(subscriptionStatusFromString(toString(s)), s);
    EXPECT_EQ(toString(SubscriptionStatus::PastDue), u"past_due"_qs);
    for (auto s : {InvoiceStatus::Draft, InvoiceStatus::Overdue, InvoiceStatus::Refunded})
        EXPECT_EQ(invoiceStatusFromString(toString(s)), s);
    EXPECT_FALSE(invoiceStatusFromString(u"bogus"_qs).has_value());
    EXPECT_FALSE(paymentStatusFromString(u""_qs).has_value());
}
