#pragma once

#include "services/grid/gridsql.h"

namespace ic {

// The plans of the catalogue as a grid: every field of the specification, filtered on name
// and slug, sorted on any column, in SQL.
class PlanGrid final : public GridSource {
public:
    enum Column {
        Name,
        Slug,
        Type,
        Cycle,
        IntervalMonths,
        Price,
        SetupFee,
        TrialDays,
        IsPublic,
        IsActive,
        SortOrder,
        Features,
        Limits,
        SignupUrl,
        Description,
        CreatedAt,
        ColumnCount
    };

    QList<GridColumn> columns() const override;
    Result<qint64> count(const Database &db, const GridRequest &request) const override;
    Result<GridPage> fetch(const Database &db, const GridRequest &request,
                           const std::optional<GridKey> &after, int limit) const override;
    // The query fetch() reads a page of (for a check, or a reader of every row at once).
    gridsql::Query query(const Database &db, const GridRequest &request) const;
};

} // namespace ic
