#include "services/documents/invoicepdf.h"

#include "models/identifiers.h"
#include "models/tr.h"
#include "services/documents/facturxxml.h"
#include "services/storage/database.h"
#include "services/storage/invoicerepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <exception>
#include <map>

namespace ic {

namespace {

// A4 in points (the writer's resolution is 72 dpi: one unit is one point).
constexpr double kPageWidth = 595.28;
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 40;
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kBottom = kPageHeight - 62; // the footer lives below
constexpr double kPad = 3.5;

const QColor kInk(0x22, 0x22, 0x22);
const QColor kGrey(0x66, 0x66, 0x66);
const QColor kRule(0xbb, 0xbb, 0xbb);
const QColor kShade(0xec, 0xee, 0xf2);

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setKerning(true);
    return f;
}

struct Column {
    double width;
    Qt::Alignment align;
};

// Draws the document twice: once to count the pages (nothing painted), then for real, so
// that every page can say "n/total".
class Pages final {
public:
    Pages(QPdfWriter &writer, const InvoiceDocument &d)
        : m_writer(writer)
        , m_d(d)
        , m_t{d.language}
    {
    }

    int run(QPainter *painter, int totalPages)
    {
        m_p = painter;
        m_total = totalPages;
        m_page = 1;
        header();
        linesTable();
        summary();
        payment();
        mentions();
        footer();
        return m_page;
    }

private:
    double height(const QFont &f, double width, const QString &text) const
    {
        if (text.isEmpty())
            return 0;
        return QFontMetricsF(f, &m_writer)
            .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text)
            .height();
    }

    // Draws wrapped text at (x, y) in `width`; returns its height.
    double text(double x, double y, double width, const QString &s, const QFont &f,
                Qt::Alignment align = Qt::AlignLeft, const QColor &color = kInk)
    {
        const double h = height(f, width, s);
        if (m_p && h > 0) {
            m_p->setFont(f);
            m_p->setPen(color);
            m_p->drawText(QRectF(x, y, width, h + 1), align.toInt() | Qt::TextWordWrap, s);
        }
        return h;
    }

    void rule(double y, double x = kMargin, double width = kContentWidth)
    {
        if (m_p) {
            m_p->setPen(QPen(kRule, 0.5));
            m_p->drawLine(QPointF(x, y), QPointF(x + width, y));
        }
    }

    void shade(const QRectF &r)
    {
        if (m_p)
            m_p->fillRect(r, kShade);
    }

    void newPage()
    {
        footer();
        if (m_p)
            m_writer.newPage();
        ++m_page;
        m_y = kMargin;
    }

    // Starts a new page unless `h` fits below m_y.
    void need(double h)
    {
        if (m_y + h > kBottom)
            newPage();
    }

    QString money(qint64 minor) const { return m_t.money(minor, m_d.currency); }

    QString rateLabel(int rateBp, VatCategory category) const
    {
        const QString rate = m_t.rate(rateBp);
        return category == VatCategory::Standard ? rate : rate + u' ' + categoryCode(category);
    }

