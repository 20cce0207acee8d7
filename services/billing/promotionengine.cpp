#include "services/billing/promotionengine.h"

#include "models/tr.h"
#include "services/storage/database.h"
#include "services/storage/promotionrepository.h"

namespace ic {

Result<PromotionFacts> PromotionEngine::factsFor(const Promotion *promotion,
                                                 const QString &typedCode,
                                                 const PromotionQuery &query) const {
    PromotionFacts facts;
    facts.typedCode = typedCode;
    facts.today = query.today;
    facts.planId = query.planId;
    facts.firstPayment = query.firstPayment;
    facts.amount = query.amount;
    if (!promotion)
        return facts;
    auto uses = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM promotion_uses WHERE promotion_id "
                                           "= :p AND customer_id = :c"),
                            {{"p", promotion->id}, {"c", query.customerId}});
    if (!uses)
        return std::unexpected(uses.error());
    facts.customerUses = uses->toInt();
    // A new customer has never been sent an invoice (drafts do not count).
    auto invoiced = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE customer_id = "
                                               ":c AND kind = 'invoice' AND status <> 'draft'"),
                                {{"c", query.customerId}});
    if (!invoiced)
        return std::unexpected(invoiced.error());
    facts.isNewCustomer = invoiced->toLongLong() == 0;
    return facts;
}

Result<PromotionCheckReport> PromotionEngine::checkCode(const QString &code,
                                                        const PromotionQuery &query) const {
    PromotionCheckReport report;
    PromotionRepository promotions(m_db);
    auto found = promotions.findByCode(code);
    if (found)
        report.promotion = *found;
    else if (found.error().code != ErrorCode::NotFound)
        return std::unexpected(found.error());
    auto facts = factsFor(report.promotion ? &*report.promotion : nullptr, code, query);
    if (!facts)
        return std::unexpected(facts.error());
    report.steps = runPromotionChecks(report.promotion, *facts);
    return report;
}

Result<QList<Promotion>> PromotionEngine::autoApplicable(const PromotionQuery &query) const {
    auto all = PromotionRepository(m_db).listAutoApplying();
    if (!all)
        return std::unexpected(all.error());
    QList<Promotion> out;
    for (const Promotion &p : *all) {
        if (p.type == DiscountType::Fixed &&
            (!p.amount || p.amount->currency() != query.amount.currency()))
            continue;
        auto facts = factsFor(&p, p.code, query);
        if (!facts)
            return std::unexpected(facts.error());
        if (allPassed(runPromotionChecks(p, *facts)))
            out.append(p);
    }
    std::sort(out.begin(), out.end(),
              [](const Promotion &a, const Promotion &b) { return a.id < b.id; });
    return out;
}

Result<QList<Discount>> PromotionEngine::choose(const QString &code,
                                                const PromotionQuery &query) const {
    std::optional<Promotion> typed;
    if (!code.trimmed().isEmpty()) {
        auto report = checkCode(code, query);
        if (!report)
            return std::unexpected(report.error());
        if (!report->isAccepted())
            return failure(ErrorCode::Invalid, report->reason());
        typed = report->promotion;
    }
    auto autos = autoApplicable(query);
    if (!autos)
        return std::unexpected(autos.error());
    return choosePromotions(typed, *autos, query.amount);
}

} // namespace ic
