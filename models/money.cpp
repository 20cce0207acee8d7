#include "models/money.h"
#include "models/tr.h"

#include <QCoreApplication>

namespace ic {

qint64 roundDiv(Wide numerator, Wide denominator)
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    const Wide magnitude = negative ? -numerator : numerator;
    Wide quotient = magnitude / denominator;
    const Wide remainder = magnitude % denominator;
    if (remainder * 2 >= denominator)
        ++quotient; // half or more: away from zero
    return static_cast<qint64>(negative ? -quotient : quotient);
}

namespace {

struct CurrencyInfo {
    const char16_t *code;
    const char16_t *symbol;
    int digits;
};

constexpr CurrencyInfo kCurrencies[] = {
    {u"EUR", u"€", 2},   {u"USD", u"$", 2},   {u"GBP", u"£", 2},
    {u"CHF", u"CHF", 2}, {u"CAD", u"CA$", 2}, {u"SEK", u"kr", 2},
    {u"DKK", u"kr.", 2}, {u"PLN", u"zł", 2},  {u"JPY", u"¥", 0},
};

const CurrencyInfo *find(const QString &code)
{
    for (const auto &info : kCurrencies)
        if (code == QStringView(info.code))
            return &info;
    return nullptr;
}

qint64 pow10(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x202F) || c == QChar(0x00A0);
}

} // namespace

int Money::minorDigits(const QString &currency)
{
    const auto *info = find(currency);
    return info ? info->digits : 2;
}

QString Money::symbol(const QString &currency)
{
    const auto *info = find(currency);
    return info ? QString::fromUtf16(info->symbol) : currency;
}

bool Money::isKnownCurrency(const QString &currency)
{
    return find(currency) != nullptr;
}

Result<Money> Money::plus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return failure(ErrorCode::MixedCurrency,
                       Tr::tr("Cannot add %1 to %2: the amounts are in different currencies.")
                           .arg(other.m_currency, m_currency));
    return Money(m_minor + other.m_minor, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return failure(
            ErrorCode::MixedCurrency,
            Tr::tr("Cannot subtract %1 from %2: the amounts are in different currencies.")
                .arg(other.m_currency, m_currency));
    return Money(m_minor - other.m_minor, m_currency);
}

Money Money::percentBp(qint64 basisPoints) const
{
    return Money(roundDiv(static_cast<Wide>(m_minor) * basisPoints, 10000), m_currency);
}

Money Money::scaled(qint64 numerator, qint64 denominator) const
{
    return Money(roundDiv(static_cast<Wide>(m_minor) * numerator, denominator), m_currency);
}

QString Money::toDecimalString() const
{
    const int digits = minorDigits(m_currency);
    const qint64 p = pow10(digits);
    const quint64 magnitude = m_minor < 0 ? quint64(-(m_minor + 1)) + 1 : quint64(m_minor);
    QString out = QString::number(magnitude / quint64(p));
    if (digits > 0)
        out += u'.' + QString::number(magnitude % quint64(p)).rightJustified(digits, u'0');
    return m_minor < 0 ? u'-' + out : out;
}

QString Money::format(const QLocale &locale) const
{
    // The C locale (LANG unset) has no currency pattern of its own: write as in English.
    const QLocale written =
        locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    const int digits = minorDigits(m_currency);
    const qint64 p = pow10(digits);
    const quint64 magnitude = m_minor < 0 ? quint64(-(m_minor + 1)) + 1 : quint64(m_minor);
    // Integer part grouped by the locale; the fraction appended with the locale's decimal
    // point. Integers only: QLocale::toCurrencyString(double) would go through a double.
    QString number = written.toString(qulonglong(magnitude / quint64(p)));
    if (digits > 0)
        number += written.decimalPoint() +
                  QString::number(magnitude % quint64(p)).rightJustified(digits, u'0');
    // The locale's own currency pattern, learnt from a whole number: "7 €", "€7". A
    // negative amount takes a leading minus (not the accounting parentheses some locales use).
    const QString sym = symbol(m_currency);
    const QString pattern = written.toCurrencyString(qlonglong(7), sym);
    const qsizetype at = pattern.indexOf(u'7');
    const QString sign = m_minor < 0 ? QStringLiteral("-") : QString();
    if (at < 0)
        return sign + number + QChar(0x00A0) + sym;
    return sign + pattern.left(at) + number + pattern.mid(at + 1);
}

Result<Money> Money::parseDecimal(const QString &text, const QString &currency)
{
    return parse(text, currency, QLocale::c());
}

Result<Money> Money::parse(const QString &input, const QString &currency, const QLocale &locale)
{
    const auto invalid = [&input] {
        return failure(
            ErrorCode::Invalid,
            Tr::tr("\"%1\" is not an amount of money; type it like 1234.50.").arg(input));
    };
    QString text = input.trimmed();
    // Drop the currency's symbol or code wherever the person put it.
    const QString sym = symbol(currency);
    text.remove(currency, Qt::CaseInsensitive);
    if (!sym.isEmpty())
        text.remove(sym);
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(u'(') && text.endsWith(u')')) { // accounting notation
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    if (text.startsWith(u'-') || text.startsWith(QChar(0x2212))) {
        negative = true;
        text = text.mid(1).trimmed();
    } else if (text.startsWith(u'+')) {
        text = text.mid(1).trimmed();
    }
    if (text.isEmpty())
        return invalid();

    const QString decimalPoint = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    QString integerPart;
    QString fraction;
    bool seenPoint = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            (seenPoint ? fraction : integerPart) += c;
        } else if (!seenPoint && QStringView(text).mid(i).startsWith(decimalPoint)) {
            seenPoint = true;
            i += decimalPoint.size() - 1;
        } else if (!seenPoint && (isSpace(c) || (!group.isEmpty() &&
                                                 QStringView(text).mid(i).startsWith(group)))) {
            if (!isSpace(c))
                i += group.size() - 1;
            if (integerPart.isEmpty())
                return invalid();
        } else {
            return invalid();
        }
    }
    if (integerPart.isEmpty())
        integerPart = QStringLiteral("0");
    const int digits = minorDigits(currency);
    if (fraction.size() > digits)
        return failure(ErrorCode::Invalid,
                       digits == 0
                           ? Tr::tr("%1 has no cents: type a whole number.").arg(currency)
                           : Tr::tr("\"%1\" has more than %2 decimals.").arg(input).arg(digits));
    if (integerPart.size() > 15)
        return failure(ErrorCode::Invalid, Tr::tr("\"%1\" is too large an amount.").arg(input));
    qint64 minor = integerPart.toLongLong() * pow10(digits);
    if (digits > 0)
        minor += fraction.leftJustified(digits, u'0').toLongLong();
    return Money(negative ? -minor : minor, currency);
}

} // namespace ic
