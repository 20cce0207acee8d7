#pragma once

#include "models/result.h"
#include "services/storage/connectionspec.h"
#include "services/storage/database.h"

#include <QString>

class QWidget;

namespace ic {

// The ways the application comes to hold a book. Each returns the open connection, or the
// one sentence to show when the book is refused.

// An existing book, refused unless its schema is exactly this program's (a one-seat SQLite
// book of an older schema is brought up to date). Given a window, the connecting and the
// migrations run first as a job on a connection of their own, behind a progress dialog over
// `parent` that appears when they take longer than a moment; the window's own connection
// is opened after.
Result<Database> openExistingBook(const ConnectionSpec &spec, QWidget *parent = nullptr);

// A book that is created and migrated when it is missing (the default book). An older
// schema is brought up to date; a newer one is refused with the Migrator's sentence.
Result<Database> openOrCreateBook(const ConnectionSpec &spec);

// The demo book at `path`: built the first time (2000 customers, 12 months, seed 1) as a job
// (JobRunner: a worker thread with its own connection) while a progress dialog over
// `parent` shows how far it is and can cancel it, then opened.
Result<Database> openDemoBook(const QString &path, QWidget *parent);

// Where the default and the demo books live (QStandardPaths::AppDataLocation).
QString defaultBookPath();
QString demoBookPath();

} // namespace ic
