// The Factur-X XML of each kind of invoice the book makes, read back element by element and
// compared with the invoice, the amounts computed by hand in the comments.
#include "services/storage/invoicerepository.h"
#include "services/storage/selleridentitystore.h"
#include "services/storage/settings.h"
#include "tests/services/documentfixtures.h"

#include <QMultiMap>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

// Every element with text, by its path of local names below the root:
// "SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/InvoiceCurrencyCode".
// Attributes read as "path@name".
struct Xml {
    QMultiMap<QString, QString> values;
    QString value(const QString &path) const
    {
        const QStringList all = list(path);
        return all.isEmpty() ? QString() : all.first();
    }
    QStringList list(const QString &path) const
    {
        QStringList out = values.values(path);
        std::reverse(out.begin(), out.end()); // QMultiMap gives the last inserted first
        return out;
    }
};

Xml parse(const QByteArray &bytes)
{
    Xml xml;
    QXmlStreamReader r(bytes);
    QStringList path;
    QString text;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            path.append(r.name().toString());
            text.clear();
            const QString here = path.mid(1).join(u'/');
            for (const QXmlStreamAttribute &a : r.attributes())
                xml.values.insert(here + u'@' + a.name().toString(), a.value().toString());
        } else if (r.isCharacters()) {
            text += r.text();
        } else if (r.isEndElement()) {
            if (!text.trimmed().isEmpty())
                xml.values.insert(path.mid(1).join(u'/'), text.trimmed());
            text.clear();
            path.removeLast();
        }
    }
    EXPECT_FALSE(r.hasError()) << r.errorString().toStdString();
    return xml;
}

const QString kDoc = u"ExchangedDocument/"_qs;
const QString kTx = u"SupplyChainTradeTransaction/"_qs;
const QString kLine = kTx + u"IncludedSupplyChainTradeLineItem/"_qs;
const QString kAgreement = kTx + u"ApplicableHeaderTradeAgreement/"_qs;
const QString kSettlement = kTx + u"ApplicableHeaderTradeSettlement/"_qs;
const QString kTax = kSettlement + u"ApplicableTradeTax/"_qs;
const QString kSum = kSettlement + u"SpecifiedTradeSettlementHeaderMonetarySummation/"_qs;

class FacturXTest : public DocumentBook {
protected:
    // What every invoice of the book says the same way.
    void expectCommon(const Xml &x, const Invoice &invoice)
    {
        EXPECT_EQ(
            x.value(
                u"ExchangedDocumentContext/BusinessProcessSpecifiedDocumentContextParameter/ID"_qs),
            u"S1"_qs);
        EXPECT_EQ(
            x.value(u"ExchangedDocumentContext/GuidelineSpecifiedDocumentContextParameter/ID"_qs),
            u"urn:cen.eu:en16931:2017"_qs);
        EXPECT_EQ(x.value(kDoc + u"ID"), invoice.number);
        EXPECT_EQ(x.value(kDoc + u"IssueDateTime/DateTimeString"), u"20260315"_qs);
        EXPECT_EQ(x.value(kDoc + u"IssueDateTime/DateTimeString@format"), u"102"_qs);
        EXPECT_EQ(x.list(kDoc + u"IncludedNote/SubjectCode").mid(0, 3),
                  (QStringList{u"PMD"_qs, u"PMT"_qs, u"AAB"_qs}));
        EXPECT_EQ(x.value(kAgreement + u"SellerTradeParty/Name"), u"InfluenceCore SAS"_qs);
        EXPECT_EQ(x.value(kAgreement + u"SellerTradeParty/SpecifiedLegalOrganization/ID"),
                  u"912345600"_qs);
        EXPECT_EQ(x.value(kAgreement + u"SellerTradeParty/SpecifiedLegalOrganization/ID@schemeID"),
                  u"0002"_qs);
        EXPECT_EQ(x.value(kAgreement + u"SellerTradeParty/SpecifiedTaxRegistration/ID"),
                  u"FR34912345600"_qs);
        EXPECT_EQ(x.value(kAgreement + u"SellerTradeParty/PostalTradeAddress/CityName"),
                  u"Paris"_qs);
        EXPECT_EQ(x.value(kSettlement + u"InvoiceCurrencyCode"), u"EUR"_qs);
        EXPECT_EQ(x.value(kSettlement + u"SpecifiedTradeSettlementPaymentMeans/TypeCode"),
                  u"58"_qs);
        EXPECT_EQ(
            x.value(
                kSettlement +
                u"SpecifiedTradeSettlementPaymentMeans/PayeePartyCreditorFinancialAccount/IBANID"),
            u"FR7630006000011234567890189"_qs);
        // the billed period 15 March to 14 April (the stored end, 15 April, is exclusive)
        EXPECT_EQ(x.value(kSettlement + u"BillingSpecifiedPeriod/StartDateTime/DateTimeString"),
                  u"20260315"_qs);
        EXPECT_EQ(x.value(kSettlement + u"BillingSpecifiedPeriod/EndDateTime/DateTimeString"),
                  u"20260414"_qs);
    }
};

