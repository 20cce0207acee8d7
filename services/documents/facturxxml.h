#pragma once

#include "services/documents/invoicedocument.h"

#include <QByteArray>

namespace ic {

// The Factur-X 1.0 / ZUGFeRD 2 cross-industry invoice (UN/CEFACT CII D16B) of a document,
// profile EN 16931: what the PDF shows, for a machine. Written from InvoiceDocument only, in
// the element order of the Factur-X XSD; UTF-8, the same bytes for the same document.
//   - BT-23 business process "S1" (French reform: an invoice for services), guideline
//     urn:cen.eu:en16931:2017;
//   - type 380 (invoice) or 381 (credit note, with the corrected invoice as BT-25/BT-26);
//   - notes PMD (late-payment penalties), PMT (the 40 € recovery indemnity, businesses),
//     AAB (early-payment discount), and the document's own notes;
//   - the seller's SIREN as legal registration with scheme 0002, its VAT number (VA); the
//     buyer's SIREN or VAT number likewise;
//   - VAT per line and broken down by category and rate: S, AE (reverse charge, with the
//     VATEX-EU-AE code), G (export, VATEX-EU-G), E;
//   - payment means 58 (SEPA credit transfer) to the seller's IBAN and BIC, due date.
QByteArray facturXXml(const InvoiceDocument &document);

} // namespace ic
