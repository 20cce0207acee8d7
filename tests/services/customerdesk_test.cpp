// The customer desk (services/customers/customerdesk) on both databases: the counter's quote
// and sale through the simulated gateway, a declined card, role refusals that write nothing,
// credits within the support limit, notes, and the customer's file as the page reads it.
#include "models/clock.h"
#include "services/customers/customerdesk.h"
#include "services/gateways/gatewayregistry.h"
#include "services/gateways/simulatedgateway.h"
#include "services/storage/customerrepository.h"
#include "services/storage/paymentmethodrepository.h"
#include "services/storage/planrepository.h"
#include "services/storage/promotionrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <QUuid>

#include <gtest/gtest.h>

using namespace ic;
using ic::test::BothDatabases;
using ic::test::isOneSentence;

namespace {

// The customer's default card at the simulated gateway.
bool defaultCard(Database &db, qint64 customerId, const QString &token)
{
    CustomerPaymentMethod m;
    m.customerId = customerId;
    m.gateway = u"simulated"_qs;
    m.token = token;
    m.isDefault = true;
    return PaymentMethodRepository(db).insert(m).has_value();
}

class CustomerDeskTest : public BothDatabases {
protected:
    void SetUp() override
    {
        BothDatabases::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(db().exec(u"INSERT INTO tax_rates (country, category, rate_bp, valid_from) "
                              u"VALUES ('FR', 'standard', 2000, '2020-01-01')"_qs)
                        .has_value());
        m_anne = customer(u"anne@example.fr"_qs, u"tok_visa"_qs);
        m_stolen = customer(u"paul@example.fr"_qs, u"tok_chargeDeclinedStolenCard"_qs);
        Plan pro;
        pro.slug = u"pro"_qs;
        pro.name = u"Pro"_qs;
        pro.price = Money(3000, u"EUR"_qs);
        pro.setupFee = Money::zero(u"EUR"_qs);
        auto saved = PlanRepository(db()).insert(pro);
        ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
        m_pro = saved->id;
        Promotion welcome;
        welcome.code = u"WELCOME"_qs;
        welcome.name = u"Welcome offer"_qs;
        welcome.percentBp = 2000;
        welcome.appliesTo = PromotionScope::FirstPayment;
        ASSERT_TRUE(PromotionRepository(db()).insert(welcome).has_value());
        m_gateway = std::make_unique<SimulatedGateway>(m_book->dir.filePath(u"ledger.jsonl"_qs));
        m_gateways.add(m_gateway.get());
    }

    qint64 customer(const QString &email, const QString &card)
    {
        Customer c;
        c.name = email.section(u'@', 0, 0);
        c.email = email;
        c.country = u"FR"_qs;
        c.language = u"fr"_qs;
        auto saved = CustomerRepository(db()).insert(c);
        EXPECT_TRUE(saved.has_value()) << saved.error().message.toStdString();
        if (saved) {
            EXPECT_TRUE(defaultCard(db(), saved->id, card));
        }
        return saved ? saved->id : 0;
    }

    qint64 rows(const char *table)
    {
        auto n = db().scalar(u"SELECT COUNT(*) FROM "_qs + QLatin1String(table));
        return n ? n->toLongLong() : -1;
    }

    // Rows of every table the counter writes, to show that a refusal wrote nothing.
    QList<qint64> written()
    {
        QList<qint64> counts;
        for (const char *table : {"subscriptions", "invoices", "payments", "user_credits",
                                  "outbox_messages", "audit_log"})
            counts.append(rows(table));
        return counts;
    }

