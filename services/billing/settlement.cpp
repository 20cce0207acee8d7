#include "services/billing/settlement.h"

#include "models/notifications.h"
#include "models/tr.h"
#include "services/billing/invoicing.h"
#include "services/billing/recovery.h"
#include "services/security/audittrail.h"
#include "services/storage/customerrepository.h"
#include "services/storage/database.h"
#include "services/storage/dunningcaserepository.h"
#include "services/storage/invoicerepository.h"
#include "services/storage/outboxrepository.h"
#include "services/storage/paymentrepository.h"
#include "services/storage/settings.h"
#include "services/storage/subscriptionrepository.h"

#include <QJsonObject>

namespace ic {

namespace {

QJsonObject paymentJson(const Payment &p)
{
    return {{u"invoice_id"_qs, p.invoiceId},
            {u"amount_minor"_qs, p.amount.minor()},
            {u"currency"_qs, p.amount.currency()},
            {u"method"_qs, toString(p.method)},
            {u"gateway"_qs, p.gateway},
            {u"status"_qs, toString(p.status)},
            {u"reference"_qs, p.gatewayReference},
            {u"failure_code"_qs, p.failureCode}};
}

bool isCharge(const Payment &p)
{
    return p.method == PaymentMethod::Card || p.method == PaymentMethod::PayPal;
}

} // namespace

Settlement::Settlement(Database &db, const Clock &clock, QString actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor.isEmpty() ? QStringLiteral("system") : std::move(actor))
{
}

Result<Payment> Settlement::recordAttempt(const Invoice &invoice, const Money &amount,
                                          const QString &gateway, const QString &idempotencyKey,
                                          PaymentMethod method)
{
    if (amount.minor() <= 0)
        return failure(ErrorCode::Invalid, Tr::tr("A charge must be for more than nothing."));
    Payment attempt;
    attempt.invoiceId = invoice.id;
    attempt.customerId = invoice.customerId;
    attempt.amount = amount;
    attempt.method = method;
    attempt.gateway = gateway;
    attempt.idempotencyKey = idempotencyKey;
    attempt.status = PaymentStatus::Pending;
    attempt.attemptedAt = m_clock.now();
    return m_db.transaction([&]() -> Result<Payment> {
        auto saved = PaymentRepository(m_db).insert(attempt);
        if (!saved)
            return saved;
        if (auto a = recordAudit(m_db, m_clock, m_actor, u"payment"_qs, saved->id,
                                 u"charge_attempt"_qs, {}, paymentJson(*saved));
            !a)
            return std::unexpected(a.error());
        return saved;
    });
}

Result<Settled> Settlement::apply(const Payment &attempt, const ChargeResult &answer)
{
    if (answer.outcome == ChargeOutcome::NotCharged)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The %1 gateway charged nothing: record the payment when the money "
                              "arrives.")
                           .arg(attempt.gateway));
    Settled settled;
    settled.payment = attempt;
    if (answer.outcome == ChargeOutcome::TimedOut) {
        auto invoice = InvoiceRepository(m_db).header(attempt.invoiceId);
        if (!invoice)
            return std::unexpected(invoice.error());
        settled.invoice = *invoice;
        return settled; // still pending: asked again with the same key
    }
    return m_db.transaction([&]() -> Result<Settled> {
        PaymentRepository payments(m_db);
        const QDateTime now = m_clock.now();
        if (answer.outcome == ChargeOutcome::Succeeded) {
            auto paid = payments.setStatus(attempt, PaymentStatus::Succeeded, now, {}, {},
                                           answer.reference);
            if (!paid)
                return std::unexpected(paid.error());
            if (auto a =
                    recordAudit(m_db, m_clock, m_actor, u"payment"_qs, paid->id,
                                u"charge_succeeded"_qs, paymentJson(attempt), paymentJson(*paid));
                !a)
                return std::unexpected(a.error());
            return succeeded(*paid);
        }
        const bool waits = answer.outcome == ChargeOutcome::RequiresAction;
        auto written = payments.setStatus(
            attempt, waits ? PaymentStatus::RequiresAction : PaymentStatus::Failed, now,
            answer.declineCode, answer.message, answer.reference);
        if (!written)
            return std::unexpected(written.error());
        settled.payment = *written;
        if (auto a = recordAudit(m_db, m_clock, m_actor, u"payment"_qs, written->id,
                                 waits ? u"charge_requires_action"_qs : u"charge_declined"_qs,
                                 paymentJson(attempt), paymentJson(*written));
            !a)
            return std::unexpected(a.error());
        auto invoice = InvoiceRepository(m_db).header(attempt.invoiceId);
        if (!invoice)
            return std::unexpected(invoice.error());
        settled.invoice = *invoice;
        if (waits) {
            auto customer = CustomerRepository(m_db).find(invoice->customerId);
            if (!customer)
                return std::unexpected(customer.error());
            AuthenticationRequired ask;
            ask.customerName = customer->name;
            ask.invoiceId = invoice->id;
            ask.invoiceNumber = invoice->number;
            ask.paymentId = written->id;
            ask.amount = written->amount;
            ask.dueDate = invoice->dueDate;
            ask.gateway = written->gateway;
            if (auto q = OutboxRepository(m_db).notify(
                    *customer, ask, u"authentication_required:"_qs + QString::number(written->id),
                    now);
                !q)
                return std::unexpected(q.error());
            return settled;
        }
        // A decline on an open case counts as one of its attempts; a hard one ends retries.
        DunningCaseRepository cases(m_db);
        if (auto c = cases.findByInvoice(invoice->id);
            c && (c->status == DunningStatus::Open || c->status == DunningStatus::Suspended)) {
            DunningCase next = *c;
            ++next.attempts;
            next.hardDecline = next.hardDecline || answer.outcome == ChargeOutcome::HardDecline;
            if (auto saved = cases.update(next); !saved)
                return std::unexpected(saved.error());
        } else if (!c && c.error().code != ErrorCode::NotFound) {
            return std::unexpected(c.error());
        }
        return settled;
    });
}

