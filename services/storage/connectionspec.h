#pragma once

#include "models/result.h"

#include <QString>

namespace ic {

enum class Dialect { SQLite, PostgreSQL };

// Where the book lives: a SQLite file, or a PostgreSQL server given as
// postgresql://user[:password]@host[:port]/database. The password is kept in memory only:
// toString() leaves it out, so nothing that saves a spec can write it.
struct ConnectionSpec {
    Dialect dialect = Dialect::SQLite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static Result<ConnectionSpec> parse(const QString &text);
    static ConnectionSpec sqlite(const QString &path);
    // The embedded books in the user's data folder (QStandardPaths::AppDataLocation), the
    // folder created if missing: book.sqlite for work, demo.sqlite for the demo.
    static ConnectionSpec defaultBook();
    static ConnectionSpec demoBook();
    QString toString() const; // never contains the password
    QString displayName() const;
};

} // namespace ic
