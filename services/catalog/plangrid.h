#pragma once

#include "services/catalog/gridsource.h"

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
    Result<QList<GridRow>> fetch(const Database &db, const GridRequest &request, qint64 offset,
                                 int limit) const override;
};

} // namespace ic
