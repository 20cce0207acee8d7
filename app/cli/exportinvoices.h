#pragma once

#include <QStringList>

namespace ic::cli {

// influencecore-cli export-invoices: the PDFs (Factur-X) of the invoices and credit notes
// issued in a period, or of one by its number, into a folder.
int exportInvoices(const QStringList &arguments);

} // namespace ic::cli
