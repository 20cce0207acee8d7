#include "services/documents/facturxxml.h"

#include "models/identifiers.h"
#include "models/money.h"

#include <QXmlStreamWriter>

#include <cstdlib>

namespace ic {

namespace {

const QString kRsm = QStringLiteral("urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100");
const QString kRam = QStringLiteral(
    "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100");
const QString kUdt = QStringLiteral("urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100");
const QString kQdt = QStringLiteral("urn:un:unece:uncefact:data:standard:QualifiedDataType:100");

QString amount(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toDecimalString();
}

// A rate in basis points as a percentage with two decimals: 550 -> "5.50".
QString percent(int rateBp)
{
    return QString::number(rateBp / 100) + u'.' +
           QString::number(rateBp % 100).rightJustified(2, u'0');
}

QString day(const QDate &date)
{
    return date.toString(u"yyyyMMdd"_qs);
}

class Writer final {
public:
    explicit Writer(QByteArray *out)
        : m_xml(out)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
    }

    void open(const QString &ns, const QString &name) { m_xml.writeStartElement(ns, name); }
    void close() { m_xml.writeEndElement(); }
    void text(const QString &ns, const QString &name, const QString &value)
    {
        m_xml.writeTextElement(ns, name, value);
    }
    void ram(const QString &name, const QString &value) { text(kRam, name, value); }
    void ramWith(const QString &name, const QString &attribute, const QString &attributeValue,
                 const QString &value)
    {
        m_xml.writeStartElement(kRam, name);
        m_xml.writeAttribute(attribute, attributeValue);
        m_xml.writeCharacters(value);
        m_xml.writeEndElement();
    }
    void date(const QString &name, const QDate &value, const QString &ns = kUdt)
    {
        open(kRam, name);
        m_xml.writeStartElement(ns, u"DateTimeString"_qs);
        m_xml.writeAttribute(u"format"_qs, u"102"_qs);
        m_xml.writeCharacters(day(value));
        m_xml.writeEndElement();
        close();
    }
    QXmlStreamWriter &raw() { return m_xml; }

private:
    QXmlStreamWriter m_xml;
};

void writeAddress(Writer &w, const QStringList &lines, const QString &postalCode,
                  const QString &city, const QString &country)
{
    w.open(kRam, u"PostalTradeAddress"_qs);
    if (!postalCode.isEmpty())
        w.ram(u"PostcodeCode"_qs, postalCode);
    const char16_t *names[] = {u"LineOne", u"LineTwo", u"LineThree"};
    for (qsizetype i = 0; i < lines.size() && i < 3; ++i)
        w.ram(QString::fromUtf16(names[i]),
              i == 2 ? QStringList(lines.mid(2)).join(u", "_qs) : lines.at(i));
    if (!city.isEmpty())
        w.ram(u"CityName"_qs, city);
    w.ram(u"CountryID"_qs, country);
    w.close();
}

void writeSeller(Writer &w, const SellerIdentity &s)
{
    w.open(kRam, u"SellerTradeParty"_qs);
    w.ram(u"Name"_qs, s.legalName);
    // BT-33, the seller's additional legal information: form, capital, RCS.
    w.ram(u"Description"_qs, s.legalForm + u" au capital de " + s.shareCapital + u" - RCS " +
                                 s.rcsCity + u' ' + normalizedIdentifier(s.siren));
    w.open(kRam, u"SpecifiedLegalOrganization"_qs);
    w.ramWith(u"ID"_qs, u"schemeID"_qs, u"0002"_qs, normalizedIdentifier(s.siren));
    w.close();
    writeAddress(w, s.addressLineList(), s.postalCode, s.city, s.country);
    if (!s.email.isEmpty()) {
        w.open(kRam, u"URIUniversalCommunication"_qs);
        w.ramWith(u"URIID"_qs, u"schemeID"_qs, u"EM"_qs, s.email);
        w.close();
    }
    w.open(kRam, u"SpecifiedTaxRegistration"_qs);
    w.ramWith(u"ID"_qs, u"schemeID"_qs, u"VA"_qs, normalizedIdentifier(s.vatNumber));
    w.close();
    w.close();
}

void writeBuyer(Writer &w, const Customer &c)
{
    w.open(kRam, u"BuyerTradeParty"_qs);
    w.ram(u"Name"_qs, c.company.isEmpty() ? c.name : c.company);
    if (!c.siren.isEmpty()) {
        w.open(kRam, u"SpecifiedLegalOrganization"_qs);
        w.ramWith(u"ID"_qs, u"schemeID"_qs, u"0002"_qs, normalizedIdentifier(c.siren));
        w.close();
    }
    QStringList lines;
    for (const QString &line : c.addressLines.split(u'\n'))
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    writeAddress(w, lines, c.postalCode, c.city, c.country.trimmed().toUpper());
    if (!c.email.isEmpty()) {
        w.open(kRam, u"URIUniversalCommunication"_qs);
        w.ramWith(u"URIID"_qs, u"schemeID"_qs, u"EM"_qs, c.email);
        w.close();
    }
    if (!c.vatNumber.isEmpty()) {
        w.open(kRam, u"SpecifiedTaxRegistration"_qs);
        w.ramWith(u"ID"_qs, u"schemeID"_qs, u"VA"_qs, normalizedIdentifier(c.vatNumber));
        w.close();
    }
    w.close();
}

// The reason a 0 % category is not taxed (BT-120, BT-121).
struct Exemption {
    QString reason;
    QString code;
};

Exemption exemptionOf(VatCategory category)
{
    switch (category) {
    case VatCategory::ReverseCharge:
        return {u"Autoliquidation"_qs, u"VATEX-EU-AE"_qs};
    case VatCategory::Export:
        return {u"Exportation hors UE - TVA non applicable, art. 259-1 du CGI"_qs,
                u"VATEX-EU-G"_qs};
    case VatCategory::Exempt:
        return {u"Exonération de TVA"_qs, {}};
    case VatCategory::Standard:
        break;
    }
    return {};
}

void note(Writer &w, const QString &content, const QString &subject)
{
    w.open(kRam, u"IncludedNote"_qs);
    w.ram(u"Content"_qs, content);
    if (!subject.isEmpty())
        w.ram(u"SubjectCode"_qs, subject);
    w.close();
}

} // namespace

