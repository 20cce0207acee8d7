// The invoice's PDF (A4 pages drawn with QPdfWriter, finished as Factur-X with libqpdf):
//   one      one invoice of 3 lines, median of RUNS runs (drawing and finishing apart too)
//   batch    COUNT invoices one after the other (1 to 12 lines each, French and English),
//            the time in all and per invoice, and the process's peak RSS after it
// Usage: bench_invoicepdf [RUNS] [COUNT]   (defaults 50 and 1000). Needs no book: the
// documents are made in memory from the demo seller, as loadInvoiceDocument would give them.
#include "services/demo/demoaddresses.h"
#include "services/documents/facturxxml.h"
#include "services/documents/invoicepdf.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ic;

namespace {

double median(std::vector<double> v)
{
    std::ranges::sort(v);
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kB on Linux
}

InvoiceDocument sample(int n)
{
    Invoice invoice;
    invoice.number = u"INV-2026-%1"_qs.arg(n + 1, 4, 10, QChar(u'0'));
    invoice.status = InvoiceStatus::Sent;
    invoice.issueDate = QDate(2026, 3, 1).addDays(n % 28);
    invoice.dueDate = invoice.issueDate.addDays(14);
    invoice.periodStart = invoice.issueDate;
    invoice.periodEnd = invoice.issueDate.addMonths(1);
    const int lines = n < 0 ? 3 : 1 + n % 12;
    for (int i = 0; i < lines; ++i) {
        InvoiceItem item;
        item.description = u"Pro plan, monthly — seat %1"_qs.arg(i + 1);
        item.unitPriceMinor = 2900 + 100 * i;
        item.discountMinor = i == 1 ? 290 : 0;
        item.taxRateBp = 2000;
        const qint64 net = item.unitPriceMinor - item.discountMinor;
        item.taxMinor = roundDiv(Wide(net) * 2000, 10000);
        item.totalMinor = net + item.taxMinor;
        invoice.items.append(item);
    }
    Customer buyer;
    buyer.name = u"Claire Dupont"_qs;
    buyer.company = n % 2 ? u"Dupont Conseil SARL"_qs : QString();
    buyer.siren = n % 2 ? u"732829320"_qs : QString();
    buyer.vatNumber = n % 2 ? u"FR44732829320"_qs : QString();
    buyer.addressLines = u"8 rue des Lilas"_qs;
    buyer.postalCode = u"69003"_qs;
    buyer.city = u"Lyon"_qs;
    buyer.country = u"FR"_qs;
    buyer.language = n % 3 ? u"fr"_qs : u"en"_qs;
    return documentOf(invoice, demoSellerIdentity(), buyer, nullptr, 0);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 50;
    const int count = argc > 2 ? std::max(1, atoi(argv[2])) : 1000;

    const InvoiceDocument one = sample(-1);
    std::vector<double> total, draw, finish;
    qsizetype bytes = 0;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        auto pages = drawInvoicePages(one);
        const double drawn = t.nsecsElapsed() / 1e6;
        auto pdf = finishFacturX(*pages, facturXXml(one), one);
        const double all = t.nsecsElapsed() / 1e6;
        if (!pdf) {
            std::fprintf(stderr, "%s\n", qPrintable(pdf.error().message));
            return 1;
        }
        bytes = pdf->size();
        if (i == 0)
            continue; // the first run loads the fonts
        total.push_back(all);
        draw.push_back(drawn);
        finish.push_back(all - drawn);
    }
    std::printf("one invoice PDF (3 lines, %lld bytes): median %.2f ms (drawing %.2f ms, "
                "Factur-X finish %.2f ms) over %d runs\n",
                static_cast<long long>(bytes), median(total), median(draw), median(finish), runs);

    QElapsedTimer t;
    t.start();
    qint64 written = 0;
    for (int i = 0; i < count; ++i) {
        auto pdf = invoicePdf(sample(i));
        if (!pdf) {
            std::fprintf(stderr, "%s\n", qPrintable(pdf.error().message));
            return 1;
        }
        written += pdf->size();
    }
    const double seconds = t.nsecsElapsed() / 1e9;
    std::printf("%d invoice PDFs (1-12 lines): %.2f s, %.2f ms each, %.1f MB written, peak RSS "
                "%.0f MB\n",
                count, seconds, seconds * 1000 / count, written / 1e6, peakRssMb());
    std::printf("one_ms=%.2f\nbatch_s=%.2f\npeak_rss_mb=%.0f\n", median(total), seconds,
                peakRssMb());
    return 0;
}
