#include "services/documents/invoicedocument.h"

#include "models/money.h"
#include "models/tr.h"
#include "services/billing/taxpolicy.h"
#include "services/storage/customerrepository.h"
#include "services/storage/database.h"
#include "services/storage/invoicerepository.h"
#include "services/storage/partysnapshot.h"
#include "services/storage/rowvalues.h"
#include "services/storage/selleridentitystore.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cstring>
#include <optional>

namespace ic {

QString categoryCode(VatCategory category)
{
    switch (category) {
    case VatCategory::Standard:
        return QStringLiteral("S");
    case VatCategory::ReverseCharge:
        return QStringLiteral("AE");
    case VatCategory::Export:
        return QStringLiteral("G");
    case VatCategory::Exempt:
        return QStringLiteral("E");
    }
    return QStringLiteral("S");
}

bool InvoiceDocument::isReverseCharge() const
{
    return std::any_of(lines.cbegin(), lines.cend(), [](const DocumentLine &l) {
        return l.category == VatCategory::ReverseCharge;
    });
}

bool InvoiceDocument::isExport() const
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [](const DocumentLine &l) { return l.category == VatCategory::Export; });
}

bool InvoiceDocument::isFrenchRated() const
{
    // French rates: 20, 10, 5.5, 2.1 % (CGI art. 278 to 281 nonies), and 0 % categories.
    static const QList<int> french{2000, 1000, 550, 210};
    return std::all_of(lines.cbegin(), lines.cend(), [](const DocumentLine &l) {
        return l.category != VatCategory::Standard || french.contains(l.rateBp);
    });
}

QString InvoiceDocument::title() const
{
    const DocumentText t{language};
    return t(isCreditNote() ? "credit_note" : "invoice") + u' ' + number;
}

InvoiceDocument documentOf(const Invoice &invoice, const SellerIdentity &seller,
                           const Customer &buyer, const Invoice *corrected, qint64 prepaidMinor)
{
    InvoiceDocument d;
    d.kind = invoice.kind;
    d.number = invoice.number;
    d.currency = invoice.currency;
    d.language = buyer.language == u"fr" ? u"fr"_qs : u"en"_qs;
    d.issueDate = invoice.issueDate;
    d.dueDate = invoice.dueDate;
    d.periodStart = invoice.periodStart;
    d.periodLast = invoice.periodEnd.isValid() && invoice.periodEnd > invoice.periodStart
                       ? invoice.periodEnd.addDays(-1)
                       : invoice.periodEnd;
    d.seller = seller;
    d.buyer = buyer;
    d.notes = invoice.notes;
    if (corrected) {
        d.correctedNumber = corrected->number;
        d.correctedIssueDate = corrected->issueDate;
    }
    const QString buyerCountry = buyer.country.trimmed().toUpper();
    const bool abroad = !buyerCountry.isEmpty() && buyerCountry != seller.country;
    const bool outsideEu = abroad && !TaxPolicy::isEuCountry(buyerCountry);
    const qint64 sign = invoice.kind == InvoiceKind::CreditNote ? -1 : 1;
    int position = 0;
    for (const InvoiceItem &item : invoice.items) {
        DocumentLine line;
        line.position = ++position;
        line.description = item.description;
        line.quantity = sign * item.quantity;
        line.unitPriceMinor = item.unitPriceMinor;
        if (line.unitPriceMinor < 0) {
            line.unitPriceMinor = -line.unitPriceMinor;
            line.quantity = -line.quantity;
        }
        line.discountMinor = sign * item.discountMinor;
        line.rateBp = item.taxRateBp;
        line.netMinor = sign * (item.quantity * item.unitPriceMinor - item.discountMinor);
        line.taxMinor = sign * item.taxMinor;
        if (invoice.reverseCharge)
            line.category = VatCategory::ReverseCharge;
        else if (item.taxRateBp > 0)
            line.category = VatCategory::Standard;
        else if (outsideEu)
            line.category = VatCategory::Export;
        else
            line.category = VatCategory::Exempt;
        d.lines.append(line);
        d.lineTotalMinor += line.netMinor;
        d.taxTotalMinor += line.taxMinor;
        auto tax = std::find_if(d.taxes.begin(), d.taxes.end(), [&](const DocumentTax &t) {
            return t.category == line.category && t.rateBp == line.rateBp;
        });
        if (tax == d.taxes.end())
            tax = d.taxes.insert(d.taxes.end(), DocumentTax{line.category, line.rateBp, 0, 0});
        tax->baseMinor += line.netMinor;
        tax->taxMinor += line.taxMinor;
    }
    std::sort(d.taxes.begin(), d.taxes.end(), [](const DocumentTax &a, const DocumentTax &b) {
        return a.category != b.category ? a.category < b.category : a.rateBp > b.rateBp;
    });
    d.grandTotalMinor = d.lineTotalMinor + d.taxTotalMinor;
    d.prepaidMinor = prepaidMinor;
    d.dueMinor = d.grandTotalMinor - prepaidMinor;
    return d;
}

