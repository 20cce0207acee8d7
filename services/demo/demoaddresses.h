#pragma once

#include "models/result.h"
#include "models/selleridentity.h"
#include "services/storage/database.h"

namespace ic {

// The demo company: a French SAS with every mention an invoice needs (a made-up SIREN whose
// keys hold, the IBAN of the banks' documentation). Test books are given it too.
SellerIdentity demoSellerIdentity();

// Saves demoSellerIdentity() as the book's seller, and gives every customer a billing
// address in their country (street, postal code and city of that country's shape) and every
// French business a SIREN with the matching VAT number. Deterministic: the same seed and the
// same customers give the same addresses.
Done writeDemoParties(Database &db, quint64 seed);

} // namespace ic
