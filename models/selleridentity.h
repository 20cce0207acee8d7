#pragma once

#include "models/result.h"

#include <QString>
#include <QStringList>

namespace ic {

// Who issues the invoices: every mention French law asks of a seller's invoice (art. 242
// nonies A of annex II to the CGI, L441-9 of the commercial code), kept in the book's
// settings (services/storage/selleridentitystore.h) and copied into each invoice at issue.
struct SellerIdentity {
    QString legalName;    // "InfluenceCore SAS"
    QString legalForm;    // "SAS"
    QString shareCapital; // as printed: "10 000 €"
    QString addressLines; // one line per line of the address, without postal code and city
    QString postalCode;
    QString city;
    QString country = QStringLiteral("FR"); // ISO 3166-1 alpha-2
    QString siren;                          // 9 digits
    QString siret;                          // 14 digits: the SIREN and the establishment
    QString rcsCity;                        // "Paris": RCS Paris 732 829 320
    QString vatNumber;                      // FR + key + SIREN
    QString iban;
    QString bic;
    QString email; // the seller's electronic address on the e-invoice (BT-34)
    QString phone;
    // Late-payment penalties: the sentence printed and the annual rate in basis points
    // (1500 = 15 %; at least three times the legal interest rate, L441-10).
    QString latePenaltySentence;
    int latePenaltyRateBp = 0;
    QString earlyPaymentDiscount = QStringLiteral("Pas d'escompte pour paiement anticipé");
    QString footer;
    QString logoPath; // a PNG or JPEG file; empty = no logo

    QStringList addressLineList() const;
};

// The mandatory fields that are missing or malformed, in the order a form shows them; each
// entry is one short translated name ("the SIREN", "the IBAN").
QStringList sellerProblems(const SellerIdentity &seller);
// One sentence naming what stops an invoice from being issued, or nothing when all is there.
Done checkSellerComplete(const SellerIdentity &seller);

} // namespace ic
