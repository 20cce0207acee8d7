// The permission matrix as the issue writes it, spelled out role by role, and the sentences
// of a refusal.

#include "services/security/permission.h"
#include "services/security/session.h"

#include <gtest/gtest.h>

#include <set>

namespace ic::test {

namespace {

std::set<Permission> allowedFor(Role role)
{
    std::set<Permission> set;
    for (Permission p : allPermissions())
        if (roleMay(role, p))
            set.insert(p);
    return set;
}

Session sessionAs(Role role, qint64 limitMinor = 0)
{
    Session s;
    s.username = QStringLiteral("someone");
    s.displayName = QStringLiteral("Some One");
    s.role = role;
    s.creditLimitMinor = limitMinor;
    return s;
}

} // namespace

TEST(PermissionMatrix, ListsTwentyPermissionsWithDistinctKeys)
{
    const auto all = allPermissions();
    ASSERT_EQ(all.size(), 20);
    std::set<QString> keys;
    for (Permission p : all) {
        keys.insert(toString(p));
        EXPECT_FALSE(actionText(p).isEmpty());
    }
    EXPECT_EQ(keys.size(), 20u);
}

TEST(PermissionMatrix, AdminMayDoEverything)
{
    EXPECT_EQ(allowedFor(Role::Admin).size(), 20u);
}

TEST(PermissionMatrix, AccountantReadsEverythingAndHandlesTheMoneyDocuments)
{
    using enum Permission;
    const std::set<Permission> expected = {
        ReadCustomers, ReadSubscriptions, ReadInvoices, ReadCatalog,    ReadHomepage, ReadReports,
        ReadAudit,     IssueInvoices,     CreditNotes,  RecordPayments, Refund,       Export};
    EXPECT_EQ(allowedFor(Role::Accountant), expected);
    EXPECT_FALSE(roleMay(Role::Accountant, EditCatalog));
    EXPECT_FALSE(roleMay(Role::Accountant, EditHomepage));
}

TEST(PermissionMatrix, SupportReadsCustomersSubscriptionsInvoicesAndWorksTheCases)
{
    using enum Permission;
    const std::set<Permission> expected = {ReadCustomers,  ReadSubscriptions,   ReadInvoices,
                                           ReadCatalog,    ManageSubscriptions, GrantCredit,
                                           DunningActions, CustomerNotes};
    EXPECT_EQ(allowedFor(Role::Support), expected);
    EXPECT_FALSE(roleMay(Role::Support, EditCatalog));
    EXPECT_FALSE(roleMay(Role::Support, Refund));
    EXPECT_FALSE(roleMay(Role::Support, ReadAudit));
}

TEST(PermissionMatrix, RefusalNamesTheRoleAndWhatItMayNotDo)
{
    auto r = require(sessionAs(Role::Support), Permission::EditCatalog);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(r.error().message,
              QStringLiteral("A support member may not change the catalogue (plans and "
                             "promotions); ask an admin."));
    auto a = require(sessionAs(Role::Accountant), Permission::EditHomepage);
    ASSERT_FALSE(a);
    EXPECT_EQ(
        a.error().message,
        QStringLiteral("An accountant may not change or publish the homepage; ask an admin."));
    EXPECT_TRUE(require(sessionAs(Role::Accountant), Permission::CreditNotes));
}

TEST(PermissionMatrix, WithoutASessionTheSystemActs)
{
    EXPECT_TRUE(require(static_cast<const Session *>(nullptr), Permission::ManageStaff));
    EXPECT_TRUE(requireCredit(nullptr, Money(1'000'000, QStringLiteral("EUR"))));
}

TEST(PermissionMatrix, SupportCreditsStopAtTheirLimit)
{
    const Session support = sessionAs(Role::Support, 2500); // 25.00
    EXPECT_TRUE(requireCredit(&support, Money(2500, QStringLiteral("EUR"))));
    auto over = requireCredit(&support, Money(2501, QStringLiteral("EUR")));
    ASSERT_FALSE(over);
    EXPECT_EQ(over.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(over.error().message,
              QStringLiteral("Some One may give credits of at most 25.00 EUR; 25.01 EUR needs an "
                             "admin."));
    const Session admin = sessionAs(Role::Admin, 0);
    EXPECT_TRUE(requireCredit(&admin, Money(1'000'000, QStringLiteral("EUR"))));
    const Session accountant = sessionAs(Role::Accountant, 10'000);
    auto refused = requireCredit(&accountant, Money(100, QStringLiteral("EUR")));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message,
              QStringLiteral("An accountant may not give credits; ask an admin."));
}

} // namespace ic::test
