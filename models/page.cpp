#include "models/page.h"

#include <array>
#include <utility>

namespace ic {

namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char16_t *>, N> &names, E value)
{
    for (const auto &[v, n] : names)
        if (v == value)
            return QString::fromUtf16(n);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &names,
                         const QString &s)
{
    for (const auto &[v, n] : names)
        if (s == QStringView(n))
            return v;
    return std::nullopt;
}

constexpr std::array<std::pair<PageStatus, const char16_t *>, 3> kStatuses{{
    {PageStatus::Draft, u"draft"},
    {PageStatus::Published, u"published"},
    {PageStatus::Archived, u"archived"},
}};
constexpr std::array<std::pair<SectionType, const char16_t *>, 5> kTypes{{
    {SectionType::Hero, u"hero"},
    {SectionType::Services, u"services"},
    {SectionType::Pricing, u"pricing"},
    {SectionType::Contact, u"contact"},
    {SectionType::Faq, u"faq"},
}};
constexpr std::array<std::pair<ServiceBadge, const char16_t *>, 4> kBadges{{
    {ServiceBadge::None, u"none"},
    {ServiceBadge::Popular, u"popular"},
    {ServiceBadge::New, u"new"},
    {ServiceBadge::ComingSoon, u"coming_soon"},
}};

} // namespace

QString toString(PageStatus s)
{
    return nameOf(kStatuses, s);
}
QString toString(SectionType t)
{
    return nameOf(kTypes, t);
}
QString toString(ServiceBadge b)
{
    return nameOf(kBadges, b);
}
std::optional<PageStatus> pageStatusFromString(const QString &s)
{
    return valueOf(kStatuses, s);
}
std::optional<SectionType> sectionTypeFromString(const QString &s)
{
    return valueOf(kTypes, s);
}
std::optional<ServiceBadge> serviceBadgeFromString(const QString &s)
{
    return valueOf(kBadges, s);
}

} // namespace ic
