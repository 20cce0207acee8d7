#include "models/notifications.h"

namespace ic {

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject PaymentConfirmation::toJson() const
{
    return {{QStringLiteral("customer_name"), customerName},
            {QStringLiteral("invoice_id"), invoiceId},
            {QStringLiteral("invoice_number"), invoiceNumber},
            {QStringLiteral("payment_id"), paymentId},
            {QStringLiteral("amount_minor"), amount.minor()},
            {QStringLiteral("invoice_total_minor"), invoiceTotal.minor()},
            {QStringLiteral("still_due_minor"), stillDue.minor()},
            {QStringLiteral("currency"), amount.currency()},
            {QStringLiteral("method"), toString(method)},
            {QStringLiteral("paid_on"), isoDate(paidOn)}};
}

QJsonObject AuthenticationRequired::toJson() const
{
    return {{QStringLiteral("customer_name"), customerName},
            {QStringLiteral("invoice_id"), invoiceId},
            {QStringLiteral("invoice_number"), invoiceNumber},
            {QStringLiteral("payment_id"), paymentId},
            {QStringLiteral("amount_minor"), amount.minor()},
            {QStringLiteral("currency"), amount.currency()},
            {QStringLiteral("due_date"), isoDate(dueDate)},
            {QStringLiteral("gateway"), gateway}};
}

QJsonObject RenewalReminder::toJson() const
{
    return {{QStringLiteral("customer_name"), customerName},
            {QStringLiteral("invoice_id"), invoiceId},
            {QStringLiteral("invoice_number"), invoiceNumber},
            {QStringLiteral("amount_due_minor"), amountDue.minor()},
            {QStringLiteral("currency"), amountDue.currency()},
            {QStringLiteral("due_date"), isoDate(dueDate)}};
}

QJsonObject DunningReminder::toJson() const
{
    return {{QStringLiteral("customer_name"), customerName},
            {QStringLiteral("invoice_id"), invoiceId},
            {QStringLiteral("invoice_number"), invoiceNumber},
            {QStringLiteral("amount_due_minor"), amountDue.minor()},
            {QStringLiteral("currency"), amountDue.currency()},
            {QStringLiteral("due_date"), isoDate(dueDate)},
            {QStringLiteral("day_offset"), dayOffset}};
}

QJsonObject SubscriptionCancelled::toJson() const
{
    return {{QStringLiteral("customer_name"), customerName},
            {QStringLiteral("subscription_id"), subscriptionId},
            {QStringLiteral("invoice_id"), invoiceId},
            {QStringLiteral("invoice_number"), invoiceNumber},
            {QStringLiteral("amount_due_minor"), amountDue.minor()},
            {QStringLiteral("currency"), amountDue.currency()},
            {QStringLiteral("cancelled_on"), isoDate(cancelledOn)}};
}

QJsonObject TrialEnded::toJson() const
{
    return {{QStringLiteral("customer_name"), customerName},
            {QStringLiteral("subscription_id"), subscriptionId},
            {QStringLiteral("ended_on"), isoDate(endedOn)}};
}

QJsonObject SubscriptionConfirmation::toJson() const
{
    return {{QStringLiteral("customer_name"), customerName},
            {QStringLiteral("subscription_id"), subscriptionId},
            {QStringLiteral("plan_id"), planId},
            {QStringLiteral("status"), status}};
}

QJsonObject InvoiceIssued::toJson() const
{
    return {{QStringLiteral("customer_name"), customerName},
            {QStringLiteral("invoice_id"), invoiceId},
            {QStringLiteral("invoice_number"), invoiceNumber},
            {QStringLiteral("total_minor"), total.minor()},
            {QStringLiteral("currency"), total.currency()},
            {QStringLiteral("due_date"), isoDate(dueDate)}};
}

QJsonObject CreditNoteIssued::toJson() const
{
    return {{QStringLiteral("customer_name"), customerName},
            {QStringLiteral("invoice_id"), invoiceId},
            {QStringLiteral("invoice_number"), invoiceNumber},
            {QStringLiteral("credited_invoice_number"), creditedInvoiceNumber},
            {QStringLiteral("total_minor"), total.minor()},
            {QStringLiteral("currency"), total.currency()}};
}

} // namespace ic