Result<InvoiceDocument> loadInvoiceDocument(Database &db, qint64 invoiceId)
{
    InvoiceRepository invoices(db);
    auto invoice = invoices.find(invoiceId);
    if (!invoice)
        return std::unexpected(invoice.error());
    if (invoice->status == InvoiceStatus::Draft || invoice->number.isEmpty())
        return failure(ErrorCode::Invalid,
                       Tr::tr("A draft invoice has no number yet: issue it before printing it."));
    SellerIdentity seller;
    Customer buyer;
    if (!invoice->sellerSnapshot.isEmpty())
        seller = sellerFromJson(jsonObjectOf(invoice->sellerSnapshot));
    else if (auto now = SellerIdentityStore(db).load(); now)
        seller = *now;
    else
        return std::unexpected(now.error());
    if (!invoice->buyerSnapshot.isEmpty())
        buyer = buyerFromJson(jsonObjectOf(invoice->buyerSnapshot));
    else if (auto now = CustomerRepository(db).find(invoice->customerId); now)
        buyer = *now;
    else
        return std::unexpected(now.error());
    std::optional<Invoice> corrected;
    if (invoice->kind == InvoiceKind::CreditNote && invoice->creditForInvoiceId > 0) {
        auto original = invoices.header(invoice->creditForInvoiceId);
        if (!original)
            return std::unexpected(original.error());
        corrected = *original;
    }
    // Credits are spent on an invoice when it is issued (Invoicing::issue): what they paid is
    // part of the original document; later payments are not.
    qint64 prepaid = 0;
    if (invoice->kind == InvoiceKind::Invoice) {
        auto spent = db.scalar(QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM "
                                              "credit_applications WHERE invoice_id = :id"),
                               {{"id", invoiceId}});
        if (!spent)
            return std::unexpected(spent.error());
        prepaid = spent->toLongLong();
    }
    return documentOf(*invoice, seller, buyer, corrected ? &*corrected : nullptr, prepaid);
}

