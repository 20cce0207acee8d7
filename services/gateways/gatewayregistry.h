#pragma once

#include "models/paymentmethod.h"
#include "models/result.h"
#include "models/subscription.h"
#include "services/gateways/paymentgateway.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace ic {

class Database;
struct ConnectionSpec;

// The gateway a charge goes through, and what it charges there.
struct ChosenGateway {
    PaymentGateway *gateway = nullptr;
    // The customer's default method at that gateway; none: the gateway is asked without a
    // token (the simulated gateway then succeeds, a real one refuses).
    std::optional<CustomerPaymentMethod> method;
};

// The payment gateways of one book, built once where the program starts (the CLI's commands,
// the GUI's window) and handed to whatever charges: the daily run, the counter, the dunning
// actions. Nothing else chooses or builds a gateway. The registry owns the gateways it builds
// and may also hold some it does not own (tests). It outlives those who use it.
class GatewayRegistry final {
public:
    GatewayRegistry() = default;
    Q_DISABLE_COPY(GatewayRegistry)
    GatewayRegistry(GatewayRegistry &&) = default;
    GatewayRegistry &operator=(GatewayRegistry &&) = default;

    // The book's gateways: "manual" always; "simulated", with its ledger where the setting
    // gateways.simulated.ledger says, else where ledgerPathFor() puts it (`ledgerOverride`,
    // e.g. the CLI's --gateway-ledger, wins over both). Stripe and PayPal join here, their
    // keys read from the keychain, when they exist.
    static Result<GatewayRegistry> forBook(Database &db, const QString &ledgerOverride = {});
    // The rule for the simulated gateway's ledger, written once: beside a SQLite book, and
    // for a server book in the data folder, named after the book.
    static QString ledgerPathFor(const ConnectionSpec &book);

    void add(std::unique_ptr<PaymentGateway> gateway); // owned
    void add(PaymentGateway *gateway);                 // not owned; must outlive the registry

    // The gateway of that name, or null.
    PaymentGateway *find(const QString &name) const;
    QStringList names() const;
    // The gateway a subscription is charged through, with the customer's default method
    // there, read from `db` (the caller's connection: the registry holds none). A gateway
    // this program does not have is refused in one sentence.
    Result<ChosenGateway> forSubscription(Database &db, const Subscription &subscription) const;
    // The same for a gateway by name and a customer (a one-off invoice at the counter).
    Result<ChosenGateway> forCustomer(Database &db, qint64 customerId,
                                      const QString &gatewayName) const;

private:
    std::vector<std::unique_ptr<PaymentGateway>> m_owned;
    QHash<QString, PaymentGateway *> m_byName;
};

} // namespace ic
