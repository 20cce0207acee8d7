#pragma once

#include "models/clock.h"
#include "models/plan.h"
#include "models/promotion.h"
#include "models/promotionrules.h"
#include "models/result.h"
#include "services/billing/promotionengine.h"
#include "services/security/session.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ic {

class Database;

// A code tried at the counter: every check in order, and what the invoice line would cost.
struct CodeTrial {
    PromotionCheckReport report;
    QString customerName;
    QString planName;
    Money initial;             // the plan's price
    QList<Discount> discounts; // as the billing would apply them (the stacking policy)
    Money discount;            // their sum
    Money final;               // initial − discount
};

// A row a promotion can be limited to: a plan or a homepage service.
struct CatalogChoice {
    qint64 id = 0;
    QString name;
    bool isActive = true;
};

// The catalogue's use cases: every write of a plan or a promotion (checked against the
// person's role: Permission::EditCatalog; written with an audit entry, before and after, in
// the same transaction), saving a plan with what happens to its subscribers, and trying a
// promotion code as the billing would check it. A refused write changes nothing.
class CatalogService final {
public:
    // Who acts: the session (null: the system acts, as the demo loader does) must outlive this
    // object; every write is checked against it and its actor() is the audit log's "who".
    CatalogService(Database &db, const Clock &clock, const Session *session = nullptr)
        : m_db(db)
        , m_clock(clock)
        , m_session(session)
    {
    }

    // Subscriptions still on the plan (neither cancelled nor expired).
    Result<qint64> subscriberCount(qint64 planId) const;

    // A new plan.
    Result<Plan> createPlan(const Plan &plan);
    // Saves an edited plan (optimistic lock as PlanRepository::update). With `migrateTo`, each
    // subscription still on the plan moves to that plan at its next period
    // (SubscriptionLifecycle::changePlanAtNextPeriod, with its event); all in one transaction.
    Result<Plan> savePlan(const Plan &plan, std::optional<qint64> migrateTo = std::nullopt);
    // Moves a plan to `position` (0 = first) in the catalogue's order, the order the homepage
    // shows the plans in, and numbers every plan 10, 20, 30… in that order; each plan whose
    // number changes is written with its audit entry. Returns the plans in their new order.
    Result<QList<Plan>> movePlan(qint64 planId, int position);
    // Puts a plan on sale or takes it off (its subscribers keep it).
    Result<Plan> setPlanActive(qint64 planId, int rowVersion, bool active);
    Result<Promotion> createPromotion(const Promotion &promotion);
    // Saves an edited promotion (optimistic lock as PromotionRepository::update).
    Result<Promotion> savePromotion(const Promotion &promotion);

    // Checks `code` for the customer with this e-mail address on this plan, today, through the
    // PromotionEngine the billing uses, and prices the plan line with the promotions it would
    // choose. A refusal is in the report; an error is a missing customer or plan, or the
    // database.
    Result<CodeTrial> tryCode(const QString &customerEmail, qint64 planId, const QString &code,
                              bool firstPayment, QDate today) const;

    // The homepage's services by position, for limiting a promotion to some of them.
    Result<QList<CatalogChoice>> serviceChoices() const;

private:
    // What the audit log records as the actor: the person, or "system".
    QString actor() const;

    Database &m_db;
    const Clock &m_clock;
    const Session *m_session = nullptr;
};

} // namespace ic
