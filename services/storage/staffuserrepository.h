#pragma once

#include "models/result.h"
#include "models/staffuser.h"
#include "services/storage/database.h"

#include <QList>

namespace ic {

// The people who sign in to the back-office.
class StaffUserRepository final {
public:
    explicit StaffUserRepository(Database &db)
        : m_db(db)
    {
    }

    Result<StaffUser> insert(StaffUser user);
    // Saves changes if nobody changed the row since it was read; otherwise StaleRow.
    Result<StaffUser> update(StaffUser user);
    Result<StaffUser> find(qint64 id) const;
    // The user name is compared case-insensitively.
    Result<StaffUser> findByUsername(const QString &username) const;
    // By user name.
    Result<QList<StaffUser>> list() const;
    Result<qint64> count() const;

private:
    Result<QList<StaffUser>> select(const QString &where, Database::Binds binds) const;
    Database &m_db;
};

} // namespace ic
