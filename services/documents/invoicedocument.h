#pragma once

#include "models/customer.h"
#include "models/invoice.h"
#include "models/result.h"
#include "models/selleridentity.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ic {

class Database;

// The VAT category of a line, by the code lists of EN 16931 (UNTDID 5305).
enum class VatCategory {
    Standard,      // S: VAT at a rate, the seller's or (OSS) the customer's country's
    ReverseCharge, // AE: an EU business elsewhere accounts for the VAT
    Export,        // G: a customer outside the EU
    Exempt,        // E: 0 % for another reason
};
QString categoryCode(VatCategory category);

// One line as the document shows it. On a credit note the amounts are those credited,
// positive (the stored lines are negative); a negative price (a credit for unused days) is
// shown as a negative quantity of a positive price, as EN 16931 wants (BR-27).
struct DocumentLine {
    int position = 0; // 1, 2, ...
    QString description;
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0;
    qint64 discountMinor = 0;
    int rateBp = 0;
    qint64 netMinor = 0; // quantity × unit price − discount
    qint64 taxMinor = 0;
    VatCategory category = VatCategory::Standard;
};

struct DocumentTax {
    VatCategory category = VatCategory::Standard;
    int rateBp = 0;
    qint64 baseMinor = 0;
    qint64 taxMinor = 0;
};

// Everything an invoice or a credit note says, once: the PDF (invoicepdf.h) and the Factur-X
// XML (facturxxml.h) are both drawn from it, so they cannot say different things.
struct InvoiceDocument {
    InvoiceKind kind = InvoiceKind::Invoice;
    QString number;
    QString currency;
    QString language; // the buyer's: "fr" or "en"
    QDate issueDate;
    QDate dueDate;
    QDate periodStart; // first day billed
    QDate periodLast;  // last day billed (the stored end is exclusive)
    SellerIdentity seller;
    Customer buyer;
    QList<DocumentLine> lines;
    QList<DocumentTax> taxes; // by category, then rate
    qint64 lineTotalMinor = 0;
    qint64 taxTotalMinor = 0;
    qint64 grandTotalMinor = 0;
    qint64 prepaidMinor = 0; // credits spent on it when it was issued
    qint64 dueMinor = 0;     // grand total − prepaid
    QString correctedNumber; // a credit note: the invoice it corrects (BT-25)
    QDate correctedIssueDate;
    QString notes;

    bool isCreditNote() const { return kind == InvoiceKind::CreditNote; }
    bool isBusinessBuyer() const { return !buyer.vatNumber.isEmpty() || !buyer.siren.isEmpty(); }
    bool isReverseCharge() const;
    bool isExport() const;
    // In the French reform's scope: a French VAT rate on every taxed line (not OSS).
    bool isFrenchRated() const;
    // "FACTURE-INV-2026-0001" style title for the file's metadata.
    QString title() const;
};

// Builds the document of an issued invoice: pure, from the rows given. `corrected` is the
// invoice a credit note corrects (nullptr for an invoice).
InvoiceDocument documentOf(const Invoice &invoice, const SellerIdentity &seller,
                           const Customer &buyer, const Invoice *corrected, qint64 prepaidMinor);

// Reads an issued invoice or credit note and its parties as they were at issue (the
// snapshot; the seller and the customer as they are now when the invoice has none, as the
// demo book's history). A draft is refused: it has no number yet.
Result<InvoiceDocument> loadInvoiceDocument(Database &db, qint64 invoiceId);

// Texts of the document in its own language (not the program's): the buyer reads it.
struct DocumentText {
    QString language;
    QString operator()(const char *key) const;
    QString money(qint64 minor, const QString &currency) const;
    QString date(const QDate &date) const;
    QString rate(int rateBp) const;
    QString country(const QString &code) const;
};

} // namespace ic
