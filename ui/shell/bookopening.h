#pragma once

#include "models/result.h"
#include "services/storage/connectionspec.h"
#include "services/storage/database.h"

#include <QString>

class QWidget;

namespace ic {

// The ways the application comes to hold a book. Each returns the open connection, or the
// one sentence to show when the book is refused.

// An existing book, refused unless its schema is exactly this program's.
Result<Database> openExistingBook(const ConnectionSpec &spec);

// A book that is created and migrated when it is missing (the default book). An older
// schema is brought up to date; a newer one is refused with the Migrator's sentence.
Result<Database> openOrCreateBook(const ConnectionSpec &spec);

// The demo book at `path`: built the first time (2000 customers, 12 months, seed 1) on a
// worker thread while a progress dialog over `parent` shows how far it is and can cancel it,
// then opened.
Result<Database> openDemoBook(const QString &path, QWidget *parent);

// Where the default and the demo books live (QStandardPaths::AppDataLocation).
QString defaultBookPath();
QString demoBookPath();

} // namespace ic
