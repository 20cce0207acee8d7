#include "services/storage/selleridentitystore.h"

#include "models/identifiers.h"
#include "models/tr.h"

#include <QHash>

namespace ic {

namespace {

// The settings key of each text field, in one table so that load and save never disagree.
struct Field {
    const char *key;
    QString SellerIdentity::*member;
    bool identifier; // stored without spaces, in capitals
};
const Field kFields[] = {
    {"seller.legal_name", &SellerIdentity::legalName, false},
    {"seller.legal_form", &SellerIdentity::legalForm, false},
    {"seller.share_capital", &SellerIdentity::shareCapital, false},
    {"seller.address_lines", &SellerIdentity::addressLines, false},
    {"seller.postal_code", &SellerIdentity::postalCode, false},
    {"seller.city", &SellerIdentity::city, false},
    {"seller.country", &SellerIdentity::country, true},
    {"seller.siren", &SellerIdentity::siren, true},
    {"seller.siret", &SellerIdentity::siret, true},
    {"seller.rcs_city", &SellerIdentity::rcsCity, false},
    {"seller.vat_number", &SellerIdentity::vatNumber, true},
    {"seller.iban", &SellerIdentity::iban, true},
    {"seller.bic", &SellerIdentity::bic, true},
    {"seller.email", &SellerIdentity::email, false},
    {"seller.phone", &SellerIdentity::phone, false},
    {"seller.late_penalty_sentence", &SellerIdentity::latePenaltySentence, false},
    {"seller.early_payment_discount", &SellerIdentity::earlyPaymentDiscount, false},
    {"seller.footer", &SellerIdentity::footer, false},
    {"seller.logo_path", &SellerIdentity::logoPath, false},
};
const QString kRateKey = QStringLiteral("seller.late_penalty_rate_bp");

Done malformed(const QString &what, const QString &value)
{
    return failure(ErrorCode::Invalid, Tr::tr("\"%1\" is not %2.").arg(value, what));
}

} // namespace

Result<SellerIdentity> SellerIdentityStore::load() const
{
    auto q = m_db.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'seller.%'"));
    if (!q)
        return std::unexpected(q.error());
    QHash<QString, QString> values;
    while (q->next())
        values.insert(q->value(0).toString(), q->value(1).toString());
    SellerIdentity seller;
    for (const Field &field : kFields) {
        const auto it = values.constFind(QString::fromLatin1(field.key));
        if (it != values.cend())
            seller.*field.member = *it;
    }
    if (seller.country.trimmed().isEmpty())
        seller.country = QStringLiteral("FR");
    seller.latePenaltyRateBp = values.value(kRateKey).toInt();
    return seller;
}

Done SellerIdentityStore::save(const SellerIdentity &given)
{
    SellerIdentity s = given;
    for (const Field &field : kFields) {
        QString &value = s.*field.member;
        value = field.identifier ? normalizedIdentifier(value) : value.trimmed();
    }
    if (!s.country.isEmpty() && !isCountryCode(s.country))
        return malformed(Tr::tr("a two-letter country code such as FR"), s.country);
    if (!s.siren.isEmpty() && !isValidSiren(s.siren))
        return malformed(Tr::tr("a SIREN (9 digits whose Luhn key holds)"), given.siren);
    if (!s.siret.isEmpty() && !isValidSiret(s.siret))
        return malformed(Tr::tr("a SIRET (14 digits whose Luhn key holds)"), given.siret);
    if (!s.vatNumber.isEmpty() && !isPlausibleEuVat(s.vatNumber))
        return malformed(Tr::tr("a VAT number (for France, FR, the key and the SIREN)"),
                         given.vatNumber);
    if (!s.iban.isEmpty() && !isValidIban(s.iban))
        return malformed(Tr::tr("an IBAN (its check digits do not match)"), given.iban);
    if (!s.bic.isEmpty() && !isValidBic(s.bic))
        return malformed(Tr::tr("a BIC (8 or 11 letters and digits)"), given.bic);
    if (s.latePenaltyRateBp < 0 || s.latePenaltyRateBp > 100000)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The late-payment penalty rate must lie between 0 % and 1000 %."));
    return m_db.transaction([&]() -> Done {
        for (const Field &field : kFields) {
            auto removed = m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = :key"),
                                     {{"key", QString::fromLatin1(field.key)}});
            if (!removed)
                return std::unexpected(removed.error());
            const QString &value = s.*field.member;
            if (value.isEmpty())
                continue;
            auto inserted =
                m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"),
                          {{"key", QString::fromLatin1(field.key)}, {"value", value}});
            if (!inserted)
                return std::unexpected(inserted.error());
        }
        auto removed =
            m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = :key"), {{"key", kRateKey}});
        if (!removed)
            return std::unexpected(removed.error());
        auto inserted =
            m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"),
                      {{"key", kRateKey}, {"value", QString::number(s.latePenaltyRateBp)}});
        if (!inserted)
            return std::unexpected(inserted.error());
        return {};
    });
}

Done SellerIdentityStore::checkComplete() const
{
    auto seller = load();
    if (!seller)
        return std::unexpected(seller.error());
    return checkSellerComplete(*seller);
}

} // namespace ic
