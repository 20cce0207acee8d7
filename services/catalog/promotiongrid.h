#pragma once

#include "services/grid/gridsql.h"

namespace ic {

// The promotions as a grid: code, name, type, value, uses, validity, targeting, auto-apply
// and the rest of the specification's fields, filtered on code and name, sorted in SQL.
class PromotionGrid final : public GridSource {
public:
    enum Column {
        Code,
        Name,
        Type,
        Value, // basis points (qint64) for a percentage, Money for a fixed amount
        Uses,
        MaxUses, // null: no limit
        MaxUsesPerCustomer,
        StartsOn,
        EndsOn,
        Targeting,
        AutoApply,
        AppliesTo,
        IsActive,
        IsStackable,
        Description,
        CreatedAt,
        // From the recorded uses: Money, or a text listing the sums per currency when the
        // promotion was used in several; null when never used.
        GivenAway, // the discounts granted
        Revenue,   // what the promoted lines were paid after the discount
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
