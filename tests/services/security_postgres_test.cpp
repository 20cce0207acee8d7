// On PostgreSQL the database enforces the matrix itself: a login per role (made here on the
// test server, unique names, dropped at the end) connects on its own and tries the statements
// its role may not run, and the ones it may — directly in SQL, and through the services.
// (PostgreSQL only: roles and GRANTs do not exist on SQLite; the append-only audit log is
// tested on both in security_usecases_test.cpp.)

#include "services/billing/dunningactions.h"
#include "services/billing/subscriptionlifecycle.h"
#include "services/catalog/catalogservice.h"
#include "services/security/staffauth.h"
#include "services/storage/auditrepository.h"
#include "services/storage/dunningcaserepository.h"
#include "services/storage/planrepository.h"
#include "services/storage/promotionrepository.h"
#include "tests/services/billingfixtures.h"

#include <QUuid>

namespace ic::test {

namespace {

const QString kPassword = QStringLiteral("role-test-pw");

// The logins of one test, dropped when it ends whatever happened.
struct Logins {
    Database *server = nullptr;
    QStringList names;
    ~Logins()
    {
        for (const QString &name : names)
            (void)server->execDirect(u"DROP ROLE IF EXISTS " + name);
    }
};

class DatabaseRoles : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_book = freshBook(Dialect::PostgreSQL);
        ASSERT_TRUE(m_book);
        Database &db = *m_book->db;
        addTaxRate(db, u"FR"_qs, u"standard"_qs, 2000);
        fr = addCustomer(db, u"anne@example.fr"_qs, u"FR"_qs, {}, u"fr"_qs);
        plan = addPlan(db, u"pro"_qs, 2000, 500);
        m_logins.server = m_book->db.get();
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(12);
        for (const char *role : {"admin", "accountant", "support"}) {
            // Names made here of letters and hex digits; CREATE ROLE takes no binds.
            const QString name = u"ic_t_" + suffix + u'_' + QString::fromLatin1(role);
            auto made = db.execDirect(u"CREATE ROLE " + name + u" LOGIN PASSWORD '" + kPassword +
                                      u"' IN ROLE ic_" + QString::fromLatin1(role));
            ASSERT_TRUE(made) << made.error().message.toStdString();
            m_logins.names.append(name);
        }
    }

    // A connection of its own, signed in as the login of `role`.
    std::unique_ptr<Database> as(const char *role)
    {
        ConnectionSpec spec = m_book->spec;
        spec.user = m_logins.names.value(QStringLiteral("admin,accountant,support")
                                             .split(u',')
                                             .indexOf(QString::fromLatin1(role)));
        spec.password = kPassword;
        auto db = Database::open(spec);
        EXPECT_TRUE(db.has_value()) << db.error().message.toStdString();
        return db ? std::make_unique<Database>(std::move(*db)) : nullptr;
    }

    static void refused(Database &db, const QString &sql)
    {
        auto r = db.exec(sql);
        EXPECT_FALSE(r.has_value()) << "allowed: " << sql.toStdString();
    }
    static void allowed(Database &db, const QString &sql)
    {
        auto r = db.exec(sql);
        EXPECT_TRUE(r.has_value()) << sql.toStdString() << ": " << r.error().message.toStdString();
    }

    std::unique_ptr<TestBook> m_book;
    Logins m_logins; // declared after the book: dropped before it closes
    FixedClock clock{utc(2026, 3, 15, 10)};
    qint64 fr = 0, plan = 0;
};

} // namespace

TEST_F(DatabaseRoles, EachLoginGetsTheRoleOfItsGroup)
{
    for (const auto &[role, expected] :
         {std::pair{"admin", Role::Admin}, std::pair{"accountant", Role::Accountant},
          std::pair{"support", Role::Support}}) {
        auto db = as(role);
        ASSERT_TRUE(db);
        auto session = StaffAuth::sessionForLogin(*db, clock);
        ASSERT_TRUE(session) << session.error().message.toStdString();
        EXPECT_EQ(session->role, expected) << role;
        EXPECT_TRUE(session->username.endsWith(QString::fromLatin1(role)));
    }
}

