#pragma once

#include "models/customer.h"
#include "models/result.h"
#include "services/storage/database.h"

#include <QList>

namespace ic {

class CustomerRepository final {
public:
    explicit CustomerRepository(Database &db)
        : m_db(db)
    {
    }

    // Inserts and returns the new row (id, public id and row version set).
    Result<Customer> insert(Customer customer);
    // Saves changes if nobody changed the row since `customer` was read (row_version);
    // otherwise ErrorCode::StaleRow and nothing is written. Returns the saved row.
    Result<Customer> update(Customer customer);
    // Writes the notes only (all a support seat may change of a customer on PostgreSQL), if
    // nobody changed the row since `rowVersion`; otherwise ErrorCode::StaleRow.
    Result<Customer> updateNotes(qint64 id, int rowVersion, const QString &notes);
    Result<Customer> find(qint64 id) const;
    Result<Customer> findByEmail(const QString &email) const;
    Result<qint64> count() const;
    // Names, emails or companies that start with `prefix` (case-insensitive), by name.
    Result<QList<Customer>> searchPrefix(const QString &prefix, int limit) const;

private:
    Database &m_db;
};

} // namespace ic
