#pragma once

#include "models/result.h"
#include "services/documents/invoicedocument.h"

#include <QByteArray>
#include <QString>

namespace ic {

class Database;

// The invoice's A4 pages (QPdfWriter, PDF/A-1b as Qt writes it, DejaVu Sans embedded): the
// seller and buyer blocks, the lines in a table whose header repeats on each page, the VAT
// breakdown, totals, payment terms and the legal mentions, "1/2" under each page. Needs a
// QGuiApplication (fonts).
Result<QByteArray> drawInvoicePages(const InvoiceDocument &document);

// Finishes a PDF as a Factur-X e-invoice with libqpdf: factur-x.xml attached (/EF, /AF in
// the catalog, /AFRelationship /Data, /Subtype text/xml), XMP metadata declaring PDF/A-3B
// with the Factur-X extension schema (profile EN 16931), the information dictionary and the
// XMP dated from the invoice (its issue date), PDF 1.7, and a deterministic /ID: the same
// pages and XML always give the same bytes.
Result<QByteArray> finishFacturX(const QByteArray &pdf, const QByteArray &xml,
                                 const InvoiceDocument &document);

// Both: the document's PDF that is also its Factur-X invoice.
Result<QByteArray> invoicePdf(const InvoiceDocument &document);

// The PDF of an issued invoice or credit note of the book. The first time one is made its
// SHA-256 is stored with the invoice (InvoiceRepository::recordPdfDigest).
Result<QByteArray> invoicePdf(Database &db, qint64 invoiceId);

QString pdfDigest(const QByteArray &data);

} // namespace ic