    static Session as(Role role, qint64 limitMinor = 0)
    {
        Session s;
        s.username = toString(role);
        s.role = role;
        s.creditLimitMinor = limitMinor;
        return s;
    }

    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<SimulatedGateway> m_gateway;
    GatewayRegistry m_gateways;
    qint64 m_anne = 0, m_stolen = 0, m_pro = 0;
};

TEST_P(CustomerDeskTest, TheQuoteWithACodeAndARefusedCode)
{
    CustomerDesk desk(db(), m_clock);
    auto plain = desk.quote(m_anne, m_pro, {});
    ASSERT_TRUE(plain.has_value()) << plain.error().message.toStdString();
    ASSERT_TRUE(plain->invoice.has_value());
    EXPECT_EQ(plain->invoice->totalMinor, 3600); // 30.00 + 20 % VAT
    auto coded = desk.quote(m_anne, m_pro, u"welcome"_qs);
    ASSERT_TRUE(coded.has_value()) << coded.error().message.toStdString();
    // 30.00 − 20 % = 24.00, + 20 % VAT 4.80 = 28.80
    EXPECT_EQ(coded->invoice->totalMinor, 2880);
    EXPECT_EQ(coded->invoice->taxMinor, 480);
    EXPECT_EQ(coded->promotionName, u"Welcome offer"_qs);
    const auto before = written();
    auto unknown = desk.quote(m_anne, m_pro, u"NOPE"_qs);
    ASSERT_FALSE(unknown.has_value());
    EXPECT_TRUE(isOneSentence(unknown.error().message));
    EXPECT_TRUE(unknown.error().message.contains(u"NOPE"_qs))
        << unknown.error().message.toStdString();
    EXPECT_EQ(written(), before);
}

TEST_P(CustomerDeskTest, ASaleChargedThroughTheGatewayIsPaidConfirmedAndAudited)
{
    const Session admin = as(Role::Admin);
    CustomerDesk desk(db(), m_clock, &admin, &m_gateways);
    auto sale = desk.newSubscription(m_anne, m_pro, u"WELCOME"_qs, CounterPayment::Gateway);
    ASSERT_TRUE(sale.has_value()) << sale.error().message.toStdString();
    EXPECT_TRUE(sale->paymentProblem.isEmpty()) << sale->paymentProblem.toStdString();
    ASSERT_TRUE(sale->invoice.has_value());
    EXPECT_EQ(sale->invoice->status, InvoiceStatus::Paid);
    EXPECT_EQ(sale->invoice->amountPaidMinor, 2880);
    ASSERT_TRUE(sale->payment.has_value());
    EXPECT_EQ(sale->payment->status, PaymentStatus::Succeeded);
    EXPECT_EQ(sale->payment->amount, Money(2880, u"EUR"_qs));
    EXPECT_EQ(rows("payments"), 1);
    auto confirmations = db().scalar(
        u"SELECT COUNT(*) FROM outbox_messages WHERE template_key IN "
        u"('subscription_confirmation', 'payment_confirmation') AND recipient = 'anne@example.fr'"_qs);
    EXPECT_EQ(confirmations->toLongLong(), 2);
    auto audited = db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE actor = 'admin' AND "
                               u"((entity = 'subscription' AND action = 'create') OR "
                               u"(entity = 'payment' AND action IN ('charge_attempt', "
                               u"'charge_succeeded')))"_qs);
    EXPECT_EQ(audited->toLongLong(), 3);

    // The file the page shows.
    auto file = desk.load(m_anne);
    ASSERT_TRUE(file.has_value()) << file.error().message.toStdString();
    ASSERT_EQ(file->subscriptions.size(), 1);
    EXPECT_EQ(file->plans.value(m_pro).name, u"Pro"_qs);
    EXPECT_EQ(file->events.value(file->subscriptions.first().id).size(), 1);
    EXPECT_EQ(file->invoices.size(), 1);
    EXPECT_EQ(file->payments.size(), 1);
}

