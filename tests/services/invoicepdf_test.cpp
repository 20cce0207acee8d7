// The invoice's PDF: a Factur-X file (the XML attached as the catalog's /AF, PDF/A-3 in the
// XMP), the same bytes every time, pages that break with the table's header repeated and
// "n/total" under each, the texts in the customer's language (read back with pdftotext).
#include "services/demo/demoaddresses.h"
#include "services/storage/invoicerepository.h"
#include "tests/services/documentfixtures.h"

#include <QProcess>
#include <QTemporaryDir>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

// The text of a PDF as pdftotext reads it (poppler-utils), layout kept.
QString pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"in.pdf"_qs));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess p;
    p.start(u"pdftotext"_qs, {u"-layout"_qs, file.fileName(), u"-"_qs});
    EXPECT_TRUE(p.waitForFinished(60000));
    // NFKC: ligatures (the font's "ﬂ") read as their letters, and the (narrow) no-break
    // spaces that group French amounts as spaces
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .replace(QChar(0x202f), u' ');
}

struct Structure {
    int pages = 0;
    QByteArray attached; // factur-x.xml as attached
    std::string relationship;
    std::string subtype;
    bool afInCatalog = false;
    bool outputIntent = false;
    QByteArray xmp;
    std::string version;
};

Structure structureOf(const QByteArray &pdf)
{
    Structure s;
    QPDF q;
    q.processMemoryFile("test.pdf", pdf.constData(), size_t(pdf.size()));
    s.version = q.getPDFVersion();
    s.pages = int(QPDFPageDocumentHelper(q).getAllPages().size());
    QPDFObjectHandle root = q.getRoot();
    s.outputIntent = root.getKey("/OutputIntents").isArray();
    QPDFObjectHandle af = root.getKey("/AF");
    if (af.isArray() && af.getArrayNItems() == 1) {
        QPDFObjectHandle spec = af.getArrayItem(0);
        s.afInCatalog = spec.getKey("/UF").getUTF8Value() == "factur-x.xml";
        s.relationship = spec.getKey("/AFRelationship").getName();
    }
    auto files = QPDFEmbeddedFileDocumentHelper(q).getEmbeddedFile("factur-x.xml");
    if (files) {
        QPDFObjectHandle stream = files->getEmbeddedFileStream();
        const auto data = stream.getStreamData();
        s.attached = QByteArray(reinterpret_cast<const char *>(data->getBuffer()),
                                qsizetype(data->getSize()));
        s.subtype = stream.getDict().getKey("/Subtype").getName();
    }
    const auto meta = root.getKey("/Metadata").getStreamData();
    s.xmp =
        QByteArray(reinterpret_cast<const char *>(meta->getBuffer()), qsizetype(meta->getSize()));
    return s;
}

class InvoicePdfTest : public DocumentBook {};

