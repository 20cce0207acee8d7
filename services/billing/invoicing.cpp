#include "services/billing/invoicing.h"
#include "services/storage/settings.h"

#include "models/invoicemath.h"
#include "models/notifications.h"
#include "models/tr.h"
#include "services/billing/promotionengine.h"
#include "services/billing/settlement.h"
#include "services/billing/taxpolicy.h"
#include "services/storage/auditrepository.h"
#include "services/storage/creditrepository.h"
#include "services/storage/customerrepository.h"
#include "services/storage/database.h"
#include "services/storage/invoicerepository.h"
#include "services/storage/outboxrepository.h"
#include "services/storage/paymentrepository.h"
#include "services/storage/planrepository.h"
#include "services/storage/promotionrepository.h"
#include "services/storage/selleridentitystore.h"
#include "services/storage/subscriptionrepository.h"

#include <QJsonObject>
#include <QMap>
#include <QTimeZone>

#include <algorithm>

namespace ic {

namespace {

QString numberOf(const Invoice &i)
{
    return i.number.isEmpty() ? QString::number(i.id) : i.number;
}

QString amountText(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toDecimalString() + u' ' + currency;
}

void fillItem(InvoiceItem &item)
{
    const LineAmounts line =
        priceLine(item.quantity, item.unitPriceMinor, item.discountMinor, item.taxRateBp);
    item.taxMinor = line.taxMinor;
    item.totalMinor = line.totalMinor;
}

QList<LineAmounts> linesOf(const Invoice &invoice)
{
    QList<LineAmounts> lines;
    for (const InvoiceItem &item : invoice.items)
        lines.append(
            priceLine(item.quantity, item.unitPriceMinor, item.discountMinor, item.taxRateBp));
    return lines;
}

void fillTotals(Invoice &invoice)
{
    const InvoiceAmounts sum = sumLines(linesOf(invoice));
    invoice.subtotalMinor = sum.subtotalMinor;
    invoice.discountMinor = sum.discountMinor;
    invoice.taxMinor = sum.taxMinor;
    invoice.totalMinor = sum.totalMinor;
}

} // namespace

InvoiceAmounts amountsOf(const Invoice &invoice)
{
    return sumLines(linesOf(invoice));
}

Invoicing::Invoicing(Database &db, const Clock &clock, const Session *session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_tax(db)
{
}

Result<Invoice> Invoicing::draftForSubscriptionPeriod(const InvoiceRequest &r) const
{
    if (auto allowed = require(m_session, Permission::ReadInvoices); !allowed)
        return std::unexpected(allowed.error());
    if (r.customerId <= 0)
        return failure(ErrorCode::Invalid, Tr::tr("An invoice needs a customer."));
    if (!r.issueDate.isValid() || !r.dueDate.isValid())
        return failure(ErrorCode::Invalid,
                       Tr::tr("An invoice needs an issue date and a due date."));
    if (r.dueDate < r.issueDate)
        return failure(
            ErrorCode::Invalid,
            Tr::tr("The invoice would be due on %1, before it is issued on %2.")
                .arg(r.dueDate.toString(Qt::ISODate), r.issueDate.toString(Qt::ISODate)));
    if (r.periodStart.isValid() && r.periodEnd.isValid() && r.periodEnd < r.periodStart)
        return failure(ErrorCode::Invalid, Tr::tr("The billed period ends before it starts."));

    auto customer = r.customer && r.customer->id == r.customerId
                        ? Result<Customer>(*r.customer)
                        : CustomerRepository(m_db).find(r.customerId);
    if (!customer)
        return std::unexpected(customer.error());
    std::optional<Subscription> subscription;
    if (r.subscriptionId > 0) {
        auto s = r.subscription && r.subscription->id == r.subscriptionId
                     ? Result<Subscription>(*r.subscription)
                     : SubscriptionRepository(m_db).find(r.subscriptionId);
        if (!s)
            return std::unexpected(s.error());
        if (s->customerId != r.customerId)
            return failure(
                ErrorCode::Invalid,
                Tr::tr("Subscription %1 belongs to another customer.").arg(r.subscriptionId));
        subscription = *s;
    }
    const qint64 planId = r.planId > 0 ? r.planId : (subscription ? subscription->planId : 0);
    if (planId <= 0)
        return failure(ErrorCode::Invalid, Tr::tr("An invoice for a period needs a plan."));
    auto plan = r.plan && r.plan->id == planId ? Result<Plan>(*r.plan)
                                               : PlanRepository(m_db).header(planId);
    if (!plan)
        return std::unexpected(plan.error());
    const QString currency = plan->price.currency();

    // The subscription keeps the price it was sold at; a plan it is not on bills the catalogue.
    Money price = plan->price;
    if (subscription && subscription->planId == planId && !subscription->price.currency().isEmpty())
        price = subscription->price;
    if (price.currency() != currency)
        return failure(ErrorCode::MixedCurrency, Tr::tr("The plan %1 is sold in %2, not in %3.")
                                                     .arg(plan->name, currency, price.currency()));
    if (price.isNegative())
        return failure(
            ErrorCode::Invalid,
            Tr::tr("The price of %1 is negative; a price is zero or more.").arg(plan->name));
    for (const ExtraLine &extra : r.extraLines) {
        if (extra.description.trimmed().isEmpty())
            return failure(ErrorCode::Invalid, Tr::tr("Every invoice line needs a description."));
        if (extra.quantity <= 0)
            return failure(
                ErrorCode::Invalid,
                Tr::tr("The line \"%1\" needs a quantity of at least 1.").arg(extra.description));
        if (extra.unitPrice.currency() != currency)
            return failure(
                ErrorCode::MixedCurrency,
                Tr::tr("The plan %1 is sold in %2, not in %3; the line \"%4\" cannot be "
                       "billed in %3.")
                    .arg(plan->name, currency, extra.unitPrice.currency(), extra.description));
    }
    if (!r.includePlanLine && !r.promotionCode.trimmed().isEmpty())
        return failure(
            ErrorCode::Invalid,
            Tr::tr("A promotion code discounts the plan; this invoice has no plan line."));

    const TaxPolicy &tax = m_tax;
    auto decision = tax.decide(*customer);
    if (!decision)
        return std::unexpected(decision.error());
    auto standardRate = tax.lineRate(*decision, r.issueDate);
    if (!standardRate)
        return std::unexpected(standardRate.error());

    Invoice invoice;
    invoice.customerId = r.customerId;
    invoice.subscriptionId = r.subscriptionId;
    invoice.currency = currency;
    invoice.issueDate = r.issueDate;
    invoice.dueDate = r.dueDate;
    invoice.periodStart = r.periodStart;
    invoice.periodEnd = r.periodEnd;
    invoice.reverseCharge = decision->isReverseCharge();
    invoice.notes = decision->mention;
    invoice.createdAt = m_clock.now();

    if (r.includePlanLine) {
        InvoiceItem line;
        line.description = plan->name;
        if (r.periodStart.isValid() && r.periodEnd.isValid())
            line.description = Tr::tr("%1, %2 to %3")
                                   .arg(plan->name, r.periodStart.toString(Qt::ISODate),
                                        r.periodEnd.addDays(-1).toString(Qt::ISODate));
        line.unitPriceMinor = price.minor();
        line.planId = planId;
        line.taxRateBp = *standardRate;
        auto discounts = PromotionEngine(m_db).choose(
            r.promotionCode,
            PromotionQuery{r.customerId, planId, r.firstPayment, price, r.issueDate});
        if (!discounts)
            return std::unexpected(discounts.error());
        if (!discounts->isEmpty()) {
            line.discountMinor = discounts->first().discount.minor();
            line.promotionId = discounts->first().promotionId;
        }
        invoice.items.append(line);
        // A stacked promotion after the first is its own line: nothing charged, its discount
        // taken, so each line names one promotion and each use is recorded on issue.
        for (qsizetype i = 1; i < discounts->size(); ++i) {
            const Discount &d = discounts->at(i);
            auto promotion = PromotionRepository(m_db).find(d.promotionId);
            if (!promotion)
                return std::unexpected(promotion.error());
            InvoiceItem extra;
            extra.description = Tr::tr("Promotion %1").arg(promotion->code);
            extra.unitPriceMinor = 0;
            extra.discountMinor = d.discount.minor();
            extra.taxRateBp = *standardRate;
            extra.planId = planId;
            extra.promotionId = d.promotionId;
            invoice.items.append(extra);
        }
    }
    if (r.firstPayment && plan->setupFee.minor() > 0) {
        InvoiceItem fee;
        fee.description = Tr::tr("Setup fee, %1").arg(plan->name);
        fee.unitPriceMinor = plan->setupFee.minor();
        fee.taxRateBp = *standardRate;
        fee.planId = planId;
        invoice.items.append(fee);
    }
    for (const ExtraLine &extra : r.extraLines) {
        auto rate = tax.lineRate(*decision, r.issueDate, extra.taxCategory);
        if (!rate)
            return std::unexpected(rate.error());
        InvoiceItem item;
        item.description = extra.description.trimmed();
        item.quantity = extra.quantity;
        item.unitPriceMinor = extra.unitPrice.minor();
        item.taxRateBp = *rate;
        item.planId = extra.planId;
        invoice.items.append(item);
    }
    if (invoice.items.isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("An invoice needs at least one line."));
    for (InvoiceItem &item : invoice.items)
        fillItem(item);
    fillTotals(invoice);
    if (invoice.totalMinor < 0)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The lines add up to %1, less than nothing; give the difference as a "
                              "credit instead of an invoice.")
                           .arg(amountText(invoice.totalMinor, currency)));
    return invoice;
}

