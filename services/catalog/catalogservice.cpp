#include "services/catalog/catalogservice.h"

#include "models/tr.h"
#include "services/billing/subscriptionlifecycle.h"
#include "services/security/audittrail.h"
#include "services/storage/customerrepository.h"
#include "services/storage/database.h"
#include "services/storage/planrepository.h"
#include "services/storage/promotionrepository.h"

#include <algorithm>

namespace ic {

namespace {

const QString kStillOnPlan =
    QStringLiteral("plan_id = :plan_id AND status NOT IN ('cancelled', 'expired')");

} // namespace

Result<qint64> CatalogService::subscriberCount(qint64 planId) const
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM subscriptions WHERE " + kStillOnPlan,
                         {{"plan_id", planId}});
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

namespace {

const QString kPlan = QStringLiteral("plan");
const QString kPromotion = QStringLiteral("promotion");

} // namespace

QString CatalogService::actor() const
{
    return m_session ? m_session->actor() : QStringLiteral("system");
}

Result<Plan> CatalogService::createPlan(const Plan &plan)
{
    if (auto ok = require(m_session, Permission::EditCatalog); !ok)
        return std::unexpected(ok.error());
    return m_db.transaction([&]() -> Result<Plan> {
        auto saved = PlanRepository(m_db).insert(plan);
        if (!saved)
            return saved;
        if (auto a = recordAudit(m_db, m_clock, actor(), kPlan, saved->id, QStringLiteral("create"),
                                 {}, auditJson(*saved));
            !a)
            return std::unexpected(a.error());
        return saved;
    });
}

Result<Plan> CatalogService::savePlan(const Plan &plan, std::optional<qint64> migrateTo)
{
    if (auto ok = require(m_session, Permission::EditCatalog); !ok)
        return std::unexpected(ok.error());
    if (migrateTo && *migrateTo == plan.id)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The subscribers cannot be moved to the plan they leave."));
    return m_db.transaction([&]() -> Result<Plan> {
        PlanRepository plans(m_db);
        auto before = plans.find(plan.id);
        if (!before)
            return before;
        auto saved = plans.update(plan);
        if (!saved)
            return saved;
        if (auto a = recordAudit(m_db, m_clock, actor(), kPlan, plan.id, QStringLiteral("update"),
                                 auditJson(*before), auditJson(*saved));
            !a)
            return std::unexpected(a.error());
        if (!migrateTo)
            return saved;
        auto q = m_db.exec(u"SELECT id FROM subscriptions WHERE " + kStillOnPlan + u" ORDER BY id",
                           {{"plan_id", plan.id}});
        if (!q)
            return std::unexpected(q.error());
        QList<qint64> ids;
        while (q->next())
            ids.append(q->value(0).toLongLong());
        SubscriptionLifecycle lifecycle(m_db, m_clock, m_session);
        const QString reason =
            Tr::tr("The plan \"%1\" was withdrawn from the catalogue.").arg(plan.name);
        for (qint64 id : std::as_const(ids))
            if (auto moved = lifecycle.changePlanAtNextPeriod(id, *migrateTo, actor(), reason);
                !moved)
                return std::unexpected(moved.error());
        return saved;
    });
}

Result<QList<Plan>> CatalogService::movePlan(qint64 planId, int position)
{
    if (auto ok = require(m_session, Permission::EditCatalog); !ok)
        return std::unexpected(ok.error());
    return m_db.transaction([&]() -> Result<QList<Plan>> {
        PlanRepository plans(m_db);
        auto ordered = plans.list(false);
        if (!ordered)
            return ordered;
        const auto from = std::find_if(ordered->cbegin(), ordered->cend(),
                                       [&](const Plan &p) { return p.id == planId; });
        if (from == ordered->cend())
            return failure(ErrorCode::NotFound, Tr::tr("Plan %1 does not exist.").arg(planId));
        ordered->move(from - ordered->cbegin(),
                      std::clamp<qsizetype>(position, 0, ordered->size() - 1));
        for (qsizetype i = 0; i < ordered->size(); ++i) {
            Plan &plan = (*ordered)[i];
            const int number = int(i + 1) * 10;
            if (plan.sortOrder == number)
                continue;
            const QJsonObject before = auditJson(plan);
            plan.sortOrder = number;
            auto saved = plans.update(plan);
            if (!saved)
                return std::unexpected(saved.error());
            if (auto a = recordAudit(m_db, m_clock, actor(), kPlan, plan.id,
                                     QStringLiteral("reorder"), before, auditJson(*saved));
                !a)
                return std::unexpected(a.error());
            plan = *saved;
        }
        return ordered;
    });
}

