// Staff accounts on the book: the first admin, Argon2id hashes, sign-in and the growing delay
// after wrong passwords (driven by a FixedClock: nothing sleeps).

#include "services/security/staffauth.h"
#include "services/storage/auditrepository.h"
#include "services/storage/staffuserrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

namespace ic::test {

namespace {

class StaffAuthTest : public BothDatabases {
protected:
    FixedClock clock{utc(2026, 3, 15, 9)};
    const QString wrong = QStringLiteral("The user name or the password is wrong.");
};

} // namespace

TEST(PasswordHash, IsArgon2idSaltedAndVerifies)
{
    auto a = StaffAuth::hashPassword(QStringLiteral("correct horse"));
    auto b = StaffAuth::hashPassword(QStringLiteral("correct horse"));
    ASSERT_TRUE(a && b);
    EXPECT_TRUE(a->startsWith(QStringLiteral("$argon2id$v=19$"))) << a->toStdString();
    EXPECT_NE(*a, *b); // a fresh salt each time
    EXPECT_TRUE(StaffAuth::verifyPassword(*a, QStringLiteral("correct horse")));
    EXPECT_FALSE(StaffAuth::verifyPassword(*a, QStringLiteral("correct horsE")));
    EXPECT_FALSE(StaffAuth::verifyPassword(QString(), QStringLiteral("correct horse")));
    auto shortOne = StaffAuth::hashPassword(QStringLiteral("1234567"));
    ASSERT_FALSE(shortOne);
    EXPECT_EQ(shortOne.error().message, QStringLiteral("A password needs at least 8 characters."));
}

TEST(SignInDelay, FreeThenDoublingUpToTheCap)
{
    const SignInDelayPolicy p; // 3 free, 2 s, doubling, at most 300 s
    EXPECT_EQ(p.delaySeconds(0), 0);
    EXPECT_EQ(p.delaySeconds(2), 0);
    EXPECT_EQ(p.delaySeconds(3), 2);
    EXPECT_EQ(p.delaySeconds(4), 4);
    EXPECT_EQ(p.delaySeconds(5), 8);
    EXPECT_EQ(p.delaySeconds(10), 256); // 2 × 2^7
    EXPECT_EQ(p.delaySeconds(11), 300); // 512 capped
    EXPECT_EQ(p.delaySeconds(1000), 300);
}

TEST_P(StaffAuthTest, FirstStartCreatesTheAdminOnceAndSignsThemIn)
{
    StaffAuth auth(db(), clock);
    ASSERT_EQ(auth.hasStaff(), false);
    auto s = auth.createFirstAdmin(QStringLiteral("anne"), QStringLiteral("Anne Martin"),
                                   QStringLiteral("s3cret-pass"));
    ASSERT_TRUE(s) << s.error().message.toStdString();
    EXPECT_EQ(s->role, Role::Admin);
    EXPECT_EQ(s->username, QStringLiteral("anne"));
    ASSERT_TRUE(auth.session());
    EXPECT_EQ(auth.session()->displayName, QStringLiteral("Anne Martin"));
    EXPECT_EQ(auth.hasStaff(), true);

    auto stored = StaffUserRepository(db()).findByUsername(QStringLiteral("anne"));
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->passwordHash.startsWith(QStringLiteral("$argon2id$")));
    EXPECT_FALSE(stored->passwordHash.contains(QStringLiteral("s3cret-pass")));

