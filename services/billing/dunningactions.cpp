#include "services/billing/dunningactions.h"

#include "models/tr.h"
#include "services/billing/invoicing.h"
#include "services/billing/recovery.h"
#include "services/security/audittrail.h"
#include "services/storage/creditrepository.h"
#include "services/storage/dunningcaserepository.h"
#include "services/storage/invoicerepository.h"
#include "services/storage/paymentrepository.h"
#include "services/storage/subscriptionrepository.h"

namespace ic {

namespace {

QJsonObject extraOf(const DunningCase &)
{
    return {};
}
QJsonObject extraOf(const UserCredit &c)
{
    return {{QStringLiteral("credit_id"), c.id},
            {QStringLiteral("credit_minor"), c.amount.minor()},
            {QStringLiteral("currency"), c.amount.currency()}};
}
QJsonObject extraOf(const Payment &p)
{
    return {{QStringLiteral("payment_id"), p.id},
            {QStringLiteral("amount_minor"), p.amount.minor()},
            {QStringLiteral("currency"), p.amount.currency()}};
}

// Runs `body` in one transaction (or as a part of a caller's) and, when it succeeds,
// writes the audit entry of the case as it was before and after (with the credit or payment
// the action made), in the same transaction.
template <typename F>
auto audited(Database &db, const Clock &clock, qint64 caseId, const QString &actor,
             const QString &action, F &&body) -> decltype(body())
{
    return db.transaction([&]() -> decltype(body()) {
        auto before = DunningCaseRepository(db).find(caseId);
        auto result = body();
        if (!result)
            return result;
        auto after = DunningCaseRepository(db).find(caseId);
        if (!after)
            return std::unexpected(after.error());
        QJsonObject now = auditJson(*after);
        const QJsonObject extra = extraOf(*result);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            now.insert(it.key(), it.value());
        if (auto a = recordAudit(db, clock, actor, QStringLiteral("dunning_case"), caseId, action,
                                 before ? auditJson(*before) : QJsonObject(), now);
            !a)
            return std::unexpected(a.error());
        return result;
    });
}

} // namespace

DunningActions::DunningActions(Database &db, const Clock &clock, const Session *session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
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

Result<DunningCase> DunningActions::suspendNow(qint64 caseId, const QString &actor,
                                               const QString &reason)
{
    if (auto allowed = require(m_session, Permission::DunningActions); !allowed)
        return std::unexpected(allowed.error());
    return audited(
        m_db, m_clock, caseId, actor, QStringLiteral("suspend"), [&]() -> Result<DunningCase> {
            auto c = openCase(caseId);
            if (!c)
                return c;
            SubscriptionRepository subscriptions(m_db);
            auto s = subscriptions.find(c->subscriptionId);
            if (!s)
                return std::unexpected(s.error());
            auto suspended = subscriptions.changeStatus(
                s->id, s->rowVersion, SubscriptionStatus::Suspended, actor,
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
    if (auto allowed = require(m_session, Permission::DunningActions); !allowed)
        return std::unexpected(allowed.error());
    if (days < 1 || days > 60)
        return failure(ErrorCode::Invalid,
                       Tr::tr("A deadline is extended by 1 to 60 days, not %1.").arg(days));
    return audited(m_db, m_clock, caseId, actor, QStringLiteral("extend_deadline"),
                   [&]() -> Result<DunningCase> {
                       auto c = openCase(caseId);
                       if (!c)
                           return c;
                       DunningCase next = *c;
                       next.extensionDays += days;
                       if (next.nextActionOn.isValid())
                           next.nextActionOn = next.nextActionOn.addDays(days);
                       next.notes = (next.notes.isEmpty() ? QString() : next.notes + u'\n') +
                                    Tr::tr("%1: deadline extended by %2 days by %3.")
                                        .arg(m_clock.now().date().toString(Qt::ISODate))
                                        .arg(days)
                                        .arg(actor);
                       return DunningCaseRepository(m_db).update(next);
                   });
}

Result<DunningCase> DunningActions::recordContact(qint64 caseId, const QString &note,
                                                  const QString &actor)
{
    if (auto allowed = require(m_session, Permission::DunningActions); !allowed)
        return std::unexpected(allowed.error());
    if (note.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Say what was said with the customer."));
    return audited(m_db, m_clock, caseId, actor, QStringLiteral("contact"),
                   [&]() -> Result<DunningCase> {
                       auto c = openCase(caseId);
                       if (!c)
                           return c;
                       DunningCase next = *c;
                       next.lastContactAt = m_clock.now();
                       next.notes = (next.notes.isEmpty() ? QString() : next.notes + u'\n') +
                                    m_clock.now().date().toString(Qt::ISODate) + u", " + actor +
                                    u": " + note.trimmed();
                       return DunningCaseRepository(m_db).update(next);
                   });
}

Result<UserCredit> DunningActions::offerCredit(qint64 caseId, Money amount, const QString &actor,
                                               const QString &reason)
{
    if (auto allowed = require(m_session, Permission::DunningActions); !allowed)
        return std::unexpected(allowed.error());
    if (auto allowed = requireCredit(m_session, amount); !allowed)
        return std::unexpected(allowed.error());
    return audited(
        m_db, m_clock, caseId, actor, QStringLiteral("offer_credit"), [&]() -> Result<UserCredit> {
            auto c = openCase(caseId);
            if (!c)
                return std::unexpected(c.error());
            InvoiceRepository invoices(m_db);
            auto invoice = invoices.find(c->invoiceId);
            if (!invoice)
                return std::unexpected(invoice.error());
            const qint64 due = invoice->totalMinor - invoice->amountPaidMinor;
            if (amount.currency() != invoice->currency)
                return failure(ErrorCode::MixedCurrency,
                               Tr::tr("Invoice %1 is in %2; a credit in %3 cannot pay it.")
                                   .arg(invoice->number, invoice->currency, amount.currency()));
            if (amount.minor() <= 0 || amount.minor() > due)
                return failure(
                    ErrorCode::Invalid,
                    Tr::tr(
                        "The credit must be more than nothing and at most the %1 still due on %2.")
                        .arg(Money(due, invoice->currency).toDecimalString(), invoice->number));
            UserCredit credit;
            credit.customerId = invoice->customerId;
            credit.type = CreditType::Manual;
            credit.amount = amount;
            credit.reason =
                reason.isEmpty()
                    ? Tr::tr("Goodwill credit during dunning of %1.").arg(invoice->number)
                    : reason;
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
            payment.idempotencyKey = u"credit-"_qs + QString::number(saved->id) + u"-invoice-" +
                                     QString::number(invoice->id);
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

Result<Payment> DunningActions::recordManualPayment(qint64 caseId, Money amount,
                                                    PaymentMethod method, const QString &reference,
                                                    const QString &actor)
{
    if (auto allowed = require(m_session, Permission::DunningActions); !allowed)
        return std::unexpected(allowed.error());
    return audited(
        m_db, m_clock, caseId, actor, QStringLiteral("manual_payment"), [&]() -> Result<Payment> {
            auto c = openCase(caseId);
            if (!c)
                return std::unexpected(c.error());
            auto payment = Invoicing(m_db, m_clock)
                               .recordManualPayment(c->invoiceId, amount, method, reference, actor);
            // the settlement path pays the invoice, tells the customer, and once it is paid
            // carries the subscription on and closes this case
            return payment;
        });
}

} // namespace ic
