#pragma once

#include "models/invoice.h"
#include "models/result.h"
#include "services/storage/database.h"

#include <QList>

namespace ic {

// Invoices and credit notes with their lines. A draft is free to change; issuing gives it
// its number and from then on its lines and amounts are fixed (a credit note corrects it).
class InvoiceRepository final {
public:
    explicit InvoiceRepository(Database &db)
        : m_db(db)
    {
    }

    // Inserts a draft and its lines in one transaction. Totals are stored as given (the
    // billing service computes them with invoicemath).
    Result<Invoice> insertDraft(Invoice invoice);
    // Replaces a draft's amounts, dates, notes and lines if nobody changed it since it was
    // read. An issued invoice is refused with a sentence.
    Result<Invoice> updateDraft(Invoice invoice);
    // With its lines, in position order.
    Result<Invoice> find(qint64 id) const;
    // The invoice without its lines: for the daily run's and dunning's many status reads.
    Result<Invoice> header(qint64 id) const;
    Result<Invoice> findByNumber(const QString &number) const;
    // The customer's invoices, oldest first, without their lines.
    Result<QList<Invoice>> listByCustomer(qint64 customerId) const;

    // Issues a draft: takes the next number of its series (INV or CN) for the year of
    // `issueDate` and marks it sent, in one transaction. The number series is one UPSERT,
    // so two seats issuing at once on PostgreSQL wait for each other instead of colliding.
    Result<Invoice> issue(qint64 id, const QDate &issueDate, const QDate &dueDate);
    // Moves an issued invoice along the transition table (paid, overdue, cancelled,
    // refunded). A draft is issued with issue(), not here.
    Result<Invoice> setStatus(qint64 id, int rowVersion, InvoiceStatus status);
    // Adds money received (a payment, a credit spent) to an issued, unpaid invoice: one
    // conditional UPDATE that never takes amount_paid past the total. With `markPaid` the
    // invoice also moves to paid (transition table) and paid_at is stamped with `at`.
    Result<Invoice> addPaid(qint64 id, qint64 amountMinor, bool markPaid, const QDateTime &at);
    // Adds a payment, marking the invoice paid when it is paid in full, in one statement.
    // Returns the invoice's header as written (its lines are not read).
    Result<Invoice> addPayment(qint64 id, qint64 amountMinor, const QDateTime &at);

    // Stores the SHA-256 (hex) of an issued invoice's PDF the first time one is made; later
    // calls leave it as it is, so that a reprint can be compared with the original.
    Done recordPdfDigest(qint64 id, const QString &sha256Hex);

private:
    Result<QList<Invoice>> select(const QString &where, Database::Binds binds) const;
    Result<Invoice> withItems(Invoice invoice) const;
    // Writes the lines (replacing those there) and returns them as saved, with their ids.
    Result<QList<InvoiceItem>> writeItems(qint64 invoiceId, QList<InvoiceItem> items, bool replace);
    Database &m_db;
};

} // namespace ic