Result<QDate> Invoicing::businessToday() const
{
    return Settings(m_db).businessToday(m_clock);
}

Done Invoicing::notifyIssued(const Invoice &invoice, const QString &creditedNumber)
{
    auto customer = CustomerRepository(m_db).find(invoice.customerId);
    if (!customer)
        return std::unexpected(customer.error());
    OutboxRepository outbox(m_db);
    if (invoice.kind == InvoiceKind::CreditNote) {
        CreditNoteIssued note;
        note.customerName = customer->name;
        note.invoiceId = invoice.id;
        note.invoiceNumber = invoice.number;
        note.creditedInvoiceNumber = creditedNumber;
        note.total = invoice.total();
        return outbox.notify(*customer, note, u"credit_note_issued:" + QString::number(invoice.id),
                             m_clock.now());
    }
    InvoiceIssued issued;
    issued.customerName = customer->name;
    issued.invoiceId = invoice.id;
    issued.invoiceNumber = invoice.number;
    issued.total = invoice.total();
    issued.dueDate = invoice.dueDate;
    return outbox.notify(*customer, issued, u"invoice_issued:" + QString::number(invoice.id),
                         m_clock.now());
}

Done Invoicing::audit(const QString &actor, const QString &entity, qint64 id, const QString &action,
                      QJsonObject after)
{
    AuditEntry entry;
    entry.occurredAt = m_clock.now();
    entry.actor = actor.isEmpty() ? QStringLiteral("system") : actor;
    entry.entity = entity;
    entry.entityId = QString::number(id);
    entry.action = action;
    entry.after = after;
    if (auto a = AuditRepository(m_db).append(entry); !a)
        return std::unexpected(a.error());
    return {};
}

