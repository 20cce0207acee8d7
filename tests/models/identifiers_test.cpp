// The checks of the identifiers on an invoice, on real-shaped values computed by hand.
#include "models/identifiers.h"
#include "models/selleridentity.h"

#include <gtest/gtest.h>

using namespace ic;

TEST(Identifiers, SirenIsNineDigitsWithTheLuhnKey)
{
    // 732 829 320: from the right, digits 0 2 3 9 2 8 2 3 7, every second doubled:
    // 0 + 4 + 3 + (18 - 9) + 2 + (16 - 9) + 2 + 6 + 7 = 40, a multiple of 10.
    EXPECT_TRUE(isValidSiren(u"732 829 320"_qs));
    EXPECT_TRUE(isValidSiren(u"380129866"_qs)); // Orange SA
    // 732 829 321: the sum is 41
    EXPECT_FALSE(isValidSiren(u"732829321"_qs));
    EXPECT_FALSE(isValidSiren(u"73282932"_qs));   // 8 digits
    EXPECT_FALSE(isValidSiren(u"7328293200"_qs)); // 10 digits
    EXPECT_FALSE(isValidSiren(u"73282932A"_qs));  // a letter
}

TEST(Identifiers, SiretIsTheSirenAndAnEstablishmentWithTheLuhnKey)
{
    EXPECT_TRUE(isValidSiret(u"732 829 320 00074"_qs));
    EXPECT_TRUE(isValidSiret(u"91234560000015"_qs)); // the demo seller
    EXPECT_FALSE(isValidSiret(u"73282932000075"_qs));
    EXPECT_FALSE(isValidSiret(u"7328293200007"_qs));
    // La Poste (SIREN 356 000 000): digits summing to a multiple of 5, 3+5+6+1+9+1 = 25
    EXPECT_TRUE(isValidSiret(u"35600000000191"_qs));
    EXPECT_FALSE(isValidSiret(u"35600000000192"_qs)); // 26
}

TEST(Identifiers, IbanMod97)
{
    // FR76 3000 6000 0112 3456 7890 189: moved and lettered (F=15, R=27), mod 97 = 1
    EXPECT_TRUE(isValidIban(u"FR76 3000 6000 0112 3456 7890 189"_qs));
    EXPECT_TRUE(isValidIban(u"DE89370400440532013000"_qs));
    EXPECT_TRUE(isValidIban(u"gb82 west 1234 5698 7654 32"_qs));
    // the last digit changed: mod 97 = 71
    EXPECT_FALSE(isValidIban(u"FR7630006000011234567890188"_qs));
    EXPECT_FALSE(isValidIban(u"FR76"_qs));
}

TEST(Identifiers, BicShape)
{
    EXPECT_TRUE(isValidBic(u"AGRIFRPP"_qs));
    EXPECT_TRUE(isValidBic(u"BNPAFRPPXXX"_qs));
    EXPECT_FALSE(isValidBic(u"AGRIFRP"_qs));
    EXPECT_FALSE(isValidBic(u"1GRIFRPP"_qs));
    EXPECT_FALSE(isValidBic(u"AGRIFRPPXX"_qs));
}

TEST(Identifiers, FrenchVatKeyFromTheSiren)
{
    // 380 129 866 = 97 × 3 918 864 + 58; (12 + 3 × 58) mod 97 = 186 mod 97 = 89: Orange SA's
    // published number is FR89 380 129 866
    EXPECT_EQ(frenchVatKey(380129866), 89);
    // 732 829 320 = 97 × 7 554 941 + 43; (12 + 3 × 43) mod 97 = 141 mod 97 = 44
    EXPECT_EQ(frenchVatKey(732829320), 44);
    // 912 345 600 = 97 × 9 405 624 + 72; (12 + 216) mod 97 = 228 mod 97 = 34
    EXPECT_EQ(frenchVatKey(912345600), 34);
    EXPECT_EQ(frenchVatNumber(u"732 829 320"_qs), u"FR44732829320"_qs);
    EXPECT_TRUE(isValidFrenchVat(u"FR 44 732829320"_qs));
    EXPECT_FALSE(isValidFrenchVat(u"FR45732829320"_qs));
    EXPECT_FALSE(isValidFrenchVat(u"DE123456789"_qs));
    EXPECT_TRUE(isPlausibleEuVat(u"DE123456789"_qs));
    EXPECT_FALSE(isPlausibleEuVat(u"FR45732829320"_qs));
}

TEST(SellerIdentity, EveryMandatoryFieldIsNamedWhenMissing)
{
    SellerIdentity s;
    s.earlyPaymentDiscount.clear();
    const QStringList problems = sellerProblems(s);
    // all but the country (FR unless set): legal name, form, capital, address, postal code,
    // city, SIREN, SIRET, RCS city, VAT number, IBAN, BIC, penalty sentence and rate, the
    // early-payment wording
    EXPECT_EQ(problems.size(), 15);
    EXPECT_EQ(problems.first(), u"the legal name"_qs);
    auto refused = checkSellerComplete(s);
    ASSERT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().message.startsWith(
        u"No invoice can be issued until the seller's identity has the legal name, "_qs));
}

TEST(SellerIdentity, AVatNumberThatIsNotTheSirensIsNamed)
{
    SellerIdentity s;
    s.legalName = u"InfluenceCore SAS"_qs;
    s.legalForm = u"SAS"_qs;
    s.shareCapital = u"20 000 €"_qs;
    s.addressLines = u"12 rue de la Paix"_qs;
    s.postalCode = u"75002"_qs;
    s.city = u"Paris"_qs;
    s.siren = u"912345600"_qs;
    s.siret = u"91234560000015"_qs;
    s.rcsCity = u"Paris"_qs;
    s.vatNumber = u"FR44732829320"_qs; // a valid key, but another company's SIREN
    s.iban = u"FR7630006000011234567890189"_qs;
    s.bic = u"AGRIFRPP"_qs;
    s.latePenaltySentence = u"Trois fois le taux d'intérêt légal"_qs;
    s.latePenaltyRateBp = 1500;
    EXPECT_EQ(sellerProblems(s), QStringList{u"a VAT number whose key matches the SIREN"_qs});
    s.vatNumber = u"FR34912345600"_qs;
    EXPECT_TRUE(sellerProblems(s).isEmpty());
    EXPECT_TRUE(checkSellerComplete(s).has_value());
}
