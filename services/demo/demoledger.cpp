#include "services/demo/demoledger.h"

namespace ic {

namespace {

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

DemoLedger::DemoLedger(Database &db, const DemoDays &days)
    : m_db(db)
    , m_days(days)
{
    const auto inserter = [&db](const char16_t *table, QStringList columns) {
        return std::make_unique<BulkInserter>(db, QString::fromUtf16(table), std::move(columns));
    };
    m_invoiceRows = inserter(u"invoices", {u"id"_qs,
                                           u"public_id"_qs,
                                           u"number"_qs,
                                           u"kind"_qs,
                                           u"credit_for_invoice_id"_qs,
                                           u"customer_id"_qs,
                                           u"subscription_id"_qs,
                                           u"status"_qs,
                                           u"currency"_qs,
                                           u"subtotal_minor"_qs,
                                           u"discount_minor"_qs,
                                           u"tax_minor"_qs,
                                           u"total_minor"_qs,
                                           u"amount_paid_minor"_qs,
                                           u"issue_date"_qs,
                                           u"due_date"_qs,
                                           u"period_start"_qs,
                                           u"period_end"_qs,
                                           u"paid_at"_qs,
                                           u"reverse_charge"_qs,
                                           u"notes"_qs,
                                           u"created_at"_qs});
    m_itemRows =
        inserter(u"invoice_items",
                 {u"id"_qs, u"invoice_id"_qs, u"position"_qs, u"description"_qs, u"quantity"_qs,
                  u"unit_price_minor"_qs, u"discount_minor"_qs, u"tax_rate_bp"_qs, u"tax_minor"_qs,
                  u"total_minor"_qs, u"plan_id"_qs, u"promotion_id"_qs});
    m_paymentRows =
        inserter(u"payments", {u"id"_qs, u"invoice_id"_qs, u"customer_id"_qs, u"amount_minor"_qs,
                               u"currency"_qs, u"method"_qs, u"gateway"_qs, u"gateway_reference"_qs,
                               u"idempotency_key"_qs, u"status"_qs, u"failure_code"_qs,
                               u"failure_message"_qs, u"attempted_at"_qs, u"settled_at"_qs});
    m_creditRows = inserter(
        u"user_credits", {u"id"_qs, u"customer_id"_qs, u"credit_type"_qs, u"amount_minor"_qs,
                          u"used_minor"_qs, u"currency"_qs, u"reason"_qs, u"source_invoice_id"_qs,
                          u"expires_on"_qs, u"created_by"_qs, u"created_at"_qs});
    m_applicationRows =
        inserter(u"credit_applications", {u"id"_qs, u"credit_id"_qs, u"invoice_id"_qs,
                                          u"amount_minor"_qs, u"applied_at"_qs});
    m_caseRows = inserter(u"dunning_cases",
                          {u"id"_qs, u"invoice_id"_qs, u"subscription_id"_qs, u"customer_id"_qs,
                           u"status"_qs, u"opened_on"_qs, u"stage"_qs, u"next_action_on"_qs,
                           u"last_contact_at"_qs, u"attempts"_qs, u"hard_decline"_qs});
    m_useRows =
        inserter(u"promotion_uses", {u"id"_qs, u"promotion_id"_qs, u"customer_id"_qs,
                                     u"invoice_id"_qs, u"initial_minor"_qs, u"discount_minor"_qs,
                                     u"final_minor"_qs, u"currency"_qs, u"used_at"_qs});
}

DemoLedger::~DemoLedger() = default;

qint64 DemoLedger::invoices() const
{
    return m_invoiceRows->count();
}

qint64 DemoLedger::items() const
{
    return m_itemRows->count();
}

qint64 DemoLedger::payments() const
{
    return m_paymentRows->count();
}

qint64 DemoLedger::credits() const
{
    return m_creditRows->count();
}

Done DemoLedger::write(const DemoInvoice &invoice, const QString &publicId)
{
    const QString &issued = m_days.text(invoice.issueDay);
    if (auto r = m_invoiceRows->add(
            {invoice.id,
             publicId,
             invoice.number,
             invoice.kind,
             invoice.creditFor ? QVariant(invoice.creditFor) : QVariant(),
             invoice.customerId,
             invoice.subscriptionId,
             invoice.status,
             u"EUR"_qs,
             invoice.amounts.subtotalMinor,
             invoice.amounts.discountMinor,
             invoice.amounts.taxMinor,
             invoice.amounts.totalMinor,
             invoice.paid,
             issued,
             issued,
             dateOrNull(invoice.periodStart),
             dateOrNull(invoice.periodEnd),
             invoice.paidDay >= 0 ? QVariant(m_days.stamp(invoice.paidDay, 605)) : QVariant(),
             invoice.reverseCharge,
             invoice.notes.isEmpty() ? QVariant() : QVariant(invoice.notes),
             m_days.stamp(invoice.issueDay, 480)});
        !r)
        return r;
    for (const QVariantList &item : std::as_const(invoice.items))
        if (auto r = m_itemRows->add(item); !r)
            return r;
    for (const QVariantList &payment : std::as_const(invoice.payments))
        if (auto r = m_paymentRows->add(payment); !r)
            return r;
    if (invoice.dunning.id == 0)
        return {};
    const DunningCase &c = invoice.dunning;
    return m_caseRows->add({c.id, invoice.id, invoice.subscriptionId, invoice.customerId,
                            toString(c.status), c.openedOn.toString(Qt::ISODate), c.stage,
                            dateOrNull(c.nextActionOn), m_days.stamp(invoice.lastContactDay, 615),
                            c.attempts, c.hardDecline});
}

Done DemoLedger::addUse(const Discount &d, qint64 customerId, qint64 invoiceId, int day)
{
    return m_useRows->add({++m_nextUseId, d.promotionId, customerId, invoiceId, d.initial.minor(),
                           d.discount.minor(), d.final.minor(), d.initial.currency(),
                           m_days.stamp(day, 600)});
}

Done DemoLedger::addApplication(qint64 creditId, qint64 invoiceId, qint64 amount, const QString &at)
{
    return m_applicationRows->add({++m_nextApplicationId, creditId, invoiceId, amount, at});
}

Done DemoLedger::finish(const std::vector<DemoCredit> &credits, int lastDay,
                        const QHash<QString, int> &numbers, const QList<Promotion> &promotions)
{
    for (const DemoCredit &credit : credits) {
        if (auto r = m_creditRows->add(
                {credit.id, credit.customerId, toString(credit.type), credit.amount, credit.used,
                 u"EUR"_qs, credit.reason,
                 credit.sourceInvoice ? QVariant(credit.sourceInvoice) : QVariant(),
                 credit.expiresDay >= 0 ? dateOrNull(m_days.date(credit.expiresDay)) : QVariant(),
                 u"demo"_qs, m_days.stamp(std::min(credit.createdDay, lastDay), 720)});
            !r)
            return r;
    }
    for (BulkInserter *rows :
         {m_invoiceRows.get(), m_itemRows.get(), m_paymentRows.get(), m_creditRows.get(),
          m_applicationRows.get(), m_caseRows.get(), m_useRows.get()})
        if (auto r = rows->flush(); !r)
            return r;
    BulkInserter series(m_db, u"invoice_number_series"_qs,
                        {u"series"_qs, u"year"_qs, u"last_number"_qs});
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
        const auto parts = it.key().split(u'-');
        if (auto r = series.add({parts[0], parts[1].toInt(), it.value()}); !r)
            return r;
    }
    if (auto r = series.flush(); !r)
        return r;
    for (const Promotion &p : promotions) {
        if (p.currentUses == 0)
            continue;
        if (auto r = m_db.exec(u"UPDATE promotions SET current_uses = :uses WHERE id = :id"_qs,
                               {{"uses", p.currentUses}, {"id", p.id}});
            !r)
            return std::unexpected(r.error());
    }
    return {};
}

DemoInvoice DemoLedger::creditNoteFor(const DemoInvoice &invoice, qint64 id, const QString &number,
                                      int day, qint64 &lastItemId)
{
    DemoInvoice note;
    note.id = id;
    note.kind = u"credit_note"_qs;
    note.creditFor = invoice.id;
    note.number = number;
    note.customerId = invoice.customerId;
    note.customer = invoice.customer;
    note.subscriptionId = invoice.subscriptionId;
    note.status = u"paid"_qs;
    note.issueDay = day;
    note.paidDay = day;
    note.reverseCharge = invoice.reverseCharge;
    note.notes = u"Credit note for "_qs + invoice.number + u": service not delivered.";
    QList<LineAmounts> lines;
    for (const QVariantList &item : invoice.items) {
        lines.append(priceLine(-item[4].toLongLong(), item[5].toLongLong(), -item[6].toLongLong(),
                               item[7].toInt()));
        note.items.append(QVariantList{
            ++lastItemId, note.id, item[2], QString(u"Credit: "_qs + item[3].toString()),
            -item[4].toLongLong(), item[5], -item[6].toLongLong(), item[7], lines.last().taxMinor,
            lines.last().totalMinor, item[10], item[11]});
    }
    note.amounts = sumLines(lines);
    note.paid = note.amounts.totalMinor;
    return note;
}

} // namespace ic