TEST_P(InvoicePdfTest, IsAFacturXFileWithItsXmlAttached)
{
    const Invoice invoice = issued(request(frBusiness));
    auto pdf = invoicePdf(db(), invoice.id);
    ASSERT_TRUE(pdf.has_value()) << pdf.error().message.toStdString();
    const Structure s = structureOf(*pdf);
    EXPECT_EQ(s.version, "1.7");
    EXPECT_EQ(s.pages, 1);
    EXPECT_TRUE(s.afInCatalog);
    EXPECT_EQ(s.relationship, "/Data");
    EXPECT_EQ(s.subtype, "/text/xml");
    EXPECT_TRUE(s.outputIntent);
    EXPECT_EQ(s.attached, facturXXml(document(invoice.id)));
    EXPECT_TRUE(s.xmp.contains("<pdfaid:part>3</pdfaid:part>"));
    EXPECT_TRUE(s.xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
    EXPECT_TRUE(s.xmp.contains("<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>"));
    EXPECT_TRUE(s.xmp.contains("<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>"));
    EXPECT_TRUE(s.xmp.contains("<xmp:CreateDate>2026-03-15T00:00:00Z</xmp:CreateDate>"));
}

TEST_P(InvoicePdfTest, TheSameInvoiceGivesTheSameBytesAndItsDigestIsKept)
{
    const Invoice invoice = issued(request(frBusiness));
    auto first = invoicePdf(db(), invoice.id);
    auto second = invoicePdf(db(), invoice.id);
    ASSERT_TRUE(first.has_value() && second.has_value());
    EXPECT_EQ(*first, *second);
    const QString digest = InvoiceRepository(db()).find(invoice.id)->pdfSha256;
    EXPECT_EQ(digest, pdfDigest(*first));
    EXPECT_EQ(digest.size(), 64);
}

TEST_P(InvoicePdfTest, FrenchInvoiceSaysEveryMention)
{
    const Invoice invoice = issued(request(frBusiness));
    auto pdf = invoicePdf(db(), invoice.id);
    ASSERT_TRUE(pdf.has_value());
    const QString text = pdfText(*pdf);
    for (const QString &expected : {u"FACTURE"_qs,
                                    invoice.number,
                                    u"InfluenceCore SAS"_qs,
                                    u"SAS au capital de 20 000 €"_qs,
                                    u"RCS Paris 912 345 600"_qs,
                                    u"SIRET 91234560000015"_qs,
                                    u"N° TVA FR34912345600"_qs,
                                    u"Dupont Conseil SARL"_qs,
                                    u"N° TVA FR44732829320"_qs,
                                    u"SIREN 732 829 320"_qs,
                                    u"15 mars 2026"_qs,
                                    u"29 mars 2026"_qs,
                                    u"du 15 mars 2026 au 14 avril 2026"_qs,
                                    u"Total TTC"_qs,
                                    u"24,00"_qs,
                                    u"Net à payer"_qs,
                                    u"FR7630006000011234567890189"_qs,
                                    u"prestation de services"_qs,
                                    u"40 €"_qs,
                                    u"Pas d'escompte pour paiement anticipé"_qs,
                                    u"1/1"_qs})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n"
                                             << text.toStdString();
}

TEST_P(InvoicePdfTest, EnglishReverseChargeInvoiceNamesBothVatNumbers)
{
    const Invoice invoice = issued(request(deBusiness));
    auto pdf = invoicePdf(db(), invoice.id);
    ASSERT_TRUE(pdf.has_value());
    const QString text = pdfText(*pdf).simplified();
    for (const QString &expected :
         {u"INVOICE"_qs, u"Bill to"_qs, u"Firma Schmidt GmbH"_qs, u"Germany"_qs,
          u"Reverse charge"_qs,
          u"Seller's VAT No. FR34912345600; customer's VAT No. DE123456789"_qs,
          u"Total incl. VAT"_qs, u"€20.00"_qs, u"supply of services"_qs, u"€40"_qs})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n"
                                             << text.toStdString();
}

TEST_P(InvoicePdfTest, CreditNoteNamesTheInvoiceItCorrects)
{
    const Invoice invoice = issued(request(fr));
    auto note = invoicing().creditNote(invoice.id, std::nullopt, u"Annulation"_qs, u"tester"_qs);
    ASSERT_TRUE(note.has_value()) << note.error().message.toStdString();
    auto pdf = invoicePdf(db(), note->id);
    ASSERT_TRUE(pdf.has_value());
    const QString text = pdfText(*pdf);
    EXPECT_TRUE(text.contains(u"AVOIR"_qs)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Avoir sur la facture %1 du 15 mars 2026"_qs.arg(invoice.number)))
        << text.toStdString();
}

TEST_P(InvoicePdfTest, ADraftHasNoPdf)
{
    auto draft = invoicing().draftForSubscriptionPeriod(request(fr));
    ASSERT_TRUE(draft.has_value());
    auto saved = InvoiceRepository(db()).insertDraft(*draft);
    ASSERT_TRUE(saved.has_value());
    auto refused = invoicePdf(db(), saved->id);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().message,
              u"A draft invoice has no number yet: issue it before printing it."_qs);
    EXPECT_TRUE(InvoiceRepository(db()).find(saved->id)->pdfSha256.isEmpty());
}

IC_BOTH_DATABASES(InvoicePdfTest);

// Many lines: the table breaks across pages, its header on each, "n/total" under each.
TEST(InvoicePdfPages, LongInvoiceBreaksWithTheHeaderRepeated)
{
    Invoice invoice;
    invoice.number = u"INV-2026-0412"_qs;
    invoice.status = InvoiceStatus::Sent;
    invoice.issueDate = QDate(2026, 3, 15);
    invoice.dueDate = QDate(2026, 3, 29);
    for (int i = 0; i < 70; ++i) {
        InvoiceItem item;
        item.description = u"Campagne influence n° %1 — création et diffusion"_qs.arg(i + 1);
        item.unitPriceMinor = 10000; // 100.00 at 20 %: 20.00 of VAT each
        item.taxRateBp = 2000;
        item.taxMinor = 2000;
        item.totalMinor = 12000;
        invoice.items.append(item);
    }
    Customer buyer;
    buyer.name = u"Anne Martin"_qs;
    buyer.country = u"FR"_qs;
    buyer.language = u"fr"_qs;
    const InvoiceDocument d = documentOf(invoice, ic::demoSellerIdentity(), buyer, nullptr, 0);
    // 70 × 100.00 = 7,000.00 excl. VAT, 1,400.00 of VAT, 8,400.00 in all
    EXPECT_EQ(d.lineTotalMinor, 700000);
    EXPECT_EQ(d.taxTotalMinor, 140000);
    EXPECT_EQ(d.grandTotalMinor, 840000);
    auto pdf = invoicePdf(d);
    ASSERT_TRUE(pdf.has_value()) << pdf.error().message.toStdString();
    const Structure s = structureOf(*pdf);
    ASSERT_GE(s.pages, 2);
    const QString text = pdfText(*pdf);
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    ASSERT_EQ(pages.size(), s.pages);
    int withLines = 0;
    for (int i = 0; i < s.pages; ++i) {
        EXPECT_TRUE(pages.at(i).contains(u"%1/%2"_qs.arg(i + 1).arg(s.pages))) << i;
        // a page that holds lines of the table starts them under its header
        if (pages.at(i).contains(u"Campagne influence"_qs)) {
            ++withLines;
            EXPECT_TRUE(pages.at(i).contains(u"Désignation"_qs)) << i;
        }
    }
    EXPECT_GE(withLines, 2);
    EXPECT_TRUE(pages.at(0).contains(u"Campagne influence n° 1 "_qs));
    EXPECT_TRUE(text.contains(u"Campagne influence n° 70 "_qs));
    EXPECT_TRUE(text.contains(u"8 400,00"_qs)) << text.toStdString();
}

} // namespace