Result<Settled> Settlement::receive(qint64 invoiceId, const Money &amount, PaymentMethod method,
                                    const QString &reference)
{
    if (method == PaymentMethod::Credit)
        return failure(
            ErrorCode::Invalid,
            Tr::tr("Credits are spent when an invoice is issued, not recorded as a payment."));
    if (amount.minor() <= 0)
        return failure(ErrorCode::Invalid, Tr::tr("A payment must be more than nothing."));
    return m_db.transaction([&]() -> Result<Settled> {
        auto invoice = InvoiceRepository(m_db).header(invoiceId);
        if (!invoice)
            return std::unexpected(invoice.error());
        if (invoice->kind != InvoiceKind::Invoice)
            return failure(
                ErrorCode::Invalid,
                Tr::tr("%1 is a credit note; payments go to invoices.").arg(invoice->number));
        if (invoice->status != InvoiceStatus::Sent && invoice->status != InvoiceStatus::Overdue)
            return failure(ErrorCode::IllegalTransition,
                           Tr::tr("Invoice %1 is %2: nothing is due on it.")
                               .arg(invoice->number, displayName(invoice->status)));
        if (amount.currency() != invoice->currency)
            return failure(ErrorCode::MixedCurrency,
                           Tr::tr("Invoice %1 is in %2; a payment in %3 cannot settle it.")
                               .arg(invoice->number, invoice->currency, amount.currency()));
        auto due = Invoicing(m_db, m_clock).amountDue(invoiceId);
        if (!due)
            return std::unexpected(due.error());
        if (amount.minor() > due->minor()) {
            const auto text = [](const Money &m) -> QString {
                return m.toDecimalString() + u' ' + m.currency();
            };
            return failure(ErrorCode::Invalid,
                           Tr::tr("Only %1 is due on invoice %2; a payment of %3 is more than "
                                  "that.")
                               .arg(text(*due), invoice->number, text(amount)));
        }
        const QDateTime now = m_clock.now();
        Payment payment;
        payment.invoiceId = invoiceId;
        payment.customerId = invoice->customerId;
        payment.amount = amount;
        payment.method = method;
        payment.gateway = QStringLiteral("manual");
        payment.gatewayReference = reference.trimmed();
        payment.status = PaymentStatus::Succeeded;
        payment.attemptedAt = now;
        payment.settledAt = now;
        auto saved = PaymentRepository(m_db).insert(payment);
        if (!saved)
            return std::unexpected(saved.error());
        if (auto a = recordAudit(m_db, m_clock, m_actor, u"payment"_qs, saved->id,
                                 u"payment_received"_qs, {}, paymentJson(*saved));
            !a)
            return std::unexpected(a.error());
        return succeeded(*saved);
    });
}

