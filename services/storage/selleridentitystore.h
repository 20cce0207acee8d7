#pragma once

#include "models/result.h"
#include "models/selleridentity.h"
#include "services/storage/database.h"

namespace ic {

// The seller's identity in the book's settings, one key per field under "seller." (for
// instance seller.siren); what is not set reads as empty.
class SellerIdentityStore final {
public:
    explicit SellerIdentityStore(Database &db)
        : m_db(db)
    {
    }

    Result<SellerIdentity> load() const;
    // Saves every field in one transaction, identifiers without spaces and in capitals. A
    // field may be left empty (issuing is what needs them all), but one that is filled in
    // must be well formed: a SIREN, SIRET, VAT number, IBAN or BIC whose check fails is
    // refused with a sentence, and nothing is written.
    Done save(const SellerIdentity &seller);
    // Nothing when an invoice may be issued; otherwise the sentence saying what is missing.
    Done checkComplete() const;

private:
    Database &m_db;
};

} // namespace ic
