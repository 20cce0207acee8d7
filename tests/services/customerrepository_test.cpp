#include "services/storage/customerrepository.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using ic::test::BothDatabases;

namespace {

Customer alice()
{
    Customer c;
    c.name = QStringLiteral("Alice Martin");
    c.email = QStringLiteral("Alice@Example.org");
    c.company = QStringLiteral("Martin SARL");
    c.vatNumber = QStringLiteral("FR40303265045");
    c.country = QStringLiteral("fr");
    c.language = QStringLiteral("fr");
    return c;
}

} // namespace

class CustomerRepositoryTest : public BothDatabases {};

TEST_P(CustomerRepositoryTest, InsertThenFind)
{
    CustomerRepository repo(db());
    auto saved = repo.insert(alice());
    ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    EXPECT_GT(saved->id, 0);
    EXPECT_FALSE(saved->publicId.isNull());
    EXPECT_EQ(saved->rowVersion, 1);
    EXPECT_EQ(saved->country, u"FR"_qs);
    auto found = repo.find(saved->id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->email, u"Alice@Example.org"_qs);
    EXPECT_EQ(found->publicId, saved->publicId);
    EXPECT_TRUE(found->isBusiness());
}

TEST_P(CustomerRepositoryTest, EmailIsUniqueWhateverItsCase)
{
    CustomerRepository repo(db());
    ASSERT_TRUE(repo.insert(alice()).has_value());
    Customer twin = alice();
    twin.email = QStringLiteral("alice@EXAMPLE.org");
    auto again = repo.insert(twin);
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
    EXPECT_TRUE(again.error().message.contains(u"alice@EXAMPLE.org"_qs));
    EXPECT_EQ(*repo.count(), 1);
    auto byEmail = repo.findByEmail(u"ALICE@example.ORG"_qs);
    ASSERT_TRUE(byEmail.has_value());
    EXPECT_EQ(byEmail->name, u"Alice Martin"_qs);
}

TEST_P(CustomerRepositoryTest, StaleUpdateIsRefusedAndNothingOverwritten)
{
    CustomerRepository repo(db());
    auto saved = repo.insert(alice());
    ASSERT_TRUE(saved.has_value());
    Customer mine = *saved;
    Customer theirs = *saved;
    theirs.phone = QStringLiteral("+33 6 12 34 56 78");
    auto theirSave = repo.update(theirs);
    ASSERT_TRUE(theirSave.has_value());
    EXPECT_EQ(theirSave->rowVersion, 2);
    mine.company = QStringLiteral("Another name");
    auto mySave = repo.update(mine);
    ASSERT_FALSE(mySave.has_value());
    EXPECT_EQ(mySave.error().code, ErrorCode::StaleRow);
    auto now = repo.find(saved->id);
    EXPECT_EQ(now->company, u"Martin SARL"_qs);
    EXPECT_EQ(now->phone, u"+33 6 12 34 56 78"_qs);
}

TEST_P(CustomerRepositoryTest, BadInputIsRefusedWithASentence)
{
    CustomerRepository repo(db());
    Customer c = alice();
    c.email = QStringLiteral("not-an-email");
    auto r = repo.insert(c);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(r.error().message.contains(u"not-an-email"_qs));
    c = alice();
    c.name = QStringLiteral("  ");
    EXPECT_FALSE(repo.insert(c).has_value());
    EXPECT_EQ(*repo.count(), 0);
}

TEST_P(CustomerRepositoryTest, SearchByPrefixOfNameEmailOrCompany)
{
    CustomerRepository repo(db());
    ASSERT_TRUE(repo.insert(alice()).has_value());
    Customer bob;
    bob.name = QStringLiteral("Bob Durand");
    bob.email = QStringLiteral("bob@durand.fr");
    bob.country = QStringLiteral("FR");
    ASSERT_TRUE(repo.insert(bob).has_value());
    EXPECT_EQ(repo.searchPrefix(u"bo"_qs, 10)->size(), 1);
    EXPECT_EQ(repo.searchPrefix(u"MART"_qs, 10)->size(), 1); // company
    EXPECT_EQ(repo.searchPrefix(u"alice@"_qs, 10)->size(), 1);
    EXPECT_EQ(repo.searchPrefix(u"zz"_qs, 10)->size(), 0);
}

IC_BOTH_DATABASES(CustomerRepositoryTest);