QByteArray facturXXml(const InvoiceDocument &d)
{
    QByteArray out;
    Writer w(&out);
    QXmlStreamWriter &x = w.raw();
    x.writeStartDocument();
    x.writeNamespace(kRsm, u"rsm"_qs);
    x.writeNamespace(kQdt, u"qdt"_qs);
    x.writeNamespace(kRam, u"ram"_qs);
    x.writeNamespace(kUdt, u"udt"_qs);
    w.open(kRsm, u"CrossIndustryInvoice"_qs);

    w.open(kRsm, u"ExchangedDocumentContext"_qs);
    w.open(kRam, u"BusinessProcessSpecifiedDocumentContextParameter"_qs);
    w.ram(u"ID"_qs, u"S1"_qs);
    w.close();
    w.open(kRam, u"GuidelineSpecifiedDocumentContextParameter"_qs);
    w.ram(u"ID"_qs, u"urn:cen.eu:en16931:2017"_qs);
    w.close();
    w.close();

    const QString &cur = d.currency;
    w.open(kRsm, u"ExchangedDocument"_qs);
    w.ram(u"ID"_qs, d.number);
    w.ram(u"TypeCode"_qs, d.isCreditNote() ? u"381"_qs : u"380"_qs);
    w.date(u"IssueDateTime"_qs, d.issueDate);
    const SellerIdentity &s = d.seller;
    note(w, s.latePenaltySentence + u" (" + percent(s.latePenaltyRateBp) + u" %)", u"PMD"_qs);
    note(w,
         d.isBusinessBuyer()
             ? u"Indemnité forfaitaire pour frais de recouvrement en cas de retard : 40 €"_qs
             : u"Indemnité forfaitaire pour frais de recouvrement : non applicable (client "
               u"particulier)"_qs,
         u"PMT"_qs);
    note(w, s.earlyPaymentDiscount, u"AAB"_qs);
    if (!d.notes.trimmed().isEmpty())
        note(w, d.notes.trimmed(), u"AAI"_qs);
    w.close();

    w.open(kRsm, u"SupplyChainTradeTransaction"_qs);
    for (const DocumentLine &line : d.lines) {
        w.open(kRam, u"IncludedSupplyChainTradeLineItem"_qs);
        w.open(kRam, u"AssociatedDocumentLineDocument"_qs);
        w.ram(u"LineID"_qs, QString::number(line.position));
        w.close();
        w.open(kRam, u"SpecifiedTradeProduct"_qs);
        w.ram(u"Name"_qs, line.description);
        w.close();
        w.open(kRam, u"SpecifiedLineTradeAgreement"_qs);
        w.open(kRam, u"NetPriceProductTradePrice"_qs);
        w.ram(u"ChargeAmount"_qs, amount(line.unitPriceMinor, cur));
        w.close();
        w.close();
        w.open(kRam, u"SpecifiedLineTradeDelivery"_qs);
        w.ramWith(u"BilledQuantity"_qs, u"unitCode"_qs, u"C62"_qs, QString::number(line.quantity));
        w.close();
        w.open(kRam, u"SpecifiedLineTradeSettlement"_qs);
        w.open(kRam, u"ApplicableTradeTax"_qs);
        w.ram(u"TypeCode"_qs, u"VAT"_qs);
        w.ram(u"CategoryCode"_qs, categoryCode(line.category));
        w.ram(u"RateApplicablePercent"_qs, percent(line.rateBp));
        w.close();
        if (line.discountMinor != 0) {
            w.open(kRam, u"SpecifiedTradeAllowanceCharge"_qs);
            w.open(kRam, u"ChargeIndicator"_qs);
            w.text(kUdt, u"Indicator"_qs, line.discountMinor > 0 ? u"false"_qs : u"true"_qs);
            w.close();
            w.ram(u"ActualAmount"_qs, amount(std::abs(line.discountMinor), cur));
            w.ram(u"Reason"_qs, line.discountMinor > 0 ? u"Remise"_qs : u"Majoration"_qs);
            w.close();
        }
        w.open(kRam, u"SpecifiedTradeSettlementLineMonetarySummation"_qs);
        w.ram(u"LineTotalAmount"_qs, amount(line.netMinor, cur));
        w.close();
        w.close();
        w.close();
    }

    w.open(kRam, u"ApplicableHeaderTradeAgreement"_qs);
    writeSeller(w, s);
    writeBuyer(w, d.buyer);
    w.close();

    w.open(kRam, u"ApplicableHeaderTradeDelivery"_qs);
    w.close();

    w.open(kRam, u"ApplicableHeaderTradeSettlement"_qs);
    w.ram(u"InvoiceCurrencyCode"_qs, cur);
    w.open(kRam, u"SpecifiedTradeSettlementPaymentMeans"_qs);
    w.ram(u"TypeCode"_qs, cur == u"EUR" ? u"58"_qs : u"30"_qs);
    w.open(kRam, u"PayeePartyCreditorFinancialAccount"_qs);
    w.ram(u"IBANID"_qs, normalizedIdentifier(s.iban));
    w.close();
    if (!s.bic.isEmpty()) {
        w.open(kRam, u"PayeeSpecifiedCreditorFinancialInstitution"_qs);
        w.ram(u"BICID"_qs, normalizedIdentifier(s.bic));
        w.close();
    }
    w.close();
    for (const DocumentTax &tax : d.taxes) {
        const Exemption exemption = exemptionOf(tax.category);
        w.open(kRam, u"ApplicableTradeTax"_qs);
        w.ram(u"CalculatedAmount"_qs, amount(tax.taxMinor, cur));
        w.ram(u"TypeCode"_qs, u"VAT"_qs);
        if (!exemption.reason.isEmpty())
            w.ram(u"ExemptionReason"_qs, exemption.reason);
        w.ram(u"BasisAmount"_qs, amount(tax.baseMinor, cur));
        w.ram(u"CategoryCode"_qs, categoryCode(tax.category));
        if (!exemption.code.isEmpty())
            w.ram(u"ExemptionReasonCode"_qs, exemption.code);
        w.ram(u"RateApplicablePercent"_qs, percent(tax.rateBp));
        w.close();
    }
    if (d.periodStart.isValid() && d.periodLast.isValid()) {
        w.open(kRam, u"BillingSpecifiedPeriod"_qs);
        w.date(u"StartDateTime"_qs, d.periodStart);
        w.date(u"EndDateTime"_qs, d.periodLast);
        w.close();
    }
    w.open(kRam, u"SpecifiedTradePaymentTerms"_qs);
    w.ram(u"Description"_qs,
          u"Virement à réception, au plus tard le "_qs + d.dueDate.toString(u"dd/MM/yyyy"_qs));
    if (d.dueDate.isValid())
        w.date(u"DueDateDateTime"_qs, d.dueDate);
    w.close();
    w.open(kRam, u"SpecifiedTradeSettlementHeaderMonetarySummation"_qs);
    w.ram(u"LineTotalAmount"_qs, amount(d.lineTotalMinor, cur));
    w.ram(u"TaxBasisTotalAmount"_qs, amount(d.lineTotalMinor, cur));
    w.ramWith(u"TaxTotalAmount"_qs, u"currencyID"_qs, cur, amount(d.taxTotalMinor, cur));
    w.ram(u"GrandTotalAmount"_qs, amount(d.grandTotalMinor, cur));
    w.ram(u"TotalPrepaidAmount"_qs, amount(d.prepaidMinor, cur));
    w.ram(u"DuePayableAmount"_qs, amount(d.dueMinor, cur));
    w.close();
    if (d.isCreditNote() && !d.correctedNumber.isEmpty()) {
        w.open(kRam, u"InvoiceReferencedDocument"_qs);
        w.ram(u"IssuerAssignedID"_qs, d.correctedNumber);
        if (d.correctedIssueDate.isValid())
            w.date(u"FormattedIssueDateTime"_qs, d.correctedIssueDate, kQdt);
        w.close();
    }
    w.close(); // ApplicableHeaderTradeSettlement
    w.close(); // SupplyChainTradeTransaction
    w.close(); // CrossIndustryInvoice
    x.writeEndDocument();
    return out;
}

} // namespace ic
