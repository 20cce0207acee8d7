#pragma once

#include "models/result.h"
#include "services/grid/gridsource.h"
#include "services/jobs/jobcontext.h"
#include "services/security/session.h"

#include <QList>
#include <QString>

#include <functional>

namespace ic {

class Database;

enum class ExportFormat { Csv, Xlsx };

// Told the rows written so far and the rows to write, after each page; false stops.
using ExportProgress = JobContext;

// Writes the rows of `source` that `request` selects (its filter and its order), the given
// columns in the given order, to `path`: CSV (UTF-8, comma-separated, RFC 4180 quoting, a
// title row) or XLSX (one sheet named `sheetName`). Values come from the raw values, never
// from display text: an amount is a plain decimal with its currency in the next column, a
// date is ISO 8601 in CSV and a date cell in XLSX, a keyed word is its stored key. Reads the
// rows page by page (by key) on `db`, so it runs on a worker thread with its own connection.
// Stopped by `progress` (a cancel between two pages), it removes what it wrote and returns
// ErrorCode::Cancelled. Returns the number of rows written. A person whose role may not export
// (Permission::Export) is refused with one sentence before anything is read or written; without a
// session the system acts.
Result<qint64> exportGrid(const Session *by, const Database &db, const GridSource &source,
                          const GridRequest &request, const QList<int> &columns,
                          const QString &path, ExportFormat format, const QString &sheetName,
                          const ExportProgress &progress = {});

} // namespace ic
