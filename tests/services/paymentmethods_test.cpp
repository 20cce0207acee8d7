// Payment methods on both databases: migration 8 moves customers.test_card into
// payment_methods (and drops the column, and lets a payment wait for the customer), the
// repository keeps one default per customer and gateway, never stores a card number, and on
// PostgreSQL support may read the methods but not write them.
#include "services/storage/migrator.h"
#include "services/storage/paymentmethodrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using ic::test::BothDatabases;
using ic::test::countRows;
using ic::test::insertReturningId;

namespace {

class PaymentMethodsTest : public BothDatabases {
protected:
    CustomerPaymentMethod card(qint64 customer, const QString &token, bool isDefault,
                               const QString &gateway = u"simulated"_qs)
    {
        CustomerPaymentMethod m;
        m.customerId = customer;
        m.gateway = gateway;
        m.token = token;
        m.brand = u"visa"_qs;
        m.lastFour = u"4242"_qs;
        m.expMonth = 4;
        m.expYear = 2029;
        m.isDefault = isDefault;
        m.createdAt = ic::test::utc(2027, 1, 1, 9);
        return m;
    }
};

// A book at schema 7 with three customers (a test card, none, an empty one), then
// migration 8.
TEST_P(PaymentMethodsTest, MigrationEightMovesTheTestCardsAndDropsTheColumn)
{
    QTemporaryDir dir;
    auto spec = ic::test::freshSpec(GetParam(), dir);
    ASSERT_TRUE(spec);
    auto opened = Database::open(*spec, Database::Open::CreateIfMissing);
    ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
    Database &old = *opened;
    auto seven = Migrator(old).migrate(7);
    ASSERT_TRUE(seven.has_value()) << seven.error().message.toStdString();
    ASSERT_EQ(*Migrator(old).currentVersion(), 7);
    const auto customer = [&](const char *email, const QVariant &card) {
        return insertReturningId(
            old,
            u"INSERT INTO customers (public_id, name, email, country, test_card, created_at) "
            u"VALUES (:p, :e, :e, 'FR', :card, '2026-05-04T10:00:00.000Z') RETURNING id"_qs,
            {{"p", QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {"e", QString::fromLatin1(email)},
             {"card", card}});
    };
    const qint64 stolen = customer("paul@example.fr", u"tok_chargeDeclinedStolenCard"_qs);
    const qint64 none = customer("anne@example.fr", QVariant());
    customer("zoe@example.fr", u""_qs);

    auto eight = Migrator(old).migrate();
    ASSERT_TRUE(eight.has_value()) << eight.error().message.toStdString();
    EXPECT_EQ(*Migrator(old).currentVersion(), Migrator::latestVersion());

    EXPECT_EQ(countRows(old, u"payment_methods"_qs), 1); // only the customer who had a card
    PaymentMethodRepository methods(old);
    auto moved = methods.defaultFor(stolen, u"simulated"_qs);
    ASSERT_TRUE(moved.has_value()) << moved.error().message.toStdString();
    ASSERT_TRUE(moved->has_value());
    const CustomerPaymentMethod &m = **moved;
    EXPECT_EQ(m.token, u"tok_chargeDeclinedStolenCard"_qs);
    EXPECT_EQ(m.brand, u"visa"_qs);
    EXPECT_EQ(m.lastFour, u"9979"_qs); // the gateways' stolen-card test number ends so
    EXPECT_TRUE(m.isDefault);
    EXPECT_FALSE(m.expires());
    EXPECT_EQ(m.createdAt, ic::test::utc(2026, 5, 4, 10));
    auto nothing = methods.listByCustomer(none);
    ASSERT_TRUE(nothing.has_value());
    EXPECT_TRUE(nothing->isEmpty());

    // the column is gone
    EXPECT_FALSE(old.exec(u"SELECT test_card FROM customers"_qs).has_value());
    // payments: the new status is taken, an unknown one still refused, the key still unique
    const qint64 invoice = ic::test::makeDraftInvoice(old, stolen);
    const auto payment = [&](const char *status, const char *key) {
        return old.exec(
            u"INSERT INTO payments (invoice_id, customer_id, amount_minor, currency, method, "
            u"idempotency_key, status, attempted_at) VALUES (:i, :c, 100, 'EUR', 'card', :k, "
            u":s, '2027-01-01T00:00:00.000Z')"_qs,
            {{"i", invoice},
             {"c", stolen},
             {"k", QString::fromLatin1(key)},
             {"s", QString::fromLatin1(status)}});
    };
    EXPECT_TRUE(payment("requires_action", "k1").has_value());
    EXPECT_FALSE(payment("lost", "k2").has_value());
    EXPECT_FALSE(payment("pending", "k1").has_value());
    EXPECT_EQ(countRows(old, u"payments"_qs), 1);
}

TEST_P(PaymentMethodsTest, OneDefaultPerCustomerAndGateway)
{
    const qint64 lea = ic::test::makeCustomer(db(), u"lea@example.fr"_qs);
    PaymentMethodRepository methods(db());
    auto first = methods.insert(card(lea, u"tok_visa"_qs, true));
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    auto paypal = methods.insert(card(lea, u"B-7DX2"_qs, true, u"paypal"_qs));
    ASSERT_TRUE(paypal.has_value()) << paypal.error().message.toStdString();
    // a new default card at the same gateway takes the flag from the first
    auto second = methods.insert(card(lea, u"tok_mastercard"_qs, true));
    ASSERT_TRUE(second.has_value()) << second.error().message.toStdString();
    auto now = methods.defaultFor(lea, u"simulated"_qs);
    ASSERT_TRUE(now.has_value() && now->has_value());
    EXPECT_EQ((*now)->id, second->id);
    auto was = methods.find(first->id);
    ASSERT_TRUE(was.has_value());
    EXPECT_FALSE(was->isDefault);
    EXPECT_EQ(was->rowVersion, first->rowVersion + 1);
    auto stillPaypal = methods.defaultFor(lea, u"paypal"_qs); // another gateway: untouched
    ASSERT_TRUE(stillPaypal.has_value() && stillPaypal->has_value());
    EXPECT_EQ((*stillPaypal)->id, paypal->id);

    // the defaults first, then the newest
    auto list = methods.listByCustomer(lea);
    ASSERT_TRUE(list.has_value());
    ASSERT_EQ(list->size(), 3);
    EXPECT_TRUE(list->at(0).isDefault && list->at(1).isDefault);
    EXPECT_EQ(list->at(2).id, first->id);

    // the database keeps the rule too
    EXPECT_FALSE(db().exec(u"UPDATE payment_methods SET is_default = :yes WHERE id = :id"_qs,
                           {{"yes", true}, {"id", first->id}})
                     .has_value());

    // back to the first card; a stale row version is refused and changes nothing
    auto stale = methods.makeDefault(first->id, first->rowVersion);
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().code, ErrorCode::StaleRow);
    auto back = methods.makeDefault(first->id, was->rowVersion);
    ASSERT_TRUE(back.has_value()) << back.error().message.toStdString();
    EXPECT_TRUE(back->isDefault);
    auto after = methods.defaultFor(lea, u"simulated"_qs);
    ASSERT_TRUE(after.has_value() && after->has_value());
    EXPECT_EQ((*after)->id, first->id);

    ASSERT_TRUE(methods.remove(second->id, second->rowVersion + 1).has_value());
    EXPECT_EQ(countRows(db(), u"payment_methods"_qs), 2);
}

TEST_P(PaymentMethodsTest, ACardNumberIsNeverStored)
{
    const qint64 lea = ic::test::makeCustomer(db(), u"lea@example.fr"_qs);
    PaymentMethodRepository methods(db());
    auto refused = methods.insert(card(lea, u"4242 4242 4242 4242"_qs, true));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().message,
              u"A card number is never stored here: save the gateway's token for the card "
              u"instead."_qs);
    CustomerPaymentMethod digits = card(lea, u"tok_visa"_qs, true);
    digits.lastFour = u"42"_qs;
    auto badDigits = methods.insert(digits);
    ASSERT_FALSE(badDigits.has_value());
    EXPECT_EQ(badDigits.error().message,
              u"The last digits of a card are four digits, not \"42\"."_qs);
    CustomerPaymentMethod month = card(lea, u"tok_visa"_qs, true);
    month.expMonth = 13;
    EXPECT_FALSE(methods.insert(month).has_value());
    EXPECT_EQ(countRows(db(), u"payment_methods"_qs), 0);
}

