#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace ic {

// The specification's "user": somebody who subscribes and pays.
struct Customer {
    qint64 id = 0;
    QUuid publicId;
    QString name;
    QString email;
    QString phone;
    QString company;
    QString vatNumber; // intra-EU VAT number of a business customer, empty for a consumer
    QString country;   // ISO 3166-1 alpha-2
    QString language = QStringLiteral("en"); // "en" or "fr": invoices and emails
    QString notes;
    // Billing address (migration 0009): lines of the street address, one per line, then
    // postal code and city; the country above. A French business's SIREN (9 digits).
    QString addressLines;
    QString postalCode;
    QString city;
    QString siren;
    QDateTime createdAt;
    int rowVersion = 0;

    bool isBusiness() const { return !vatNumber.isEmpty(); }
};

} // namespace ic