    void header()
    {
        const SellerIdentity &s = m_d.seller;
        const double leftW = 255;
        const double rightX = kMargin + 265;
        const double rightW = kContentWidth - 265;
        double left = kMargin;
        if (!s.logoPath.isEmpty() && QFileInfo::exists(s.logoPath)) {
            const QImage logo(s.logoPath);
            if (!logo.isNull()) {
                const QSizeF size =
                    QSizeF(logo.size()).scaled(QSizeF(140, 48), Qt::KeepAspectRatio);
                if (m_p)
                    m_p->drawImage(QRectF(QPointF(kMargin, left), size), logo);
                left += size.height() + 8;
            }
        }
        left += text(kMargin, left, leftW, s.legalName, font(13, true)) + 3;
        QStringList address = s.addressLineList();
        address.append(s.postalCode + u' ' + s.city);
        address.append(m_t.country(s.country));
        left += text(kMargin, left, leftW, address.join(u'\n'), font(8.5)) + 2;
        QStringList contact;
        if (!s.phone.isEmpty())
            contact.append(s.phone);
        if (!s.email.isEmpty())
            contact.append(s.email);
        if (!contact.isEmpty())
            left += text(kMargin, left, leftW, contact.join(u"  ·  "_qs), font(8)) + 4;
        const QString legal = m_t("capital").arg(s.legalForm, s.shareCapital) + u" — " +
                              m_t("rcs").arg(s.rcsCity, groupedSiren(s.siren)) + u'\n' +
                              m_t("siret") + u' ' + normalizedIdentifier(s.siret) + u" — " +
                              m_t("vat_number") + u' ' + normalizedIdentifier(s.vatNumber);
        left += text(kMargin, left, leftW, legal, font(7), Qt::AlignLeft, kGrey);

        double right = kMargin;
        right +=
            text(rightX, right, rightW,
                 m_t(m_d.isCreditNote() ? "credit_note" : "invoice").toUpper(), font(19, true)) +
            6;
        struct Meta {
            QString label;
            QString value;
        };
        QList<Meta> meta{{m_t("number"), m_d.number},
                         {m_t("issue_date"), m_t.date(m_d.issueDate)},
                         {m_t("due_date"), m_t.date(m_d.dueDate)}};
        if (m_d.periodStart.isValid() && m_d.periodLast.isValid())
            meta.append(
                {m_t("period"),
                 m_t("period_range").arg(m_t.date(m_d.periodStart), m_t.date(m_d.periodLast))});
        for (const Meta &m : meta) {
            const double h =
                std::max(text(rightX, right, 72, m.label, font(8), Qt::AlignLeft, kGrey),
                         text(rightX + 75, right, rightW - 75, m.value, font(8.5, true)));
            right += h + 2;
        }
        if (m_d.isCreditNote() && !m_d.correctedNumber.isEmpty())
            right +=
                text(rightX, right + 2, rightW,
                     m_t("corrects").arg(m_d.correctedNumber, m_t.date(m_d.correctedIssueDate)),
                     font(7.5, true)) +
                4;
        right += 12;

        // The buyer, in a shaded box.
        const Customer &b = m_d.buyer;
        QStringList lines;
        if (!b.company.isEmpty() && b.company != b.name)
            lines.append(b.name);
        for (const QString &line : b.addressLines.split(u'\n'))
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        const QString place = QString(b.postalCode + u' ' + b.city).trimmed();
        if (!place.isEmpty())
            lines.append(place);
        lines.append(m_t.country(b.country.trimmed().toUpper()));
        if (!b.vatNumber.isEmpty())
            lines.append(m_t("vat_number") + u' ' + normalizedIdentifier(b.vatNumber));
        if (!b.siren.isEmpty())
            lines.append(m_t("siren") + u' ' + groupedSiren(b.siren));
        const QString name = b.company.isEmpty() ? b.name : b.company;
        const QString label = m_t(m_d.isCreditNote() ? "credit_to" : "bill_to");
        const double inner = rightW - 2 * 8;
        const double boxH = 8 + height(font(7), inner, label) + 2 +
                            height(font(9.5, true), inner, name) + 2 +
                            height(font(8.5), inner, lines.join(u'\n')) + 8;
        shade(QRectF(rightX, right, rightW, boxH));
        double by = right + 8;
        by += text(rightX + 8, by, inner, label, font(7), Qt::AlignLeft, kGrey) + 2;
        by += text(rightX + 8, by, inner, name, font(9.5, true)) + 2;
        text(rightX + 8, by, inner, lines.join(u'\n'), font(8.5));
        right += boxH;

        m_y = std::max(left, right) + 18;
        if (!m_d.notes.trimmed().isEmpty()) {
            m_y += text(kMargin, m_y, kContentWidth,
                        m_t("notes") + (m_d.language == u"fr" ? u" : "_qs : u": "_qs) +
                            m_d.notes.trimmed(),
                        font(8)) +
                   10;
        }
    }

    static QString groupedSiren(const QString &siren)
    {
        const QString s = normalizedIdentifier(siren);
        return s.size() == 9 ? s.left(3) + u' ' + s.mid(3, 3) + u' ' + s.mid(6) : s;
    }

    QList<Column> columns() const
    {
        return {{kContentWidth - 330, Qt::AlignLeft},
                {38, Qt::AlignRight},
                {78, Qt::AlignRight},
                {62, Qt::AlignRight},
                {50, Qt::AlignRight},
                {102, Qt::AlignRight}};
    }