namespace {

struct Text {
    const char *key;
    const char *fr;
    const char *en;
};

const Text kTexts[] = {
    {"invoice", "Facture", "Invoice"},
    {"credit_note", "Avoir", "Credit note"},
    {"number", "N°", "No."},
    {"issue_date", "Date d'émission", "Issue date"},
    {"due_date", "Échéance", "Due date"},
    {"period", "Période", "Service period"},
    {"period_range", "du %1 au %2", "%1 to %2"},
    {"bill_to", "Facturé à", "Bill to"},
    {"credit_to", "Avoir au profit de", "Credited to"},
    {"vat_number", "N° TVA", "VAT No."},
    {"siren", "SIREN", "SIREN"},
    {"siret", "SIRET", "SIRET"},
    {"rcs", "RCS %1 %2", "RCS %1 %2"},
    {"capital", "%1 au capital de %2", "%1 with a share capital of %2"},
    {"description", "Désignation", "Description"},
    {"quantity", "Qté", "Qty"},
    {"unit_price", "PU HT", "Unit price excl. VAT"},
    {"discount", "Remise", "Discount"},
    {"vat_rate", "TVA", "VAT"},
    {"total_excl", "Total HT", "Total excl. VAT"},
    {"vat_breakdown", "Détail de la TVA", "VAT breakdown"},
    {"rate", "Taux", "Rate"},
    {"base", "Base HT", "Taxable amount"},
    {"vat_amount", "Montant TVA", "VAT amount"},
    {"total_vat", "Total TVA", "Total VAT"},
    {"total_incl", "Total TTC", "Total incl. VAT"},
    {"prepaid", "Déjà réglé (crédits)", "Already paid (credits)"},
    {"due", "Net à payer", "Amount due"},
    {"credited_total", "Total de l'avoir TTC", "Credit note total incl. VAT"},
    {"to_refund", "Montant remboursé ou crédité", "Amount refunded or credited"},
    {"payment_terms", "Conditions de paiement", "Payment terms"},
    {"pay_by_transfer", "Paiement au plus tard le %1, par virement sur le compte IBAN %2 (BIC %3).",
     "Payable by %1 by bank transfer to IBAN %2 (BIC %3)."},
    {"nothing_due", "Aucun montant n'est dû.", "Nothing is due."},
    {"corrects", "Avoir sur la facture %1 du %2", "Credit note for invoice %1 of %2"},
    {"operation", "Catégorie de l'opération : prestation de services",
     "Category of operation: supply of services"},
    {"late_penalty", "Pénalités de retard : %1 (taux annuel de %2).",
     "Late-payment penalties: %1 (annual rate %2)."},
    {"recovery",
     "Indemnité forfaitaire pour frais de recouvrement en cas de retard : 40 € "
     "(art. L441-10 et D441-5 du Code de commerce).",
     "Fixed indemnity for recovery costs in case of late payment: €40 (French Commercial Code, "
     "art. L441-10 and D441-5)."},
    {"reverse_charge",
     "Autoliquidation : TVA due par le preneur (art. 283-2 du CGI, art. 196 de la directive "
     "2006/112/CE). N° TVA du vendeur : %1 ; N° TVA du client : %2.",
     "Reverse charge: VAT to be accounted for by the customer (art. 196 of Directive "
     "2006/112/EC; art. 283-2 of the French CGI). Seller's VAT No. %1; customer's VAT No. %2."},
    {"export", "TVA non applicable, art. 259-1 du CGI : client établi hors de l'Union européenne.",
     "VAT not applicable, art. 259-1 of the French CGI: customer established outside the EU."},
    {"exempt", "Exonération de TVA.", "VAT exempt."},
    {"page", "%1/%2", "%1/%2"},
    {"notes", "Observations", "Notes"},
};

} // namespace

QString DocumentText::operator()(const char *key) const
{
    for (const Text &t : kTexts)
        if (std::strcmp(t.key, key) == 0)
            return QString::fromUtf8(language == u"fr" ? t.fr : t.en);
    return QString::fromLatin1(key);
}

QString DocumentText::money(qint64 minor, const QString &currency) const
{
    const QLocale locale(language == u"fr" ? QLocale::French : QLocale::English,
                         language == u"fr" ? QLocale::France : QLocale::UnitedKingdom);
    return Money(minor, currency).format(locale);
}

QString DocumentText::date(const QDate &date) const
{
    if (!date.isValid())
        return {};
    const QLocale locale(language == u"fr" ? QLocale::French : QLocale::English,
                         language == u"fr" ? QLocale::France : QLocale::UnitedKingdom);
    return locale.toString(date, u"d MMMM yyyy"_qs);
}

QString DocumentText::rate(int rateBp) const
{
    QString digits = QString::number(rateBp / 100);
    if (rateBp % 100 != 0) {
        QString cents = QString::number(rateBp % 100).rightJustified(2, u'0');
        if (cents.endsWith(u'0'))
            cents.chop(1);
        digits += language == u"fr" ? QChar(u',') : QChar(u'.');
        digits += cents;
    }
    return language == u"fr" ? QString(digits + u"\u00a0%") : QString(digits + u'%');
}

QString DocumentText::country(const QString &code) const
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    if (language == u"fr") {
        // QLocale names territories in English only (territoryToString); the demo's and
        // France's neighbours in French.
        static const QHash<QString, QString> french{
            {u"FR"_qs, u"France"_qs},     {u"BE"_qs, u"Belgique"_qs}, {u"DE"_qs, u"Allemagne"_qs},
            {u"ES"_qs, u"Espagne"_qs},    {u"IT"_qs, u"Italie"_qs},   {u"NL"_qs, u"Pays-Bas"_qs},
            {u"PT"_qs, u"Portugal"_qs},   {u"IE"_qs, u"Irlande"_qs},  {u"GB"_qs, u"Royaume-Uni"_qs},
            {u"US"_qs, u"États-Unis"_qs}, {u"CH"_qs, u"Suisse"_qs},   {u"LU"_qs, u"Luxembourg"_qs},
        };
        if (auto it = french.constFind(code); it != french.cend())
            return *it;
    }
    return QLocale::territoryToString(territory);
}

} // namespace ic
