#pragma once

#include "models/money.h"
#include "models/statuses.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace ic {

enum class InvoiceKind { Invoice, CreditNote };

struct InvoiceItem {
    qint64 id = 0;
    qint64 invoiceId = 0;
    int position = 0;
    QString description;
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0;
    qint64 discountMinor = 0;
    int taxRateBp = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0; // net + tax
    qint64 planId = 0;
    qint64 promotionId = 0;
};

struct Invoice {
    qint64 id = 0;
    QUuid publicId;
    QString number; // INV-YYYY-NNN or CN-YYYY-NNN once issued; empty while draft
    InvoiceKind kind = InvoiceKind::Invoice;
    qint64 creditForInvoiceId = 0;
    qint64 customerId = 0;
    qint64 subscriptionId = 0;
    InvoiceStatus status = InvoiceStatus::Draft;
    QString currency = QStringLiteral("EUR");
    qint64 subtotalMinor = 0;
    qint64 discountMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
    qint64 amountPaidMinor = 0;
    QDate issueDate;
    QDate dueDate;
    QDate periodStart;
    QDate periodEnd;
    QDateTime paidAt;
    bool reverseCharge = false;
    QString notes;
    QList<InvoiceItem> items;
    // The seller and the buyer as they were when the invoice was issued (JSON written by
    // services/storage/partysnapshot.h), and the SHA-256 of its PDF once made (hex).
    QString sellerSnapshot;
    QString buyerSnapshot;
    QString pdfSha256;
    QDateTime createdAt;
    int rowVersion = 0;

    Money total() const { return Money(totalMinor, currency); }
};

} // namespace ic
