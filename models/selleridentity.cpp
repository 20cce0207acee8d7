#include "models/selleridentity.h"

#include "models/identifiers.h"
#include "models/tr.h"

namespace ic {

QStringList SellerIdentity::addressLineList() const
{
    QStringList lines;
    for (const QString &line : addressLines.split(u'\n'))
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    return lines;
}

QStringList sellerProblems(const SellerIdentity &s)
{
    QStringList problems;
    auto missing = [&](const QString &value, const char *what) {
        if (value.trimmed().isEmpty()) {
            problems.append(Tr::tr(what));
            return true;
        }
        return false;
    };
    missing(s.legalName, QT_TRANSLATE_NOOP("Tr", "the legal name"));
    missing(s.legalForm, QT_TRANSLATE_NOOP("Tr", "the legal form"));
    missing(s.shareCapital, QT_TRANSLATE_NOOP("Tr", "the share capital"));
    if (s.addressLineList().isEmpty())
        problems.append(Tr::tr("the address"));
    missing(s.postalCode, QT_TRANSLATE_NOOP("Tr", "the postal code"));
    missing(s.city, QT_TRANSLATE_NOOP("Tr", "the city"));
    if (!isCountryCode(s.country))
        problems.append(Tr::tr("the country (two letters such as FR)"));
    if (!missing(s.siren, QT_TRANSLATE_NOOP("Tr", "the SIREN")) && !isValidSiren(s.siren))
        problems.append(Tr::tr("a valid SIREN (9 digits, Luhn key)"));
    if (!missing(s.siret, QT_TRANSLATE_NOOP("Tr", "the SIRET"))) {
        if (!isValidSiret(s.siret))
            problems.append(Tr::tr("a valid SIRET (14 digits, Luhn key)"));
        else if (!normalizedIdentifier(s.siret).startsWith(normalizedIdentifier(s.siren)))
            problems.append(Tr::tr("a SIRET that starts with the SIREN"));
    }
    missing(s.rcsCity, QT_TRANSLATE_NOOP("Tr", "the RCS city"));
    if (!missing(s.vatNumber, QT_TRANSLATE_NOOP("Tr", "the VAT number"))) {
        const QString vat = normalizedIdentifier(s.vatNumber);
        if (s.country == u"FR" &&
            (!isValidFrenchVat(vat) || vat.mid(4) != normalizedIdentifier(s.siren)))
            problems.append(Tr::tr("a VAT number whose key matches the SIREN"));
        else if (!isPlausibleEuVat(vat))
            problems.append(Tr::tr("a valid VAT number"));
    }
    if (!missing(s.iban, QT_TRANSLATE_NOOP("Tr", "the IBAN")) && !isValidIban(s.iban))
        problems.append(Tr::tr("a valid IBAN (its check digits do not match)"));
    if (!missing(s.bic, QT_TRANSLATE_NOOP("Tr", "the BIC")) && !isValidBic(s.bic))
        problems.append(Tr::tr("a valid BIC (8 or 11 letters and digits)"));
    missing(s.latePenaltySentence, QT_TRANSLATE_NOOP("Tr", "the late-payment penalty sentence"));
    if (s.latePenaltyRateBp <= 0)
        problems.append(Tr::tr("the late-payment penalty rate"));
    missing(s.earlyPaymentDiscount, QT_TRANSLATE_NOOP("Tr", "the early-payment discount wording"));
    return problems;
}

Done checkSellerComplete(const SellerIdentity &seller)
{
    const QStringList problems = sellerProblems(seller);
    if (problems.isEmpty())
        return {};
    return failure(ErrorCode::Invalid,
                   Tr::tr("No invoice can be issued until the seller's identity has %1: complete "
                          "it in Settings, Seller.")
                       .arg(problems.join(u", "_qs)));
}

} // namespace ic
