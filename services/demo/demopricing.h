#pragma once

#include "models/promotionrules.h"
#include "services/demo/democatalog.h"
#include "services/demo/demorecords.h"

#include <QHash>
#include <QList>

#include <optional>

namespace ic {

// One payment of the demo book as the billing sees it when it prices the plan line.
struct DemoSale {
    QDate today;
    qint64 customerId = 0;
    qint64 planId = 0;
    bool firstPayment = false;
    bool isNewCustomer = false; // no invoice issued to the customer yet
    Money amount;               // the plan line before any discount
};

// The demo book's promotions decided by the engine's own rules, so the book holds only what
// the billing would make: every code and every auto-apply promotion goes through
// runPromotionChecks with the facts PromotionEngine would read (uses so far, in total and by
// this customer; a new customer), the winners through choosePromotions (the stacking policy),
// and the lines through the invoice math.
class DemoPricing final {
public:
    explicit DemoPricing(const DemoCatalog &catalog);

    // The codes (promotions that are not auto-apply) the checks accept for this sale, by id:
    // what a customer who types a code may have typed.
    QList<Promotion> acceptedCodes(const DemoSale &sale) const;
    // The discounts on the plan line in the order they apply: a code already accepted, or
    // none, with the auto-apply promotions that pass their checks, as the stacking policy
    // chooses them (empty: nothing applies).
    Result<QList<Discount>> discounts(const std::optional<Promotion> &code,
                                      const DemoSale &sale) const;
    // Issuing the invoice counts one use of each promotion on it, in total and for the
    // customer.
    void recordUses(const QList<Discount> &discounts, qint64 customerId);
    // The promotions with their uses so far (Promotion::currentUses).
    const QList<Promotion> &promotions() const { return m_promotions; }
    const Promotion &promotion(qint64 id) const;

    // Appends one line to the invoice (a row of invoice_items) priced by priceLine().
    static void addLine(DemoInvoice &invoice, QList<LineAmounts> &lines, qint64 itemId,
                        const QString &description, qint64 quantity, qint64 unitPrice,
                        qint64 discount, int taxRateBp, qint64 planId, qint64 promotionId);

private:
    PromotionFacts factsFor(const Promotion &p, const DemoSale &sale) const;

    QList<Promotion> m_promotions;                    // by id: the promotion with id n at n − 1
    QHash<qint64, QHash<qint64, int>> m_customerUses; // customer -> promotion -> uses
};

} // namespace ic
