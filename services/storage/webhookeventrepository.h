#pragma once

#include "models/records.h"
#include "models/result.h"
#include "services/storage/database.h"

namespace ic {

// Gateway events exactly as received, stored once per (gateway, event id).
class WebhookEventRepository final {
public:
    explicit WebhookEventRepository(Database &db)
        : m_db(db)
    {
    }

    struct Stored {
        WebhookEvent event; // the stored row (the earlier one when it was not new)
        bool isNew = false;
    };
    // Stores the event unless the same gateway sent the same event id before.
    Result<Stored> store(WebhookEvent event);
    Result<WebhookEvent> find(qint64 id) const;
    Result<WebhookEvent> findByEventId(const QString &gateway, const QString &eventId) const;
    // Records that the event was applied at `at` (with the error, if applying it failed).
    Result<WebhookEvent> markProcessed(qint64 id, const QDateTime &at, const QString &error = {});

private:
    Database &m_db;
};

} // namespace ic
