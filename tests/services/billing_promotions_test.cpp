#include "services/billing/promotionengine.h"
#include "tests/services/billingfixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {
const QString EUR = QStringLiteral("EUR");
class PromotionsTest : public BillingBook {
protected:
    Promotion add(const QString &code, DiscountType type, int bp, qint64 fixedMinor = 0)
    {
        Promotion p;
        p.code = code;
        p.name = code;
        p.type = type;
        p.percentBp = bp;
        if (type == DiscountType::Fixed)
            p.amount = Money(fixedMinor, EUR);
        p.createdAt = utc(2026, 1, 1);
        return p;
    }
    Promotion save(Promotion p)
    {
        auto saved = PromotionRepository(db()).insert(p);
        EXPECT_TRUE(saved.has_value()) << saved.error().message.toStdString();
        return saved ? *saved : p;
    }
};
} // namespace

TEST_P(PromotionsTest, PercentageCodeIsFoundWhateverItsCaseAndCountedOnIssue)
{
    Promotion p = add(u"Spring26"_qs, DiscountType::Percentage, 1500);
    p.maxUses = 5;
    p = save(p);
    // 15 % of 20.00 = 3.00 -> net 17.00, tax 3.40, total 20.40
    InvoiceRequest r = request(fr);
    r.promotionCode = u"spring26"_qs;
    const Invoice invoice = issued(r);
    EXPECT_EQ(invoice.items[0].discountMinor, 300);
    EXPECT_EQ(invoice.items[0].promotionId, p.id);
    EXPECT_EQ(invoice.totalMinor, 2040);
    EXPECT_EQ(PromotionRepository(db()).find(p.id)->currentUses, 1);
    auto q = db().exec(
        u"SELECT initial_minor, discount_minor, final_minor, invoice_id FROM promotion_uses"_qs);
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toLongLong(), 2000);
    EXPECT_EQ(q->value(1).toLongLong(), 300);
    EXPECT_EQ(q->value(2).toLongLong(), 1700);
    EXPECT_EQ(q->value(3).toLongLong(), invoice.id);
}

TEST_P(PromotionsTest, FixedCodeInThePlansCurrencyOnly)
{
    save(add(u"TENOFF"_qs, DiscountType::Fixed, 0, 1000));
    // 20.00 - 10.00 = 10.00, + 20 % = 12.00
    InvoiceRequest r = request(fr);
    r.promotionCode = u"TENOFF"_qs;
    EXPECT_EQ(invoicing().draftForSubscriptionPeriod(r)->totalMinor, 1200);
    // The same code on a plan sold in dollars is refused.
    Promotion usd = add(u"DOLLAR"_qs, DiscountType::Fixed, 0, 500);
    usd.amount = Money(500, u"USD"_qs);
    save(usd);
    r.promotionCode = u"DOLLAR"_qs;
    auto refused = invoicing().draftForSubscriptionPeriod(r);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::MixedCurrency);
}

TEST_P(PromotionsTest, ChecksReadUsesAndHistoryFromTheBook)
{
    Promotion once = add(u"ONCE"_qs, DiscountType::Percentage, 1000);
    once.maxUsesPerCustomer = 1;
    once.autoNewCustomersOnly = true;
    once = save(once);
    PromotionEngine engine(db());
    const PromotionQuery query{fr, plan, false, Money(2000, EUR), QDate(2026, 3, 15)};
    auto first = engine.checkCode(u"once"_qs, query);
    ASSERT_TRUE(first.has_value());
    EXPECT_TRUE(first->isAccepted()) << first->reason().toStdString();
    InvoiceRequest r = request(fr);
    r.promotionCode = u"ONCE"_qs;
    issued(r);
    // Now the customer has used it and has been invoiced: the per-customer check fails first.
    auto second = engine.checkCode(u"ONCE"_qs, query);
    EXPECT_FALSE(second->isAccepted());
    EXPECT_EQ(second->steps[4].check, PromotionCheck::CustomerUses);
    EXPECT_EQ(second->steps[4].outcome, CheckOutcome::Failed);
    EXPECT_EQ(second->steps[5].outcome, CheckOutcome::NotRun);
    // Another customer already invoiced fails on "new customers only".
    issued(request(deConsumer));
    auto other = engine.checkCode(
        u"ONCE"_qs, PromotionQuery{deConsumer, plan, false, Money(2000, EUR), QDate(2026, 3, 15)});
    EXPECT_EQ(other->steps[7].outcome, CheckOutcome::Failed);
    // An unknown code: a sentence, and the draft refused with it, nothing written.
    const auto before = writtenRows(db());
    r.promotionCode = u"NOPE"_qs;
    auto refused = invoicing().draftForSubscriptionPeriod(r);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().message,
              u"There is no promotion with the code \"NOPE\"; check the spelling."_qs);
    EXPECT_EQ(writtenRows(db()), before);
}