    // One row of the lines table; returns its height (drawn only when `draw`).
    double row(const QStringList &cells, const QFont &f, bool draw, bool shaded)
    {
        const QList<Column> cols = columns();
        double h = 0;
        for (qsizetype i = 0; i < cells.size(); ++i)
            h = std::max(h, height(f, cols.at(i).width - 2 * kPad, cells.at(i)));
        h += 2 * kPad;
        if (!draw)
            return h;
        if (shaded)
            shade(QRectF(kMargin, m_y, kContentWidth, h));
        double x = kMargin;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            text(x + kPad, m_y + kPad, cols.at(i).width - 2 * kPad, cells.at(i), f,
                 cols.at(i).align);
            x += cols.at(i).width;
        }
        return h;
    }

    QStringList headerCells() const
    {
        return {m_t("description"), m_t("quantity"), m_t("unit_price"),
                m_t("discount"),    m_t("vat_rate"), m_t("total_excl")};
    }

    void tableHeader() { m_y += row(headerCells(), font(7.5, true), true, true); }

    void linesTable()
    {
        need(row(headerCells(), font(7.5, true), false, true) + 30);
        tableHeader();
        for (const DocumentLine &line : m_d.lines) {
            const QStringList cells{line.description,
                                    QString::number(line.quantity),
                                    money(line.unitPriceMinor),
                                    line.discountMinor ? money(line.discountMinor) : QString(),
                                    rateLabel(line.rateBp, line.category),
                                    money(line.netMinor)};
            const double h = row(cells, font(8), false, false);
            if (m_y + h > kBottom) {
                newPage();
                tableHeader();
            }
            m_y += row(cells, font(8), true, false);
            rule(m_y);
        }
        m_y += 14;
    }

    void summary()
    {
        // VAT breakdown on the left, totals on the right.
        const double leftW = 270;
        const double rightX = kMargin + 300;
        const double rightW = kContentWidth - 300;
        struct Line {
            QString label;
            QString value;
            bool bold = false;
        };
        QList<Line> totals{{m_t("total_excl"), money(m_d.lineTotalMinor)},
                           {m_t("total_vat"), money(m_d.taxTotalMinor)},
                           {m_t(m_d.isCreditNote() ? "credited_total" : "total_incl"),
                            money(m_d.grandTotalMinor), true}};
        if (!m_d.isCreditNote()) {
            if (m_d.prepaidMinor != 0)
                totals.append({m_t("prepaid"), money(-m_d.prepaidMinor)});
            totals.append({m_t("due"), money(m_d.dueMinor), true});
        }
        const double rowH = height(font(8.5, true), rightW, u"X"_qs) + 5;
        const double breakdownH = (m_d.taxes.size() + 2) * rowH;
        const double h = std::max(breakdownH, totals.size() * rowH + 4);
        need(h + 10);
        double y = m_y;
        y += text(kMargin, y, leftW, m_t("vat_breakdown"), font(8, true)) + 3;
        const double c1 = 90, c2 = 90, c3 = leftW - c1 - c2;
        shade(QRectF(kMargin, y, leftW, rowH));
        text(kMargin + kPad, y + 2, c1, m_t("rate"), font(7.5, true));
        text(kMargin + c1, y + 2, c2 - kPad, m_t("base"), font(7.5, true), Qt::AlignRight);
        text(kMargin + c1 + c2, y + 2, c3 - kPad, m_t("vat_amount"), font(7.5, true),
             Qt::AlignRight);
        y += rowH;
        for (const DocumentTax &tax : m_d.taxes) {
            text(kMargin + kPad, y + 2, c1, rateLabel(tax.rateBp, tax.category), font(8));
            text(kMargin + c1, y + 2, c2 - kPad, money(tax.baseMinor), font(8), Qt::AlignRight);
            text(kMargin + c1 + c2, y + 2, c3 - kPad, money(tax.taxMinor), font(8), Qt::AlignRight);
            y += rowH;
            rule(y, kMargin, leftW);
        }
        double ty = m_y;
        for (const Line &line : totals) {
            if (line.bold)
                shade(QRectF(rightX, ty, rightW, rowH));
            text(rightX + kPad, ty + 2, rightW * 0.55, line.label, font(8.5, line.bold));
            text(rightX + rightW * 0.45, ty + 2, rightW * 0.55 - kPad, line.value,
                 font(8.5, line.bold), Qt::AlignRight);
            ty += rowH;
        }
        m_y = std::max(y, ty) + 16;
    }

    void payment()
    {
        const SellerIdentity &s = m_d.seller;
        QString terms;
        if (m_d.isCreditNote())
            terms = m_t("nothing_due");
        else if (m_d.dueMinor > 0)
            terms = m_t("pay_by_transfer")
                        .arg(m_t.date(m_d.dueDate), normalizedIdentifier(s.iban),
                             normalizedIdentifier(s.bic));
        else
            terms = m_t("nothing_due");
        const double h = height(font(8, true), kContentWidth, m_t("payment_terms")) + 2 +
                         height(font(8), kContentWidth, terms);
        need(h + 10);
        m_y += text(kMargin, m_y, kContentWidth, m_t("payment_terms"), font(8, true)) + 2;
        m_y += text(kMargin, m_y, kContentWidth, terms, font(8)) + 12;
    }

    void mentions()
    {
        const SellerIdentity &s = m_d.seller;
        QStringList lines;
        lines.append(m_t("operation"));
        if (m_d.isReverseCharge())
            lines.append(m_t("reverse_charge")
                             .arg(normalizedIdentifier(s.vatNumber),
                                  normalizedIdentifier(m_d.buyer.vatNumber)));
        if (m_d.isExport())
            lines.append(m_t("export"));
        if (std::any_of(m_d.lines.cbegin(), m_d.lines.cend(),
                        [](const DocumentLine &l) { return l.category == VatCategory::Exempt; }))
            lines.append(m_t("exempt"));
        lines.append(m_t("late_penalty").arg(s.latePenaltySentence, m_t.rate(s.latePenaltyRateBp)));
        if (m_d.isBusinessBuyer())
            lines.append(m_t("recovery"));
        lines.append(s.earlyPaymentDiscount);
        const QString all = lines.join(u'\n');
        need(height(font(7), kContentWidth, all));
        m_y += text(kMargin, m_y, kContentWidth, all, font(7), Qt::AlignLeft, kGrey);
    }

    void footer()
    {
        const double y = kPageHeight - 48;
        rule(y);
        const QString pageText = m_t("page").arg(m_page).arg(std::max(m_total, m_page));
        text(kMargin, y + 5, kContentWidth - 60, m_d.seller.footer, font(6.5), Qt::AlignLeft,
             kGrey);
        text(kPageWidth - kMargin - 60, y + 5, 60, pageText, font(7.5), Qt::AlignRight, kGrey);
    }

    QPdfWriter &m_writer;
    const InvoiceDocument &m_d;
    DocumentText m_t;
    QPainter *m_p = nullptr;
    int m_page = 1;
    int m_total = 0;
    double m_y = kMargin;
};

