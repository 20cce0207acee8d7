#include "services/storage/promotionrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

Promotion spring()
{
    Promotion p;
    p.code = QStringLiteral("Spring26");
    p.name = QStringLiteral("Spring sale");
    p.description = QStringLiteral("15 % off the first payment");
    p.type = DiscountType::Percentage;
    p.percentBp = 1500;
    p.maxUses = 100;
    p.maxUsesPerCustomer = 1;
    p.appliesTo = PromotionScope::FirstPayment;
    p.startsOn = QDate(2026, 3, 20);
    p.endsOn = QDate(2026, 6, 20);
    p.isActive = true;
    p.autoApply = true;
    p.autoNewCustomersOnly = true;
    p.autoMinimumAmount = Money(5000, QStringLiteral("EUR"));
    p.isStackable = true;
    p.createdAt = utc(2026, 3, 1, 8, 0, 0, 125);
    return p;
}

Promotion tenOff()
{
    Promotion p;
    p.code = QStringLiteral("TENOFF");
    p.name = QStringLiteral("Ten euros off");
    p.type = DiscountType::Fixed;
    p.amount = Money(1000, QStringLiteral("EUR"));
    p.appliesTo = PromotionScope::Both;
    p.isActive = false;
    p.createdAt = utc(2026, 3, 2);
    return p;
}

qint64 makeService(Database &db)
{
    const qint64 page = insertReturningId(
        db,
        u"INSERT INTO pages (slug, title, status, version, created_by, created_at) VALUES "
        u"('home', 'Home', 'draft', 1, 'test', '2026-01-01T00:00:00.000Z') RETURNING id"_qs,
        {});
    const qint64 section = insertReturningId(
        db,
        u"INSERT INTO sections (page_id, section_type, position) VALUES (:p, 'services', 0) "
        u"RETURNING id"_qs,
        {{"p", page}});
    return insertReturningId(db,
                             u"INSERT INTO services (section_id, name, position) VALUES (:s, "
                             u"'Audit', 0) RETURNING id"_qs,
                             {{"s", section}});
}

} // namespace

class PromotionRepositoryTest : public BothDatabases {};

TEST_P(PromotionRepositoryTest, EveryFieldRoundTrips)
{
    const qint64 plan1 = makePlan(db(), u"basic"_qs);
    const qint64 plan2 = makePlan(db(), u"pro"_qs);
    const qint64 service = makeService(db());
    PromotionRepository repo(db());
    Promotion p = spring();
    p.planIds = {plan2, plan1};
    p.serviceIds = {service};
    auto saved = repo.insert(p);
    ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    auto f = repo.find(saved->id);
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->code, u"Spring26"_qs);
    EXPECT_EQ(f->name, u"Spring sale"_qs);
    EXPECT_EQ(f->description, u"15 % off the first payment"_qs);
    EXPECT_EQ(f->type, DiscountType::Percentage);
    EXPECT_EQ(f->percentBp, 1500);
    EXPECT_FALSE(f->amount.has_value());
    EXPECT_EQ(f->maxUses, std::optional<int>(100));
    EXPECT_EQ(f->maxUsesPerCustomer, std::optional<int>(1));
    EXPECT_EQ(f->currentUses, 0);
    EXPECT_EQ(f->appliesTo, PromotionScope::FirstPayment);
    EXPECT_EQ(f->startsOn, QDate(2026, 3, 20));
    EXPECT_EQ(f->endsOn, QDate(2026, 6, 20));
    EXPECT_TRUE(f->isActive);
    EXPECT_TRUE(f->autoApply);
    EXPECT_TRUE(f->autoNewCustomersOnly);
    ASSERT_TRUE(f->autoMinimumAmount.has_value());
    EXPECT_EQ(*f->autoMinimumAmount, Money(5000, u"EUR"_qs));
    EXPECT_TRUE(f->isStackable);
    EXPECT_EQ(f->createdAt, utc(2026, 3, 1, 8, 0, 0, 125));
    EXPECT_EQ(f->rowVersion, 1);
    EXPECT_EQ(f->planIds, (QList<qint64>{std::min(plan1, plan2), std::max(plan1, plan2)}));
    EXPECT_EQ(f->serviceIds, QList<qint64>{service});

    auto fixed = repo.insert(tenOff());
    ASSERT_TRUE(fixed.has_value()) << fixed.error().message.toStdString();
    EXPECT_EQ(fixed->type, DiscountType::Fixed);
    EXPECT_EQ(fixed->amount, std::optional<Money>(Money(1000, u"EUR"_qs)));
    EXPECT_FALSE(fixed->maxUses.has_value());
    EXPECT_FALSE(fixed->maxUsesPerCustomer.has_value());
    EXPECT_FALSE(fixed->startsOn.isValid());
    EXPECT_FALSE(fixed->endsOn.isValid());
    EXPECT_FALSE(fixed->isActive);
    EXPECT_FALSE(fixed->autoApply);
    EXPECT_FALSE(fixed->autoMinimumAmount.has_value());
    EXPECT_TRUE(fixed->planIds.isEmpty());
    EXPECT_TRUE(fixed->description.isEmpty());
}

