#pragma once

#include "models/result.h"

#include <QString>

#include <optional>

namespace ic {

enum class SubscriptionStatus { Trialing, Active, Paused, PastDue, Suspended, Cancelled, Expired };
enum class InvoiceStatus { Draft, Sent, Paid, Overdue, Cancelled, Refunded };
// RequiresAction: the gateway asks the customer to authenticate (strong customer
// authentication); not paid, not declined, waiting for them.
enum class PaymentStatus { Pending, Succeeded, Failed, Refunded, RequiresAction };

// Storage names ("past_due") and back. fromString returns nullopt for an unknown name.
QString toString(SubscriptionStatus s);
QString toString(InvoiceStatus s);
QString toString(PaymentStatus s);
std::optional<SubscriptionStatus> subscriptionStatusFromString(const QString &s);
std::optional<InvoiceStatus> invoiceStatusFromString(const QString &s);
std::optional<PaymentStatus> paymentStatusFromString(const QString &s);

// The names a person reads, translated.
QString displayName(SubscriptionStatus s);
QString displayName(InvoiceStatus s);
QString displayName(PaymentStatus s);

// The transition tables. A status change that is not in the table is an error value
// (ErrorCode::IllegalTransition) with a sentence naming both statuses; staying in the same
// status is not a transition and is refused as well, so a caller cannot "change" silently.
bool isAllowed(SubscriptionStatus from, SubscriptionStatus to);
bool isAllowed(InvoiceStatus from, InvoiceStatus to);
bool isAllowed(PaymentStatus from, PaymentStatus to);
Result<SubscriptionStatus> transition(SubscriptionStatus from, SubscriptionStatus to);
Result<InvoiceStatus> transition(InvoiceStatus from, InvoiceStatus to);
Result<PaymentStatus> transition(PaymentStatus from, PaymentStatus to);

} // namespace ic
