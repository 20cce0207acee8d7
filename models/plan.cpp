#include "models/plan.h"

#include <array>
#include <utility>

namespace ic {

namespace {
constexpr std::array<std::pair<PlanType, const char16_t *>, 5> kTypes{{
    {PlanType::Free, u"free"},
    {PlanType::Trial, u"trial"},
    {PlanType::Monthly, u"monthly"},
    {PlanType::Annual, u"annual"},
    {PlanType::Custom, u"custom"},
}};
constexpr std::array<std::pair<BillingCycle, const char16_t *>, 4> kCycles{{
    {BillingCycle::None, u"none"},
    {BillingCycle::Monthly, u"monthly"},
    {BillingCycle::Annual, u"annual"},
    {BillingCycle::Custom, u"custom"},
}};
} // namespace

QString toString(PlanType t)
{
    for (const auto &[v, n] : kTypes)
        if (v == t)
            return QString::fromUtf16(n);
    return {};
}

QString toString(BillingCycle c)
{
    for (const auto &[v, n] : kCycles)
        if (v == c)
            return QString::fromUtf16(n);
    return {};
}

std::optional<PlanType> planTypeFromString(const QString &s)
{
    for (const auto &[v, n] : kTypes)
        if (s == QStringView(n))
            return v;
    return std::nullopt;
}

std::optional<BillingCycle> billingCycleFromString(const QString &s)
{
    for (const auto &[v, n] : kCycles)
        if (s == QStringView(n))
            return v;
    return std::nullopt;
}

} // namespace ic
