#pragma once

#include "services/gateways/paymentgateway.h"

#include <QHash>
#include <QString>

namespace ic {

// A deterministic gateway for the demo book and the tests: the outcome is chosen by the
// customer's test card, like the test cards of real gateways.
//   tok_visa (and any other token)            succeeds
//   tok_chargeDeclinedInsufficientFunds       declines, soft (insufficient_funds)
//   tok_chargeDeclinedStolenCard              declines, hard (stolen_card)
//   tok_chargeDeclinedLostCard                declines, hard (lost_card)
//   tok_chargeDeclinedAccountClosed           declines, hard (account_closed)
//   tok_timeout                               times out
//   tok_authenticationRequired                asks the customer to authenticate (requires action)
//   tok_succeedsOnRetry                       declines soft on a key ending in "-attempt-1", then
//   succeeds
// Like a real gateway it keeps a ledger of the charges it made, keyed by idempotency key, in
// a file beside the book that outlives the process (one JSON object a line, flushed to disk
// before the answer): a request with a known key is answered from the ledger and charges
// nothing, so a daily run killed between the charge and its commit never charges twice.
class SimulatedGateway final : public PaymentGateway {
public:
    explicit SimulatedGateway(QString ledgerPath);

    QString name() const override { return QStringLiteral("simulated"); }
    bool chargesAutomatically() const override { return true; }
    Result<ChargeResult> charge(const ChargeRequest &request) override;

    // Charges that moved money (not replays), by key: for tests and reconciliation.
    Result<QHash<QString, ChargeResult>> ledger() const;

private:
    Done load() const;
    QString m_path;
    mutable QHash<QString, ChargeResult> m_known;
    mutable bool m_loaded = false;
};

} // namespace ic
