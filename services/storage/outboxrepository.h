#pragma once

#include "models/customer.h"
#include "models/records.h"
#include "models/result.h"
#include "services/storage/database.h"

#include <QList>

namespace ic {

// Notifications waiting to be sent. A message is written in the same transaction as its
// cause and sent later, so a crash loses nothing and a rerun queues nothing twice.
class OutboxRepository final {
public:
    explicit OutboxRepository(Database &db)
        : m_db(db)
    {
    }

    // Queues a message. A second message with the same dedupe key inserts nothing and
    // returns the one already queued.
    Result<OutboxMessage> enqueue(OutboxMessage message);
    // Queues one typed payload (models/notifications.h) for `customer`, by e-mail to their
    // address or by SMS to their phone, in their language. A customer without a phone number
    // gets no SMS: nothing is queued, and that is no error.
    template <typename Payload>
    Done notify(const Customer &customer, const Payload &payload, const QString &dedupeKey,
                const QDateTime &now, OutboxChannel channel = OutboxChannel::Email)
    {
        return enqueueFor(customer, channel, payload.templateKey(), payload.toJson(), dedupeKey,
                          now);
    }
    Result<OutboxMessage> find(qint64 id) const;
    // Pending messages whose time has come (no next attempt, or one at or before `now`),
    // oldest first.
    Result<QList<OutboxMessage>> pending(int limit, const QDateTime &now) const;
    Result<OutboxMessage> markSent(qint64 id, const QDateTime &at);
    // Counts a failed attempt. With a valid `nextAttemptAt` the message stays pending and is
    // retried then; without one it is given up (failed).
    Result<OutboxMessage> markFailed(qint64 id, const QString &error,
                                     const QDateTime &nextAttemptAt);

private:
    Done enqueueFor(const Customer &customer, OutboxChannel channel, const QString &templateKey,
                    const QJsonObject &data, const QString &dedupeKey, const QDateTime &now);
    Result<OutboxMessage> findBy(const QString &where, Database::Binds binds) const;
    Database &m_db;
};

} // namespace ic
