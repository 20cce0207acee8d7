#include "models/money.h"

#include <gtest/gtest.h>

using namespace ic;

namespace {
const QLocale kFrench(QLocale::French, QLocale::France);
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
} // namespace

TEST(RoundDiv, HalfGoesAwayFromZero)
{
    EXPECT_EQ(roundDiv(5, 10), 1);   // 0.5 -> 1
    EXPECT_EQ(roundDiv(-5, 10), -1); // -0.5 -> -1
    EXPECT_EQ(roundDiv(25, 10), 3);  // 2.5 -> 3 (not banker's 2)
    EXPECT_EQ(roundDiv(-25, 10), -3);
    EXPECT_EQ(roundDiv(24, 10), 2);
    EXPECT_EQ(roundDiv(26, 10), 3);
    EXPECT_EQ(roundDiv(-24, 10), -2);
    EXPECT_EQ(roundDiv(7, -2), -4); // -3.5 -> -4
}

TEST(Money, PercentRoundsAtTheHalfCent)
{
    // 20 % of 0.125 EUR... amounts are cents: 20 % of 1.25 EUR = 0.25; 20 % of 0.13 = 0.026 -> 0.03
    EXPECT_EQ(Money(125, u"EUR"_qs).percentBp(2000).minor(), 25);
    EXPECT_EQ(Money(13, u"EUR"_qs).percentBp(2000).minor(), 3);
    // 5.5 % of 1.00 EUR = 0.055 -> 0.06 (the half cent goes up)
    EXPECT_EQ(Money(100, u"EUR"_qs).percentBp(550).minor(), 6);
    // and down for a credit: -0.055 -> -0.06
    EXPECT_EQ(Money(-100, u"EUR"_qs).percentBp(550).minor(), -6);
    // 20 % of 0.02 = 0.004 -> 0.00
    EXPECT_EQ(Money(2, u"EUR"_qs).percentBp(2000).minor(), 0);
}

TEST(Money, ScaledProratesByDays)
{
    // 29.00 EUR for 10 days of a 31-day month: 2900 * 10 / 31 = 935.48 -> 935
    EXPECT_EQ(Money(2900, u"EUR"_qs).scaled(10, 31).minor(), 935);
    // 1.00 EUR for 1 of 8 days = 12.5 cents -> 13
    EXPECT_EQ(Money(100, u"EUR"_qs).scaled(1, 8).minor(), 13);
}

TEST(Money, MixedCurrenciesAreRefused)
{
    const auto sum = Money(100, u"EUR"_qs).plus(Money(100, u"USD"_qs));
    ASSERT_FALSE(sum.has_value());
    EXPECT_EQ(sum.error().code, ErrorCode::MixedCurrency);
    EXPECT_TRUE(sum.error().message.contains(u"USD"_qs));
    const auto difference = Money(100, u"EUR"_qs).minus(Money(1, u"GBP"_qs));
    ASSERT_FALSE(difference.has_value());
    EXPECT_EQ(difference.error().code, ErrorCode::MixedCurrency);
    EXPECT_EQ(Money(150, u"EUR"_qs).plus(Money(250, u"EUR"_qs))->minor(), 400);
    EXPECT_EQ(Money(150, u"EUR"_qs).minus(Money(250, u"EUR"_qs))->minor(), -100);
}

TEST(Money, FormatsInFrench)
{
    // French groups thousands with a narrow no-break space and writes the symbol after a
    // no-break space: 1 234,50 €
    const QString expected = u"1\u202F234,50\u00A0€"_qs;
    EXPECT_EQ(Money(123450, u"EUR"_qs).format(kFrench), expected);
    EXPECT_EQ(Money(5, u"EUR"_qs).format(kFrench), u"0,05\u00A0€"_qs);
    EXPECT_EQ(Money(-123450, u"EUR"_qs).format(kFrench), u"-1\u202F234,50\u00A0€"_qs);
}