TEST_P(FacturXTest, FrenchBusinessInvoiceAt20Percent)
{
    const Invoice invoice = issued(request(frBusiness));
    const InvoiceDocument d = document(invoice.id);
    keep(u"fr-business"_qs, d);
    const Xml x = parse(facturXXml(d));
    expectCommon(x, invoice);
    EXPECT_EQ(x.value(kDoc + u"TypeCode"), u"380"_qs);
    EXPECT_TRUE(x.list(kDoc + u"IncludedNote/Content").at(1).contains(u"40 €"_qs));
    EXPECT_EQ(x.value(kAgreement + u"BuyerTradeParty/Name"), u"Dupont Conseil SARL"_qs);
    EXPECT_EQ(x.value(kAgreement + u"BuyerTradeParty/SpecifiedLegalOrganization/ID"),
              u"732829320"_qs);
    EXPECT_EQ(x.value(kAgreement + u"BuyerTradeParty/SpecifiedLegalOrganization/ID@schemeID"),
              u"0002"_qs);
    EXPECT_EQ(x.value(kAgreement + u"BuyerTradeParty/SpecifiedTaxRegistration/ID"),
              u"FR44732829320"_qs);
    EXPECT_EQ(x.value(kAgreement + u"BuyerTradeParty/PostalTradeAddress/LineOne"),
              u"8 rue des Lilas"_qs);
    EXPECT_EQ(x.value(kAgreement + u"BuyerTradeParty/PostalTradeAddress/LineTwo"),
              u"Bâtiment B"_qs);
    EXPECT_EQ(x.value(kAgreement + u"BuyerTradeParty/PostalTradeAddress/PostcodeCode"),
              u"69003"_qs);
    // one line: 1 × 20.00, 20 % -> 4.00 of VAT, 24.00 in all
    EXPECT_EQ(x.list(kLine + u"AssociatedDocumentLineDocument/LineID"), QStringList{u"1"_qs});
    EXPECT_EQ(
        x.value(kLine + u"SpecifiedLineTradeAgreement/NetPriceProductTradePrice/ChargeAmount"),
        u"20.00"_qs);
    EXPECT_EQ(x.value(kLine + u"SpecifiedLineTradeDelivery/BilledQuantity"), u"1"_qs);
    EXPECT_EQ(x.value(kLine + u"SpecifiedLineTradeSettlement/ApplicableTradeTax/CategoryCode"),
              u"S"_qs);
    EXPECT_EQ(
        x.value(kLine + u"SpecifiedLineTradeSettlement/ApplicableTradeTax/RateApplicablePercent"),
        u"20.00"_qs);
    EXPECT_EQ(x.list(kTax + u"CategoryCode"), QStringList{u"S"_qs});
    EXPECT_EQ(x.value(kTax + u"BasisAmount"), u"20.00"_qs);
    EXPECT_EQ(x.value(kTax + u"CalculatedAmount"), u"4.00"_qs);
    EXPECT_EQ(x.value(kSum + u"LineTotalAmount"), u"20.00"_qs);
    EXPECT_EQ(x.value(kSum + u"TaxBasisTotalAmount"), u"20.00"_qs);
    EXPECT_EQ(x.value(kSum + u"TaxTotalAmount"), u"4.00"_qs);
    EXPECT_EQ(x.value(kSum + u"TaxTotalAmount@currencyID"), u"EUR"_qs);
    EXPECT_EQ(x.value(kSum + u"GrandTotalAmount"), u"24.00"_qs);
    EXPECT_EQ(x.value(kSum + u"TotalPrepaidAmount"), u"0.00"_qs);
    EXPECT_EQ(x.value(kSum + u"DuePayableAmount"), u"24.00"_qs);
    EXPECT_EQ(x.value(kSettlement + u"SpecifiedTradePaymentTerms/DueDateDateTime/DateTimeString"),
              u"20260329"_qs);
}

