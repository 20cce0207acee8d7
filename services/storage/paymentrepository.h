#pragma once

#include "models/payment.h"
#include "models/result.h"
#include "services/storage/database.h"

#include <QList>

namespace ic {

// Payment attempts against invoices. The idempotency key is unique: a retried charge
// finds the attempt it already made instead of making a second one.
class PaymentRepository final {
public:
    explicit PaymentRepository(Database &db)
        : m_db(db)
    {
    }

    Result<Payment> insert(Payment payment);
    Result<Payment> find(qint64 id) const;
    Result<Payment> findByIdempotencyKey(const QString &key) const;
    // The attempts on one invoice, oldest first.
    Result<QList<Payment>> listByInvoice(qint64 invoiceId) const;
    // A customer's payments and attempts, newest first.
    Result<QList<Payment>> listByCustomer(qint64 customerId) const;
    // Moves the status along the transition table if the row is still at `rowVersion`.
    // Succeeding stamps settled_at with `at`; failing (or waiting for the customer) records the
    // gateway's code and message.
    Result<Payment> setStatus(qint64 id, int rowVersion, PaymentStatus status, const QDateTime &at,
                              const QString &failureCode = {}, const QString &failureMessage = {},
                              const QString &gatewayReference = {});
    // The same from the row as the caller has just read it (not read again).
    Result<Payment> setStatus(const Payment &current, PaymentStatus status, const QDateTime &at,
                              const QString &failureCode = {}, const QString &failureMessage = {},
                              const QString &gatewayReference = {});

private:
    Result<QList<Payment>> select(const QString &where, Database::Binds binds) const;
    Database &m_db;
};

} // namespace ic
