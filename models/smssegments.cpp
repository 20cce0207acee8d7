#include "models/smssegments.h"

namespace ic {

namespace {

// The GSM 03.38 basic character set (one septet each), in table order; the escape (0x1B)
// is left out: it introduces the extension table.
const char16_t kBasic[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                          u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// The extension table: escape + one septet, two units each.
const char16_t kExtension[] = u"\f^{}\\[~]|€";

bool contains(const char16_t *table, QChar c)
{
    for (const char16_t *p = table; *p; ++p)
        if (*p == c.unicode())
            return true;
    return false;
}

} // namespace

SmsSegments smsSegments(const QString &text)
{
    SmsSegments s;
    int septets = 0;
    for (const QChar c : text) {
        if (contains(kBasic, c))
            septets += 1;
        else if (contains(kExtension, c))
            septets += 2;
        else {
            s.gsm7 = false;
            break;
        }
    }
    if (s.gsm7) {
        s.units = septets;
        s.parts = septets == 0 ? 0 : septets <= 160 ? 1 : (septets + 152) / 153;
    } else {
        s.units = int(text.size());
        s.parts = s.units <= 70 ? 1 : (s.units + 66) / 67;
    }
    return s;
}

} // namespace ic
