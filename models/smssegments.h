#pragma once

#include <QString>

namespace ic {

// How a text travels as SMS (3GPP TS 23.038 / 23.040): in the GSM 7-bit alphabet when every
// character is in it (the extension table's characters, such as € [ ] { } ~ ^ \ |, count
// twice), else in UCS-2. One SMS holds 160 GSM-7 units or 70 UCS-2 ones; a longer text is
// split into parts of 153 or 67 (the rest of each part carries the concatenation header).
struct SmsSegments {
    bool gsm7 = true;
    int units = 0; // GSM-7 septets, or UTF-16 code units for UCS-2
    int parts = 0; // 0 for the empty text
    bool fitsOneSms() const { return parts <= 1; }
};

SmsSegments smsSegments(const QString &text);

} // namespace ic