Result<Plan> CatalogService::setPlanActive(qint64 planId, int rowVersion, bool active)
{
    if (auto ok = require(m_session, Permission::EditCatalog); !ok)
        return std::unexpected(ok.error());
    return m_db.transaction([&]() -> Result<Plan> {
        PlanRepository plans(m_db);
        auto before = plans.find(planId);
        if (!before)
            return before;
        auto saved = plans.setActive(planId, rowVersion, active);
        if (!saved)
            return saved;
        if (auto a = recordAudit(m_db, m_clock, actor(), kPlan, planId, QStringLiteral("update"),
                                 auditJson(*before), auditJson(*saved));
            !a)
            return std::unexpected(a.error());
        return saved;
    });
}

Result<Promotion> CatalogService::createPromotion(const Promotion &promotion)
{
    if (auto ok = require(m_session, Permission::EditCatalog); !ok)
        return std::unexpected(ok.error());
    return m_db.transaction([&]() -> Result<Promotion> {
        auto saved = PromotionRepository(m_db).insert(promotion);
        if (!saved)
            return saved;
        if (auto a = recordAudit(m_db, m_clock, actor(), kPromotion, saved->id,
                                 QStringLiteral("create"), {}, auditJson(*saved));
            !a)
            return std::unexpected(a.error());
        return saved;
    });
}

Result<Promotion> CatalogService::savePromotion(const Promotion &promotion)
{
    if (auto ok = require(m_session, Permission::EditCatalog); !ok)
        return std::unexpected(ok.error());
    return m_db.transaction([&]() -> Result<Promotion> {
        PromotionRepository promotions(m_db);
        auto before = promotions.find(promotion.id);
        if (!before)
            return before;
        auto saved = promotions.update(promotion);
        if (!saved)
            return saved;
        if (auto a = recordAudit(m_db, m_clock, actor(), kPromotion, promotion.id,
                                 QStringLiteral("update"), auditJson(*before), auditJson(*saved));
            !a)
            return std::unexpected(a.error());
        return saved;
    });
}

Result<QList<CatalogChoice>> CatalogService::serviceChoices() const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT id, name, is_active FROM services ORDER BY position, lower(name), id"));
    if (!q)
        return std::unexpected(q.error());
    QList<CatalogChoice> choices;
    while (q->next())
        choices.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toBool()});
    return choices;
}

Result<CodeTrial> CatalogService::tryCode(const QString &customerEmail, qint64 planId,
                                          const QString &code, bool firstPayment, QDate today) const
{
    if (customerEmail.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Give the e-mail address of a customer."));
    auto customer = CustomerRepository(m_db).findByEmail(customerEmail.trimmed());
    if (!customer) {
        if (customer.error().code == ErrorCode::NotFound)
            return failure(ErrorCode::NotFound,
                           Tr::tr("No customer has the e-mail address %1.").arg(customerEmail));
        return std::unexpected(customer.error());
    }
    auto plan = PlanRepository(m_db).find(planId);
    if (!plan)
        return std::unexpected(plan.error());

    PromotionQuery query;
    query.customerId = customer->id;
    query.planId = plan->id;
    query.firstPayment = firstPayment;
    query.amount = plan->price;
    query.today = today;

    PromotionEngine engine(m_db);
    auto report = engine.checkCode(code.trimmed(), query);
    if (!report)
        return std::unexpected(report.error());

    CodeTrial trial;
    trial.report = *report;
    trial.customerName = customer->name;
    trial.planName = plan->name;
    trial.initial = plan->price;
    trial.discount = Money::zero(plan->price.currency());
    trial.final = plan->price;
    if (!report->isAccepted())
        return trial;
    auto chosen = engine.choose(code.trimmed(), query);
    if (!chosen)
        return std::unexpected(chosen.error());
    trial.discounts = *chosen;
    for (const Discount &d : std::as_const(trial.discounts)) {
        auto sum = trial.discount.plus(d.discount);
        if (!sum)
            return std::unexpected(sum.error());
        trial.discount = *sum;
    }
    auto final = trial.initial.minus(trial.discount);
    if (!final)
        return std::unexpected(final.error());
    trial.final = *final;
    return trial;
}

} // namespace ic
