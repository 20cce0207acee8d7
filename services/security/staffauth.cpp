#include "services/security/staffauth.h"

#include "models/tr.h"
#include "services/security/audittrail.h"
#include "services/storage/database.h"
#include "services/storage/staffuserrepository.h"

#include <QJsonObject>

#include <sodium.h>

namespace ic {

namespace {

QString keyOf(const QString &username)
{
    return username.trimmed().toLower();
}

Error wrongCredentials()
{
    return {ErrorCode::AccessDenied, Tr::tr("The user name or the password is wrong.")};
}

// Checked against a real hash when the user name is unknown, so that the answer takes as
// long as for a known name.
const QString &dummyHash()
{
    static const QString hash =
        StaffAuth::hashPassword(QStringLiteral("no such person here")).value_or(QString());
    return hash;
}

QJsonObject staffJson(const StaffUser &u)
{
    return {{QStringLiteral("username"), u.username},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), toString(u.role)},
            {QStringLiteral("is_active"), u.isActive},
            {QStringLiteral("credit_limit_minor"), u.creditLimitMinor}};
}

} // namespace

int SignInDelayPolicy::delaySeconds(int failures) const
{
    if (failures < freeAttempts)
        return 0;
    const int doublings = std::min(failures - freeAttempts, 20);
    return static_cast<int>(std::min<qint64>(qint64(baseSeconds) << doublings, maxSeconds));
}

Session sessionOf(const StaffUser &user, const QDateTime &at)
{
    Session s;
    s.staffId = user.id;
    s.username = user.username;
    s.displayName = user.displayName;
    s.role = user.role;
    s.creditLimitMinor = user.creditLimitMinor;
    s.signedInAt = at;
    return s;
}

StaffAuth::StaffAuth(Database &db, const Clock &clock, SignInDelayPolicy policy)
    : m_db(db)
    , m_clock(clock)
    , m_policy(policy)
{
}

Done StaffAuth::initCrypto()
{
    static const int initialised = sodium_init(); // 0 the first time, 1 after; -1 failed
    if (initialised < 0)
        return failure(ErrorCode::Unavailable,
                       Tr::tr("The password library (libsodium) could not start."));
    return {};
}

Result<QString> StaffAuth::hashPassword(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return failure(ErrorCode::Invalid,
                       Tr::tr("A password needs at least %1 characters.").arg(kMinPasswordLength));
    if (auto ok = initCrypto(); !ok)
        return std::unexpected(ok.error());
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return failure(ErrorCode::Unavailable,
                       Tr::tr("There was not enough memory to protect the password; close "
                              "other programs and try again."));
    return QString::fromLatin1(out);
}

bool StaffAuth::verifyPassword(const QString &hash, const QString &password)
{
    if (hash.isEmpty() || !initCrypto())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray p = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), p.constData(),
                                    static_cast<unsigned long long>(p.size())) == 0;
}

Result<bool> StaffAuth::hasStaff() const
{
    auto n = StaffUserRepository(m_db).count();
    if (!n)
        return std::unexpected(n.error());
    return *n > 0;
}

Result<Session> StaffAuth::createFirstAdmin(const QString &username, const QString &displayName,
                                            const QString &password)
{
    auto hash = hashPassword(password);
    if (!hash)
        return std::unexpected(hash.error());
    auto created = m_db.transaction([&]() -> Result<StaffUser> {
        StaffUserRepository staff(m_db);
        auto n = staff.count();
        if (!n)
            return std::unexpected(n.error());
        if (*n > 0)
            return failure(ErrorCode::AlreadyExists,
                           Tr::tr("This book already has its staff accounts; sign in instead."));
        StaffUser admin;
        admin.username = username.trimmed();
        admin.displayName = displayName.trimmed();
        admin.role = Role::Admin;
        admin.passwordHash = *hash;
        admin.createdAt = m_clock.now();
        auto saved = staff.insert(admin);
        if (!saved)
            return saved;
        if (auto a = recordAudit(m_db, m_clock, saved->username, QStringLiteral("staff_user"),
                                 saved->id, QStringLiteral("create"), {}, staffJson(*saved));
            !a)
            return std::unexpected(a.error());
        return saved;
    });
    if (!created)
        return std::unexpected(created.error());
    m_session = sessionOf(*created, m_clock.now());
    return *m_session;
}