TEST_P(PromotionsTest, AutoApplyFoundWithoutACodeAndStackedByThePolicy)
{
    Promotion welcome = add(u"WELCOME"_qs, DiscountType::Fixed, 0, 200);
    welcome.autoApply = true;
    welcome.isStackable = true;
    welcome.appliesTo = PromotionScope::FirstPayment;
    welcome = save(welcome);
    Promotion code = save(add(u"FRIEND"_qs, DiscountType::Percentage, 1000));
    // Renewal: WELCOME (first payment only) does not apply.
    EXPECT_TRUE(PromotionEngine(db())
                    .autoApplicable({fr, plan, false, Money(2000, EUR), QDate(2026, 3, 15)})
                    ->isEmpty());
    // First payment with FRIEND: 10 % of 20.00 = 2.00 on the plan line, then WELCOME 2.00 on
    // the 18.00 left, as its own line. Net 20.00 - 2.00 - 2.00 + 5.00 setup = 21.00,
    // tax: plan 18.00 -> 3.60, promotion line -2.00 -> -0.40, setup 5.00 -> 1.00; total 25.20
    InvoiceRequest r = request(fr, true);
    r.promotionCode = u"FRIEND"_qs;
    const Invoice invoice = issued(r);
    ASSERT_EQ(invoice.items.size(), 3);
    EXPECT_EQ(invoice.items[0].promotionId, code.id);
    EXPECT_EQ(invoice.items[1].promotionId, welcome.id);
    EXPECT_EQ(invoice.items[1].totalMinor, -240);
    EXPECT_EQ(invoice.totalMinor, 2520);
    // Two uses: FRIEND 20.00 -> 18.00, WELCOME 18.00 -> 16.00.
    auto q = db().exec(
        u"SELECT promotion_id, initial_minor, final_minor FROM promotion_uses ORDER BY id"_qs);
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(1).toLongLong(), 2000);
    EXPECT_EQ(q->value(2).toLongLong(), 1800);
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toLongLong(), welcome.id);
    EXPECT_EQ(q->value(1).toLongLong(), 1800);
    EXPECT_EQ(q->value(2).toLongLong(), 1600);
}

TEST_P(PromotionsTest, BadPromotionsAreRefusedAndNothingWritten)
{
    const qint64 before = countRows(db(), u"promotions"_qs);
    Promotion over = add(u"OVER"_qs, DiscountType::Percentage, 10001);
    auto a = PromotionRepository(db()).insert(over);
    ASSERT_FALSE(a.has_value());
    EXPECT_EQ(a.error().message, u"A percentage discount must lie between 0 % and 100 %."_qs);
    Promotion backwards = add(u"BACK"_qs, DiscountType::Percentage, 1000);
    backwards.startsOn = QDate(2026, 5, 1);
    backwards.endsOn = QDate(2026, 4, 1);
    auto b = PromotionRepository(db()).insert(backwards);
    ASSERT_FALSE(b.has_value());
    EXPECT_EQ(b.error().message,
              u"The promotion ends on 2026-04-01, before it starts on 2026-05-01."_qs);
    EXPECT_EQ(countRows(db(), u"promotions"_qs), before);
}

TEST_P(PromotionsTest, TheLastUseGoesOnceAndTheSecondIssueWritesNothing)
{
    Promotion last = add(u"LAST"_qs, DiscountType::Percentage, 5000);
    last.maxUses = 1;
    save(last);
    InvoiceRequest r = request(fr);
    r.promotionCode = u"LAST"_qs;
    auto d1 = invoicing().draftForSubscriptionPeriod(r);
    InvoiceRequest r2 = request(deConsumer);
    r2.promotionCode = u"LAST"_qs;
    auto d2 = invoicing().draftForSubscriptionPeriod(r2); // both drafted while one use was left
    ASSERT_TRUE(d1 && d2);
    ASSERT_TRUE(invoicing().issue(*d1, u"seat1"_qs).has_value());
    const auto before = writtenRows(db());
    auto second = invoicing().issue(*d2, u"seat2"_qs);
    ASSERT_FALSE(second.has_value());
    EXPECT_EQ(second.error().message,
              u"The promotion LAST has been used its 1 times already; it cannot be used again."_qs);
    EXPECT_EQ(writtenRows(db()), before);
}

IC_BOTH_DATABASES(PromotionsTest);
