#include "services/storage/paymentrepository.h"
#include "models/tr.h"

#include <QCoreApplication>

namespace ic {

namespace {

const QString kColumns = QStringLiteral(
    "id, invoice_id, customer_id, amount_minor, currency, method, gateway, gateway_reference, "
    "idempotency_key, status, failure_code, failure_message, attempted_at, settled_at, "
    "row_version");

Payment read(const QSqlQuery &q)
{
    Payment p;
    p.id = q.value(0).toLongLong();
    p.invoiceId = q.value(1).toLongLong();
    p.customerId = q.value(2).toLongLong();
    p.amount = Money(q.value(3).toLongLong(), q.value(4).toString().trimmed());
    p.method = paymentMethodFromString(q.value(5).toString()).value_or(PaymentMethod::Manual);
    p.gateway = q.value(6).toString();
    p.gatewayReference = q.value(7).toString();
    p.idempotencyKey = q.value(8).toString();
    p.status = paymentStatusFromString(q.value(9).toString()).value_or(PaymentStatus::Failed);
    p.failureCode = q.value(10).toString();
    p.failureMessage = q.value(11).toString();
    p.attemptedAt = toTimestamp(q.value(12));
    p.settledAt = toTimestamp(q.value(13));
    p.rowVersion = q.value(14).toInt();
    return p;
}

Error stalePayment(qint64 id)
{
    return {ErrorCode::StaleRow,
            Tr::tr("Payment %1 was changed by someone else since it was read; reload it "
                   "and try again.")
                .arg(id)};
}

} // namespace

Result<Payment> PaymentRepository::insert(Payment p)
{
    if (p.invoiceId <= 0 || p.customerId <= 0)
        return failure(ErrorCode::Invalid,
                       Tr::tr("A payment belongs to an invoice and a customer."));
    if (!Money::isKnownCurrency(p.amount.currency()))
        return failure(
            ErrorCode::Invalid,
            Tr::tr("\"%1\" is not a currency this program knows.").arg(p.amount.currency()));
    if (p.amount.isNegative())
        return failure(
            ErrorCode::Invalid,
            Tr::tr("A payment cannot be negative; a refund is a status of the payment."));
    if (!p.attemptedAt.isValid())
        return failure(ErrorCode::Invalid, Tr::tr("A payment needs the time it was attempted."));
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO payments (invoice_id, customer_id, amount_minor, currency, method, "
            "gateway, gateway_reference, idempotency_key, status, failure_code, failure_message, "
            "attempted_at, settled_at) VALUES (:invoice_id, :customer_id, :amount, :currency, "
            ":method, :gateway, :reference, :key, :status, :failure_code, :failure_message, "
            ":attempted_at, :settled_at) RETURNING ") +
            kColumns,
        {{"invoice_id", p.invoiceId},
         {"customer_id", p.customerId},
         {"amount", p.amount.minor()},
         {"currency", p.amount.currency()},
         {"method", toString(p.method)},
         {"gateway", nullIfEmpty(p.gateway)},
         {"reference", nullIfEmpty(p.gatewayReference)},
         {"key", nullIfEmpty(p.idempotencyKey)},
         {"status", toString(p.status)},
         {"failure_code", nullIfEmpty(p.failureCode)},
         {"failure_message", nullIfEmpty(p.failureMessage)},
         {"attempted_at", timestampValue(p.attemptedAt)},
         {"settled_at", timestampValue(p.settledAt)}});
    if (!q) {
        if (q.error().code == ErrorCode::AlreadyExists)
            return failure(ErrorCode::AlreadyExists,
                           Tr::tr("A payment with the idempotency key %1 was already recorded.")
                               .arg(p.idempotencyKey));
        return std::unexpected(q.error());
    }
    if (!q->next())
        return failure(ErrorCode::Database, Tr::tr("The payment was not saved."));
    return read(*q);
}

Result<Payment> PaymentRepository::setStatus(qint64 id, int rowVersion, PaymentStatus status,
                                             const QDateTime &at, const QString &failureCode,
                                             const QString &failureMessage,
                                             const QString &gatewayReference)
{
    auto current = find(id);
    if (!current)
        return std::unexpected(current.error());
    if (current->rowVersion != rowVersion)
        return std::unexpected(stalePayment(id));
    return setStatus(*current, status, at, failureCode, failureMessage, gatewayReference);
}

Result<Payment> PaymentRepository::setStatus(const Payment &current, PaymentStatus status,
                                             const QDateTime &at, const QString &failureCode,
                                             const QString &failureMessage,
                                             const QString &gatewayReference)
{
    const qint64 id = current.id;
    if (auto allowed = transition(current.status, status); !allowed)
        return std::unexpected(allowed.error());
    Payment next = current;
    if (status == PaymentStatus::Succeeded)
        next.settledAt = at;
    if (status == PaymentStatus::Failed || status == PaymentStatus::RequiresAction) {
        next.failureCode = failureCode;
        next.failureMessage = failureMessage;
    }
    if (!gatewayReference.isEmpty())
        next.gatewayReference = gatewayReference;
    auto q = m_db.exec(QStringLiteral("UPDATE payments SET status = :to, settled_at = :settled_at, "
                                      "failure_code = :code, failure_message = :message, "
                                      "gateway_reference = :reference, "
                                      "row_version = row_version + 1 WHERE id = :id AND "
                                      "row_version = :rv AND status = :from RETURNING ") +
                           kColumns,
                       {{"to", toString(status)},
                        {"reference", nullIfEmpty(next.gatewayReference)},
                        {"settled_at", timestampValue(next.settledAt)},
                        {"code", nullIfEmpty(next.failureCode)},
                        {"message", nullIfEmpty(next.failureMessage)},
                        {"id", id},
                        {"rv", current.rowVersion},
                        {"from", toString(current.status)}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::unexpected(stalePayment(id));
    return read(*q);
}

Result<QList<Payment>> PaymentRepository::select(const QString &where, Database::Binds binds) const
{
    // `where` is always one of this file's constant clauses; values travel in binds.
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM payments WHERE " + where, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<Payment> list;
    while (q->next())
        list.append(read(*q));
    return list;
}

Result<Payment> PaymentRepository::find(qint64 id) const
{
    auto list = select(QStringLiteral("id = :id"), {{"id", id}});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return failure(ErrorCode::NotFound, Tr::tr("Payment %1 does not exist.").arg(id));
    return list->first();
}

Result<Payment> PaymentRepository::findByIdempotencyKey(const QString &key) const
{
    auto list = select(QStringLiteral("idempotency_key = :key"), {{"key", key}});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return failure(ErrorCode::NotFound,
                       Tr::tr("No payment has the idempotency key %1.").arg(key));
    return list->first();
}

Result<QList<Payment>> PaymentRepository::listByCustomer(qint64 customerId) const
{
    return select(QStringLiteral("customer_id = :c ORDER BY attempted_at DESC, id DESC"),
                  {{"c", customerId}});
}

Result<QList<Payment>> PaymentRepository::listByInvoice(qint64 invoiceId) const
{
    return select(QStringLiteral("invoice_id = :i ORDER BY attempted_at, id"), {{"i", invoiceId}});
}

} // namespace ic