Result<Invoice> Invoicing::issue(Invoice draft, const QString &actor)
{
    if (auto allowed = require(m_session, Permission::IssueInvoices); !allowed)
        return std::unexpected(allowed.error());
    if (auto seller = SellerIdentityStore(m_db).checkComplete(); !seller)
        return std::unexpected(seller.error());
    if (draft.status != InvoiceStatus::Draft || !draft.number.isEmpty())
        return failure(ErrorCode::IllegalTransition,
                       Tr::tr("Invoice %1 has already been issued.").arg(numberOf(draft)));
    if (draft.kind != InvoiceKind::Invoice)
        return failure(ErrorCode::Invalid,
                       Tr::tr("A credit note is issued by crediting its invoice."));
    if (draft.items.isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("An invoice needs at least one line."));
    // The amounts must be the sums of the lines: an issued invoice is fixed for good.
    for (const InvoiceItem &item : draft.items) {
        InvoiceItem check = item;
        fillItem(check);
        if (check.taxMinor != item.taxMinor || check.totalMinor != item.totalMinor)
            return failure(ErrorCode::Invalid,
                           Tr::tr("The line \"%1\" does not add up; draft the invoice again.")
                               .arg(item.description));
    }
    const InvoiceAmounts sum = amountsOf(draft);
    if (sum.subtotalMinor != draft.subtotalMinor || sum.taxMinor != draft.taxMinor ||
        sum.totalMinor != draft.totalMinor || sum.discountMinor != draft.discountMinor)
        return failure(
            ErrorCode::Invalid,
            Tr::tr("The invoice's totals are not the sums of its lines; draft it again."));
    if (draft.totalMinor < 0)
        return failure(ErrorCode::Invalid, Tr::tr("An invoice cannot total less than nothing."));
    const QDateTime now = m_clock.now();
    if (!draft.createdAt.isValid())
        draft.createdAt = now;

    return m_db.transaction([&]() -> Result<Invoice> {
        InvoiceRepository invoices(m_db);
        Result<Invoice> saved =
            draft.id > 0 ? invoices.find(draft.id) : invoices.insertDraft(draft);
        if (!saved)
            return saved;
        if (saved->status != InvoiceStatus::Draft)
            return failure(ErrorCode::IllegalTransition,
                           Tr::tr("Invoice %1 has already been issued.").arg(numberOf(*saved)));

        // Each promotion on the invoice counts one use, in this transaction. Stacked discounts
        // apply one after the other: the first on the plan line's amount, the next on what is
        // left (see choosePromotions).
        PromotionRepository promotions(m_db);
        qint64 running = 0;
        for (const InvoiceItem &item : saved->items) {
            if (item.promotionId <= 0)
                continue;
            const qint64 gross = item.quantity * item.unitPriceMinor;
            if (gross != 0)
                running = gross;
            const Money initial(running, saved->currency);
            const Money off(item.discountMinor, saved->currency);
            const Money after(running - item.discountMinor, saved->currency);
            auto use = promotions.recordUse(item.promotionId, saved->customerId, saved->id, initial,
                                            off, after, now);
            if (!use)
                return std::unexpected(use.error());
            running = after.minor();
        }

        auto issued = invoices.issue(saved->id, saved->issueDate, saved->dueDate);
        if (!issued)
            return issued;
        auto paid = applyCredits(*issued);
        if (!paid)
            return paid;
        if (paid->status == InvoiceStatus::Sent && paid->totalMinor == 0) {
            paid = invoices.addPaid(paid->id, 0, true, now);
            if (!paid)
                return paid;
        }
        if (auto q = notifyIssued(*paid); !q)
            return std::unexpected(q.error());
        if (auto a = audit(actor, QStringLiteral("invoice"), paid->id, QStringLiteral("issue"),
                           {{QStringLiteral("number"), paid->number},
                            {QStringLiteral("total_minor"), paid->totalMinor}});
            !a)
            return std::unexpected(a.error());
        return paid; // as saved: issue() and addPaid() return the row they wrote
    });
}

