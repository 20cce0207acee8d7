#pragma once

#include "models/paymentmethod.h"
#include "models/result.h"
#include "services/storage/database.h"

#include <QList>

#include <optional>

namespace ic {

// A customer's payment methods (payment_methods). One default per customer and gateway:
// making a method the default takes the flag from the one that had it, in one transaction.
class PaymentMethodRepository final {
public:
    explicit PaymentMethodRepository(Database &db)
        : m_db(db)
    {
    }

    // Saves a new method; a default one takes the flag from the customer's earlier default
    // at that gateway.
    Result<CustomerPaymentMethod> insert(CustomerPaymentMethod method);
    Result<CustomerPaymentMethod> find(qint64 id) const;
    // A customer's methods, the defaults first, then newest first.
    Result<QList<CustomerPaymentMethod>> listByCustomer(qint64 customerId) const;
    // The method the renewals charge at `gateway`; none when the customer has no default there.
    Result<std::optional<CustomerPaymentMethod>> defaultFor(qint64 customerId,
                                                            const QString &gateway) const;
    // Makes `id` the default at its gateway if nobody changed it since `rowVersion`.
    Result<CustomerPaymentMethod> makeDefault(qint64 id, int rowVersion);
    // Removes a method (the customer withdrew it at the gateway).
    Done remove(qint64 id, int rowVersion);

private:
    Result<QList<CustomerPaymentMethod>> select(const QString &where, Database::Binds binds) const;
    Database &m_db;
};

} // namespace ic