// PDF dates of the invoice's issue day at midnight UTC: the document's own date, not the
// moment it was printed, so that a reprint is the same file.
std::string pdfDate(const QDate &day)
{
    return QString(u"D:"_qs + day.toString(u"yyyyMMdd"_qs) + u"000000Z").toStdString();
}

QString xmpDate(const QDate &day)
{
    return day.toString(Qt::ISODate) + u"T00:00:00Z";
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray xmp(const InvoiceDocument &d)
{
    const QString title = escaped(d.title());
    const QString author = escaped(d.seller.legalName);
    const QString date = xmpDate(d.issueDate);
    const QString tool = u"InfluenceCore Back-Office"_qs;
    QString x;
    x += u"<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
         u"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         u"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
         u"<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
         u"<pdfaid:part>3</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
         u"</rdf:Description>\n"
         u"<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
         u"<dc:format>application/pdf</dc:format>\n"
         u"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"_qs +
         title +
         u"</rdf:li></rdf:Alt></dc:title>\n"
         u"<dc:creator><rdf:Seq><rdf:li>"_qs +
         author +
         u"</rdf:li></rdf:Seq></dc:creator>\n"
         u"</rdf:Description>\n"
         u"<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
         u"<pdf:Producer>"_qs +
         tool +
         u"</pdf:Producer>\n</rdf:Description>\n"
         u"<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
         u"<xmp:CreatorTool>"_qs +
         tool + u"</xmp:CreatorTool>\n<xmp:CreateDate>"_qs + date +
         u"</xmp:CreateDate>\n<xmp:ModifyDate>"_qs + date +
         u"</xmp:ModifyDate>\n<xmp:MetadataDate>"_qs + date +
         u"</xmp:MetadataDate>\n</rdf:Description>\n"
         // The extension schema PDF/A asks for any property outside its predefined schemas.
         u"<rdf:Description rdf:about=\"\" "
         u"xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
         u"xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
         u"xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
         u"<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
         u"<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>\n"
         u"<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"
         u"</pdfaSchema:namespaceURI>\n"
         u"<pdfaSchema:prefix>fx</pdfaSchema:prefix>\n"
         u"<pdfaSchema:property><rdf:Seq>\n"_qs;
    const char16_t *properties[][2] = {
        {u"DocumentFileName", u"The name of the embedded XML document"},
        {u"DocumentType", u"The type of the hybrid document in capital letters, e.g. INVOICE"},
        {u"Version", u"The actual version of the standard applying to the embedded XML"},
        {u"ConformanceLevel", u"The conformance level of the embedded XML document"},
    };
    for (const auto &p : properties)
        x += u"<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>"_qs +
             QString::fromUtf16(p[0]) +
             u"</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>"
             u"<pdfaProperty:category>external</pdfaProperty:category>"
             u"<pdfaProperty:description>"_qs +
             QString::fromUtf16(p[1]) + u"</pdfaProperty:description></rdf:li>\n"_qs;
    x += u"</rdf:Seq></pdfaSchema:property>\n"
         u"</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n"
         u"<rdf:Description rdf:about=\"\" "
         u"xmlns:fx=\"urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#\">\n"
         u"<fx:DocumentType>INVOICE</fx:DocumentType>\n"
         u"<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>\n"
         u"<fx:Version>1.0</fx:Version>\n"
         u"<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>\n"
         u"</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>"_qs;
    return x.toUtf8();
}

// Qt names each embedded font subset with a tag ("QRAAAA+DejaVuSans") taken from the order
// in which the process first used its fonts, so two processes, or two invoices in one,
// would tag the same subset differently. Each subset is tagged again here from its name and
// the bytes of its font program: the same subset, the same tag.
void retagFontSubsets(QPDF &q)
{
    auto taggedName = [](QPDFObjectHandle dict, const char *key) -> std::string {
        QPDFObjectHandle name = dict.getKey(key);
        if (!name.isName())
            return {};
        const std::string value = name.getName(); // "/QRAAAA+DejaVuSans"
        return value.size() > 8 && value[7] == '+' ? value : std::string();
    };
    std::map<std::string, std::string> renamed; // old name -> new
    const std::vector<QPDFObjectHandle> objects = q.getAllObjects();
    for (QPDFObjectHandle object : objects) {
        if (!object.isDictionary() || !object.getKey("/Type").isNameAndEquals("/FontDescriptor"))
            continue;
        const std::string old = taggedName(object, "/FontName");
        if (old.empty())
            continue;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QByteArrayView(old.data() + 8, qsizetype(old.size() - 8)));
        for (const char *key : {"/FontFile", "/FontFile2", "/FontFile3"}) {
            QPDFObjectHandle file = object.getKey(key);
            if (file.isStream()) {
                const std::shared_ptr<Buffer> data = file.getStreamData();
                hash.addData(QByteArrayView(reinterpret_cast<const char *>(data->getBuffer()),
                                            qsizetype(data->getSize())));
            }
        }
        const QByteArray digest = hash.result();
        std::string tag = "/";
        for (int i = 0; i < 6; ++i)
            tag += char('A' + quint8(digest.at(i)) % 26);
        renamed.emplace(old, tag + old.substr(7));
    }
    for (QPDFObjectHandle object : objects) {
        if (!object.isDictionary())
            continue;
        for (const char *key : {"/BaseFont", "/FontName"}) {
            const auto it = renamed.find(taggedName(object, key));
            if (it != renamed.end())
                object.replaceKey(key, QPDFObjectHandle::newName(it->second));
        }
    }
}

} // namespace

