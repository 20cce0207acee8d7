#pragma once

#include "models/clock.h"
#include "models/customer.h"
#include "models/invoice.h"
#include "models/money.h"
#include "models/payment.h"
#include "models/paymentmethod.h"
#include "models/plan.h"
#include "models/result.h"
#include "models/subscription.h"
#include "models/usercredit.h"
#include "services/security/session.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ic {

class Database;
class GatewayRegistry;

// Everything the customer page shows of one customer.
struct CustomerFile {
    Customer customer;
    QList<Subscription> subscriptions;              // newest first
    QHash<qint64, QList<SubscriptionEvent>> events; // by subscription id, oldest first
    QHash<qint64, Plan> plans;                      // the plans the subscriptions name
    QList<Invoice> invoices;                        // newest first, without their lines
    QList<Payment> payments;                        // newest first
    QList<UserCredit> credits;                      // newest first
    QList<CustomerPaymentMethod> paymentMethods;    // the defaults first, then newest first
};

// A new subscription priced at the counter, nothing written: the first invoice as it will
// be issued (setup fee, promotion, tax), or none for a trial or a free plan.
struct CounterQuote {
    Plan plan;
    std::optional<Invoice> invoice;
    QString promotionName; // the promotion the typed code gives, empty when none was typed
};

// How the person at the counter takes the first payment.
enum class CounterPayment {
    Gateway, // charged now through the subscription's gateway (the customer's card)
    Manual,  // money received at the counter (transfer, cheque, cash), recorded as such
    Later,   // the invoice waits: the daily run charges it on its due date
};

// What the counter did.
struct CounterSale {
    Subscription subscription;
    std::optional<Invoice> invoice; // as it stands after the payment
    std::optional<Payment> payment;
    // Empty when the payment went through (or none was asked): otherwise the gateway's
    // sentence; the subscription and its invoice exist, the invoice waits for its payment.
    QString paymentProblem;
};

// The customer desk: reads one customer's file and does what the Customers area offers
// (flow 1 at the counter, notes, credits, manual payments), through the billing services and
// with the signed-in person's role checked first. Each write is one transaction with its
// audit entry; a refusal is one sentence and writes nothing.
class CustomerDesk final {
public:
    // The session (may be null: the system acts) and the book's gateways (may be null: no
    // charge can be made here) must outlive this object. The audit log names the session's
    // person, or "system".
    CustomerDesk(Database &db, const Clock &clock, const Session *session = nullptr,
                 const GatewayRegistry *gateways = nullptr);

    Result<CustomerFile> load(qint64 customerId) const;

    // The plans on sale, in catalogue order.
    Result<QList<Plan>> plansOnSale() const;

    // A typed code checked for this customer and plan, as the counter's first invoice would
    // check it: the promotion's name when accepted, the failed check's sentence (Invalid)
    // otherwise.
    Result<QString> checkCode(qint64 customerId, qint64 planId, const QString &code) const;
    // The subscription priced today, nothing written.
    Result<CounterQuote> quote(qint64 customerId, qint64 planId, const QString &code) const;
    // Flow 1 at the counter: the subscription created, its first invoice issued (the
    // customer is told by the outbox), then the payment taken as chosen: Gateway charges the
    // customer's default method at the subscription's gateway (from the registry).
    Result<CounterSale> newSubscription(qint64 customerId, qint64 planId, const QString &code,
                                        CounterPayment payment, const QString &reference = {});
    // Charges what is due on an issued invoice through its subscription's gateway and the
    // customer's default method there (an attempt recorded with its idempotency key before
    // the gateway is asked), then settles the answer (Settlement): paid and the customer told,
    // declined and still due, or waiting for the customer to authenticate.
    Result<CounterSale> chargeInvoice(qint64 invoiceId);
    // What this desk was made with, so that long work can make its own desk on another
    // thread, with its own connection (Database::clone) and the same person and gateways.
    Database &database() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    const Session *session() const { return m_session; }
    const GatewayRegistry *gateways() const { return m_gateways; }
    // Whether a charge can be made here at all (a registry with a gateway that charges).
    bool canCharge() const;
    // The name of the gateway a new subscription is charged through ("simulated").
    QString chargingGateway() const;

    // A note on the customer, stamped with the date and who wrote it.
    Result<Customer> addNote(qint64 customerId, const QString &text);
    // A goodwill credit the next invoices use (support: up to their credit limit).
    Result<UserCredit> addCredit(qint64 customerId, const Money &amount, const QString &reason);
    // Money received outside the gateway on one of the customer's invoices.
    Result<Payment> recordPayment(qint64 invoiceId, const Money &amount, PaymentMethod method,
                                  const QString &reference);

private:
    QString actor() const;
    Database &m_db;
    const Clock &m_clock;
    const Session *m_session = nullptr;
    const GatewayRegistry *m_gateways = nullptr;
};

} // namespace ic
