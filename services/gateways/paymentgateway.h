#pragma once

#include "models/money.h"
#include "models/result.h"

#include <QString>

namespace ic {

enum class ChargeOutcome {
    Succeeded,
    SoftDecline, // worth retrying later (insufficient funds, processing error, ...)
    HardDecline, // never retried (lost or stolen card, account closed)
    TimedOut,    // no answer: the charge may or may not have happened; retry with the same key
    NotCharged,  // the gateway does not charge by itself (manual payments)
    // The customer must authenticate first (strong customer authentication on an off-session
    // renewal): nothing was charged, nothing was declined; retrying without them is useless.
    RequiresAction,
};

struct ChargeRequest {
    QString idempotencyKey; // the same key never charges twice
    qint64 invoiceId = 0;
    qint64 customerId = 0;
    QString paymentToken; // the customer's stored card or agreement at the gateway
    Money amount;
    QString description;
};

struct ChargeResult {
    ChargeOutcome outcome = ChargeOutcome::NotCharged;
    QString reference;     // the gateway's id of the charge
    QString declineCode;   // "insufficient_funds", "stolen_card", ...
    QString message;       // for the person reading the payment
    bool replayed = false; // answered from an earlier request with the same key
};

// What the billing engine needs from Stripe, PayPal and the others. An implementation must
// honour the idempotency key: a second request with the same key returns the first result
// and moves no money.
class PaymentGateway {
public:
    virtual ~PaymentGateway() = default;
    virtual QString name() const = 0;
    virtual bool chargesAutomatically() const = 0;
    virtual Result<ChargeResult> charge(const ChargeRequest &request) = 0;
};

QString toString(ChargeOutcome outcome);

} // namespace ic
