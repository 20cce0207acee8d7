#pragma once

// Records that the back-office keeps beside the specification's entities: the audit
// trail, gateway events as received, the notification outbox and dunning cases.

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ic {

struct AuditEntry {
    qint64 id = 0;
    QDateTime occurredAt;
    QString actor;
    QString entity; // "plan", "customer", ...
    QString entityId;
    QString action; // "create", "update", "delete", "status"
    QJsonObject before;
    QJsonObject after;
};

struct WebhookEvent {
    qint64 id = 0;
    QString gateway; // "stripe", "paypal"
    QString eventId; // unique per gateway
    QString eventType;
    QByteArray payload;
    bool signatureOk = false;
    QDateTime receivedAt;
    QDateTime processedAt;
    QString error;
};

enum class OutboxChannel { Email, Sms };
enum class OutboxStatus { Pending, Sent, Failed };

struct OutboxMessage {
    qint64 id = 0;
    OutboxChannel channel = OutboxChannel::Email;
    QString templateKey; // "renewal_reminder", "payment_failed", ...
    QString language = QStringLiteral("en");
    QString recipient;
    QJsonObject data;
    OutboxStatus status = OutboxStatus::Pending;
    int attempts = 0;
    QString dedupeKey; // the same cause never queues twice
    QDateTime createdAt;
    QDateTime nextAttemptAt;
    QDateTime sentAt;
    QString lastError;
};

enum class DunningStatus { Open, Resolved, Suspended, Cancelled };

struct DunningCase {
    qint64 id = 0;
    qint64 invoiceId = 0;
    qint64 subscriptionId = 0;
    qint64 customerId = 0;
    DunningStatus status = DunningStatus::Open;
    QDate openedOn;
    int stage = 0;
    QDate nextActionOn;
    int extensionDays = 0;
    QDateTime lastContactAt;
    QString notes;
    int attempts = 0;         // charges tried since the case opened
    bool hardDecline = false; // the card was refused for good: no more retries
    int rowVersion = 0;
};

QString toString(OutboxChannel c);
QString toString(OutboxStatus s);
QString toString(DunningStatus s);
std::optional<OutboxChannel> outboxChannelFromString(const QString &s);
std::optional<OutboxStatus> outboxStatusFromString(const QString &s);
std::optional<DunningStatus> dunningStatusFromString(const QString &s);

} // namespace ic