TEST(Money, FormatsInEnglish)
{
    EXPECT_EQ(Money(123450, u"EUR"_qs).format(kEnglish), u"€1,234.50"_qs);
    EXPECT_EQ(Money(100000000, u"USD"_qs).format(kEnglish), u"$1,000,000.00"_qs);
    EXPECT_EQ(Money(-5, u"EUR"_qs).format(kEnglish), u"-€0.05"_qs);
    EXPECT_EQ(Money(1234, u"JPY"_qs).format(kEnglish), u"¥1,234"_qs);
}

TEST(Money, TheCLocaleWritesAmountsAsInEnglish)
{
    // a session without LANG: the symbol goes first, as in English, not glued after
    EXPECT_EQ(Money(123450, u"EUR"_qs).format(QLocale::c()), u"€1,234.50"_qs);
}

TEST(Money, DecimalStringForFiles)
{
    EXPECT_EQ(Money(123450, u"EUR"_qs).toDecimalString(), u"1234.50"_qs);
    EXPECT_EQ(Money(-7, u"EUR"_qs).toDecimalString(), u"-0.07"_qs);
    EXPECT_EQ(Money(0, u"EUR"_qs).toDecimalString(), u"0.00"_qs);
}

TEST(Money, ParsesWhatAPersonTypesInFrench)
{
    EXPECT_EQ(Money::parse(u"1 234,50 €"_qs, u"EUR"_qs, kFrench)->minor(), 123450);
    EXPECT_EQ(Money::parse(u"1\u202F234,50\u00A0€"_qs, u"EUR"_qs, kFrench)->minor(), 123450);
    EXPECT_EQ(Money::parse(u"12,5"_qs, u"EUR"_qs, kFrench)->minor(), 1250);
    EXPECT_EQ(Money::parse(u"12"_qs, u"EUR"_qs, kFrench)->minor(), 1200);
    EXPECT_EQ(Money::parse(u"-0,07"_qs, u"EUR"_qs, kFrench)->minor(), -7);
    EXPECT_EQ(Money::parse(u",99"_qs, u"EUR"_qs, kFrench)->minor(), 99);
}

TEST(Money, ParsesWhatAPersonTypesInEnglish)
{
    EXPECT_EQ(Money::parse(u"€1,234.50"_qs, u"EUR"_qs, kEnglish)->minor(), 123450);
    EXPECT_EQ(Money::parse(u"1234.5"_qs, u"EUR"_qs, kEnglish)->minor(), 123450);
    EXPECT_EQ(Money::parse(u"  EUR 10 "_qs, u"EUR"_qs, kEnglish)->minor(), 1000);
    EXPECT_EQ(Money::parse(u"1,234"_qs, u"JPY"_qs, kEnglish)->minor(), 1234);
}

TEST(Money, RefusesWhatIsNotAnAmount)
{
    for (const QString &bad : {u""_qs, u"abc"_qs, u"12.34.56"_qs, u"1,2x"_qs, u"--5"_qs,
                               u"12.345"_qs, u"9999999999999999"_qs}) {
        const auto parsed = Money::parse(bad, u"EUR"_qs, kEnglish);
        ASSERT_FALSE(parsed.has_value()) << bad.toStdString();
        EXPECT_EQ(parsed.error().code, ErrorCode::Invalid);
        EXPECT_FALSE(parsed.error().message.isEmpty());
    }
    // a French person typing a point as decimal mark is told, not misread as 1234 cents
    EXPECT_FALSE(Money::parse(u"12.34"_qs, u"EUR"_qs, kFrench).has_value());
    EXPECT_FALSE(Money::parse(u"1.5"_qs, u"JPY"_qs, kEnglish).has_value());
}

TEST(Money, FormatThenParseRoundTrips)
{
    for (qint64 minor : {0LL, 1LL, 99LL, 100LL, 123456789LL, -4200LL}) {
        for (const QLocale &locale : {kFrench, kEnglish}) {
            const Money m(minor, u"EUR"_qs);
            EXPECT_EQ(Money::parse(m.format(locale), u"EUR"_qs, locale)->minor(), minor);
        }
    }
}