Result<Invoice> Invoicing::applyCredits(const Invoice &invoice)
{
    qint64 due = invoice.totalMinor - invoice.amountPaidMinor;
    if (due <= 0)
        return invoice;
    CreditRepository credits(m_db);
    auto available = credits.listAvailable(invoice.customerId, invoice.currency, invoice.issueDate);
    if (!available)
        return std::unexpected(available.error());
    const QDateTime now = m_clock.now();
    qint64 applied = 0;
    for (const UserCredit &credit : *available) {
        if (due <= 0)
            break;
        if (credit.isExpiredOn(invoice.issueDate) || credit.available().minor() <= 0)
            continue; // listAvailable leaves them out already; never spend an expired credit
        const qint64 take = std::min(credit.available().minor(), due);
        const Money amount(take, invoice.currency);
        if (auto spent = credits.apply(credit.id, invoice.id, amount, now); !spent)
            return std::unexpected(spent.error());
        Payment payment;
        payment.invoiceId = invoice.id;
        payment.customerId = invoice.customerId;
        payment.amount = amount;
        payment.method = PaymentMethod::Credit;
        payment.gateway = QStringLiteral("credit");
        payment.gatewayReference = u"credit:" + QString::number(credit.id);
        payment.status = PaymentStatus::Succeeded;
        payment.attemptedAt = now;
        payment.settledAt = now;
        if (auto p = PaymentRepository(m_db).insert(payment); !p)
            return std::unexpected(p.error());
        due -= take;
        applied += take;
    }
    if (applied == 0)
        return invoice;
    return InvoiceRepository(m_db).addPaid(invoice.id, applied, due == 0, now);
}

