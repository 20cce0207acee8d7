#include "services/billing/taxpolicy.h"
#include "services/storage/settings.h"

#include "models/tr.h"
#include "services/storage/database.h"

namespace ic {

namespace {
// The 27 member states (ISO 3166-1 alpha-2; Greece is GR here, EL only in VAT numbers).
constexpr const char16_t *kEu[] = {
    u"AT", u"BE", u"BG", u"CY", u"CZ", u"DE", u"DK", u"EE", u"ES",
    u"FI", u"FR", u"GR", u"HR", u"HU", u"IE", u"IT", u"LT", u"LU",
    u"LV", u"MT", u"NL", u"PL", u"PT", u"RO", u"SE", u"SI", u"SK",
};
} // namespace

bool TaxPolicy::isEuCountry(const QString &country)
{
    const QString c = country.trimmed().toUpper();
    for (const char16_t *code : kEu)
        if (c == QStringView(code))
            return true;
    return false;
}

Result<QString> TaxPolicy::setting(const QString &key, const QString &fallback) const
{
    if (auto it = m_settings.constFind(key); it != m_settings.cend())
        return *it;
    auto value = Settings(m_db).text(key, fallback);
    if (value)
        m_settings.insert(key, *value);
    return value;
}

Result<QString> TaxPolicy::sellerCountry() const
{
    auto c = setting(QStringLiteral("billing.seller_country"), QStringLiteral("FR"));
    if (!c)
        return c;
    return c->toUpper();
}

Result<TaxDecision> TaxPolicy::decide(const Customer &customer) const
{
    auto seller = sellerCountry();
    if (!seller)
        return std::unexpected(seller.error());
    // A customer whose country is not known is taxed as a domestic one.
    const QString country =
        customer.country.trimmed().isEmpty() ? *seller : customer.country.trimmed().toUpper();
    if (country == *seller)
        return TaxDecision{TaxRegime::Domestic, *seller, {}};
    if (!isEuCountry(country))
        return TaxDecision{TaxRegime::OutsideEu, {}, kOutsideEuMention};
    if (customer.isBusiness())
        return TaxDecision{TaxRegime::ReverseCharge, {}, kReverseChargeMention};
    auto mode = setting(QStringLiteral("billing.eu_consumer_vat"), QStringLiteral("seller"));
    if (!mode)
        return std::unexpected(mode.error());
    if (*mode == u"destination")
        return TaxDecision{TaxRegime::EuConsumerOss, country, {}};
    if (*mode != u"seller")
        return failure(
            ErrorCode::Invalid,
            Tr::tr("The setting billing.eu_consumer_vat is \"%1\"; set it to \"seller\" or "
                   "\"destination\".")
                .arg(*mode));
    return TaxDecision{TaxRegime::EuConsumerSeller, *seller, {}};
}

Result<int> TaxPolicy::rateFor(const QString &country, const QDate &date,
                               const QString &category) const
{
    if (!date.isValid())
        return failure(ErrorCode::Invalid,
                       Tr::tr("A tax rate is looked up for a date; none was given."));
    const QString key =
        country.trimmed().toUpper() + u'|' + category + u'|' + date.toString(Qt::ISODate);
    if (auto it = m_rates.constFind(key); it != m_rates.cend())
        return *it;
    auto q = m_db.exec(QStringLiteral("SELECT rate_bp FROM tax_rates WHERE country = :country AND "
                                      "category = :category AND valid_from <= :day AND (valid_to "
                                      "IS NULL OR valid_to >= :day) ORDER BY valid_from DESC, id "
                                      "DESC"),
                       {{"country", country.trimmed().toUpper()},
                        {"category", category},
                        {"day", dateValue(date)}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::NotFound,
                       Tr::tr("No %1 tax rate for %2 is valid on %3; add it to the tax rates.")
                           .arg(category, country.trimmed().toUpper(), date.toString(Qt::ISODate)));
    const int rate = q->value(0).toInt();
    m_rates.insert(key, rate);
    return rate;
}

Result<int> TaxPolicy::lineRate(const TaxDecision &decision, const QDate &date,
                                const QString &category) const
{
    if (decision.isZeroRated())
        return 0;
    return rateFor(decision.rateCountry, date, category);
}

} // namespace ic