TEST_P(FacturXTest, FrenchConsumerHasNoIdentifiersAndNoRecoveryIndemnity)
{
    const Invoice invoice = issued(request(fr));
    const InvoiceDocument d = document(invoice.id);
    keep(u"fr-consumer"_qs, d);
    const Xml x = parse(facturXXml(d));
    expectCommon(x, invoice);
    EXPECT_EQ(x.value(kAgreement + u"BuyerTradeParty/Name"), u"anne"_qs);
    EXPECT_TRUE(x.list(kAgreement + u"BuyerTradeParty/SpecifiedTaxRegistration/ID").isEmpty());
    EXPECT_TRUE(x.list(kAgreement + u"BuyerTradeParty/SpecifiedLegalOrganization/ID").isEmpty());
    EXPECT_FALSE(x.list(kDoc + u"IncludedNote/Content").at(1).contains(u"40 €"_qs));
    EXPECT_EQ(x.value(kAgreement + u"BuyerTradeParty/PostalTradeAddress/CityName"), u"Nantes"_qs);
    // 20.00 at 20 %: 4.00, 24.00
    EXPECT_EQ(x.value(kSum + u"GrandTotalAmount"), u"24.00"_qs);
    EXPECT_EQ(x.value(kSum + u"DuePayableAmount"), u"24.00"_qs);
}

TEST_P(FacturXTest, EuBusinessIsReverseChargedWithBothVatNumbers)
{
    const Invoice invoice = issued(request(deBusiness));
    ASSERT_TRUE(invoice.reverseCharge);
    const InvoiceDocument d = document(invoice.id);
    keep(u"eu-reverse-charge"_qs, d);
    const Xml x = parse(facturXXml(d));
    expectCommon(x, invoice);
    EXPECT_EQ(x.value(kAgreement + u"BuyerTradeParty/SpecifiedTaxRegistration/ID"),
              u"DE123456789"_qs);
    EXPECT_EQ(x.value(kAgreement + u"BuyerTradeParty/PostalTradeAddress/CountryID"), u"DE"_qs);
    // 20.00 at 0 %, category AE: no VAT, 20.00 due
    EXPECT_EQ(x.value(kLine + u"SpecifiedLineTradeSettlement/ApplicableTradeTax/CategoryCode"),
              u"AE"_qs);
    EXPECT_EQ(x.list(kTax + u"CategoryCode"), QStringList{u"AE"_qs});
    EXPECT_EQ(x.value(kTax + u"RateApplicablePercent"), u"0.00"_qs);
    EXPECT_EQ(x.value(kTax + u"ExemptionReasonCode"), u"VATEX-EU-AE"_qs);
    EXPECT_EQ(x.value(kTax + u"BasisAmount"), u"20.00"_qs);
    EXPECT_EQ(x.value(kTax + u"CalculatedAmount"), u"0.00"_qs);
    EXPECT_EQ(x.value(kSum + u"GrandTotalAmount"), u"20.00"_qs);
}

TEST_P(FacturXTest, EuConsumerUnderOssAtTheirCountrysRate)
{
    ASSERT_TRUE(Settings(db()).setText(u"billing.eu_consumer_vat"_qs, u"destination"_qs));
    const Invoice invoice = issued(request(deConsumer));
    const InvoiceDocument d = document(invoice.id);
    keep(u"eu-consumer-oss"_qs, d);
    EXPECT_FALSE(d.isFrenchRated());
    const Xml x = parse(facturXXml(d));
    expectCommon(x, invoice);
    // 20.00 at the German 19 %: 3.80, 23.80
    EXPECT_EQ(x.list(kTax + u"CategoryCode"), QStringList{u"S"_qs});
    EXPECT_EQ(x.value(kTax + u"RateApplicablePercent"), u"19.00"_qs);
    EXPECT_EQ(x.value(kTax + u"CalculatedAmount"), u"3.80"_qs);
    EXPECT_EQ(x.value(kSum + u"GrandTotalAmount"), u"23.80"_qs);
}

