#pragma once

#include "models/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ic {

enum class DiscountType { Percentage, Fixed };
enum class PromotionScope { FirstPayment, Renewals, Both };

struct Promotion {
    qint64 id = 0;
    QString code; // compared case-insensitively
    QString name;
    QString description;
    DiscountType type = DiscountType::Percentage;
    int percentBp = 0;           // for Percentage: 1500 = 15 %
    std::optional<Money> amount; // for Fixed, in the plan's currency
    std::optional<int> maxUses;
    std::optional<int> maxUsesPerCustomer;
    int currentUses = 0;
    PromotionScope appliesTo = PromotionScope::Both;
    QList<qint64> planIds;    // empty = every plan
    QList<qint64> serviceIds; // empty = every service
    QDate startsOn;           // null = no start bound
    QDate endsOn;             // null = no end bound
    bool isActive = true;
    bool autoApply = false;
    bool autoNewCustomersOnly = false;
    std::optional<Money> autoMinimumAmount;
    bool isStackable = false;
    QDateTime createdAt;
    int rowVersion = 0;
};

QString toString(DiscountType t);
QString toString(PromotionScope s);
std::optional<DiscountType> discountTypeFromString(const QString &s);
std::optional<PromotionScope> promotionScopeFromString(const QString &s);

} // namespace ic
