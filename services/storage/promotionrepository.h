#pragma once

#include "models/promotion.h"
#include "models/result.h"
#include "services/storage/database.h"

#include <QList>

namespace ic {

// One redemption of a promotion: what the invoice cost before and after it.
struct PromotionUse {
    qint64 id = 0;
    qint64 promotionId = 0;
    qint64 customerId = 0;
    qint64 invoiceId = 0; // 0 = none
    Money initial;
    Money discount;
    Money final;
    QDateTime usedAt;
};

// Promotions with the plans and services they are limited to, and their uses.
class PromotionRepository final {
public:
    explicit PromotionRepository(Database &db)
        : m_db(db)
    {
    }

    Result<Promotion> insert(Promotion promotion);
    // Saves changes (and replaces the plan and service lists) if nobody changed the row since
    // it was read; otherwise ErrorCode::StaleRow and nothing is written. The use counter is
    // not an edit: it only moves through recordUse().
    Result<Promotion> update(Promotion promotion);
    Result<Promotion> find(qint64 id) const;
    // The code is compared case-insensitively.
    Result<Promotion> findByCode(const QString &code) const;
    // Every promotion by code.
    Result<QList<Promotion>> list() const;
    // Only the active promotions that apply themselves (the daily run asks on every invoice).
    Result<QList<Promotion>> listAutoApplying() const;

    // Counts one use and records it, in one transaction. The counter moves only while it is
    // below max_uses (one conditional UPDATE, so two seats cannot both take the last use);
    // a customer past max_uses_per_customer is refused as well.
    Result<PromotionUse> recordUse(qint64 promotionId, qint64 customerId, qint64 invoiceId,
                                   const Money &initial, const Money &discount, const Money &final,
                                   const QDateTime &at);
    // The uses of one promotion by one customer, oldest first.
    Result<QList<PromotionUse>> usesByCustomer(qint64 promotionId, qint64 customerId) const;

private:
    Result<QList<Promotion>> listWhere(const QString &where) const;
    Result<Promotion> readFull(QSqlQuery &q, const QString &notFound) const;
    Done writeLinks(qint64 promotionId, const Promotion &promotion);
    Database &m_db;
};

} // namespace ic