TEST_P(FacturXTest, OutsideTheEuIsAnExportAtZero)
{
    const Invoice invoice = issued(request(us));
    const InvoiceDocument d = document(invoice.id);
    keep(u"outside-eu"_qs, d);
    const Xml x = parse(facturXXml(d));
    expectCommon(x, invoice);
    EXPECT_EQ(x.value(kAgreement + u"BuyerTradeParty/PostalTradeAddress/CountryID"), u"US"_qs);
    EXPECT_EQ(x.list(kTax + u"CategoryCode"), QStringList{u"G"_qs});
    EXPECT_EQ(x.value(kTax + u"ExemptionReasonCode"), u"VATEX-EU-G"_qs);
    EXPECT_EQ(x.value(kTax + u"CalculatedAmount"), u"0.00"_qs);
    EXPECT_EQ(x.value(kSum + u"GrandTotalAmount"), u"20.00"_qs);
}

TEST_P(FacturXTest, CreditNoteIs381WithPositiveAmountsAndTheInvoiceItCorrects)
{
    const Invoice invoice = issued(request(frBusiness));
    // 12.00 tax included at 20 %: net 10.00 (10.00 + 2.00 = 12.00)
    auto note = invoicing().creditNote(invoice.id, Money(1200, u"EUR"_qs), u"Service outage"_qs,
                                       u"tester"_qs);
    ASSERT_TRUE(note.has_value()) << note.error().message.toStdString();
    const InvoiceDocument d = document(note->id);
    keep(u"credit-note"_qs, d);
    const Xml x = parse(facturXXml(d));
    EXPECT_EQ(x.value(kDoc + u"TypeCode"), u"381"_qs);
    EXPECT_EQ(x.value(kDoc + u"ID"), note->number);
    EXPECT_TRUE(note->number.startsWith(u"CN-2026-"_qs));
    EXPECT_EQ(x.value(kSettlement + u"InvoiceReferencedDocument/IssuerAssignedID"), invoice.number);
    EXPECT_EQ(
        x.value(kSettlement + u"InvoiceReferencedDocument/FormattedIssueDateTime/DateTimeString"),
        u"20260315"_qs);
    EXPECT_EQ(x.value(kLine + u"SpecifiedLineTradeSettlement/"
                              u"SpecifiedTradeSettlementLineMonetarySummation/LineTotalAmount"),
              u"10.00"_qs);
    EXPECT_EQ(x.value(kTax + u"BasisAmount"), u"10.00"_qs);
    EXPECT_EQ(x.value(kTax + u"CalculatedAmount"), u"2.00"_qs);
    EXPECT_EQ(x.value(kSum + u"GrandTotalAmount"), u"12.00"_qs);
    EXPECT_EQ(x.value(kSum + u"DuePayableAmount"), u"12.00"_qs);
}

TEST_P(FacturXTest, MultiRateInvoiceBreaksVatDownByRate)
{
    InvoiceRequest r = request(fr);
    ExtraLine guide;
    guide.description = u"Guide de l'influence (livre numérique)"_qs;
    guide.unitPrice = Money(1000, u"EUR"_qs);
    guide.taxCategory = u"reduced"_qs;
    r.extraLines.append(guide);
    const Invoice invoice = issued(r);
    const InvoiceDocument d = document(invoice.id);
    keep(u"multi-rate"_qs, d);
    const Xml x = parse(facturXXml(d));
    expectCommon(x, invoice);
    // 20.00 at 20 % = 4.00 and 10.00 at 5.5 % = 0.55: base 30.00, VAT 4.55, total 34.55
    EXPECT_EQ(x.list(kTax + u"RateApplicablePercent"), (QStringList{u"20.00"_qs, u"5.50"_qs}));
    EXPECT_EQ(x.list(kTax + u"BasisAmount"), (QStringList{u"20.00"_qs, u"10.00"_qs}));
    EXPECT_EQ(x.list(kTax + u"CalculatedAmount"), (QStringList{u"4.00"_qs, u"0.55"_qs}));
    EXPECT_EQ(x.value(kSum + u"TaxBasisTotalAmount"), u"30.00"_qs);
    EXPECT_EQ(x.value(kSum + u"TaxTotalAmount"), u"4.55"_qs);
    EXPECT_EQ(x.value(kSum + u"GrandTotalAmount"), u"34.55"_qs);
}

