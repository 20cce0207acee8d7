#include "services/gateways/gatewayregistry.h"

#include "models/tr.h"
#include "services/gateways/manualgateway.h"
#include "services/gateways/simulatedgateway.h"
#include "services/storage/connectionspec.h"
#include "services/storage/database.h"
#include "services/storage/paymentmethodrepository.h"
#include "services/storage/settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ic {

Result<GatewayRegistry> GatewayRegistry::forBook(Database &db, const QString &ledgerOverride)
{
    QString ledger = ledgerOverride;
    if (ledger.isEmpty()) {
        auto configured = Settings(db).text(u"gateways.simulated.ledger"_qs, {});
        if (!configured)
            return std::unexpected(configured.error());
        ledger = configured->isEmpty() ? ledgerPathFor(db.spec()) : *configured;
    }
    GatewayRegistry registry;
    registry.add(std::make_unique<ManualGateway>());
    registry.add(std::make_unique<SimulatedGateway>(ledger));
    return registry;
}

QString GatewayRegistry::ledgerPathFor(const ConnectionSpec &book)
{
    const QString location = book.dialect == Dialect::SQLite ? book.path : book.toString();
    // beside a SQLite book; for a server book, in the data folder, named after it
    const QFileInfo info(location);
    if (book.dialect == Dialect::SQLite && info.isAbsolute() && info.absoluteDir().exists())
        return location + u".simulated-gateway.jsonl";
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    return QDir(folder).filePath(u"simulated-gateway-"_qs + name + u".jsonl");
}

void GatewayRegistry::add(std::unique_ptr<PaymentGateway> gateway)
{
    add(gateway.get());
    m_owned.push_back(std::move(gateway));
}

void GatewayRegistry::add(PaymentGateway *gateway)
{
    if (gateway)
        m_byName.insert(gateway->name(), gateway);
}

PaymentGateway *GatewayRegistry::find(const QString &name) const
{
    return m_byName.value(name, nullptr);
}

QStringList GatewayRegistry::names() const
{
    QStringList list = m_byName.keys();
    list.sort();
    return list;
}

Result<ChosenGateway> GatewayRegistry::forCustomer(Database &db, qint64 customerId,
                                                   const QString &gatewayName) const
{
    ChosenGateway chosen;
    chosen.gateway = find(gatewayName);
    if (!chosen.gateway)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The payment gateway \"%1\" is not set up in this program; charge "
                              "through another gateway or record the payment by hand.")
                           .arg(gatewayName));
    if (!chosen.gateway->chargesAutomatically())
        return chosen; // nothing is charged: no method needed
    auto method = PaymentMethodRepository(db).defaultFor(customerId, gatewayName);
    if (!method)
        return std::unexpected(method.error());
    chosen.method = *method;
    return chosen;
}

Result<ChosenGateway> GatewayRegistry::forSubscription(Database &db,
                                                       const Subscription &subscription) const
{
    if (!find(subscription.gateway))
        return failure(ErrorCode::Invalid,
                       Tr::tr("Subscription %1 uses the payment gateway \"%2\", which this "
                              "program does not have.")
                           .arg(subscription.id)
                           .arg(subscription.gateway));
    return forCustomer(db, subscription.customerId, subscription.gateway);
}

} // namespace ic