TEST_F(DatabaseRoles, SupportCannotChangeTheCatalogueOrTheAuditLogButWorksItsCases)
{
    auto db = as("support");
    ASSERT_TRUE(db);
    const QString planId = QString::number(plan);
    refused(*db, u"UPDATE plans SET price_minor = 1 WHERE id = " + planId);
    refused(*db, u"INSERT INTO plans (slug, name, plan_type, billing_cycle, price_minor, currency, "
                 u"created_at) VALUES ('x', 'x', 'monthly', 'monthly', 1, 'EUR', now())"_qs);
    refused(*db, u"DELETE FROM plans"_qs);
    refused(*db, u"UPDATE promotions SET name = 'x'"_qs);
    refused(*db, u"UPDATE customers SET email = 'thief@example.com'"_qs);
    refused(*db, u"UPDATE staff_users SET role = 'admin'"_qs);
    refused(*db, u"SELECT * FROM audit_log"_qs);
    refused(*db, u"DELETE FROM audit_log"_qs);
    refused(*db, u"UPDATE pages SET title = 'x'"_qs);
    allowed(*db, u"SELECT count(*) FROM customers"_qs);
    allowed(*db, u"UPDATE customers SET notes = 'called on Monday'"_qs);
    // Opening the book checks its schema version (migration 7).
    allowed(*db, u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_qs);
    refused(*db, u"DELETE FROM schema_version"_qs);

    // Through the services, as the support login: a subscription at the counter (its first
    // invoice, 30.00 €), a case, a credit within the limit. The GRANTs are enough for it.
    Session support = *StaffAuth::sessionForLogin(*db, clock);
    support.creditLimitMinor = 2500;
    auto out = SubscriptionLifecycle(*db, clock, &support).create(fr, plan, support.actor());
    ASSERT_TRUE(out) << out.error().message.toStdString();
    ASSERT_TRUE(out->invoice);
    EXPECT_EQ(out->invoice->totalMinor, 3000);
    DunningCase c;
    c.invoiceId = out->invoice->id;
    c.subscriptionId = out->subscription.id;
    c.customerId = fr;
    c.openedOn = QDate(2026, 3, 15);
    auto opened = DunningCaseRepository(*db).open(c);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    auto credit =
        DunningActions(*db, clock, &support)
            .offerCredit(opened->id, Money(2000, u"EUR"_qs), support.actor(), u"sorry"_qs);
    ASSERT_TRUE(credit) << credit.error().message.toStdString();
    // The entries are there (read by the superuser: support may not read the log).
    EXPECT_EQ(scalarOf(*m_book->db, u"SELECT count(*) FROM audit_log WHERE actor = :a"_qs,
                       {{"a", support.username}}),
              3); // subscription, invoice, dunning case
}

TEST_F(DatabaseRoles, AccountantRecordsPaymentsButChangesNoPlanNorTheLog)
{
    auto out = SubscriptionLifecycle(*m_book->db, clock).create(fr, plan, u"system"_qs);
    ASSERT_TRUE(out && out->invoice);
    auto db = as("accountant");
    ASSERT_TRUE(db);
    refused(*db, u"UPDATE plans SET name = 'cheap'"_qs);
    refused(*db, u"UPDATE promotions SET percent_bp = 10000"_qs);
    refused(*db, u"UPDATE pages SET title = 'x'"_qs);
    // (subscriptions and cases: written by the payments it records, migration 8)
    refused(*db, u"UPDATE customers SET email = 'x@example.com'"_qs);
    refused(*db, u"DELETE FROM subscriptions"_qs);
    refused(*db, u"UPDATE audit_log SET actor = 'x'"_qs);
    refused(*db, u"DELETE FROM audit_log"_qs);
    allowed(*db, u"SELECT count(*) FROM audit_log"_qs);
    allowed(*db, u"SELECT count(*) FROM plans"_qs);

    Session accountant = *StaffAuth::sessionForLogin(*db, clock);
    auto paid = Invoicing(*db, clock, &accountant)
                    .recordManualPayment(out->invoice->id, Money(3000, u"EUR"_qs),
                                         PaymentMethod::Transfer, u"VIR-7"_qs, accountant.actor());
    ASSERT_TRUE(paid) << paid.error().message.toStdString();
}

