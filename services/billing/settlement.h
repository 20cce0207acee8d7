#pragma once

#include "models/clock.h"
#include "models/invoice.h"
#include "models/money.h"
#include "models/payment.h"
#include "models/records.h"
#include "models/result.h"
#include "services/gateways/paymentgateway.h"

#include <QDate>
#include <QString>

namespace ic {

class Database;

// What settling one payment attempt did.
struct Settled {
    Payment payment;           // as written
    Invoice invoice;           // as it stands after (header only)
    bool invoicePaid = false;  // this payment paid the invoice in full
    bool reactivated = false;  // the subscription was past due or suspended, and is active
    bool caseResolved = false; // the invoice's dunning case closed
};

// The one place a payment's outcome is applied, whoever took it: the daily run's charge and
// its dunning retries, the counter's charge, a manual payment (desk or dunning case), and
// later the gateways' webhooks. A charge is two steps:
//   1. recordAttempt() puts the attempt on record, pending with its idempotency key, in its
//      own transaction, before the gateway is asked (outside any transaction);
//   2. apply() writes the gateway's answer and every consequence in one transaction (or as a
//      part of the caller's): the payment's outcome; on success the invoice paid or part
//      paid, a payment_confirmation queued (the payment's amount and the invoice's total), the
//      subscription moved on to the period paid or reactivated, its plan change taken up and
//      the dunning case resolved (applyPaidInvoice); on a decline the payment failed with the
//      gateway's code, counted on an open dunning case (a hard decline stops its retries); on
//      "requires action" the payment waits for the customer, who is sent
//      authentication_required (no retry is made meanwhile: awaitsCustomer()). Each outcome
//      writes its audit entry.
// Money received outside a gateway is both steps at once: receive().
class Settlement final {
public:
    // `actor` is who the audit log and the histories name: the signed-in person's username,
    // or a system actor ("daily-run").
    Settlement(Database &db, const Clock &clock, QString actor);

    // Step 1: a card (or PayPal) attempt of `amount` on `invoice` through `gateway`, pending.
    Result<Payment> recordAttempt(const Invoice &invoice, const Money &amount,
                                  const QString &gateway, const QString &idempotencyKey,
                                  PaymentMethod method = PaymentMethod::Card);
    // Step 2: the gateway's answer to a recorded attempt. A timeout (no answer) writes nothing:
    // the attempt stays pending and is asked again with the same key. NotCharged is refused.
    Result<Settled> apply(const Payment &attempt, const ChargeResult &answer);
    // Money received outside a gateway (transfer, cheque, cash): no more than is due, in the
    // invoice's currency; recorded as succeeded and applied as apply() does.
    Result<Settled> receive(qint64 invoiceId, const Money &amount, PaymentMethod method,
                            const QString &reference);

    // An invoice unpaid on its due date (no charge, or a charge that did not pay it): the
    // invoice falls overdue, an active subscription past due (`why` in its history), and its
    // dunning case opens on `day`, its first step due that day. `attempts` charges were tried.
    Result<DunningCase> openCase(qint64 invoiceId, QDate day, int attempts, bool hardDecline,
                                 const QString &why);

    // True when the invoice's last charge waits for the customer to authenticate: retrying it
    // without them is pointless.
    Result<bool> awaitsCustomer(qint64 invoiceId) const;

private:
    Result<Settled> succeeded(const Payment &payment);
    Database &m_db;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace ic
