#pragma once

#include "models/records.h"
#include "models/result.h"
#include "services/storage/database.h"

#include <QList>

namespace ic {

// What to show of the audit trail; an empty field does not filter.
struct AuditFilter {
    QString actor;
    QString entity;
    QString entityId;
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
    int limit = 200;
};

// The audit trail: appended to, never changed.
class AuditRepository final {
public:
    explicit AuditRepository(Database &db)
        : m_db(db)
    {
    }

    Result<AuditEntry> append(AuditEntry entry);
    // Newest first.
    Result<QList<AuditEntry>> list(const AuditFilter &filter) const;
    // One entry, or NotFound.
    Result<AuditEntry> find(qint64 id) const;

private:
    Database &m_db;
};

} // namespace ic
