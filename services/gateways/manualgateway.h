#pragma once

#include "services/gateways/paymentgateway.h"

namespace ic {

// Nothing is charged automatically: the invoice waits for a payment recorded by a person
// (transfer, cheque, cash).
class ManualGateway final : public PaymentGateway {
public:
    QString name() const override { return QStringLiteral("manual"); }
    bool chargesAutomatically() const override { return false; }
    Result<ChargeResult> charge(const ChargeRequest &) override { return ChargeResult{}; }
};

} // namespace ic
