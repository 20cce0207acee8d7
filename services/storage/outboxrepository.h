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

namespace ic {

// One send attempt of an outbox message (migration 0011): begun with its key before the
// provider is called, ended as sent or failed after.
struct OutboxAttempt {
    qint64 messageId = 0;
    QString key;
    QDateTime startedAt;
    QDateTime firstAttemptAt;
    int attempts = 0; // attempts finished before this one
};

// The sender's side of the outbox: what may be sent now, and the attempts' bookkeeping.
class OutboxSending final {
public:
    explicit OutboxSending(Database &db)
        : m_db(db)
    {
    }

    // Pending messages due at `now`, not being sent, with no older unfinished message to the
    // same recipient (in order per recipient), oldest first. SMS only with `includeSms`.
    Result<QList<OutboxMessage>> sendable(int limit, const QDateTime &now, bool includeSms) const;
    // Pending SMS (which wait while no SMS provider is configured).
    Result<int> pendingSmsCount() const;
    // Marks the message sending with the attempt's key; refused when it is not pending or
    // another sender has it.
    Result<OutboxAttempt> begin(qint64 messageId, const QString &key, const QDateTime &now);
    Done sent(const OutboxAttempt &attempt, const QString &providerId, const QDateTime &at);
    // With a valid `nextAttemptAt` the message waits until then; without, it is failed.
    Done failed(const OutboxAttempt &attempt, const QString &error, const QDateTime &nextAttemptAt);
    // Attempts begun before `startedBefore` and never ended: a sender stopped between the call
    // and its answer.
    Result<QList<OutboxAttempt>> interrupted(const QDateTime &startedBefore) const;
    // Ends an interrupted attempt without knowing its outcome: the message is pending again
    // and `note` says why.
    Done release(const OutboxAttempt &attempt, const QString &note);
    // The provider's id for a sent message.
    Result<QString> providerId(qint64 messageId) const;

private:
    Done ended(const OutboxAttempt &attempt, Result<QSqlQuery> q);
    Database &m_db;
};

} // namespace ic