TEST_P(PaymentMethodsTest, ExpiryAndTheNumberAsAPageShowsIt)
{
    CustomerPaymentMethod m = card(1, u"tok_visa"_qs, true);
    EXPECT_EQ(m.maskedNumber(), u"**** 4242"_qs);
    // expires at the end of April 2029
    EXPECT_FALSE(m.isExpiredOn(QDate(2029, 4, 30)));
    EXPECT_TRUE(m.isExpiredOn(QDate(2029, 5, 1)));
    m.expMonth = m.expYear = 0; // an agreement does not expire
    EXPECT_FALSE(m.isExpiredOn(QDate(2200, 1, 1)));
    m.lastFour.clear();
    EXPECT_TRUE(m.maskedNumber().isEmpty());
}

// Support reads a customer's methods on their page; only the admin writes them.
TEST(PaymentMethodsRoles, SupportReadsThemOnPostgres)
{
    auto book = ic::test::freshBook(Dialect::PostgreSQL);
    ASSERT_TRUE(book);
    const auto may = [&](const char *role, const char *privilege) {
        auto v = book->db->scalar(
            u"SELECT has_table_privilege(:role, 'payment_methods', :what)"_qs,
            {{"role", QString::fromLatin1(role)}, {"what", QString::fromLatin1(privilege)}});
        EXPECT_TRUE(v.has_value());
        return v && v->toBool();
    };
    EXPECT_TRUE(may("ic_support", "SELECT"));
    EXPECT_FALSE(may("ic_support", "INSERT"));
    EXPECT_FALSE(may("ic_support", "UPDATE"));
    EXPECT_TRUE(may("ic_accountant", "SELECT"));
    EXPECT_FALSE(may("ic_accountant", "INSERT"));
    EXPECT_TRUE(may("ic_admin", "INSERT"));
    EXPECT_TRUE(may("ic_admin", "UPDATE"));
}

IC_BOTH_DATABASES(PaymentMethodsTest);

} // namespace
