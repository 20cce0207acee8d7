#pragma once

#include "models/promotionrules.h"
#include "models/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ic {

class Database;

// What a promotion is checked against: one customer, one plan, one payment, one day.
struct PromotionQuery {
    qint64 customerId = 0;
    qint64 planId = 0;
    bool firstPayment = false;
    Money amount; // the plan line before any discount, in the plan's currency
    QDate today;
};

// The outcome of checking a code: every step (passed, failed, not run) and the promotion
// when the code exists.
struct PromotionCheckReport {
    std::optional<Promotion> promotion;
    QList<PromotionCheckStep> steps;
    bool isAccepted() const { return allPassed(steps); }
    QString reason() const { return firstFailure(steps); }
};

// Reads what the promotion rules (models/promotionrules.h) need: the promotion by code,
// the customer's earlier uses, whether the customer was ever invoiced.
class PromotionEngine final {
public:
    explicit PromotionEngine(Database &db)
        : m_db(db)
    {
    }

    // Checks a typed code (case-insensitive) in the order of PromotionCheck, stopping at the
    // first failure with its sentence. An error is a database failure, not a refusal.
    Result<PromotionCheckReport> checkCode(const QString &code, const PromotionQuery &query) const;
    // The auto-apply promotions that pass every check for this query (no code needed), by
    // id. A fixed one in another currency than the amount's does not apply.
    Result<QList<Promotion>> autoApplicable(const PromotionQuery &query) const;
    // The promotions the stacking policy picks, with their discounts in the order they apply.
    // A typed code that fails a check is refused with its sentence.
    Result<QList<Discount>> choose(const QString &code, const PromotionQuery &query) const;

private:
    // What the customer did before, read once for all the promotions checked for one query.
    struct History {
        QHash<qint64, int> usesByPromotion;
        bool isNewCustomer = true;
    };
    Result<History> historyOf(qint64 customerId) const;
    static PromotionFacts factsFor(const Promotion *promotion, const QString &typedCode,
                                   const PromotionQuery &query, const History &history);
    Result<PromotionCheckReport> checkCode(const QString &code, const PromotionQuery &query,
                                           const History &history) const;
    Result<QList<Promotion>> autoApplicable(const PromotionQuery &query,
                                            const History &history) const;
    Database &m_db;
};

} // namespace ic
