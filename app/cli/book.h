#pragma once

#include "models/result.h"
#include "services/storage/connectionspec.h"
#include "services/storage/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace ic::cli {

// --database / -d, as every command that works on a book takes it.
QCommandLineOption databaseOption();
// The book --database names (the default book without it), the password from PGPASSWORD.
Result<ConnectionSpec> specFrom(const QCommandLineParser &parser);
// The book the command works on, which must exist and be at this program's schema.
Result<Database> openUpToDateBook(const QCommandLineParser &parser);

} // namespace ic::cli
