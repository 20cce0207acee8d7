#include "models/records.h"

#include <optional>

namespace ic {

QString toString(OutboxChannel c)
{
    return c == OutboxChannel::Email ? QStringLiteral("email") : QStringLiteral("sms");
}

QString toString(OutboxStatus s)
{
    switch (s) {
    case OutboxStatus::Pending:
        return QStringLiteral("pending");
    case OutboxStatus::Sent:
        return QStringLiteral("sent");
    case OutboxStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString toString(DunningStatus s)
{
    switch (s) {
    case DunningStatus::Open:
        return QStringLiteral("open");
    case DunningStatus::Resolved:
        return QStringLiteral("resolved");
    case DunningStatus::Suspended:
        return QStringLiteral("suspended");
    case DunningStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OutboxChannel> outboxChannelFromString(const QString &s)
{
    if (s == u"email")
        return OutboxChannel::Email;
    if (s == u"sms")
        return OutboxChannel::Sms;
    return std::nullopt;
}

std::optional<OutboxStatus> outboxStatusFromString(const QString &s)
{
    for (auto v : {OutboxStatus::Pending, OutboxStatus::Sent, OutboxStatus::Failed})
        if (toString(v) == s)
            return v;
    return std::nullopt;
}

std::optional<DunningStatus> dunningStatusFromString(const QString &s)
{
    for (auto v : {DunningStatus::Open, DunningStatus::Resolved, DunningStatus::Suspended,
                   DunningStatus::Cancelled})
        if (toString(v) == s)
            return v;
    return std::nullopt;
}

} // namespace ic
