#include "services/storage/invoicerepository.h"
#include "models/tr.h"

#include "models/invoicenumber.h"
#include "services/storage/partysnapshot.h"
#include "services/storage/rowvalues.h"

#include <QCoreApplication>

namespace ic {

namespace {

const QString kColumns = QStringLiteral(
    "id, public_id, number, kind, credit_for_invoice_id, customer_id, subscription_id, status, "
    "currency, subtotal_minor, discount_minor, tax_minor, total_minor, amount_paid_minor, "
    "issue_date, due_date, period_start, period_end, paid_at, reverse_charge, notes, created_at, "
    "row_version, seller_snapshot, buyer_snapshot, pdf_sha256");

QString kindName(InvoiceKind k)
{
    return k == InvoiceKind::CreditNote ? u"credit_note"_qs : u"invoice"_qs;
}

Invoice read(const QSqlQuery &q)
{
    Invoice i;
    i.id = q.value(0).toLongLong();
    i.publicId = QUuid::fromString(q.value(1).toString());
    i.number = q.value(2).toString();
    i.kind =
        q.value(3).toString() == u"credit_note" ? InvoiceKind::CreditNote : InvoiceKind::Invoice;
    i.creditForInvoiceId = idOf(q.value(4));
    i.customerId = q.value(5).toLongLong();
    i.subscriptionId = idOf(q.value(6));
    i.status = invoiceStatusFromString(q.value(7).toString()).value_or(InvoiceStatus::Draft);
    i.currency = q.value(8).toString().trimmed();
    i.subtotalMinor = q.value(9).toLongLong();
    i.discountMinor = q.value(10).toLongLong();
    i.taxMinor = q.value(11).toLongLong();
    i.totalMinor = q.value(12).toLongLong();
    i.amountPaidMinor = q.value(13).toLongLong();
    i.issueDate = toDate(q.value(14));
    i.dueDate = toDate(q.value(15));
    i.periodStart = toDate(q.value(16));
    i.periodEnd = toDate(q.value(17));
    i.paidAt = toTimestamp(q.value(18));
    i.reverseCharge = q.value(19).toBool();
    i.notes = q.value(20).toString();
    i.createdAt = toTimestamp(q.value(21));
    i.rowVersion = q.value(22).toInt();
    i.sellerSnapshot = q.value(23).toString();
    i.buyerSnapshot = q.value(24).toString();
    i.pdfSha256 = q.value(25).toString();
    return i;
}

Done validate(const Invoice &i)
{
    if (i.customerId <= 0)
        return failure(ErrorCode::Invalid, Tr::tr("An invoice needs a customer."));
    if (!Money::isKnownCurrency(i.currency))
        return failure(ErrorCode::Invalid,
                       Tr::tr("\"%1\" is not a currency this program knows.").arg(i.currency));
    if (i.kind == InvoiceKind::CreditNote && i.creditForInvoiceId <= 0)
        return failure(ErrorCode::Invalid,
                       Tr::tr("A credit note must say which invoice it corrects."));
    if (i.periodStart.isValid() && i.periodEnd.isValid() && i.periodEnd < i.periodStart)
        return failure(ErrorCode::Invalid, Tr::tr("The billed period ends before it starts."));
    for (const InvoiceItem &item : i.items) {
        if (item.description.trimmed().isEmpty())
            return failure(ErrorCode::Invalid, Tr::tr("Every invoice line needs a description."));
        if (item.taxRateBp < 0 || item.taxRateBp > 10000)
            return failure(ErrorCode::Invalid,
                           Tr::tr("A tax rate must lie between 0 % and 100 %."));
    }
    return {};
}

bool takesPayments(const Invoice &invoice)
{
    return invoice.status == InvoiceStatus::Sent || invoice.status == InvoiceStatus::Overdue;
}

// Why `invoice` does not take a payment (of the size asked).
Error paymentRefused(const Invoice &invoice)
{
    const QString name = invoice.number.isEmpty() ? QString::number(invoice.id) : invoice.number;
    if (!takesPayments(invoice))
        return {ErrorCode::IllegalTransition, Tr::tr("Invoice %1 is %2: it takes no payment.")
                                                  .arg(name, displayName(invoice.status))};
    return {ErrorCode::Invalid,
            Tr::tr("Invoice %1 cannot take that much: it would be paid more than its total.")
                .arg(name)};
}

} // namespace

Result<QList<InvoiceItem>> InvoiceRepository::writeItems(qint64 invoiceId, QList<InvoiceItem> items,
                                                         bool replace)
{
    if (replace)
        if (auto d = m_db.exec(QStringLiteral("DELETE FROM invoice_items WHERE invoice_id = :id"),
                               {{"id", invoiceId}});
            !d)
            return std::unexpected(d.error());
    int position = 0;
    for (InvoiceItem &item : items) {
        item.invoiceId = invoiceId;
        item.position = position;
        item.description = item.description.trimmed();
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO invoice_items (invoice_id, position, description, "
                           "quantity, unit_price_minor, discount_minor, tax_rate_bp, tax_minor, "
                           "total_minor, plan_id, promotion_id) VALUES (:invoice_id, :position, "
                           ":description, :quantity, :unit_price, :discount, :rate, :tax, :total, "
                           ":plan_id, :promotion_id) RETURNING id"),
            {{"invoice_id", invoiceId},
             {"position", position++},
             {"description", item.description.trimmed()},
             {"quantity", item.quantity},
             {"unit_price", item.unitPriceMinor},
             {"discount", item.discountMinor},
             {"rate", item.taxRateBp},
             {"tax", item.taxMinor},
             {"total", item.totalMinor},
             {"plan_id", nullIfZero(item.planId)},
             {"promotion_id", nullIfZero(item.promotionId)}});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return failure(ErrorCode::Database, Tr::tr("The invoice line was not saved."));
        item.id = q->value(0).toLongLong();
    }
    return items;
}

