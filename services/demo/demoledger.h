#pragma once

#include "models/promotionrules.h"
#include "services/demo/demorecords.h"
#include "services/storage/bulkinserter.h"

#include <QHash>

#include <memory>
#include <vector>

namespace ic {

// The demo book's money rows, written through bulk inserters inside the caller's
// transaction: invoices with their lines, payments and dunning cases (once final), the
// promotions' uses, the credits and what they paid, the invoice number series.
class DemoLedger final {
public:
    DemoLedger(Database &db, const DemoDays &days);
    ~DemoLedger();

    // Writes an invoice that will not change any more: its row (with `publicId`), its lines,
    // its payments and its dunning case if it has one.
    Done write(const DemoInvoice &invoice, const QString &publicId);
    // One use of a promotion by the invoice, as PromotionRepository::recordUse writes it.
    Done addUse(const Discount &discount, qint64 customerId, qint64 invoiceId, int day);
    // A credit that paid part of an invoice.
    Done addApplication(qint64 creditId, qint64 invoiceId, qint64 amount, const QString &at);
    // At the end: the credits as they stand, every row flushed, the number series, the
    // promotions' use counters.
    Done finish(const std::vector<DemoCredit> &credits, int lastDay,
                const QHash<QString, int> &numbers, const QList<Promotion> &promotions);

    qint64 invoices() const;
    qint64 items() const;
    qint64 payments() const;
    qint64 credits() const;

    // The credit note that cancels `invoice` (refunded to credit) on `day`: every line
    // negated, paid at once. Its lines take ids after `lastItemId`, which moves on.
    static DemoInvoice creditNoteFor(const DemoInvoice &invoice, qint64 id, const QString &number,
                                     int day, qint64 &lastItemId);

private:
    Database &m_db;
    const DemoDays &m_days;
    qint64 m_nextUseId = 0;
    qint64 m_nextApplicationId = 0;
    std::unique_ptr<BulkInserter> m_invoiceRows;
    std::unique_ptr<BulkInserter> m_itemRows;
    std::unique_ptr<BulkInserter> m_paymentRows;
    std::unique_ptr<BulkInserter> m_creditRows;
    std::unique_ptr<BulkInserter> m_applicationRows;
    std::unique_ptr<BulkInserter> m_caseRows;
    std::unique_ptr<BulkInserter> m_useRows;
};

} // namespace ic
