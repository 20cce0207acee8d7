#include "services/billing/promotionengine.h"

#include "models/tr.h"
#include "services/storage/database.h"
#include "services/storage/promotionrepository.h"

namespace ic {

Result<PromotionEngine::History> PromotionEngine::historyOf(qint64 customerId) const
{
    History history;
    auto uses = m_db.exec(QStringLiteral("SELECT promotion_id, COUNT(*) FROM promotion_uses WHERE "
                                         "customer_id = :c GROUP BY promotion_id"),
                          {{"c", customerId}});
    if (!uses)
        return std::unexpected(uses.error());
    while (uses->next())
        history.usesByPromotion.insert(uses->value(0).toLongLong(), uses->value(1).toInt());
    // A new customer has never been sent an invoice (drafts do not count).
    auto invoiced = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE customer_id = "
                                               ":c AND kind = 'invoice' AND status <> 'draft'"),
                                {{"c", customerId}});
    if (!invoiced)
        return std::unexpected(invoiced.error());
    history.isNewCustomer = invoiced->toLongLong() == 0;
    return history;
}

PromotionFacts PromotionEngine::factsFor(const Promotion *promotion, const QString &typedCode,
                                         const PromotionQuery &query, const History &history)
{
    PromotionFacts facts;
    facts.typedCode = typedCode;
    facts.today = query.today;
    facts.planId = query.planId;
    facts.firstPayment = query.firstPayment;
    facts.amount = query.amount;
    if (!promotion)
        return facts;
    facts.customerUses = history.usesByPromotion.value(promotion->id, 0);
    facts.isNewCustomer = history.isNewCustomer;
    return facts;
}

Result<PromotionCheckReport> PromotionEngine::checkCode(const QString &code,
                                                        const PromotionQuery &query) const
{
    auto history = historyOf(query.customerId);
    if (!history)
        return std::unexpected(history.error());
    return checkCode(code, query, *history);
}

Result<PromotionCheckReport> PromotionEngine::checkCode(const QString &code,
                                                        const PromotionQuery &query,
                                                        const History &history) const
{
    PromotionCheckReport report;
    PromotionRepository promotions(m_db);
    auto found = promotions.findByCode(code);
    if (found)
        report.promotion = *found;
    else if (found.error().code != ErrorCode::NotFound)
        return std::unexpected(found.error());
    const PromotionFacts facts =
        factsFor(report.promotion ? &*report.promotion : nullptr, code, query, history);
    report.steps = runPromotionChecks(report.promotion, facts);
    return report;
}

Result<QList<Promotion>> PromotionEngine::autoApplicable(const PromotionQuery &query) const
{
    auto history = historyOf(query.customerId);
    if (!history)
        return std::unexpected(history.error());
    return autoApplicable(query, *history);
}

Result<QList<Promotion>> PromotionEngine::autoApplicable(const PromotionQuery &query,
                                                         const History &history) const
{
    auto all = PromotionRepository(m_db).listAutoApplying();
    if (!all)
        return std::unexpected(all.error());
    QList<Promotion> out;
    for (const Promotion &p : *all) {
        if (p.type == DiscountType::Fixed &&
            (!p.amount || p.amount->currency() != query.amount.currency()))
            continue;
        if (allPassed(runPromotionChecks(p, factsFor(&p, p.code, query, history))))
            out.append(p);
    }
    std::sort(out.begin(), out.end(),
              [](const Promotion &a, const Promotion &b) { return a.id < b.id; });
    return out;
}

Result<QList<Discount>> PromotionEngine::choose(const QString &code,
                                                const PromotionQuery &query) const
{
    auto history = historyOf(query.customerId);
    if (!history)
        return std::unexpected(history.error());
    std::optional<Promotion> typed;
    if (!code.trimmed().isEmpty()) {
        auto report = checkCode(code, query, *history);
        if (!report)
            return std::unexpected(report.error());
        if (!report->isAccepted())
            return failure(ErrorCode::Invalid, report->reason());
        typed = report->promotion;
    }
    auto autos = autoApplicable(query, *history);
    if (!autos)
        return std::unexpected(autos.error());
    return choosePromotions(typed, *autos, query.amount);
}

} // namespace ic