TEST_F(DatabaseRoles, EvenAnAdminAndTheOwnerCannotChangeTheAuditLog)
{
    auto db = as("admin");
    ASSERT_TRUE(db);
    AuditEntry e;
    e.occurredAt = clock.now();
    e.actor = u"anne"_qs;
    e.entity = u"plan"_qs;
    e.entityId = QString::number(plan);
    e.action = u"update"_qs;
    ASSERT_TRUE(AuditRepository(*db).append(e));
    allowed(*db, u"UPDATE plans SET name = 'Pro+' WHERE id = "_qs + QString::number(plan));
    refused(*db, u"UPDATE audit_log SET actor = 'nobody'"_qs);
    refused(*db, u"DELETE FROM audit_log"_qs);
    refused(*db, u"TRUNCATE audit_log"_qs);
    // The superuser who owns the tables is stopped by the trigger.
    refused(*m_book->db, u"DELETE FROM audit_log"_qs);
    refused(*m_book->db, u"TRUNCATE audit_log"_qs);
    EXPECT_EQ(scalarOf(*m_book->db, u"SELECT count(*) FROM audit_log"_qs), 1);
}

TEST_F(DatabaseRoles, OnlyTheAdminLoginChangesTheCatalogueDirectlyOrThroughTheService)
{
    Promotion spring;
    spring.code = u"SPRING"_qs;
    spring.name = u"Spring"_qs;
    spring.percentBp = 1500;
    spring.planIds = {plan};
    auto promo = PromotionRepository(*m_book->db).insert(spring);
    ASSERT_TRUE(promo) << promo.error().message.toStdString();
    const QString planId = QString::number(plan);

    for (const char *role : {"accountant", "support"}) {
        auto db = as(role);
        ASSERT_TRUE(db);
        // Directly, every catalogue table.
        refused(*db, u"UPDATE plans SET price_minor = 1 WHERE id = " + planId);
        refused(*db, u"UPDATE promotions SET percent_bp = 10000"_qs);
        refused(*db, u"UPDATE plan_features SET label = 'x'"_qs);
        refused(*db, u"DELETE FROM promotion_plans"_qs);
        refused(*db, u"INSERT INTO promotion_plans (promotion_id, plan_id) VALUES (" +
                         QString::number(promo->id) + u", " + planId + u")");
        refused(*db, u"UPDATE audit_log SET actor = 'x'"_qs);
        refused(*db, u"DELETE FROM audit_log"_qs);

        // Through the service with their own session: refused before any statement.
        Session own = *StaffAuth::sessionForLogin(*db, clock);
        auto p = PlanRepository(*db).find(plan);
        ASSERT_TRUE(p) << p.error().message.toStdString();
        p->price = Money(1, u"EUR"_qs);
        auto saved = CatalogService(*db, clock, &own).savePlan(*p);
        ASSERT_FALSE(saved) << role;
        EXPECT_EQ(saved.error().code, ErrorCode::Forbidden);

        // A program that claims to be an admin on that connection is stopped by the server.
        Session forged = own;
        forged.role = Role::Admin;
        CatalogService catalog(*db, clock, &forged);
        auto forgedSave = catalog.savePlan(*p);
        EXPECT_FALSE(forgedSave) << role << " changed a plan with a forged session";
        auto q = PromotionRepository(*db).find(promo->id);
        ASSERT_TRUE(q);
        q->percentBp = 9000;
        EXPECT_FALSE(catalog.savePromotion(*q)) << role;
    }
    EXPECT_EQ(PlanRepository(*m_book->db).find(plan)->price.minor(), 2000);
    EXPECT_EQ(PromotionRepository(*m_book->db).find(promo->id)->percentBp, 1500);
    EXPECT_EQ(scalarOf(*m_book->db, u"SELECT count(*) FROM audit_log"_qs), 0);

    // The admin login changes the plan; the entry names the login, before and after.
    auto db = as("admin");
    ASSERT_TRUE(db);
    Session admin = *StaffAuth::sessionForLogin(*db, clock);
    auto p = PlanRepository(*db).find(plan);
    ASSERT_TRUE(p);
    p->price = Money(2400, u"EUR"_qs);
    auto saved = CatalogService(*db, clock, &admin).savePlan(*p);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    AuditFilter f;
    f.entity = u"plan"_qs;
    auto log = AuditRepository(*m_book->db).list(f);
    ASSERT_TRUE(log);
    ASSERT_EQ(log->size(), 1);
    EXPECT_EQ(log->first().actor, admin.username);
    EXPECT_EQ(log->first().before.value(u"price_minor"_qs).toInteger(), 2000);
    EXPECT_EQ(log->first().after.value(u"price_minor"_qs).toInteger(), 2400);
    // And even the admin login cannot take it back out of the log.
    refused(*db, u"UPDATE audit_log SET after_json = NULL"_qs);
    refused(*db, u"DELETE FROM audit_log WHERE entity = 'plan'"_qs);
}

} // namespace ic::test
