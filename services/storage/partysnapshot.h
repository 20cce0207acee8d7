#pragma once

#include "models/customer.h"
#include "models/result.h"
#include "models/selleridentity.h"
#include "services/storage/database.h"

#include <QJsonObject>

namespace ic {

// The seller and the buyer of an invoice as they were when it was issued: JSON objects kept
// in invoices.seller_snapshot and buyer_snapshot, so that an address changed later never
// changes an issued invoice.
QJsonObject sellerJson(const SellerIdentity &seller);
SellerIdentity sellerFromJson(const QJsonObject &json);
// The buyer's name, company, e-mail, language, address and identifiers (not the notes, not
// the test card: nothing that is not printed).
QJsonObject buyerJson(const Customer &customer);
Customer buyerFromJson(const QJsonObject &json);

struct PartySnapshot {
    QString seller; // compact JSON
    QString buyer;
};
// Reads the seller's identity and the customer now, for an invoice being issued.
Result<PartySnapshot> takePartySnapshot(Database &db, qint64 customerId);

} // namespace ic