TEST_P(FacturXTest, InvoicePaidByCreditsIsDueZero)
{
    giveCredit(fr, 3000); // 30.00 of credit covers the 24.00 invoice
    const Invoice invoice = issued(request(fr));
    ASSERT_EQ(invoice.status, InvoiceStatus::Paid);
    const InvoiceDocument d = document(invoice.id);
    keep(u"zero-due-after-credits"_qs, d);
    const Xml x = parse(facturXXml(d));
    expectCommon(x, invoice);
    EXPECT_EQ(x.value(kSum + u"GrandTotalAmount"), u"24.00"_qs);
    EXPECT_EQ(x.value(kSum + u"TotalPrepaidAmount"), u"24.00"_qs);
    EXPECT_EQ(x.value(kSum + u"DuePayableAmount"), u"0.00"_qs);
}

TEST_P(FacturXTest, AnIssuedInvoiceKeepsItsPartiesWhenTheyChange)
{
    const Invoice invoice = issued(request(frBusiness));
    withAddress(frBusiness, u"1 place Bellecour"_qs, u"69002"_qs, u"Lyon"_qs);
    SellerIdentity seller = *SellerIdentityStore(db()).load();
    seller.city = u"Bordeaux"_qs;
    seller.postalCode = u"33000"_qs;
    ASSERT_TRUE(SellerIdentityStore(db()).save(seller));
    const Xml x = parse(facturXXml(document(invoice.id)));
    EXPECT_EQ(x.value(kAgreement + u"BuyerTradeParty/PostalTradeAddress/LineOne"),
              u"8 rue des Lilas"_qs);
    EXPECT_EQ(x.value(kAgreement + u"SellerTradeParty/PostalTradeAddress/CityName"), u"Paris"_qs);
    // a new invoice has the new addresses
    const Invoice next = issued(request(frBusiness));
    const Xml y = parse(facturXXml(document(next.id)));
    EXPECT_EQ(y.value(kAgreement + u"BuyerTradeParty/PostalTradeAddress/LineOne"),
              u"1 place Bellecour"_qs);
    EXPECT_EQ(y.value(kAgreement + u"SellerTradeParty/PostalTradeAddress/CityName"),
              u"Bordeaux"_qs);
}

TEST_P(FacturXTest, NoInvoiceIsIssuedWhileTheSellerLacksAMandatoryField)
{
    SellerIdentity seller = *SellerIdentityStore(db()).load();
    seller.iban.clear();
    seller.rcsCity.clear();
    ASSERT_TRUE(SellerIdentityStore(db()).save(seller));
    const QList<qint64> before = writtenRows(db());
    auto draft = invoicing().draftForSubscriptionPeriod(request(fr));
    ASSERT_TRUE(draft.has_value());
    auto refused = invoicing().issue(*draft, u"tester"_qs);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().message,
              u"No invoice can be issued until the seller's identity has the RCS city, the "
              u"IBAN: complete it in Settings, Seller."_qs);
    EXPECT_EQ(writtenRows(db()), before);
}

TEST_P(FacturXTest, AMalformedSellerIdentifierIsRefusedAndNothingIsSaved)
{
    SellerIdentity seller = *SellerIdentityStore(db()).load();
    seller.iban = u"FR76 3000 6000 0112 3456 7890 188"_qs; // last digit changed: mod 97 is 71
    auto refused = SellerIdentityStore(db()).save(seller);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().message,
              u"\"FR76 3000 6000 0112 3456 7890 188\" is not an IBAN (its check digits do not "
              u"match)."_qs);
    EXPECT_EQ(SellerIdentityStore(db()).load()->iban, u"FR7630006000011234567890189"_qs);
}

IC_BOTH_DATABASES(FacturXTest);

} // namespace
