#include "models/identifiers.h"

#include <QRegularExpression>

#include <algorithm>

namespace ic {

namespace {

bool allDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

QString normalizedIdentifier(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace() && c != u'.' && c != u'-')
            out.append(c.toUpper());
    return out;
}

bool luhnHolds(const QString &digits)
{
    if (!allDigits(digits))
        return false;
    int sum = 0;
    bool twice = false; // from the right: every second digit is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool isValidSiren(const QString &text)
{
    const QString s = normalizedIdentifier(text);
    return s.size() == 9 && luhnHolds(s);
}

bool isValidSiret(const QString &text)
{
    const QString s = normalizedIdentifier(text);
    if (s.size() != 14 || !allDigits(s))
        return false;
    if (s.startsWith(u"356000000")) {
        int sum = 0;
        for (const QChar c : s)
            sum += c.digitValue();
        return sum % 5 == 0;
    }
    return luhnHolds(s);
}

bool isValidIban(const QString &text)
{
    const QString s = normalizedIdentifier(text);
    static const QRegularExpression shape(u"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"_qs);
    if (!shape.match(s).hasMatch())
        return false;
    const QString moved = s.mid(4) + s.left(4);
    int remainder = 0;
    for (const QChar c : moved) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10;
        // letters stand for two digits
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder == 1;
}

bool isValidBic(const QString &text)
{
    static const QRegularExpression shape(u"^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$"_qs);
    return shape.match(normalizedIdentifier(text)).hasMatch();
}

int frenchVatKey(qint64 siren)
{
    return int((12 + 3 * (siren % 97)) % 97);
}

QString frenchVatNumber(const QString &siren)
{
    const QString s = normalizedIdentifier(siren);
    if (!isValidSiren(s))
        return {};
    return u"FR"_qs + QString::number(frenchVatKey(s.toLongLong())).rightJustified(2, u'0') + s;
}

bool isValidFrenchVat(const QString &text)
{
    const QString s = normalizedIdentifier(text);
    static const QRegularExpression shape(u"^FR[0-9]{2}[0-9]{9}$"_qs);
    if (!shape.match(s).hasMatch())
        return false;
    return s.mid(2, 2).toInt() == frenchVatKey(s.mid(4).toLongLong());
}

bool isPlausibleEuVat(const QString &text)
{
    const QString s = normalizedIdentifier(text);
    if (s.startsWith(u"FR"))
        return isValidFrenchVat(s);
    static const QRegularExpression shape(u"^[A-Z]{2}[A-Z0-9]{2,12}$"_qs);
    return shape.match(s).hasMatch();
}

bool isCountryCode(const QString &text)
{
    static const QRegularExpression shape(u"^[A-Z]{2}$"_qs);
    return shape.match(text).hasMatch();
}

} // namespace ic
