#pragma once

#include "models/clock.h"
#include "models/result.h"
#include "models/staffuser.h"
#include "services/security/session.h"

#include <QString>

#include <optional>

namespace ic {

class Database;

// How long a user name waits after wrong passwords: the first `freeAttempts` failures in a
// row cost nothing; from then on the next attempt is refused until `baseSeconds` ×
// 2^(failures − freeAttempts) seconds (at most `maxSeconds`) have passed since the last
// failure. Counted per user name in the book (table sign_in_failures), so restarting the
// program does not reset it; a successful sign-in does.
struct SignInDelayPolicy {
    int freeAttempts = 3;
    int baseSeconds = 2;
    int maxSeconds = 300;
    int delaySeconds(int failures) const;
};

// Staff sign-in. On the embedded SQLite book the accounts are rows of staff_users with an
// Argon2id hash (libsodium's crypto_pwhash_str); on PostgreSQL each person signs in with their
// own server login and sessionForLogin() reads their role from the server.
class StaffAuth final {
public:
    StaffAuth(Database &db, const Clock &clock, SignInDelayPolicy policy = {});

    // Initialises libsodium (once per process; safe to call again).
    static Done initCrypto();
    // An Argon2id hash string ("$argon2id$v=19$..."), salted, with libsodium's interactive
    // limits. Refuses a password shorter than kMinPasswordLength characters.
    static Result<QString> hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);
    static constexpr int kMinPasswordLength = 8;

    // False on the first start of an embedded book: nobody can sign in yet.
    Result<bool> hasStaff() const;
    // The first start: creates the admin account and signs them in. Refused once any staff
    // account exists.
    Result<Session> createFirstAdmin(const QString &username, const QString &displayName,
                                     const QString &password);
    // Signs in; a wrong user name or password gets one sentence that does not say which.
    Result<Session> signIn(const QString &username, const QString &password);
    void signOut() { m_session.reset(); }
    const std::optional<Session> &session() const { return m_session; }

    // An admin creates an account (any role, a support member's credit limit).
    Result<StaffUser> createStaff(const Session &by, StaffUser user, const QString &password);
    // An admin sets someone's password, or a person changes their own.
    Done setPassword(const Session &by, qint64 staffId, const QString &password);

    // PostgreSQL: the connection already signed in as the person's own login; their role is
    // the one of ic_admin, ic_accountant, ic_support the login belongs to (admin first).
    static Result<Session> sessionForLogin(Database &db, const Clock &clock);

private:
    Done recordFailure(const QString &key);
    Database &m_db;
    const Clock &m_clock;
    SignInDelayPolicy m_policy;
    std::optional<Session> m_session;
};

Session sessionOf(const StaffUser &user, const QDateTime &at);

} // namespace ic
