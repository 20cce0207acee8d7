#pragma once

#include "services/grid/gridsql.h"

namespace ic {

// The customers of the book as a grid, for the search as you type of the Customers area.
// The filter finds, in SQL and through indexes only:
// - customers whose name, surname (the name after its first space), e-mail address or
//   company starts with the text (case-insensitive: ranges on the lowered columns, indexed
//   by migrations 0001 and 0006);
// - when the text holds a digit, the customers of the invoices whose number starts with it
//   (a range on lower(number), indexed by migration 0006), so a whole number finds its
//   customer. A short prefix such as "inv-2" that matches a great many invoices reads the
//   first 500 of them only: the search stays as fast as a keystroke needs.
class CustomerGrid final : public GridSource {
public:
    enum Column {
        Name,
        Email,
        Company,
        Country,
        Language,
        Phone,
        VatNumber,
        CreatedAt,
        ColumnCount
    };
    // Invoices read for one number prefix at most.
    static constexpr int kInvoiceMatchLimit = 500;

    QList<GridColumn> columns() const override;
    Result<qint64> count(const Database &db, const GridRequest &request) const override;
    Result<GridPage> fetch(const Database &db, const GridRequest &request,
                           const std::optional<GridKey> &after, int limit) const override;
    // The query fetch() reads a page of (for a check, or a reader of every row at once).
    gridsql::Query query(const Database &db, const GridRequest &request) const;
};

} // namespace ic
