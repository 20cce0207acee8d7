#pragma once

#include <QString>

namespace ic {

// Checks of the identifiers printed on an invoice: pure functions, no I/O. Each takes what a
// person typed (spaces allowed) and answers whether it is well formed; normalized() gives the
// form that is stored and printed in a file (no spaces, capitals).

// Removes spaces, dots and dashes and upper-cases: " fr 12 345-678 " -> "FR12345678".
QString normalizedIdentifier(const QString &text);

// The Luhn check (ISO/IEC 7812) over a string of decimal digits: true when it holds.
bool luhnHolds(const QString &digits);

// SIREN: 9 digits whose Luhn check holds (INSEE). "732 829 320" is one.
bool isValidSiren(const QString &text);
// SIRET: 14 digits, the SIREN then a 5-digit establishment number, Luhn over all 14. La
// Poste's establishments (SIREN 356000000) are the known exception: their digits sum to a
// multiple of 5 instead; accepted too.
bool isValidSiret(const QString &text);
// IBAN: 2 letters, 2 check digits, up to 30 letters and digits; the ISO 13616 mod-97 check
// (the first four characters moved to the end, letters as 10..35) gives 1.
bool isValidIban(const QString &text);
// BIC (ISO 9362): 4 letters (bank), 2 letters (country), 2 letters or digits (place), and
// optionally 3 letters or digits (branch): 8 or 11 characters.
bool isValidBic(const QString &text);
// The key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97, two digits.
int frenchVatKey(qint64 siren);
// "FR" + key + SIREN, e.g. FR44732829320 for SIREN 732829320.
QString frenchVatNumber(const QString &siren);
// A French VAT number whose key matches its SIREN (FR, 2 digits, 9 digits).
bool isValidFrenchVat(const QString &text);
// An EU VAT number's shape: a 2-letter prefix (EL for Greece) and 2 to 12 letters or digits.
// French numbers are checked by their key as well.
bool isPlausibleEuVat(const QString &text);
// "FR" -> true for a two capital letters code (ISO 3166-1 alpha-2 shape, not the list).
bool isCountryCode(const QString &text);

} // namespace ic