Result<qint64> Invoicing::creditedMinor(qint64 invoiceId) const
{
    auto sum =
        m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(total_minor), 0) FROM invoices WHERE "
                                   "credit_for_invoice_id = :id AND kind = 'credit_note' AND "
                                   "status <> 'draft'"),
                    {{"id", invoiceId}});
    if (!sum)
        return std::unexpected(sum.error());
    return -sum->toLongLong();
}

Result<Money> Invoicing::amountDue(qint64 invoiceId) const
{
    auto invoice = InvoiceRepository(m_db).find(invoiceId);
    if (!invoice)
        return std::unexpected(invoice.error());
    if (invoice->kind != InvoiceKind::Invoice ||
        (invoice->status != InvoiceStatus::Sent && invoice->status != InvoiceStatus::Overdue))
        return Money::zero(invoice->currency);
    auto credited = creditedMinor(invoiceId);
    if (!credited)
        return std::unexpected(credited.error());
    return Money(std::max<qint64>(0, invoice->totalMinor - invoice->amountPaidMinor - *credited),
                 invoice->currency);
}

Result<Payment> Invoicing::recordManualPayment(qint64 invoiceId, Money amount, PaymentMethod method,
                                               const QString &reference, const QString &actor)
{
    if (auto allowed = require(m_session, Permission::RecordPayments); !allowed)
        return std::unexpected(allowed.error());
    auto settled = Settlement(m_db, m_clock, actor).receive(invoiceId, amount, method, reference);
    if (!settled)
        return std::unexpected(settled.error());
    return settled->payment;
}

Result<UserCredit> Invoicing::refundToCredit(qint64 invoiceId, Money amount, const QString &reason,
                                             const QString &actor)
{
    if (auto allowed = require(m_session, Permission::Refund); !allowed)
        return std::unexpected(allowed.error());
    if (amount.minor() <= 0)
        return failure(ErrorCode::Invalid, Tr::tr("A refund must be more than nothing."));
    if (reason.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Say why the money is given back."));
    return m_db.transaction([&]() -> Result<UserCredit> {
        auto invoice = InvoiceRepository(m_db).find(invoiceId);
        if (!invoice)
            return std::unexpected(invoice.error());
        if (invoice->kind != InvoiceKind::Invoice || invoice->status == InvoiceStatus::Draft)
            return failure(ErrorCode::Invalid,
                           Tr::tr("Only an issued invoice can be refunded to credit."));
        if (amount.currency() != invoice->currency)
            return failure(ErrorCode::MixedCurrency,
                           Tr::tr("Invoice %1 is in %2; a refund in %3 cannot come from it.")
                               .arg(invoice->number, invoice->currency, amount.currency()));
        auto refunded = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM "
                                                   "user_credits WHERE source_invoice_id = :id AND "
                                                   "credit_type = 'refund'"),
                                    {{"id", invoiceId}});
        if (!refunded)
            return std::unexpected(refunded.error());
        const qint64 left = invoice->amountPaidMinor - refunded->toLongLong();
        if (amount.minor() > left)
            return failure(
                ErrorCode::Invalid,
                Tr::tr("Only %1 paid on invoice %2 can still be refunded; %3 is more than "
                       "that.")
                    .arg(amountText(std::max<qint64>(left, 0), invoice->currency), invoice->number,
                         amountText(amount.minor(), invoice->currency)));
        UserCredit credit;
        credit.customerId = invoice->customerId;
        credit.type = CreditType::Refund;
        credit.amount = amount;
        credit.reason = reason.trimmed();
        credit.sourceInvoiceId = invoiceId;
        credit.createdBy = actor.isEmpty() ? QStringLiteral("system") : actor;
        credit.createdAt = m_clock.now();
        auto saved = CreditRepository(m_db).insert(credit);
        if (!saved)
            return saved;
        if (auto a = audit(actor, QStringLiteral("credit"), saved->id, QStringLiteral("create"),
                           {{QStringLiteral("invoice"), invoice->number},
                            {QStringLiteral("amount_minor"), amount.minor()},
                            {QStringLiteral("reason"), credit.reason}});
            !a)
            return std::unexpected(a.error());
        return saved;
    });
}

} // namespace ic
