#include "models/promotion.h"

namespace ic {

QString toString(DiscountType t)
{
    return t == DiscountType::Percentage ? QStringLiteral("percentage") : QStringLiteral("fixed");
}

QString toString(PromotionScope s)
{
    switch (s) {
    case PromotionScope::FirstPayment:
        return QStringLiteral("first_payment");
    case PromotionScope::Renewals:
        return QStringLiteral("renewals");
    case PromotionScope::Both:
        return QStringLiteral("both");
    }
    return {};
}

std::optional<DiscountType> discountTypeFromString(const QString &s)
{
    if (s == u"percentage")
        return DiscountType::Percentage;
    if (s == u"fixed")
        return DiscountType::Fixed;
    return std::nullopt;
}

std::optional<PromotionScope> promotionScopeFromString(const QString &s)
{
    if (s == u"first_payment")
        return PromotionScope::FirstPayment;
    if (s == u"renewals")
        return PromotionScope::Renewals;
    if (s == u"both")
        return PromotionScope::Both;
    return std::nullopt;
}

} // namespace ic
