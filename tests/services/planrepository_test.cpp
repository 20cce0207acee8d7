#include "services/storage/planrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using ic::test::BothDatabases;
using ic::test::countRows;
using ic::test::utc;

namespace {

Plan pro()
{
    Plan p;
    p.slug = QStringLiteral("Pro-Monthly");
    p.name = QStringLiteral("Pro");
    p.description = QStringLiteral("For growing teams");
    p.type = PlanType::Monthly;
    p.cycle = BillingCycle::Monthly;
    p.intervalMonths = 1;
    p.price = Money(4900, QStringLiteral("EUR"));
    p.setupFee = Money(1500, QStringLiteral("EUR"));
    p.trialDays = 14;
    p.limits = {
        {PlanLimit::Projects, 25}, {PlanLimit::Users, -1}, {PlanLimit::ApiCalls, 5000000000}};
    p.isPublic = false;
    p.isActive = true;
    p.sortOrder = 20;
    p.signupUrl = QStringLiteral("https://example.org/signup?plan=pro");
    p.features = {{0, 0, 0, QStringLiteral("Unlimited users"), true},
                  {0, 0, 0, QStringLiteral("Priority support"), true},
                  {0, 0, 0, QStringLiteral("White label"), false}};
    p.createdAt = utc(2026, 3, 14, 9, 26, 53, 589);
    return p;
}

} // namespace

class PlanRepositoryTest : public BothDatabases {};

TEST_P(PlanRepositoryTest, EveryFieldRoundTrips)
{
    PlanRepository repo(db());
    auto saved = repo.insert(pro());
    ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    EXPECT_GT(saved->id, 0);
    EXPECT_EQ(saved->rowVersion, 1);
    auto p = repo.find(saved->id);
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->slug, u"Pro-Monthly"_qs);
    EXPECT_EQ(p->name, u"Pro"_qs);
    EXPECT_EQ(p->description, u"For growing teams"_qs);
    EXPECT_EQ(p->type, PlanType::Monthly);
    EXPECT_EQ(p->cycle, BillingCycle::Monthly);
    EXPECT_EQ(p->intervalMonths, 1);
    EXPECT_EQ(p->price, Money(4900, u"EUR"_qs));
    EXPECT_EQ(p->setupFee, Money(1500, u"EUR"_qs));
    EXPECT_EQ(p->trialDays, 14);
    ASSERT_EQ(p->limits.size(), 3);
    EXPECT_EQ(p->limits.value(PlanLimit::Projects), 25);
    EXPECT_EQ(p->limits.value(PlanLimit::Users), -1);
    EXPECT_EQ(p->limits.value(PlanLimit::ApiCalls), 5000000000LL); // past 32 bits
    EXPECT_FALSE(p->isPublic);
    EXPECT_TRUE(p->isActive);
    EXPECT_EQ(p->sortOrder, 20);
    EXPECT_EQ(p->signupUrl, u"https://example.org/signup?plan=pro"_qs);
    EXPECT_EQ(p->createdAt, utc(2026, 3, 14, 9, 26, 53, 589));
    ASSERT_EQ(p->features.size(), 3);
    EXPECT_EQ(p->features[0].label, u"Unlimited users"_qs);
    EXPECT_EQ(p->features[0].position, 0);
    EXPECT_EQ(p->features[0].planId, p->id);
    EXPECT_EQ(p->features[1].label, u"Priority support"_qs);
    EXPECT_EQ(p->features[2].label, u"White label"_qs);
    EXPECT_EQ(p->features[2].position, 2);
    EXPECT_FALSE(p->features[2].isIncluded);
    EXPECT_TRUE(p->features[1].isIncluded);
}

TEST_P(PlanRepositoryTest, EmptyOptionalsRoundTripAsEmpty)
{
    PlanRepository repo(db());
    Plan p = pro();
    p.description.clear();
    p.signupUrl.clear();
    p.limits.clear();
    p.features.clear();
    p.setupFee = Money();
    p.type = PlanType::Free;
    p.cycle = BillingCycle::None;
    p.price = Money(0, u"EUR"_qs);
    auto saved = repo.insert(p);
    ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    EXPECT_TRUE(saved->description.isEmpty());
    EXPECT_TRUE(saved->signupUrl.isEmpty());
    EXPECT_TRUE(saved->limits.isEmpty());
    EXPECT_TRUE(saved->features.isEmpty());
    EXPECT_EQ(saved->setupFee, Money(0, u"EUR"_qs));
    EXPECT_EQ(saved->type, PlanType::Free);
    EXPECT_EQ(saved->cycle, BillingCycle::None);
    EXPECT_EQ(
        db().scalar(
                u"SELECT COUNT(*) FROM plans WHERE description IS NULL AND signup_url IS NULL"_qs)
            ->toInt(),
        1);
}

TEST_P(PlanRepositoryTest, UpdateReplacesFeaturesInOrder)
{
    PlanRepository repo(db());
    auto saved = repo.insert(pro());
    ASSERT_TRUE(saved.has_value());
    Plan p = *saved;
    p.name = u"Pro+"_qs;
    p.price = Money(5900, u"EUR"_qs);
    p.features = {{0, 0, 0, u"API access"_qs, true}, {0, 0, 0, u"Unlimited users"_qs, true}};
    auto updated = repo.update(p);
    ASSERT_TRUE(updated.has_value()) << updated.error().message.toStdString();
    EXPECT_EQ(updated->rowVersion, 2);
    EXPECT_EQ(updated->name, u"Pro+"_qs);
    EXPECT_EQ(updated->price.minor(), 5900);
    ASSERT_EQ(updated->features.size(), 2);
    EXPECT_EQ(updated->features[0].label, u"API access"_qs);
    EXPECT_EQ(updated->features[1].label, u"Unlimited users"_qs);
    EXPECT_EQ(countRows(db(), u"plan_features"_qs), 2);
}