Result<Invoice> InvoiceRepository::insertDraft(Invoice i)
{
    if (auto ok = validate(i); !ok)
        return std::unexpected(ok.error());
    if (i.status != InvoiceStatus::Draft || !i.number.isEmpty())
        return failure(
            ErrorCode::Invalid,
            Tr::tr("A new invoice starts as a draft without a number; issuing it gives it "
                   "one."));
    if (i.publicId.isNull())
        i.publicId = QUuid::createUuid();
    if (!i.createdAt.isValid())
        i.createdAt = QDateTime::currentDateTimeUtc();
    return m_db.transaction([&]() -> Result<Invoice> {
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO invoices (public_id, kind, credit_for_invoice_id, customer_id, "
                "subscription_id, status, currency, subtotal_minor, discount_minor, tax_minor, "
                "total_minor, amount_paid_minor, issue_date, due_date, period_start, period_end, "
                "paid_at, reverse_charge, notes, created_at) VALUES (:public_id, :kind, "
                ":credit_for, :customer_id, :subscription_id, 'draft', :currency, :subtotal, "
                ":discount, :tax, :total, :paid, :issue_date, :due_date, :period_start, "
                ":period_end, :paid_at, :reverse_charge, :notes, :created_at) RETURNING ") +
                kColumns,
            {{"public_id", i.publicId.toString(QUuid::WithoutBraces)},
             {"kind", kindName(i.kind)},
             {"credit_for", nullIfZero(i.creditForInvoiceId)},
             {"customer_id", i.customerId},
             {"subscription_id", nullIfZero(i.subscriptionId)},
             {"currency", i.currency},
             {"subtotal", i.subtotalMinor},
             {"discount", i.discountMinor},
             {"tax", i.taxMinor},
             {"total", i.totalMinor},
             {"paid", i.amountPaidMinor},
             {"issue_date", dateValue(i.issueDate)},
             {"due_date", dateValue(i.dueDate)},
             {"period_start", dateValue(i.periodStart)},
             {"period_end", dateValue(i.periodEnd)},
             {"paid_at", timestampValue(i.paidAt)},
             {"reverse_charge", i.reverseCharge},
             {"notes", nullIfEmpty(i.notes)},
             {"created_at", timestampValue(i.createdAt)}});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return failure(ErrorCode::Database, Tr::tr("The new invoice was not saved."));
        Invoice saved = read(*q);
        auto items = writeItems(saved.id, i.items, false);
        if (!items)
            return std::unexpected(items.error());
        saved.items = *items;
        return saved;
    });
}

