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
