#pragma once

#include "models/plan.h"
#include "models/result.h"
#include "services/storage/database.h"

#include <QList>

namespace ic {

// Plans of the catalogue with their ordered feature lines and their limits (JSON).
class PlanRepository final {
public:
    explicit PlanRepository(Database &db)
        : m_db(db)
    {
    }

    // Inserts the plan and its features in one transaction; returns the saved plan.
    Result<Plan> insert(Plan plan);
    // Saves the plan and replaces its features in one transaction, if nobody changed it since
    // it was read (row_version); otherwise ErrorCode::StaleRow and nothing is written.
    Result<Plan> update(Plan plan);
    Result<Plan> find(qint64 id) const;
    // The plan without its features (what billing needs).
    Result<Plan> header(qint64 id) const;
    // The slug is compared case-insensitively.
    Result<Plan> findBySlug(const QString &slug) const;
    // Every plan (or the active ones only) by sort order, then name.
    Result<QList<Plan>> list(bool activeOnly = false) const;
    // Switches a plan on or off the catalogue (optimistic lock as update()).
    Result<Plan> setActive(qint64 id, int rowVersion, bool active);

private:
    Result<QList<PlanFeature>> featuresOf(qint64 planId) const;
    Done writeFeatures(qint64 planId, const QList<PlanFeature> &features);
    Database &m_db;
};

} // namespace ic
