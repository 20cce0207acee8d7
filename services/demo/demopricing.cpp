#include "services/demo/demopricing.h"

namespace ic {

DemoPricing::DemoPricing(const DemoCatalog &catalog)
    : m_promotions(catalog.promotions)
{
}

const Promotion &DemoPricing::promotion(qint64 id) const
{
    return m_promotions[id - 1];
}

PromotionFacts DemoPricing::factsFor(const Promotion &p, const DemoSale &sale) const
{
    PromotionFacts facts;
    facts.typedCode = p.code;
    facts.today = sale.today;
    facts.planId = sale.planId;
    facts.firstPayment = sale.firstPayment;
    facts.customerUses = m_customerUses.value(sale.customerId).value(p.id, 0);
    facts.isNewCustomer = sale.isNewCustomer;
    facts.amount = sale.amount;
    return facts;
}

QList<Promotion> DemoPricing::acceptedCodes(const DemoSale &sale) const
{
    QList<Promotion> accepted;
    for (const Promotion &p : m_promotions)
        if (!p.autoApply && allPassed(runPromotionChecks(p, factsFor(p, sale))))
            accepted.append(p);
    return accepted;
}

Result<QList<Discount>> DemoPricing::discounts(const std::optional<Promotion> &code,
                                               const DemoSale &sale) const
{
    // As PromotionEngine::autoApplicable: a fixed one in another currency does not apply.
    QList<Promotion> autos;
    for (const Promotion &p : m_promotions) {
        if (!p.autoApply)
            continue;
        if (p.type == DiscountType::Fixed &&
            (!p.amount || p.amount->currency() != sale.amount.currency()))
            continue;
        if (allPassed(runPromotionChecks(p, factsFor(p, sale))))
            autos.append(p);
    }
    return choosePromotions(code, autos, sale.amount);
}

void DemoPricing::recordUses(const QList<Discount> &discounts, qint64 customerId)
{
    for (const Discount &d : discounts) {
        ++m_promotions[d.promotionId - 1].currentUses;
        ++m_customerUses[customerId][d.promotionId];
    }
}

void DemoPricing::addLine(DemoInvoice &invoice, QList<LineAmounts> &lines, qint64 itemId,
                          const QString &description, qint64 quantity, qint64 unitPrice,
                          qint64 discount, int taxRateBp, qint64 planId, qint64 promotionId)
{
    lines.append(priceLine(quantity, unitPrice, discount, taxRateBp));
    invoice.items.append(QVariantList{
        itemId, invoice.id, int(invoice.items.size()) + 1, description, quantity, unitPrice,
        discount, taxRateBp, lines.last().taxMinor, lines.last().totalMinor,
        planId ? QVariant(planId) : QVariant(), promotionId ? QVariant(promotionId) : QVariant()});
}

} // namespace ic
