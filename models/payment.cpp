#include "models/payment.h"

#include <array>
#include <utility>

namespace ic {

namespace {
constexpr std::array<std::pair<PaymentMethod, const char16_t *>, 5> kMethods{{
    {PaymentMethod::Card, u"card"},
    {PaymentMethod::PayPal, u"paypal"},
    {PaymentMethod::Transfer, u"transfer"},
    {PaymentMethod::Manual, u"manual"},
    {PaymentMethod::Credit, u"credit"},
}};
} // namespace

QString toString(PaymentMethod m)
{
    for (const auto &[v, n] : kMethods)
        if (v == m)
            return QString::fromUtf16(n);
    return {};
}

std::optional<PaymentMethod> paymentMethodFromString(const QString &s)
{
    for (const auto &[v, n] : kMethods)
        if (s == QStringView(n))
            return v;
    return std::nullopt;
}

} // namespace ic
