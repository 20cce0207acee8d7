#pragma once

#include "models/money.h"
#include "models/statuses.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ic {

struct Subscription {
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 planId = 0;
    SubscriptionStatus status = SubscriptionStatus::Active;
    QDate startedOn;
    QDate trialEndsOn;
    QDate currentPeriodStart;
    QDate currentPeriodEnd; // exclusive: the next period starts on this date
    QDate nextBillingOn;    // null when nothing is billed any more
    int anchorDay = 1;
    bool cancelAtPeriodEnd = false;
    QDateTime cancelledAt;
    QDateTime pausedAt;
    qint64 promotionId = 0;     // 0 = none
    qint64 scheduledPlanId = 0; // a plan change asked for at the next period; 0 = none
    Money price;                // price at subscription time (catalogue changes do not move it)
    QString gateway = QStringLiteral("simulated");
    QDateTime createdAt;
    int rowVersion = 0;

    // The plan the next period is billed on: the scheduled one if a change is pending.
    qint64 planForNextPeriod() const { return scheduledPlanId != 0 ? scheduledPlanId : planId; }
};

// History of status and plan changes: who did it and why.
struct SubscriptionEvent {
    qint64 id = 0;
    qint64 subscriptionId = 0;
    QDateTime occurredAt;
    std::optional<SubscriptionStatus> fromStatus;
    SubscriptionStatus toStatus = SubscriptionStatus::Active;
    qint64 fromPlanId = 0;
    qint64 toPlanId = 0;
    QString actor;
    QString reason;
};

} // namespace ic
