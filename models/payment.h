#pragma once

#include "models/money.h"
#include "models/statuses.h"

#include <QDateTime>
#include <QString>

namespace ic {

enum class PaymentMethod { Card, PayPal, Transfer, Manual, Credit };
QString toString(PaymentMethod m);
std::optional<PaymentMethod> paymentMethodFromString(const QString &s);

struct Payment {
    qint64 id = 0;
    qint64 invoiceId = 0;
    qint64 customerId = 0;
    Money amount;
    PaymentMethod method = PaymentMethod::Card;
    QString gateway;
    QString gatewayReference;
    QString idempotencyKey;
    PaymentStatus status = PaymentStatus::Pending;
    QString failureCode;
    QString failureMessage;
    QDateTime attemptedAt;
    QDateTime settledAt;
    int rowVersion = 0;
};

} // namespace ic
