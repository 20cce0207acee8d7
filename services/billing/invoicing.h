#pragma once

#include "models/clock.h"
#include "models/customer.h"
#include "models/invoice.h"
#include "models/invoicemath.h"
#include "models/money.h"
#include "models/payment.h"
#include "models/plan.h"
#include "models/result.h"
#include "models/subscription.h"
#include "models/usercredit.h"
#include "services/billing/taxpolicy.h"
#include "services/security/session.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ic {

class Database;

// A line the caller adds to an invoice beside the plan line: a proration credit (negative
// unit price) or charge, a one-off service. Taxed like every line of the invoice by
// TaxPolicy; `taxCategory` names the tax_rates category ("standard" unless said otherwise).
struct ExtraLine {
    QString description;
    qint64 quantity = 1;
    Money unitPrice; // in the invoice's currency; may be negative (a credit for unused days)
    qint64 planId = 0;
    QString taxCategory = QStringLiteral("standard");
};

// What to bill: one period of one subscription.
struct InvoiceRequest {
    qint64 customerId = 0;
    qint64 subscriptionId = 0; // 0 = a one-off invoice: planId and the plan's price are used
    qint64 planId = 0;         // 0 = the subscription's plan
    QDate periodStart;
    QDate periodEnd; // exclusive, as Subscription::currentPeriodEnd
    QDate issueDate;
    QDate dueDate;
    bool firstPayment = false; // adds the plan's setup fee; selects first-payment promotions
    QString promotionCode;     // empty = none typed; auto-apply promotions are found anyway
    QList<ExtraLine> extraLines;
    bool includePlanLine = true; // false: only the extra lines (a plan change's proration)
    // Rows the caller has just read, so that drafting does not read them again (the daily
    // run drafts thousands of invoices); each is used only when its id is the one asked for.
    const Customer *customer = nullptr;
    const Subscription *subscription = nullptr;
    const Plan *plan = nullptr;
};

// An invoice's amounts recomputed from its lines, with the breakdown by tax rate.
InvoiceAmounts amountsOf(const Invoice &invoice);

// Invoices, credit notes, credits and manual payments: the one place that writes them.
// Every writing method runs in one transaction of its own, which nests (as a savepoint)
// inside a caller's transaction, so the daily run can wrap one subscription's work in one.
class Invoicing final {
public:
    // With a session, each action is checked against the signed-in person's role first
    // (ErrorCode::Forbidden, nothing written); without one the system acts (daily run, CLI).
    // The session must outlive this object.
    Invoicing(Database &db, const Clock &clock, const Session *session = nullptr);

    // Prices one period (no writes): the plan line at the subscription's price (or the
    // plan's), its discount from the promotions chosen by the stacking policy, the setup fee
    // on the first payment, the extra lines; tax per line from TaxPolicy rounded half away
    // from zero to the cent; subtotal, tax and total are the sums of the lines. A typed
    // promotion code that fails a check is refused with the check's sentence. Amounts in a
    // currency the plan does not use are refused.
    Result<Invoice> draftForSubscriptionPeriod(const InvoiceRequest &request) const;

    // Saves the draft, gives it its number (INV-YYYY-NNN), records each promotion use
    // (items carrying a promotionId), applies the customer's available credits (same currency,
    // oldest expiry first, then oldest) and queues "invoice_issued" for the customer — all in
    // one transaction. The invoice comes back paid if credits covered it.
    Result<Invoice> issue(Invoice draft, const QString &actor);

    // A correction of an issued invoice: a credit note CN-YYYY-NNN referencing it, with
    // negative lines at the invoice's tax rates. nullopt = the whole invoice, which moves it
    // to cancelled (unpaid) or refunded (paid). `amount` is tax included.
    Result<Invoice> creditNote(qint64 invoiceId, std::optional<Money> amount, const QString &reason,
                               const QString &actor);

    // Gives back (part of) what was paid on an invoice as a refund credit that the next
    // invoices will use. Not more than was paid, less what was already refunded to credit.
    Result<UserCredit> refundToCredit(qint64 invoiceId, Money amount, const QString &reason,
                                      const QString &actor);

    // Records money received outside a gateway (transfer, cheque, cash) through the
    // settlement path (Settlement::receive): refuses more than is due; the invoice paid or
    // part paid, "payment_confirmation" queued, and a paid invoice carries its subscription
    // on (reactivated, period moved on) and closes its dunning case.
    Result<Payment> recordManualPayment(qint64 invoiceId, Money amount, PaymentMethod method,
                                        const QString &reference, const QString &actor);

    // What is still due on an issued invoice (total − paid − credit notes), 0 once paid,
    // cancelled or refunded.
    Result<Money> amountDue(qint64 invoiceId) const;

private:
    Result<Invoice> applyCredits(const Invoice &invoice);
    Result<qint64> creditedMinor(qint64 invoiceId) const;
    Result<QDate> businessToday() const;
    // invoice_issued, or credit_note_issued for a credit note (naming the invoice it corrects)
    Done notifyIssued(const Invoice &invoice, const QString &creditedNumber = {});
    Done audit(const QString &actor, const QString &entity, qint64 id, const QString &action,
               QJsonObject after);
    Database &m_db;
    const Clock &m_clock;
    const Session *m_session = nullptr;
    TaxPolicy m_tax; // remembers the settings and rates it read, for this object's life
};

} // namespace ic