    auto again = auth.createFirstAdmin(QStringLiteral("bob"), QStringLiteral("Bob"),
                                       QStringLiteral("another-pass"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(StaffUserRepository(db()).count(), 1);

    AuditFilter f;
    f.entity = QStringLiteral("staff_user");
    auto entries = AuditRepository(db()).list(f);
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().action, QStringLiteral("create"));
    EXPECT_EQ(entries->first().after.value(QStringLiteral("role")).toString(),
              QStringLiteral("admin"));
    EXPECT_FALSE(entries->first().after.contains(QStringLiteral("password_hash")));
}

TEST_P(StaffAuthTest, SignInOutAndOneSentenceForAnyWrongPart)
{
    StaffAuth auth(db(), clock);
    ASSERT_TRUE(auth.createFirstAdmin(QStringLiteral("anne"), QStringLiteral("Anne"),
                                      QStringLiteral("s3cret-pass")));
    auth.signOut();
    EXPECT_FALSE(auth.session());

    auto badPassword = auth.signIn(QStringLiteral("anne"), QStringLiteral("s3cret-pasS"));
    ASSERT_FALSE(badPassword);
    EXPECT_EQ(badPassword.error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(badPassword.error().message, wrong);
    auto badName = auth.signIn(QStringLiteral("annie"), QStringLiteral("s3cret-pass"));
    ASSERT_FALSE(badName);
    EXPECT_EQ(badName.error().message, wrong);
    EXPECT_FALSE(auth.session());

    auto ok = auth.signIn(QStringLiteral("  ANNE "), QStringLiteral("s3cret-pass"));
    ASSERT_TRUE(ok) << ok.error().message.toStdString();
    EXPECT_EQ(ok->username, QStringLiteral("anne"));
    EXPECT_EQ(ok->signedInAt, clock.now());
    ASSERT_TRUE(auth.session());
    auth.signOut();
    EXPECT_FALSE(auth.session());
}

TEST_P(StaffAuthTest, RepeatedFailuresMakeTheNextAttemptWaitLongerAndLonger)
{
    StaffAuth auth(db(), clock); // 3 free failures, then 2 s, 4 s, 8 s ...
    ASSERT_TRUE(auth.createFirstAdmin(QStringLiteral("anne"), QStringLiteral("Anne"),
                                      QStringLiteral("s3cret-pass")));
    auth.signOut();
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(auth.signIn(QStringLiteral("anne"), QStringLiteral("guess-") + QString::number(i))
                      .error()
                      .message,
                  wrong);
    // Three failures at 09:00:00: the next attempt waits 2 s, even with the right password.
    auto locked = auth.signIn(QStringLiteral("anne"), QStringLiteral("s3cret-pass"));
    ASSERT_FALSE(locked);
    EXPECT_EQ(locked.error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(locked.error().message,
              QStringLiteral("Too many wrong passwords: wait 2 second(s), then try again."));
    // 2 s later: a fourth wrong password; the wait becomes 4 s.
    clock.set(clock.now().addSecs(2));
    EXPECT_EQ(auth.signIn(QStringLiteral("anne"), QStringLiteral("guess-3")).error().message,
              wrong);
    clock.set(clock.now().addSecs(3));
    EXPECT_EQ(auth.signIn(QStringLiteral("anne"), QStringLiteral("s3cret-pass")).error().message,
              QStringLiteral("Too many wrong passwords: wait 1 second(s), then try again."));
    // Another user name is not held up by anne's failures.
    EXPECT_EQ(auth.signIn(QStringLiteral("bob"), QStringLiteral("whatever1")).error().message,
              wrong);
    clock.set(clock.now().addSecs(1));
    auto ok = auth.signIn(QStringLiteral("anne"), QStringLiteral("s3cret-pass"));
    ASSERT_TRUE(ok) << ok.error().message.toStdString();
    // Success resets the count: three wrong passwords are free again.
    auth.signOut();
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(auth.signIn(QStringLiteral("anne"), QStringLiteral("nope-nope")).error().message,
                  wrong);
    // The count lives in the book: a new StaffAuth (a restarted program) still waits.
    StaffAuth restarted(db(), clock);
    EXPECT_EQ(
        restarted.signIn(QStringLiteral("anne"), QStringLiteral("s3cret-pass")).error().message,
        QStringLiteral("Too many wrong passwords: wait 2 second(s), then try again."));
}

TEST_P(StaffAuthTest, OnlyAnAdminCreatesAccountsAndASwitchedOffAccountCannotSignIn)
{
    StaffAuth auth(db(), clock);
    auto admin = auth.createFirstAdmin(QStringLiteral("anne"), QStringLiteral("Anne"),
                                       QStringLiteral("s3cret-pass"));
    ASSERT_TRUE(admin);
    StaffUser sam;
    sam.username = QStringLiteral("sam");
    sam.displayName = QStringLiteral("Sam Support");
    sam.role = Role::Support;
    sam.creditLimitMinor = 2500;
    auto created = auth.createStaff(*admin, sam, QStringLiteral("support-pass"));
    ASSERT_TRUE(created) << created.error().message.toStdString();

    auto samSession = auth.signIn(QStringLiteral("sam"), QStringLiteral("support-pass"));
    ASSERT_TRUE(samSession);
    EXPECT_EQ(samSession->role, Role::Support);
    EXPECT_EQ(samSession->creditLimitMinor, 2500);

    StaffUser eve;
    eve.username = QStringLiteral("eve");
    eve.displayName = QStringLiteral("Eve");
    eve.role = Role::Admin;
    auto refused = auth.createStaff(*samSession, eve, QStringLiteral("eve-password"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(refused.error().message,
              QStringLiteral("A support member may not manage staff accounts; ask an admin."));

    // Sam changes their own password; an admin switches the account off.
    ASSERT_TRUE(auth.setPassword(*samSession, created->id, QStringLiteral("new-support-pass")));
    EXPECT_FALSE(auth.setPassword(*samSession, admin->staffId, QStringLiteral("hijacked-pass")));
    StaffUser off = *StaffUserRepository(db()).find(created->id);
    off.isActive = false;
    ASSERT_TRUE(StaffUserRepository(db()).update(off));
    auto switchedOff = auth.signIn(QStringLiteral("sam"), QStringLiteral("new-support-pass"));
    ASSERT_FALSE(switchedOff);
    EXPECT_EQ(switchedOff.error().message,
              QStringLiteral("Your account is switched off; ask an admin to switch it on."));
    // A wrong password on a switched-off account still says only "wrong".
    EXPECT_EQ(auth.signIn(QStringLiteral("sam"), QStringLiteral("support-pass")).error().message,
              wrong);
}

IC_BOTH_DATABASES(StaffAuthTest);

} // namespace ic::test