TEST_P(PromotionRepositoryTest, CodeIsFoundAndUniqueWhateverItsCase)
{
    PromotionRepository repo(db());
    ASSERT_TRUE(repo.insert(spring()).has_value());
    auto found = repo.findByCode(u"  spring26 "_qs);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->name, u"Spring sale"_qs);
    Promotion twin = tenOff();
    twin.code = u"SPRING26"_qs;
    auto r = repo.insert(twin);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(r.error().message, u"The code \"SPRING26\" is already used by another promotion."_qs);
    EXPECT_EQ(countRows(db(), u"promotions"_qs), 1);
    EXPECT_EQ(repo.findByCode(u"nope"_qs).error().code, ErrorCode::NotFound);
}

TEST_P(PromotionRepositoryTest, InvalidPromotionsAreRefused)
{
    PromotionRepository repo(db());
    Promotion p = spring();
    p.percentBp = 10001; // 100.01 %
    auto r = repo.insert(p);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_EQ(r.error().message, u"A percentage discount must lie between 0 % and 100 %."_qs);
    p.percentBp = 10000; // exactly 100 % is allowed
    p.code = u"FREE"_qs;
    EXPECT_TRUE(repo.insert(p).has_value());

    Promotion fixed = tenOff();
    fixed.amount.reset();
    EXPECT_EQ(repo.insert(fixed).error().message, u"A fixed discount needs an amount."_qs);
    fixed.amount = Money(1000, u""_qs);
    EXPECT_EQ(repo.insert(fixed).error().message,
              u"A fixed discount needs a currency this program knows."_qs);

    Promotion backwards = spring();
    backwards.code = u"BACK"_qs;
    backwards.startsOn = QDate(2026, 5, 1);
    backwards.endsOn = QDate(2026, 4, 30);
    EXPECT_EQ(repo.insert(backwards).error().message,
              u"The promotion ends on 2026-04-30, before it starts on 2026-05-01."_qs);
    EXPECT_EQ(countRows(db(), u"promotions"_qs), 1);
}

TEST_P(PromotionRepositoryTest, StaleUpdateIsRefusedAndLinksStay)
{
    const qint64 plan1 = makePlan(db(), u"basic"_qs);
    const qint64 plan2 = makePlan(db(), u"pro"_qs);
    PromotionRepository repo(db());
    Promotion p = spring();
    p.planIds = {plan1};
    auto saved = repo.insert(p);
    ASSERT_TRUE(saved.has_value());
    Promotion theirs = *saved;
    theirs.percentBp = 2000;
    theirs.planIds = {plan1, plan2};
    auto ok = repo.update(theirs);
    ASSERT_TRUE(ok.has_value()) << ok.error().message.toStdString();
    EXPECT_EQ(ok->rowVersion, 2);
    EXPECT_EQ(ok->planIds.size(), 2);
    Promotion mine = *saved;
    mine.name = u"Mine"_qs;
    mine.planIds = {};
    auto r = repo.update(mine);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::StaleRow);
    EXPECT_TRUE(r.error().message.contains(u"Spring26"_qs));
    auto now = repo.find(saved->id);
    EXPECT_EQ(now->name, u"Spring sale"_qs);
    EXPECT_EQ(now->percentBp, 2000);
    EXPECT_EQ(now->planIds.size(), 2);
}

