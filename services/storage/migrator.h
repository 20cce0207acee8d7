#pragma once

#include "models/result.h"
#include "services/storage/database.h"

#include <QList>
#include <QString>

#include <limits>

namespace ic {

// Brings a book's schema up to date with the numbered migrations in resources
// (:/migrations/0001_initial.sql, ...), one transaction each, recorded in schema_version.
class Migrator final {
public:
    struct Migration {
        int version = 0;
        QString name;
        QString sql;
    };

    explicit Migrator(Database &db);

    static QList<Migration> available();
    static int latestVersion();

    // 0 for an empty database. Refuses a database of another program.
    Result<int> currentVersion() const;
    // Applies what is missing (up to `upTo`: tests of one migration stop before it); returns
    // how many migrations ran. A database newer than this program is refused
    // (ErrorCode::SchemaTooNew) and left untouched.
    Result<int> migrate(int upTo = std::numeric_limits<int>::max());
    // Refuses a book that is not at the latest version, with a sentence saying what to do.
    Done checkUpToDate() const;

private:
    Database &m_db;
};

} // namespace ic
