#pragma once

#include "models/money.h"

#include <QLocale>
#include <QString>

namespace ic {

// An amount as a person types it in their locale, without the currency: "1234.50" in
// English, "1234,50" in French (Money::parse reads it back).
inline QString amountText(const Money &money, const QLocale &locale)
{
    QString text = money.toDecimalString();
    text.replace(u'.', locale.decimalPoint());
    return text;
}

} // namespace ic

namespace ic {

// A percentage given in basis points as a person types it: 1250 -> "12.50", 1500 -> "15"
// (read as an amount of a two-digit currency, so Money::parse reads it back in basis points).
inline QString percentText(int bp, const QLocale &locale)
{
    QString text = amountText(Money(bp, QStringLiteral("EUR")), locale);
    if (text.endsWith(QString(locale.decimalPoint()) + u"00"))
        text.chop(3);
    return text;
}

} // namespace ic
