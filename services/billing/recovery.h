#pragma once

#include "models/clock.h"
#include "models/invoice.h"
#include "models/result.h"
#include "services/storage/database.h"

namespace ic {

struct Recovery {
    bool reactivated = false;  // the subscription was past due or suspended
    bool caseResolved = false; // a dunning case of the invoice was closed
};

// What follows once a subscription's invoice is paid in full, whoever took the money (the
// daily run's charge, a manual payment, a credit): the subscription moves on to the period
// paid, comes back to active if it was past due or suspended, takes up a plan change
// scheduled for that period (SubscriptionLifecycle::applyScheduledChange), and the invoice's
// dunning case is resolved. Runs inside the caller's transaction.
Result<Recovery> applyPaidInvoice(Database &db, const Clock &clock, qint64 invoiceId,
                                  const QString &actor);
// The same for an invoice the caller has just written (its header is enough).
Result<Recovery> applyPaidInvoice(Database &db, const Clock &clock, const Invoice &invoice,
                                  const QString &actor);

} // namespace ic