Done StaffAuth::recordFailure(const QString &key)
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO sign_in_failures (username_key, failures, "
                                      "last_failure_at) VALUES (:key, 1, :at) ON CONFLICT "
                                      "(username_key) DO UPDATE SET failures = "
                                      "sign_in_failures.failures + 1, last_failure_at = :at2"),
                       {{"key", key},
                        {"at", timestampValue(m_clock.now())},
                        {"at2", timestampValue(m_clock.now())}});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<Session> StaffAuth::signIn(const QString &username, const QString &password)
{
    const QString key = keyOf(username);
    if (key.isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Type your user name."));
    if (password.isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Type your password."));

    if (auto q = m_db.exec(QStringLiteral("SELECT failures, last_failure_at FROM "
                                          "sign_in_failures WHERE username_key = :key"),
                           {{"key", key}});
        !q)
        return std::unexpected(q.error());
    else if (q->next()) {
        const int failures = q->value(0).toInt();
        const QDateTime last = toTimestamp(q->value(1));
        const QDateTime allowedAt = last.addSecs(m_policy.delaySeconds(failures));
        const QDateTime now = m_clock.now();
        if (now < allowedAt) {
            const qint64 wait = std::max<qint64>(1, now.secsTo(allowedAt));
            return failure(ErrorCode::AccessDenied,
                           Tr::tr("Too many wrong passwords: wait %n second(s), then try again.",
                                  nullptr, static_cast<int>(wait)));
        }
    }
    auto user = StaffUserRepository(m_db).findByUsername(key);
    if (!user && user.error().code != ErrorCode::NotFound)
        return std::unexpected(user.error());
    const bool known = user.has_value();
    const bool verified = verifyPassword(known ? user->passwordHash : dummyHash(), password);
    if (!known || !verified) {
        if (auto r = recordFailure(key); !r)
            return std::unexpected(r.error());
        return std::unexpected(wrongCredentials());
    }
    if (!user->isActive)
        return failure(ErrorCode::AccessDenied,
                       Tr::tr("Your account is switched off; ask an admin to switch it on."));
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM sign_in_failures WHERE username_key = :key"),
                           {{"key", key}});
        !r)
        return std::unexpected(r.error());
    m_session = sessionOf(*user, m_clock.now());
    return *m_session;
}

Result<StaffUser> StaffAuth::createStaff(const Session &by, StaffUser user, const QString &password)
{
    if (auto ok = require(by, Permission::ManageStaff); !ok)
        return std::unexpected(ok.error());
    auto hash = hashPassword(password);
    if (!hash)
        return std::unexpected(hash.error());
    user.passwordHash = *hash;
    if (!user.createdAt.isValid())
        user.createdAt = m_clock.now();
    return m_db.transaction([&]() -> Result<StaffUser> {
        auto saved = StaffUserRepository(m_db).insert(user);
        if (!saved)
            return saved;
        if (auto a = recordAudit(m_db, m_clock, by.actor(), QStringLiteral("staff_user"), saved->id,
                                 QStringLiteral("create"), {}, staffJson(*saved));
            !a)
            return std::unexpected(a.error());
        return saved;
    });
}

Done StaffAuth::setPassword(const Session &by, qint64 staffId, const QString &password)
{
    if (by.staffId != staffId)
        if (auto ok = require(by, Permission::ManageStaff); !ok)
            return ok;
    auto hash = hashPassword(password);
    if (!hash)
        return std::unexpected(hash.error());
    return m_db.transaction([&]() -> Done {
        StaffUserRepository staff(m_db);
        auto user = staff.find(staffId);
        if (!user)
            return std::unexpected(user.error());
        StaffUser changed = *user;
        changed.passwordHash = *hash;
        if (auto saved = staff.update(changed); !saved)
            return std::unexpected(saved.error());
        // The hash itself never goes to the audit log.
        return recordAudit(m_db, m_clock, by.actor(), QStringLiteral("staff_user"), staffId,
                           QStringLiteral("password"), {},
                           {{QStringLiteral("password"), QStringLiteral("changed")}});
    });
}

Result<Session> StaffAuth::sessionForLogin(Database &db, const Clock &clock)
{
    if (db.dialect() != Dialect::PostgreSQL)
        return failure(ErrorCode::Invalid,
                       Tr::tr("Server logins exist on PostgreSQL only; the embedded book signs in "
                              "with its own staff accounts."));
    auto q = db.exec(
        QStringLiteral("SELECT current_user, pg_has_role(current_user, 'ic_admin', 'MEMBER'), "
                       "pg_has_role(current_user, 'ic_accountant', 'MEMBER'), "
                       "pg_has_role(current_user, 'ic_support', 'MEMBER')"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::Database, Tr::tr("The server did not say who is signed in."));
    Session s;
    s.username = q->value(0).toString();
    s.displayName = s.username;
    s.signedInAt = clock.now();
    if (q->value(1).toBool())
        s.role = Role::Admin;
    else if (q->value(2).toBool())
        s.role = Role::Accountant;
    else if (q->value(3).toBool())
        s.role = Role::Support;
    else
        return failure(ErrorCode::AccessDenied,
                       Tr::tr("The login \"%1\" belongs to none of ic_admin, ic_accountant, "
                              "ic_support; ask an admin to give it a role.")
                           .arg(s.username));
    // The staff row, if an admin made one, adds the name to show and the credit limit.
    if (auto user = StaffUserRepository(db).findByUsername(s.username); user) {
        s.staffId = user->id;
        s.displayName = user->displayName;
        s.creditLimitMinor = user->creditLimitMinor;
    }
    return s;
}

} // namespace ic
