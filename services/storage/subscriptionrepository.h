#pragma once

#include "models/result.h"
#include "models/subscription.h"
#include "services/storage/database.h"

#include <QList>

namespace ic {

// Subscriptions and their history of status changes (subscription_events).
class SubscriptionRepository final {
public:
    explicit SubscriptionRepository(Database &db)
        : m_db(db)
    {
    }

    // Inserts the subscription and its first event (no previous status) in one transaction.
    Result<Subscription> insert(Subscription subscription, const QString &actor);
    // Saves dates, price, plan and flags if nobody changed the row since it was read
    // (row_version). The status is not an edit: a different status is refused, and
    // changeStatus() is the way to move it, so that every move is in the history.
    Result<Subscription> update(Subscription subscription);
    // An update() that is a step of the subscription's life (a plan change, a new period, a
    // flag): saved as update() does, and recorded in the history with who and why in the same
    // transaction. The status stays (the event's from and to status are the current one); the
    // event carries the plan before and after.
    Result<Subscription> updateWithEvent(Subscription subscription, const QString &actor,
                                         const QString &reason, const QDateTime &at);
    Result<Subscription> find(qint64 id) const;
    Result<QList<Subscription>> listByCustomer(qint64 customerId) const;
    // What the daily run bills on `day`: next billing on or before it, still billable
    // (trialing, active or past due), by billing date.
    Result<QList<Subscription>> dueOn(const QDate &day) const;

    // Moves the status if the transition table allows it and the row is still at
    // `expectedRowVersion`, and records who did it and why, in one transaction. Cancelling
    // stamps cancelled_at, pausing stamps paused_at (cleared on resuming).
    Result<Subscription> changeStatus(qint64 id, int expectedRowVersion, SubscriptionStatus to,
                                      const QString &actor, const QString &reason,
                                      const QDateTime &at);
    // The history of one subscription, oldest first.
    Result<QList<SubscriptionEvent>> events(qint64 subscriptionId) const;

private:
    Result<QList<Subscription>> select(const QString &where, Database::Binds binds) const;
    Database &m_db;
};

} // namespace ic
