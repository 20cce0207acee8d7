#include "services/storage/staffuserrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {
StaffUser claire()
{
    StaffUser u;
    u.username = u"Claire"_qs;
    u.displayName = u"Claire Dubois"_qs;
    u.role = Role::Support;
    u.passwordHash = u"$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"_qs;
    u.isActive = true;
    u.creditLimitMinor = 5000;
    u.createdAt = utc(2026, 1, 10, 8, 30, 0, 42);
    return u;
}
} // namespace

class StaffUserRepositoryTest : public BothDatabases {};

TEST_P(StaffUserRepositoryTest, EveryFieldRoundTripsAndNamesAreCaseInsensitive)
{
    StaffUserRepository repo(db());
    auto saved = repo.insert(claire());
    ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    auto u = repo.findByUsername(u"CLAIRE"_qs);
    ASSERT_TRUE(u.has_value());
    EXPECT_EQ(u->id, saved->id);
    EXPECT_EQ(u->username, u"Claire"_qs);
    EXPECT_EQ(u->displayName, u"Claire Dubois"_qs);
    EXPECT_EQ(u->role, Role::Support);
    EXPECT_EQ(u->passwordHash, u"$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"_qs);
    EXPECT_TRUE(u->isActive);
    EXPECT_EQ(u->creditLimitMinor, 5000);
    EXPECT_EQ(u->createdAt, utc(2026, 1, 10, 8, 30, 0, 42));
    EXPECT_EQ(u->rowVersion, 1);
    StaffUser twin = claire();
    twin.username = u"cLAIRE"_qs;
    auto r = repo.insert(twin);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(r.error().message, u"The user name \"cLAIRE\" is already taken."_qs);
    EXPECT_EQ(*repo.count(), 1);
    EXPECT_EQ(repo.findByUsername(u"bob"_qs).error().code, ErrorCode::NotFound);
}

TEST_P(StaffUserRepositoryTest, UpdateAndStaleUpdate)
{
    StaffUserRepository repo(db());
    auto saved = repo.insert(claire());
    ASSERT_TRUE(saved.has_value());
    StaffUser theirs = *saved;
    theirs.role = Role::Accountant;
    theirs.isActive = false;
    theirs.passwordHash.clear(); // PostgreSQL seats sign in with the server's roles
    auto ok = repo.update(theirs);
    ASSERT_TRUE(ok.has_value()) << ok.error().message.toStdString();
    EXPECT_EQ(ok->role, Role::Accountant);
    EXPECT_FALSE(ok->isActive);
    EXPECT_TRUE(ok->passwordHash.isEmpty());
    EXPECT_EQ(ok->rowVersion, 2);
    StaffUser mine = *saved;
    mine.creditLimitMinor = 99999;
    auto r = repo.update(mine);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::StaleRow);
    EXPECT_TRUE(r.error().message.startsWith(u"Claire Dubois was changed"_qs));
    EXPECT_EQ(repo.find(saved->id)->creditLimitMinor, 5000);
    EXPECT_EQ(repo.find(saved->id)->role, Role::Accountant);
}

TEST_P(StaffUserRepositoryTest, ListIsByNameAndBadInputIsRefused)
{
    StaffUserRepository repo(db());
    StaffUser admin = claire();
    admin.username = u"admin"_qs;
    admin.displayName = u"Administrator"_qs;
    admin.role = Role::Admin;
    ASSERT_TRUE(repo.insert(claire()).has_value());
    ASSERT_TRUE(repo.insert(admin).has_value());
    auto all = repo.list();
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ((*all)[0].username, u"admin"_qs);
    EXPECT_EQ((*all)[1].username, u"Claire"_qs);
    StaffUser bad = claire();
    bad.username = u"claire d"_qs;
    EXPECT_EQ(repo.insert(bad).error().message,
              u"The user name \"claire d\" may not contain spaces."_qs);
    bad = claire();
    bad.username = u"x"_qs;
    bad.creditLimitMinor = -1;
    EXPECT_EQ(repo.insert(bad).error().code, ErrorCode::Invalid);
    EXPECT_EQ(*repo.count(), 2);
}

IC_BOTH_DATABASES(StaffUserRepositoryTest);
