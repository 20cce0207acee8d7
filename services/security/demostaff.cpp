#include "services/security/demostaff.h"

#include "models/tr.h"
#include "services/catalog/catalogservice.h"
#include "services/security/audittrail.h"
#include "services/security/staffauth.h"
#include "services/storage/database.h"
#include "services/storage/planrepository.h"
#include "services/storage/promotionrepository.h"
#include "services/storage/staffuserrepository.h"

namespace ic {

namespace {
Done demoAdminChanges(Database &db, const Clock &clock);
} // namespace

QList<DemoAccount> demoAccounts()
{
    return {
        {Role::Admin, QStringLiteral("admin"), QStringLiteral("Claire Dubois"),
         QStringLiteral("admin-demo")},
        {Role::Accountant, QStringLiteral("accountant"), QStringLiteral("Marc Lefèvre"),
         QStringLiteral("accountant-demo")},
        {Role::Support, QStringLiteral("support"), QStringLiteral("Sofia Rossi"),
         QStringLiteral("support-demo")},
    };
}

Done ensureDemoStaff(Database &db, const Clock &clock)
{
    StaffUserRepository staff(db);
    auto n = staff.count();
    if (!n)
        return std::unexpected(n.error());
    if (*n > 0)
        return demoAdminChanges(db, clock);
    // Hashed before the transaction: Argon2id takes a moment each.
    QList<StaffUser> users;
    for (const DemoAccount &a : demoAccounts()) {
        auto hash = StaffAuth::hashPassword(a.password);
        if (!hash)
            return std::unexpected(hash.error());
        StaffUser u;
        u.username = a.username;
        u.displayName = a.displayName;
        u.role = a.role;
        u.passwordHash = *hash;
        u.creditLimitMinor = a.role == Role::Support ? 5000 : 0; // 50.00
        u.createdAt = clock.now();
        users.append(u);
    }
    auto created = db.transaction([&]() -> Done {
        for (const StaffUser &u : std::as_const(users)) {
            auto saved = staff.insert(u);
            if (!saved)
                return std::unexpected(saved.error());
            if (auto a = recordAudit(db, clock, QString(), QStringLiteral("staff_user"), saved->id,
                                     QStringLiteral("create"), {},
                                     {{QStringLiteral("username"), saved->username},
                                      {QStringLiteral("display_name"), saved->displayName},
                                      {QStringLiteral("role"), toString(saved->role)}});
                !a)
                return a;
        }
        return {};
    });
    if (!created)
        return created;
    return demoAdminChanges(db, clock);
}

namespace {

// The demo admin's first changes, each with its audit entry; once (a book where the demo
// admin has acted already is left alone).
Done demoAdminChanges(Database &db, const Clock &clock)
{
    auto acted = db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = :a"),
                           {{"a", demoAccounts().first().username}});
    if (!acted)
        return std::unexpected(acted.error());
    if (acted->toLongLong() > 0)
        return {};
    // An admin account someone changed, or a record refused: the demo opens without them; only
    // a failing database stops it.
    auto admin = demoSession(db, clock, Role::Admin);
    if (!admin)
        return {};
    CatalogService catalog(db, clock, &*admin);
    if (auto spring = PromotionRepository(db).findByCode(QStringLiteral("SPRING25")); spring) {
        spring->maxUses = 2500;
        if (auto saved = catalog.savePromotion(*spring);
            !saved && saved.error().code == ErrorCode::Database)
            return std::unexpected(saved.error());
    }
    if (auto agency = PlanRepository(db).findBySlug(QStringLiteral("agency-custom")); agency) {
        agency->trialDays = 30;
        if (auto saved = catalog.savePlan(*agency);
            !saved && saved.error().code == ErrorCode::Database)
            return std::unexpected(saved.error());
    }
    return {};
}

} // namespace

Result<Session> demoSession(Database &db, const Clock &clock, Role role)
{
    for (const DemoAccount &a : demoAccounts()) {
        if (a.role != role)
            continue;
        auto user = StaffUserRepository(db).findByUsername(a.username);
        if (!user)
            return failure(ErrorCode::NotFound,
                           Tr::tr("This book has no demo account \"%1\".").arg(a.username));
        if (user->role != role || !user->isActive)
            return failure(
                ErrorCode::AccessDenied,
                Tr::tr("The demo account \"%1\" was changed; sign in instead.").arg(a.username));
        return sessionOf(*user, clock.now());
    }
    return failure(ErrorCode::NotFound, Tr::tr("There is no demo account for this role."));
}

} // namespace ic