Result<Invoice> InvoiceRepository::updateDraft(Invoice i)
{
    if (auto ok = validate(i); !ok)
        return std::unexpected(ok.error());
    auto done = m_db.transaction([&]() -> Done {
        auto q = m_db.exec(
            QStringLiteral(
                "UPDATE invoices SET subscription_id = :subscription_id, currency = :currency, "
                "subtotal_minor = :subtotal, discount_minor = :discount, tax_minor = :tax, "
                "total_minor = :total, period_start = :period_start, period_end = :period_end, "
                "reverse_charge = :reverse_charge, notes = :notes, row_version = row_version + 1 "
                "WHERE id = :id AND row_version = :row_version AND status = 'draft'"),
            {{"subscription_id", nullIfZero(i.subscriptionId)},
             {"currency", i.currency},
             {"subtotal", i.subtotalMinor},
             {"discount", i.discountMinor},
             {"tax", i.taxMinor},
             {"total", i.totalMinor},
             {"period_start", dateValue(i.periodStart)},
             {"period_end", dateValue(i.periodEnd)},
             {"reverse_charge", i.reverseCharge},
             {"notes", nullIfEmpty(i.notes)},
             {"id", i.id},
             {"row_version", i.rowVersion}});
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0) {
            auto current = find(i.id);
            if (!current)
                return std::unexpected(current.error());
            if (current->status != InvoiceStatus::Draft)
                return failure(ErrorCode::IllegalTransition,
                               Tr::tr("Invoice %1 has been issued: its lines and amounts can no "
                                      "longer change. Issue a credit note to correct it.")
                                   .arg(current->number));
            return failure(ErrorCode::StaleRow,
                           Tr::tr("This draft invoice was changed by someone else since you opened "
                                  "it; reload to see their change, then make yours again."));
        }
        if (auto items = writeItems(i.id, i.items, true); !items)
            return std::unexpected(items.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return find(i.id);
}

Result<Invoice> InvoiceRepository::issue(qint64 id, const QDate &issueDate, const QDate &dueDate)
{
    if (!issueDate.isValid() || !dueDate.isValid())
        return failure(ErrorCode::Invalid,
                       Tr::tr("Issuing an invoice needs an issue date and a due date."));
    if (dueDate < issueDate)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The invoice would be due on %1, before it is issued on %2.")
                           .arg(dueDate.toString(Qt::ISODate), issueDate.toString(Qt::ISODate)));
    return m_db.transaction([&]() -> Result<Invoice> {
        auto current = header(id);
        if (!current)
            return std::unexpected(current.error());
        if (auto allowed = transition(current->status, InvoiceStatus::Sent); !allowed)
            return std::unexpected(allowed.error());
        const QString series = current->kind == InvoiceKind::CreditNote ? InvoiceSeries::CreditNote
                                                                        : InvoiceSeries::Invoice;
        auto next = m_db.scalar(
            QStringLiteral("INSERT INTO invoice_number_series (series, year, last_number) VALUES "
                           "(:series, :year, 1) ON CONFLICT (series, year) DO UPDATE SET "
                           "last_number = invoice_number_series.last_number + 1 RETURNING "
                           "last_number"),
            {{"series", series}, {"year", issueDate.year()}});
        if (!next)
            return std::unexpected(next.error());
        const QString number = formatInvoiceNumber(series, issueDate.year(), next->toLongLong());
        // The parties as they are now stay with the invoice for good.
        auto parties = takePartySnapshot(m_db, current->customerId);
        if (!parties)
            return std::unexpected(parties.error());
        auto q = m_db.exec(QStringLiteral("UPDATE invoices SET number = :number, status = 'sent', "
                                          "issue_date = :issue_date, due_date = :due_date, "
                                          "seller_snapshot = :seller, buyer_snapshot = :buyer, "
                                          "row_version = row_version + 1 WHERE id = :id AND "
                                          "status = 'draft' AND row_version = :rv RETURNING ") +
                               kColumns,
                           {{"number", number},
                            {"issue_date", dateValue(issueDate)},
                            {"due_date", dateValue(dueDate)},
                            {"seller", parties->seller},
                            {"buyer", parties->buyer},
                            {"id", id},
                            {"rv", current->rowVersion}});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return failure(
                ErrorCode::StaleRow,
                Tr::tr("The draft invoice was changed by someone else while it was being "
                       "issued; reload it and issue it again."));
        return withItems(read(*q));
    });
}

Result<Invoice> InvoiceRepository::setStatus(qint64 id, int rowVersion, InvoiceStatus status)
{
    auto current = find(id);
    if (!current)
        return std::unexpected(current.error());
    if (current->status == InvoiceStatus::Draft && status == InvoiceStatus::Sent)
        return failure(ErrorCode::IllegalTransition,
                       Tr::tr("A draft is sent by issuing it, which gives it its number."));
    if (auto allowed = transition(current->status, status); !allowed)
        return std::unexpected(allowed.error());
    auto q = m_db.exec(
        QStringLiteral("UPDATE invoices SET status = :to, row_version = row_version "
                       "+ 1 WHERE id = :id AND row_version = :rv AND status = :from RETURNING ") +
            kColumns,
        {{"to", toString(status)},
         {"id", id},
         {"rv", rowVersion},
         {"from", toString(current->status)}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(
            ErrorCode::StaleRow,
            Tr::tr("Invoice %1 was changed by someone else since you opened it; reload it "
                   "and try again.")
                .arg(current->number.isEmpty() ? QString::number(id) : current->number));
    Invoice updated = read(*q);
    updated.items = current->items; // a status change leaves the lines as they were
    return updated;
}

Result<Invoice> InvoiceRepository::addPaid(qint64 id, qint64 amountMinor, bool markPaid,
                                           const QDateTime &at)
{
    if (amountMinor < 0)
        return failure(ErrorCode::Invalid, Tr::tr("A payment cannot be negative."));
    auto current = header(id);
    if (!current)
        return std::unexpected(current.error());
    if (!takesPayments(*current))
        return std::unexpected(paymentRefused(*current));
    const InvoiceStatus to = markPaid ? InvoiceStatus::Paid : current->status;
    auto q = m_db.exec(QStringLiteral("UPDATE invoices SET amount_paid_minor = amount_paid_minor + "
                                      ":amount, status = :to, paid_at = :paid_at, row_version = "
                                      "row_version + 1 WHERE id = :id AND status = :from AND "
                                      "amount_paid_minor + :amount <= total_minor RETURNING ") +
                           kColumns,
                       {{"amount", amountMinor},
                        {"to", toString(to)},
                        {"paid_at", markPaid ? timestampValue(at) : QVariant()},
                        {"id", id},
                        {"from", toString(current->status)}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::unexpected(paymentRefused(*current));
    return withItems(read(*q));
}

Result<Invoice> InvoiceRepository::addPayment(qint64 id, qint64 amountMinor, const QDateTime &at)
{
    if (amountMinor < 0)
        return failure(ErrorCode::Invalid, Tr::tr("A payment cannot be negative."));
    // SET expressions see the row as it was before the update, on both databases.
    auto q = m_db.exec(
        QStringLiteral("UPDATE invoices SET amount_paid_minor = amount_paid_minor + :amount, "
                       "status = CASE WHEN amount_paid_minor + :amount = total_minor "
                       "THEN 'paid' ELSE status END, paid_at = CASE WHEN "
                       "amount_paid_minor + :amount = total_minor THEN :paid_at ELSE "
                       "paid_at END, row_version = row_version + 1 WHERE id = :id AND "
                       "status IN ('sent', 'overdue') AND amount_paid_minor + :amount "
                       "<= total_minor RETURNING ") +
            kColumns,
        {{"amount", amountMinor}, {"paid_at", timestampValue(at)}, {"id", id}});
    if (!q)
        return std::unexpected(q.error());
    if (q->next())
        return read(*q);
    auto current = header(id);
    if (!current)
        return std::unexpected(current.error());
    return std::unexpected(paymentRefused(*current));
}

Done InvoiceRepository::recordPdfDigest(qint64 id, const QString &sha256Hex)
{
    // Only the first PDF made is the original: a digest once written is never replaced.
    auto q = m_db.exec(QStringLiteral("UPDATE invoices SET pdf_sha256 = :sha WHERE id = :id AND "
                                      "status <> 'draft' AND pdf_sha256 IS NULL"),
                       {{"sha", sha256Hex}, {"id", id}});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QList<Invoice>> InvoiceRepository::select(const QString &where, Database::Binds binds) const
{
    // `where` is always one of this file's constant clauses; values travel in binds.
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM invoices WHERE " + where, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<Invoice> list;
    while (q->next())
        list.append(read(*q));
    return list;
}

Result<Invoice> InvoiceRepository::withItems(Invoice i) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, invoice_id, position, description, quantity, "
                                      "unit_price_minor, discount_minor, tax_rate_bp, tax_minor, "
                                      "total_minor, plan_id, promotion_id FROM invoice_items "
                                      "WHERE invoice_id = :id ORDER BY position, id"),
                       {{"id", i.id}});
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        InvoiceItem item;
        item.id = q->value(0).toLongLong();
        item.invoiceId = q->value(1).toLongLong();
        item.position = q->value(2).toInt();
        item.description = q->value(3).toString();
        item.quantity = q->value(4).toLongLong();
        item.unitPriceMinor = q->value(5).toLongLong();
        item.discountMinor = q->value(6).toLongLong();
        item.taxRateBp = q->value(7).toInt();
        item.taxMinor = q->value(8).toLongLong();
        item.totalMinor = q->value(9).toLongLong();
        item.planId = idOf(q->value(10));
        item.promotionId = idOf(q->value(11));
        i.items.append(item);
    }
    return i;
}

Result<Invoice> InvoiceRepository::find(qint64 id) const
{
    auto invoice = header(id);
    if (!invoice)
        return invoice;
    return withItems(*invoice);
}

Result<Invoice> InvoiceRepository::header(qint64 id) const
{
    auto list = select(QStringLiteral("id = :id"), {{"id", id}});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return failure(ErrorCode::NotFound, Tr::tr("Invoice %1 does not exist.").arg(id));
    return list->first();
}

Result<Invoice> InvoiceRepository::findByNumber(const QString &number) const
{
    auto list =
        select(QStringLiteral("number = :number"), {{"number", number.trimmed().toUpper()}});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return failure(ErrorCode::NotFound, Tr::tr("There is no invoice numbered %1.").arg(number));
    return withItems(list->first());
}

Result<QList<Invoice>> InvoiceRepository::listByCustomer(qint64 customerId) const
{
    return select(QStringLiteral("customer_id = :c ORDER BY created_at, id"), {{"c", customerId}});
}

} // namespace ic
