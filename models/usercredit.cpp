#include "models/usercredit.h"

#include <array>
#include <utility>

namespace ic {

namespace {
constexpr std::array<std::pair<CreditType, const char16_t *>, 4> kTypes{{
    {CreditType::Refund, u"refund"},
    {CreditType::Manual, u"manual"},
    {CreditType::Promotion, u"promotion"},
    {CreditType::Adjustment, u"adjustment"},
}};
} // namespace

QString toString(CreditType t)
{
    for (const auto &[v, n] : kTypes)
        if (v == t)
            return QString::fromUtf16(n);
    return {};
}

std::optional<CreditType> creditTypeFromString(const QString &s)
{
    for (const auto &[v, n] : kTypes)
        if (s == QStringView(n))
            return v;
    return std::nullopt;
}

} // namespace ic