Result<QByteArray> drawInvoicePages(const InvoiceDocument &document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return failure(ErrorCode::Io, Tr::tr("The invoice's PDF could not be written in memory."));
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        writer.setTitle(document.title());
        writer.setCreator(u"InfluenceCore Back-Office"_qs);
        Pages pages(writer, document);
        const int total = pages.run(nullptr, 0);
        QPainter painter;
        if (!painter.begin(&writer))
            return failure(ErrorCode::Io, Tr::tr("The invoice's PDF could not be started."));
        painter.setRenderHint(QPainter::Antialiasing);
        pages.run(&painter, total);
        painter.end();
    }
    return bytes;
}

Result<QByteArray> finishFacturX(const QByteArray &pdf, const QByteArray &xml,
                                 const InvoiceDocument &d)
{
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile("invoice.pdf", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle root = q.getRoot();
        retagFontSubsets(q);
        const std::string date = pdfDate(d.issueDate);

        auto stream = QPDFEFStreamObjectHelper::createEFStream(q, xml.toStdString());
        stream.setSubtype("text/xml").setCreationDate(date).setModDate(date);
        auto spec = QPDFFileSpecObjectHelper::createFileSpec(q, "factur-x.xml", stream);
        spec.setDescription("Factur-X invoice (EN 16931)");
        QPDFObjectHandle specObject = spec.getObjectHandle();
        specObject.replaceKey("/AFRelationship", QPDFObjectHandle::newName("/Data"));
        QPDFEmbeddedFileDocumentHelper(q).replaceEmbeddedFile("factur-x.xml", spec);
        root.replaceKey("/AF", QPDFObjectHandle::newArray(std::vector{specObject}));

        const QByteArray metadata = xmp(d);
        QPDFObjectHandle meta = QPDFObjectHandle::newStream(&q, metadata.toStdString());
        meta.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        meta.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        root.replaceKey("/Metadata", meta);

        QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
        info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(d.title().toStdString()));
        info.replaceKey("/Author",
                        QPDFObjectHandle::newUnicodeString(d.seller.legalName.toStdString()));
        info.replaceKey("/Creator",
                        QPDFObjectHandle::newUnicodeString("InfluenceCore Back-Office"));
        info.replaceKey("/Producer",
                        QPDFObjectHandle::newUnicodeString("InfluenceCore Back-Office"));
        info.replaceKey("/CreationDate", QPDFObjectHandle::newString(date));
        info.replaceKey("/ModDate", QPDFObjectHandle::newString(date));
        q.getTrailer().replaceKey("/Info", q.makeIndirectObject(info));
        // Qt's /ID is random, and qpdf keeps a file's first ID: without it both halves are
        // computed from the content (setDeterministicID).
        q.getTrailer().removeKey("/ID");

        QPDFWriter w(q);
        w.setOutputMemory();
        w.forcePDFVersion("1.7");
        w.setObjectStreamMode(qpdf_o_disable);
        w.setDeterministicID(true);
        w.write();
        const std::shared_ptr<Buffer> out = w.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()),
                          qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        return failure(ErrorCode::Io, Tr::tr("The invoice's PDF could not be finished as a "
                                             "Factur-X invoice: %1")
                                          .arg(QString::fromLocal8Bit(e.what())));
    }
}

Result<QByteArray> invoicePdf(const InvoiceDocument &document)
{
    auto pages = drawInvoicePages(document);
    if (!pages)
        return pages;
    return finishFacturX(*pages, facturXXml(document), document);
}

Result<QByteArray> invoicePdf(Database &db, qint64 invoiceId)
{
    auto document = loadInvoiceDocument(db, invoiceId);
    if (!document)
        return std::unexpected(document.error());
    auto pdf = invoicePdf(*document);
    if (!pdf)
        return pdf;
    if (auto recorded = InvoiceRepository(db).recordPdfDigest(invoiceId, pdfDigest(*pdf));
        !recorded)
        return std::unexpected(recorded.error());
    return pdf;
}

QString pdfDigest(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace ic
