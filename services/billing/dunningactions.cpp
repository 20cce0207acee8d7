#include "services/billing/dunningactions.h"

#include "models/tr.h"
#include "services/billing/invoicing.h"
#include "services/billing/recovery.h"
#include "services/storage/creditrepository.h"
#include "services/storage/dunningcaserepository.h"
#include "services/storage/invoicerepository.h"
#include "services/storage/paymentrepository.h"
#include "services/storage/subscriptionrepository.h"

namespace ic {

DunningActions::DunningActions(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<DunningCase> DunningActions::openCase(qint64 caseId) const
{
    auto c = DunningCaseRepository(m_db).find(caseId);
    if (!c)
        return c;
    if (c->status == DunningStatus::Resolved || c->status == DunningStatus::Cancelled)
        return failure(ErrorCode::IllegalTransition,
                       Tr::tr("Dunning case %1 is closed (%2): there is nothing left to do on it.")
                           .arg(caseId)
                           .arg(toString(c->status)));
    return c;
}

Result<DunningCase> DunningActions::suspendNow(qint64 caseId, const QString &actor, const QString &reason)
{
    return m_db.transaction([&]() -> Result<DunningCase> {
        auto c = openCase(caseId);
        if (!c)
            return c;
        SubscriptionRepository subscriptions(m_db);
        auto s = subscriptions.find(c->subscriptionId);
        if (!s)
            return std::unexpected(s.error());
        auto suspended = subscriptions.changeStatus(s->id, s->rowVersion, SubscriptionStatus::Suspended, actor,
                                                    reason.isEmpty() ? Tr::tr("Suspended by support during dunning.") : reason,
                                                    m_clock.now());
        if (!suspended)
            return std::unexpected(suspended.error());
        DunningCase next = *c;
        next.status = DunningStatus::Suspended;
        return DunningCaseRepository(m_db).update(next);
    });
}

Result<DunningCase> DunningActions::extendDeadline(qint64 caseId, int days, const QString &actor)
{
    if (days < 1 || days > 60)
        return failure(ErrorCode::Invalid, Tr::tr("A deadline is extended by 1 to 60 days, not %1.").arg(days));
    return m_db.transaction([&]() -> Result<DunningCase> {
        auto c = openCase(caseId);
        if (!c)
            return c;
        DunningCase next = *c;
        next.extensionDays += days;
        if (next.nextActionOn.isValid())
            next.nextActionOn = next.nextActionOn.addDays(days);
        next.notes = (next.notes.isEmpty() ? QString() : next.notes + u'\n')
                     + Tr::tr("%1: deadline extended by %2 days by %3.")
                           .arg(m_clock.now().date().toString(Qt::ISODate))
                           .arg(days)
                           .arg(actor);
        return DunningCaseRepository(m_db).update(next);
    });
}

Result<DunningCase> DunningActions::recordContact(qint64 caseId, const QString &note, const QString &actor)
{
    if (note.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Say what was said with the customer."));
    return m_db.transaction([&]() -> Result<DunningCase> {
        auto c = openCase(caseId);
        if (!c)
            return c;
        DunningCase next = *c;
        next.lastContactAt = m_clock.now();
        next.notes = (next.notes.isEmpty() ? QString() : next.notes + u'\n')
                     + m_clock.now().date().toString(Qt::ISODate) + u", " + actor + u": " + note.trimmed();
        return DunningCaseRepository(m_db).update(next);
    });
}

Result<UserCredit> DunningActions::offerCredit(qint64 caseId, Money amount, const QString &actor, const QString &reason)
{
    return m_db.transaction([&]() -> Result<UserCredit> {
        auto c = openCase(caseId);
        if (!c)
            return std::unexpected(c.error());
        InvoiceRepository invoices(m_db);
        auto invoice = invoices.find(c->invoiceId);
        if (!invoice)
            return std::unexpected(invoice.error());
        const qint64 due = invoice->totalMinor - invoice->amountPaidMinor;
        if (amount.currency() != invoice->currency)
            return failure(ErrorCode::MixedCurrency, Tr::tr("Invoice %1 is in %2; a credit in %3 cannot pay it.")
                                                         .arg(invoice->number, invoice->currency, amount.currency()));
        if (amount.minor() <= 0 || amount.minor() > due)
            return failure(ErrorCode::Invalid, Tr::tr("The credit must be more than nothing and at most the %1 still due on %2.")
                                                   .arg(Money(due, invoice->currency).toDecimalString(), invoice->number));
        UserCredit credit;
        credit.customerId = invoice->customerId;
        credit.type = CreditType::Manual;
        credit.amount = amount;
        credit.reason = reason.isEmpty() ? Tr::tr("Goodwill credit during dunning of %1.").arg(invoice->number) : reason;
        credit.sourceInvoiceId = invoice->id;
        credit.createdBy = actor;
        credit.createdAt = m_clock.now();
        CreditRepository credits(m_db);
        auto saved = credits.insert(credit);
        if (!saved)
            return std::unexpected(saved.error());
        auto applied = credits.apply(saved->id, invoice->id, amount, m_clock.now());
        if (!applied)
            return std::unexpected(applied.error());
        Payment payment;
        payment.invoiceId = invoice->id;
        payment.customerId = invoice->customerId;
        payment.amount = amount;
        payment.method = PaymentMethod::Credit;
        payment.status = PaymentStatus::Succeeded;
        payment.idempotencyKey = u"credit-"_qs + QString::number(saved->id) + u"-invoice-" + QString::number(invoice->id);
        payment.attemptedAt = m_clock.now();
        payment.settledAt = m_clock.now();
        if (auto p = PaymentRepository(m_db).insert(payment); !p)
            return std::unexpected(p.error());
        const bool covers = amount.minor() == due;
        auto paid = invoices.addPaid(invoice->id, amount.minor(), covers, m_clock.now());
        if (!paid)
            return std::unexpected(paid.error());
        if (covers)
            if (auto r = applyPaidInvoice(m_db, m_clock, invoice->id, actor); !r)
                return std::unexpected(r.error());
        return credits.find(saved->id);
    });
}

Result<Payment> DunningActions::recordManualPayment(qint64 caseId, Money amount, PaymentMethod method,
                                                    const QString &reference, const QString &actor)
{
    return m_db.transaction([&]() -> Result<Payment> {
        auto c = openCase(caseId);
        if (!c)
            return std::unexpected(c.error());
        Invoicing invoicing(m_db, m_clock);
        auto payment = invoicing.recordManualPayment(c->invoiceId, amount, method, reference, actor);
        if (!payment)
            return payment;
        auto invoice = InvoiceRepository(m_db).find(c->invoiceId);
        if (!invoice)
            return std::unexpected(invoice.error());
        if (invoice->status == InvoiceStatus::Paid)
            if (auto r = applyPaidInvoice(m_db, m_clock, invoice->id, actor); !r)
                return std::unexpected(r.error());
        return payment;
    });
}

} // namespace ic
