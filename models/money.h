#pragma once

#include "models/result.h"

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace ic {

// Exact money: integer minor units (cents) and an ISO 4217 currency code.
// No floating point anywhere money flows.
class Money final {
public:
    Money() = default;
    Money(qint64 minor, QString currency)
        : m_minor(minor)
        , m_currency(std::move(currency))
    {
    }

    static Money zero(const QString &currency) { return Money(0, currency); }

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Money negated() const { return Money(-m_minor, m_currency); }
    Money times(qint64 quantity) const { return Money(m_minor * quantity, m_currency); }
    // This amount × rate / 10,000 (a rate in basis points: 2000 = 20 %), rounded by roundDiv().
    Money percentBp(qint64 basisPoints) const;
    // This amount × numerator / denominator, rounded by roundDiv() (proration by days).
    Money scaled(qint64 numerator, qint64 denominator) const;

    bool operator==(const Money &) const = default;

    // "1 234,50 €" in French, "€1,234.50" in English: the locale decides the pattern.
    QString format(const QLocale &locale) const;
    // Plain decimal for files and exports: "-1234.50".
    QString toDecimalString() const;

    // Reads what a person typed in their locale ("1 234,50", "€1,234.50", "12").
    static Result<Money> parse(const QString &text, const QString &currency, const QLocale &locale);
    static Result<Money> parseDecimal(const QString &text, const QString &currency);

    // Digits after the decimal point for a currency (2 for EUR, 0 for JPY).
    static int minorDigits(const QString &currency);
    static QString symbol(const QString &currency);
    static bool isKnownCurrency(const QString &currency);

private:
    qint64 m_minor = 0;
    QString m_currency;
};

// THE rounding rule of InfluenceCore, the only one: a quotient is rounded to the nearest
// integer, and a quotient exactly halfway is rounded away from zero (0.5 -> 1, -0.5 -> -1,
// 2.5 -> 3). This is the commercial rounding that French invoicing practice and the EU VAT
// directive's "round to the nearest cent" are read as. Computed on 128-bit integers so an
// intermediate product never overflows.
// 128-bit intermediate for products of amounts and rates (a GCC/Clang extension).
__extension__ typedef __int128 Wide;

qint64 roundDiv(Wide numerator, Wide denominator);

} // namespace ic
