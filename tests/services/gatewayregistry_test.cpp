// The gateway registry on both databases: built from the book (where the simulated gateway's
// ledger goes), and the gateway and payment method a subscription is charged with.
#include "services/gateways/gatewayregistry.h"
#include "services/gateways/simulatedgateway.h"
#include "services/storage/paymentmethodrepository.h"
#include "services/storage/settings.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace ic;
using ic::test::BothDatabases;

namespace {

class GatewayRegistryTest : public BothDatabases {
protected:
    // Charges 1.00 € through the registry's simulated gateway with a new key.
    static void chargeOnce(const GatewayRegistry &registry, const QString &key)
    {
        PaymentGateway *simulated = registry.find(u"simulated"_qs);
        ASSERT_NE(simulated, nullptr);
        ChargeRequest request;
        request.idempotencyKey = key;
        request.invoiceId = 1;
        request.amount = Money(100, u"EUR"_qs);
        auto answer = simulated->charge(request);
        ASSERT_TRUE(answer.has_value()) << answer.error().message.toStdString();
    }
};

TEST_P(GatewayRegistryTest, TheBooksGatewaysAndWhereTheSimulatedLedgerGoes)
{
    auto registry = GatewayRegistry::forBook(db());
    ASSERT_TRUE(registry.has_value()) << registry.error().message.toStdString();
    EXPECT_EQ(registry->names(), QStringList({u"manual"_qs, u"simulated"_qs}));
    ASSERT_NE(registry->find(u"manual"_qs), nullptr);
    EXPECT_FALSE(registry->find(u"manual"_qs)->chargesAutomatically());
    EXPECT_EQ(registry->find(u"stripe"_qs), nullptr);

    // The rule, once: beside a SQLite book; in the data folder for a server book.
    const QString rule = GatewayRegistry::ledgerPathFor(db().spec());
    if (GetParam() == Dialect::SQLite)
        EXPECT_EQ(rule, db().spec().path + u".simulated-gateway.jsonl"_qs);
    else
        EXPECT_TRUE(QFileInfo(rule).fileName().startsWith(u"simulated-gateway-"_qs))
            << rule.toStdString();
    if (GetParam() == Dialect::SQLite) {
        chargeOnce(*registry, u"k-rule"_qs);
        EXPECT_TRUE(QFileInfo::exists(rule));
    }

    // The book's setting moves it; a path given by the caller (--gateway-ledger) wins.
    const QString set = m_book->dir.filePath(u"set.jsonl"_qs);
    ASSERT_TRUE(Settings(db()).setText(u"gateways.simulated.ledger"_qs, set).has_value());
    auto configured = GatewayRegistry::forBook(db());
    ASSERT_TRUE(configured.has_value());
    chargeOnce(*configured, u"k-set"_qs);
    EXPECT_TRUE(QFileInfo::exists(set));
    const QString given = m_book->dir.filePath(u"given.jsonl"_qs);
    auto overridden = GatewayRegistry::forBook(db(), given);
    ASSERT_TRUE(overridden.has_value());
    chargeOnce(*overridden, u"k-given"_qs);
    EXPECT_TRUE(QFileInfo::exists(given));
}

TEST_P(GatewayRegistryTest, ASubscriptionIsChargedAtItsGatewayWithTheDefaultMethod)
{
    const qint64 lea = ic::test::makeCustomer(db(), u"lea@example.fr"_qs);
    PaymentMethodRepository methods(db());
    CustomerPaymentMethod old;
    old.customerId = lea;
    old.gateway = u"simulated"_qs;
    old.token = u"tok_chargeDeclinedLostCard"_qs;
    old.isDefault = false;
    ASSERT_TRUE(methods.insert(old).has_value());
    CustomerPaymentMethod current = old;
    current.token = u"tok_visa"_qs;
    current.isDefault = true;
    ASSERT_TRUE(methods.insert(current).has_value());

    GatewayRegistry registry;
    SimulatedGateway simulated(m_book->dir.filePath(u"ledger.jsonl"_qs));
    registry.add(&simulated);
    Subscription s;
    s.id = 7;
    s.customerId = lea;
    s.gateway = u"simulated"_qs;
    auto chosen = registry.forSubscription(db(), s);
    ASSERT_TRUE(chosen.has_value()) << chosen.error().message.toStdString();
    EXPECT_EQ(chosen->gateway, &simulated);
    ASSERT_TRUE(chosen->method.has_value());
    EXPECT_EQ(chosen->method->token, u"tok_visa"_qs);

    // a customer without a method there: the gateway, no method
    const qint64 paul = ic::test::makeCustomer(db(), u"paul@example.fr"_qs);
    s.customerId = paul;
    auto bare = registry.forSubscription(db(), s);
    ASSERT_TRUE(bare.has_value());
    EXPECT_FALSE(bare->method.has_value());

    s.gateway = u"stripe"_qs;
    auto unknown = registry.forSubscription(db(), s);
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().message,
              u"Subscription 7 uses the payment gateway \"stripe\", which this program does "
              u"not have."_qs);
}

IC_BOTH_DATABASES(GatewayRegistryTest);

} // namespace