TEST_P(CustomerDeskTest, ADeclinedCardLeavesTheSubscriptionWithItsInvoiceDue)
{
    CustomerDesk desk(db(), m_clock, nullptr, &m_gateways);
    auto sale = desk.newSubscription(m_stolen, m_pro, {}, CounterPayment::Gateway);
    ASSERT_TRUE(sale.has_value()) << sale.error().message.toStdString();
    EXPECT_FALSE(sale->paymentProblem.isEmpty());
    ASSERT_TRUE(sale->invoice.has_value());
    EXPECT_EQ(sale->invoice->status, InvoiceStatus::Sent);
    EXPECT_EQ(sale->invoice->amountPaidMinor, 0);
    ASSERT_TRUE(sale->payment.has_value());
    EXPECT_EQ(sale->payment->status, PaymentStatus::Failed);
}

TEST_P(CustomerDeskTest, RolesAreRefusedBeforeAnythingIsWritten)
{
    const auto before = written();
    const Session accountant = as(Role::Accountant);
    auto sold = CustomerDesk(db(), m_clock, &accountant)
                    .newSubscription(m_anne, m_pro, {}, CounterPayment::Later);
    ASSERT_FALSE(sold.has_value());
    EXPECT_EQ(sold.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(sold.error().message.toStdString(),
              "An accountant may not create or change subscriptions; ask an admin.");
    // Support sells, but may not record the payment as manual: refused as a whole.
    const Session support = as(Role::Support, 2000);
    auto manual = CustomerDesk(db(), m_clock, &support)
                      .newSubscription(m_anne, m_pro, {}, CounterPayment::Manual);
    ASSERT_FALSE(manual.has_value());
    EXPECT_EQ(manual.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(isOneSentence(manual.error().message));
    auto note = CustomerDesk(db(), m_clock, &accountant).addNote(m_anne, u"Hello"_qs);
    ASSERT_FALSE(note.has_value());
    EXPECT_EQ(note.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(isOneSentence(note.error().message));
    EXPECT_EQ(written(), before);
}

TEST_P(CustomerDeskTest, CreditsWithinTheSupportLimitAndNotes)
{
    const Session support = as(Role::Support, 2000);
    CustomerDesk desk(db(), m_clock, &support);
    const auto before = written();
    auto over = desk.addCredit(m_anne, Money(2001, u"EUR"_qs), u"Late delivery"_qs);
    ASSERT_FALSE(over.has_value());
    EXPECT_EQ(over.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(over.error().message.toStdString(),
              "support may give credits of at most 20.00 EUR; 20.01 EUR needs an admin.");
    EXPECT_EQ(written(), before);
    auto nothing = desk.addCredit(m_anne, Money(0, u"EUR"_qs), u"Late delivery"_qs);
    ASSERT_FALSE(nothing.has_value());
    EXPECT_TRUE(isOneSentence(nothing.error().message));
    EXPECT_EQ(written(), before);
    auto noReason = desk.addCredit(m_anne, Money(500, u"EUR"_qs), u"  "_qs);
    ASSERT_FALSE(noReason.has_value());
    EXPECT_TRUE(isOneSentence(noReason.error().message));
    EXPECT_EQ(written(), before);
    auto credit = desk.addCredit(m_anne, Money(2000, u"EUR"_qs), u"Late delivery"_qs);
    ASSERT_TRUE(credit.has_value()) << credit.error().message.toStdString();
    EXPECT_EQ(credit->createdBy, u"support"_qs);
    EXPECT_EQ(rows("user_credits"), 1);

    const auto beforeNote = written();
    auto blank = desk.addNote(m_anne, u"   "_qs);
    ASSERT_FALSE(blank.has_value());
    EXPECT_EQ(blank.error().message, u"Write the note first."_qs);
    EXPECT_EQ(written(), beforeNote);
    auto first = desk.addNote(m_anne, u"Called about the invoice."_qs);
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    auto second = desk.addNote(m_anne, u"Prefers e-mail."_qs);
    ASSERT_TRUE(second.has_value()) << second.error().message.toStdString();
    // Newest first, each stamped with when and who.
    EXPECT_EQ(second->notes, u"2026-03-15 12:00 UTC · support\nPrefers e-mail.\n\n"
                             u"2026-03-15 12:00 UTC · support\nCalled about the invoice."_qs);
    auto audited = db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE actor = 'support' AND "
                               u"entity IN ('credit', 'customer')"_qs);
    EXPECT_EQ(audited->toLongLong(), 3);
}

IC_BOTH_DATABASES(CustomerDeskTest);

// On PostgreSQL the database checks the role too: a support seat signed in with its own
// login (member of ic_support) runs the counter, notes and credits within its GRANTs.
TEST(CustomerDeskOnPostgres, ASupportLoginRunsTheCounterWithinItsGrants)
{
    auto book = test::freshBook(Dialect::PostgreSQL);
    ASSERT_TRUE(book);
    Database &owner = *book->db;
    ASSERT_TRUE(owner
                    .exec(u"INSERT INTO tax_rates (country, category, rate_bp, valid_from) "
                          u"VALUES ('FR', 'standard', 2000, '2020-01-01')"_qs)
                    .has_value());
    Customer c;
    c.name = u"Anne"_qs;
    c.email = u"anne@example.fr"_qs;
    c.country = u"FR"_qs;
    c.language = u"fr"_qs;
    auto anne = CustomerRepository(owner).insert(c);
    ASSERT_TRUE(anne.has_value());
    ASSERT_TRUE(defaultCard(owner, anne->id, u"tok_visa"_qs));
    Plan pro;
    pro.slug = u"pro"_qs;
    pro.name = u"Pro"_qs;
    pro.price = Money(3000, u"EUR"_qs);
    pro.setupFee = Money::zero(u"EUR"_qs);
    auto plan = PlanRepository(owner).insert(pro);
    ASSERT_TRUE(plan.has_value());
    // A name of letters and hex digits made here; CREATE ROLE takes no binds.
    const QString login = u"ic_t_" + QUuid::createUuid().toString(QUuid::Id128).left(12);
    ASSERT_TRUE(
        owner.execDirect(u"CREATE ROLE " + login + u" LOGIN PASSWORD 'desk-pw' IN ROLE ic_support")
            .has_value());
    {
        ConnectionSpec spec = book->spec;
        spec.user = login;
        spec.password = u"desk-pw"_qs;
        auto seat = Database::open(spec);
        ASSERT_TRUE(seat.has_value()) << seat.error().message.toStdString();
        Session support;
        support.username = login;
        support.role = Role::Support;
        support.creditLimitMinor = 2000;
        FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC));
        SimulatedGateway gateway(book->dir.filePath(u"ledger.jsonl"_qs));
        GatewayRegistry gateways;
        gateways.add(&gateway);
        CustomerDesk desk(*seat, clock, &support, &gateways);
        auto sale = desk.newSubscription(anne->id, plan->id, {}, CounterPayment::Gateway);
        ASSERT_TRUE(sale.has_value()) << sale.error().message.toStdString();
        EXPECT_TRUE(sale->paymentProblem.isEmpty()) << sale->paymentProblem.toStdString();
        EXPECT_EQ(sale->invoice->status, InvoiceStatus::Paid);
        auto note = desk.addNote(anne->id, u"Signed up at the counter."_qs);
        EXPECT_TRUE(note.has_value()) << note.error().message.toStdString();
        auto credit = desk.addCredit(anne->id, Money(1500, u"EUR"_qs), u"Welcome"_qs);
        EXPECT_TRUE(credit.has_value()) << credit.error().message.toStdString();
        auto file = desk.load(anne->id);
        ASSERT_TRUE(file.has_value()) << file.error().message.toStdString();
        EXPECT_EQ(file->payments.size(), 1);
    }
    (void)owner.execDirect(u"DROP OWNED BY " + login);
    (void)owner.execDirect(u"DROP ROLE " + login);
}

} // namespace
