#pragma once

#include "models/dunningladder.h"
#include "models/records.h"
#include "models/result.h"
#include "services/storage/database.h"

#include <QList>

namespace ic {

// Dunning cases: one per unpaid invoice, worked through stages until resolved.
class DunningCaseRepository final {
public:
    explicit DunningCaseRepository(Database &db)
        : m_db(db)
    {
    }

    // Opens the case of an invoice; an invoice that already has one is refused.
    Result<DunningCase> open(DunningCase dunningCase);
    Result<DunningCase> find(qint64 id) const;
    Result<DunningCase> findByInvoice(qint64 invoiceId) const;
    // Open cases whose next action is due on or before `day`, by date.
    Result<QList<DunningCase>> listDue(const QDate &day) const;
    // Saves stage, dates, status and notes if nobody changed the case since it was read.
    Result<DunningCase> update(DunningCase dunningCase);
    // The book's dunning calendar (dunning_policy) as the ladder the daily run and the
    // workbench both climb.
    Result<DunningLadder> ladder() const;

private:
    Result<QList<DunningCase>> select(const QString &where, Database::Binds binds) const;
    Database &m_db;
};

} // namespace ic
