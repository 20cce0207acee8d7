#pragma once

#include "services/storage/connectionspec.h"

#include <QString>
#include <QStringList>

namespace ic {

// The few words SQLite and PostgreSQL spell differently, in one place; and the blocks
// written for one database only, between "-- postgresql-only begin" / "-- postgresql-only end"
// (or "-- sqlite-only begin" / "-- sqlite-only end"), dropped on the other.
QString applyDialect(QString sql, Dialect dialect);

// Splits a migration into statements at semicolons that end a line, keeping
// dollar-quoted bodies ($$ ... $$) of PostgreSQL functions and the BEGIN ... END; bodies of
// SQLite triggers whole, and dropping comments.
QStringList splitStatements(const QString &sql);

} // namespace ic