TEST_P(PromotionRepositoryTest, UsesStopAtTheLimit)
{
    const qint64 c1 = makeCustomer(db(), u"a@example.org"_qs);
    const qint64 c2 = makeCustomer(db(), u"b@example.org"_qs);
    const qint64 c3 = makeCustomer(db(), u"c@example.org"_qs);
    const qint64 invoice = makeDraftInvoice(db(), c1);
    PromotionRepository repo(db());
    Promotion p = spring();
    p.maxUses = 2;
    auto saved = repo.insert(p);
    ASSERT_TRUE(saved.has_value());
    // 15 % of 59.00 = 8.85; 59.00 - 8.85 = 50.15
    const Money initial(5900, u"EUR"_qs), discount(885, u"EUR"_qs), final(5015, u"EUR"_qs);
    auto first = repo.recordUse(saved->id, c1, invoice, initial, discount, final,
                                utc(2026, 4, 1, 10, 0, 0, 1));
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    EXPECT_EQ(first->promotionId, saved->id);
    EXPECT_EQ(first->customerId, c1);
    EXPECT_EQ(first->invoiceId, invoice);
    EXPECT_EQ(first->initial, initial);
    EXPECT_EQ(first->discount, discount);
    EXPECT_EQ(first->final, final);
    EXPECT_EQ(first->usedAt, utc(2026, 4, 1, 10, 0, 0, 1));
    // one per customer: the same customer again is refused, and the counter stays at 1
    auto again = repo.recordUse(saved->id, c1, 0, initial, discount, final, utc(2026, 4, 2));
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().message,
              u"This customer has already used the promotion Spring26 as often as it allows (1 "
              u"times)."_qs);
    EXPECT_EQ(repo.find(saved->id)->currentUses, 1);
    auto second = repo.recordUse(saved->id, c2, 0, initial, discount, final, utc(2026, 4, 3));
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->invoiceId, 0);
    EXPECT_EQ(repo.find(saved->id)->currentUses, 2);
    auto third = repo.recordUse(saved->id, c3, 0, initial, discount, final, utc(2026, 4, 4));
    ASSERT_FALSE(third.has_value());
    EXPECT_EQ(third.error().message,
              u"The promotion Spring26 has been used its 2 times already; it cannot be used "
              u"again."_qs);
    EXPECT_EQ(repo.find(saved->id)->currentUses, 2);
    EXPECT_EQ(countRows(db(), u"promotion_uses"_qs), 2);
    EXPECT_EQ(repo.usesByCustomer(saved->id, c1)->size(), 1);
    EXPECT_EQ(repo.usesByCustomer(saved->id, c3)->size(), 0);
}

TEST_P(PromotionRepositoryTest, UnlimitedPromotionCountsEveryUseAndUpdateKeepsTheCounter)
{
    const qint64 c1 = makeCustomer(db(), u"a@example.org"_qs);
    PromotionRepository repo(db());
    auto saved = repo.insert(tenOff());
    ASSERT_TRUE(saved.has_value());
    const Money initial(2900, u"EUR"_qs), discount(1000, u"EUR"_qs), final(1900, u"EUR"_qs);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(
            repo.recordUse(saved->id, c1, 0, initial, discount, final, utc(2026, 4, 1 + i)));
    auto uses = repo.usesByCustomer(saved->id, c1);
    ASSERT_EQ(uses->size(), 3);
    EXPECT_EQ((*uses)[0].usedAt, utc(2026, 4, 1));
    EXPECT_EQ((*uses)[2].usedAt, utc(2026, 4, 3));
    Promotion edited = *repo.find(saved->id);
    EXPECT_EQ(edited.currentUses, 3);
    EXPECT_EQ(edited.rowVersion, 1); // a use is not an edit
    edited.currentUses = 0;          // ignored: the counter only moves through recordUse
    edited.name = u"Ten off"_qs;
    auto after = repo.update(edited);
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->currentUses, 3);
    // amounts that do not add up are refused
    auto wrong = repo.recordUse(saved->id, c1, 0, initial, discount, Money(1800, u"EUR"_qs),
                                utc(2026, 4, 9));
    ASSERT_FALSE(wrong.has_value());
    EXPECT_EQ(repo.find(saved->id)->currentUses, 3);
}

TEST_P(PromotionRepositoryTest, ListIsByCode)
{
    PromotionRepository repo(db());
    ASSERT_TRUE(repo.insert(tenOff()).has_value());
    ASSERT_TRUE(repo.insert(spring()).has_value());
    auto all = repo.list();
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ((*all)[0].code, u"Spring26"_qs);
    EXPECT_EQ((*all)[1].code, u"TENOFF"_qs);
}

IC_BOTH_DATABASES(PromotionRepositoryTest);
