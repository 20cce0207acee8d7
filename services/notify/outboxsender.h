#pragma once

#include "models/clock.h"
#include "models/records.h"
#include "models/result.h"
#include "services/notify/mailtransport.h"
#include "services/storage/database.h"

#include <QDateTime>
#include <QString>

namespace ic {

struct OutboxSendSummary {
    int sent = 0;
    int retryLater = 0;  // transient failures, tried again after a pause
    int failed = 0;      // permanent failures (or a day of transient ones), not tried again
    int recovered = 0;   // attempts a stopped sender left unfinished, made pending again
    int smsWaiting = 0;  // SMS left pending: no SMS provider is configured
    QString lastProblem; // the last failure's sentence, for the command's output
    QString toText() const;
};

// Sends what the outbox holds (migration 0011 for the attempt columns):
//  - oldest first, and never a message to a recipient before an older unfinished one to
//    the same recipient (a reminder does not overtake the invoice it is about);
//  - each message is marked sending (attempt key, committed) before the provider is called
//    and sent or failed after: the call is made outside any transaction, as the daily run
//    does with a charge;
//  - transient failures (SMTP 4xx, timeouts, connection lost) wait with an exponential
//    backoff (1, 2, 4 … minutes, an hour at most) and are given up a day after the first
//    attempt; permanent ones (SMTP 5xx) fail at once with the provider's sentence, unless
//    they are about the provider or our account rather than the message (sign-in refused,
//    the sender address refused at MAIL FROM): those make the message wait too;
//  - a sender stopped between "sending" and "sent" leaves an attempt that the next run
//    (once it is older than `kStaleAttemptSeconds`, longer than any bounded call) makes
//    pending again: SMTP cannot tell whether the message was taken, so it is sent once more
//    at most (the same Message-ID both times, which lets mail systems drop the duplicate).
class OutboxSender final {
public:
    struct From {
        QString name;
        QString address;
    };
    static constexpr int kStaleAttemptSeconds = 600;
    // How old an unfinished attempt must be before this sender takes it over (default
    // kStaleAttemptSeconds; 0 when the person knows no other sender runs, after a crash).
    void setTakeOverAfter(int seconds) { m_takeOverAfter = seconds; }

    // `mail` is the e-mail provider; with no SMS provider (today) SMS stay pending.
    OutboxSender(Database &db, const Clock &clock, MailTransport &mail, From from);

    // Sends until nothing is due (or a transient failure says the provider is in trouble:
    // the rest waits for the next run).
    Result<OutboxSendSummary> sendDue(int batchSize = 100);

    // When a message that failed transiently is tried again, or an invalid time when it is
    // given up: `attempts` finished before this failure, the first one at `firstAttemptAt`.
    static QDateTime retryAt(int attempts, const QDateTime &firstAttemptAt, const QDateTime &now);
    // The Message-ID of an outbox message, the same for every attempt: its id, when it was
    // queued and a digest of its recipient and cause (two books never give the same one).
    static QString messageIdFor(const OutboxMessage &message, const QString &fromAddress);

private:
    Database &m_db;
    const Clock &m_clock;
    MailTransport &m_mail;
    From m_from;
    int m_takeOverAfter = kStaleAttemptSeconds;
};

} // namespace ic