// Inside apply()'s or receive()'s transaction: the money is on the invoice, the customer is
// told, and a paid invoice carries its subscription on.
Result<Settled> Settlement::succeeded(const Payment &payment)
{
    Settled settled;
    settled.payment = payment;
    const QDateTime now = m_clock.now();
    auto due = Invoicing(m_db, m_clock).amountDue(payment.invoiceId);
    if (!due)
        return std::unexpected(due.error());
    const qint64 amount = payment.amount.minor();
    // the invoice is paid once nothing is left due (credit notes count, as in amountDue)
    auto invoice =
        InvoiceRepository(m_db).addPaid(payment.invoiceId, amount, amount >= due->minor(), now);
    if (!invoice)
        return std::unexpected(invoice.error());
    settled.invoice = *invoice;
    settled.invoicePaid = invoice->status == InvoiceStatus::Paid;

    auto customer = CustomerRepository(m_db).find(invoice->customerId);
    if (!customer)
        return std::unexpected(customer.error());
    auto today = Settings(m_db).businessToday(m_clock);
    if (!today)
        return std::unexpected(today.error());
    PaymentConfirmation confirmation;
    confirmation.customerName = customer->name;
    confirmation.invoiceId = invoice->id;
    confirmation.invoiceNumber = invoice->number;
    confirmation.paymentId = payment.id;
    confirmation.amount = payment.amount;
    confirmation.invoiceTotal = invoice->total();
    confirmation.stillDue = Money(std::max<qint64>(0, due->minor() - amount), invoice->currency);
    confirmation.method = payment.method;
    confirmation.paidOn = *today;
    if (auto q = OutboxRepository(m_db).notify(
            *customer, confirmation, u"payment_confirmation:"_qs + QString::number(payment.id),
            now);
        !q)
        return std::unexpected(q.error());

    if (!settled.invoicePaid)
        return settled; // part paid: the rest is still due
    auto recovery = applyPaidInvoice(m_db, m_clock, *invoice, m_actor);
    if (!recovery)
        return std::unexpected(recovery.error());
    settled.reactivated = recovery->reactivated;
    settled.caseResolved = recovery->caseResolved;
    return settled;
}

Result<DunningCase> Settlement::openCase(qint64 invoiceId, QDate day, int attempts,
                                         bool hardDecline, const QString &why)
{
    return m_db.transaction([&]() -> Result<DunningCase> {
        InvoiceRepository invoices(m_db);
        auto current = invoices.header(invoiceId);
        if (!current)
            return std::unexpected(current.error());
        if (current->status != InvoiceStatus::Overdue)
            if (auto overdue =
                    invoices.setStatus(current->id, current->rowVersion, InvoiceStatus::Overdue);
                !overdue)
                return std::unexpected(overdue.error());
        SubscriptionRepository subscriptions(m_db);
        auto s = subscriptions.find(current->subscriptionId);
        if (!s)
            return std::unexpected(s.error());
        if (s->status == SubscriptionStatus::Active)
            if (auto r = subscriptions.changeStatus(
                    s->id, s->rowVersion, SubscriptionStatus::PastDue, m_actor, why, m_clock.now());
                !r)
                return std::unexpected(r.error());
        DunningCase dunning;
        dunning.invoiceId = current->id;
        dunning.subscriptionId = s->id;
        dunning.customerId = current->customerId;
        dunning.status = DunningStatus::Open;
        dunning.openedOn = day;
        dunning.stage = 0;
        dunning.nextActionOn = day;
        dunning.attempts = attempts;
        dunning.hardDecline = hardDecline;
        return DunningCaseRepository(m_db).open(dunning);
    });
}

Result<bool> Settlement::awaitsCustomer(qint64 invoiceId) const
{
    auto attempts = PaymentRepository(m_db).listByInvoice(invoiceId);
    if (!attempts)
        return std::unexpected(attempts.error());
    for (auto it = attempts->crbegin(); it != attempts->crend(); ++it)
        if (isCharge(*it))
            return it->status == PaymentStatus::RequiresAction;
    return false;
}

} // namespace ic