TEST_P(PlanRepositoryTest, StaleUpdateIsRefusedAndNothingOverwritten)
{
    PlanRepository repo(db());
    auto saved = repo.insert(pro());
    ASSERT_TRUE(saved.has_value());
    Plan theirs = *saved;
    theirs.price = Money(5500, u"EUR"_qs);
    ASSERT_TRUE(repo.update(theirs).has_value());
    Plan mine = *saved;
    mine.name = u"Mine"_qs;
    mine.features = {{0, 0, 0, u"Only mine"_qs, true}};
    auto r = repo.update(mine);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::StaleRow);
    EXPECT_TRUE(r.error().message.contains(u"Pro"_qs));
    auto now = repo.find(saved->id);
    EXPECT_EQ(now->name, u"Pro"_qs);
    EXPECT_EQ(now->price.minor(), 5500);
    EXPECT_EQ(now->features.size(), 3); // the features of the refused save were rolled back
    EXPECT_EQ(now->rowVersion, 2);
}

TEST_P(PlanRepositoryTest, DuplicateSlugIsRefusedWhateverItsCase)
{
    PlanRepository repo(db());
    ASSERT_TRUE(repo.insert(pro()).has_value());
    Plan twin = pro();
    twin.slug = u"pro-MONTHLY"_qs;
    auto r = repo.insert(twin);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(r.error().message, u"The slug \"pro-MONTHLY\" is already used by another plan."_qs);
    EXPECT_EQ(countRows(db(), u"plans"_qs), 1);
    EXPECT_EQ(countRows(db(), u"plan_features"_qs), 3);
    auto bySlug = repo.findBySlug(u"PRO-monthly"_qs);
    ASSERT_TRUE(bySlug.has_value());
    EXPECT_EQ(bySlug->name, u"Pro"_qs);
    EXPECT_EQ(bySlug->features.size(), 3);
    EXPECT_EQ(repo.findBySlug(u"basic"_qs).error().code, ErrorCode::NotFound);
}

TEST_P(PlanRepositoryTest, InvalidPlansAreRefusedWithASentence)
{
    PlanRepository repo(db());
    Plan p = pro();
    p.price = Money(-1, u"EUR"_qs);
    auto r = repo.insert(p);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_EQ(r.error().message, u"The price of a plan cannot be negative."_qs);
    p = pro();
    p.price = Money(100, u"XYZ"_qs);
    p.setupFee = Money();
    EXPECT_EQ(repo.insert(p).error().message, u"\"XYZ\" is not a currency this program knows."_qs);
    p = pro();
    p.trialDays = -3;
    EXPECT_EQ(repo.insert(p).error().message,
              u"The trial cannot last a negative number of days."_qs);
    p = pro();
    p.name = u"  "_qs;
    EXPECT_EQ(repo.insert(p).error().message, u"A plan needs a name."_qs);
    p = pro();
    p.slug.clear();
    EXPECT_EQ(repo.insert(p).error().code, ErrorCode::Invalid);
    p = pro();
    p.slug = u"pro monthly"_qs;
    EXPECT_EQ(repo.insert(p).error().code, ErrorCode::Invalid);
    EXPECT_EQ(countRows(db(), u"plans"_qs), 0);
}

TEST_P(PlanRepositoryTest, ListIsBySortOrderAndSetActiveHidesFromActiveList)
{
    PlanRepository repo(db());
    Plan a = pro();
    a.slug = u"a"_qs;
    a.name = u"Alpha"_qs;
    a.sortOrder = 30;
    Plan b = pro();
    b.slug = u"b"_qs;
    b.name = u"Beta"_qs;
    b.sortOrder = 10;
    b.features = {{0, 0, 0, u"Beta only"_qs, true}};
    Plan c = pro();
    c.slug = u"c"_qs;
    c.name = u"Gamma"_qs;
    c.sortOrder = 20;
    auto sa = repo.insert(a);
    auto sb = repo.insert(b);
    auto sc = repo.insert(c);
    ASSERT_TRUE(sa && sb && sc);
    auto all = repo.list();
    ASSERT_TRUE(all.has_value());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ((*all)[0].name, u"Beta"_qs);
    EXPECT_EQ((*all)[1].name, u"Gamma"_qs);
    EXPECT_EQ((*all)[2].name, u"Alpha"_qs);
    ASSERT_EQ((*all)[0].features.size(), 1);
    EXPECT_EQ((*all)[0].features[0].label, u"Beta only"_qs);
    EXPECT_EQ((*all)[1].features.size(), 3);

    auto off = repo.setActive(sc->id, sc->rowVersion, false);
    ASSERT_TRUE(off.has_value());
    EXPECT_FALSE(off->isActive);
    EXPECT_EQ(off->rowVersion, 2);
    auto active = repo.list(true);
    ASSERT_EQ(active->size(), 2);
    EXPECT_EQ((*active)[0].name, u"Beta"_qs);
    EXPECT_EQ((*active)[1].name, u"Alpha"_qs);
    // the same stale version again is refused
    auto stale = repo.setActive(sc->id, sc->rowVersion, true);
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().code, ErrorCode::StaleRow);
    EXPECT_FALSE(repo.find(sc->id)->isActive);
}

IC_BOTH_DATABASES(PlanRepositoryTest);
