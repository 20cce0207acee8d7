#pragma once

#include "services/storage/connectionspec.h"

#include <QString>
#include <QStringList>

namespace ic {

// The few words SQLite and PostgreSQL spell differently, in one place.
QString applyDialect(QString sql, Dialect dialect);

// Splits a migration into statements at semicolons that end a line, keeping
// dollar-quoted bodies ($$ ... $$) of PostgreSQL functions whole, and dropping comments.
QStringList splitStatements(const QString &sql);

} // namespace ic
