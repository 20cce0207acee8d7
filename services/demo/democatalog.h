#pragma once

#include "models/plan.h"
#include "models/promotion.h"
#include "models/result.h"
#include "services/storage/database.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace ic {

// The demo book's catalogue: what the history replays against.
struct DemoCatalog {
    QList<Plan> plans;           // ids 1..n, in catalogue order
    QList<Promotion> promotions; // ids 1..n
    QHash<QString, int> vatBp;   // country -> standard rate in basis points (EU only)

    const Plan &plan(const QString &slug) const;
    bool isEu(const QString &country) const { return vatBp.contains(country); }
};

// Writes the catalogue (plans with features and limits, promotions, VAT rates) and the
// homepage (all five sections filled) into an empty book; `start` is the first day of the
// history and `createdAt` stamps the rows.
Result<DemoCatalog> writeDemoCatalog(Database &db, QDate start);

} // namespace ic
