#pragma once

#include "models/clock.h"
#include "models/result.h"
#include "services/storage/database.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace ic {

// The book's settings (table settings): billing rules that are data, not code.
class Settings final {
public:
    explicit Settings(Database &db)
        : m_db(db)
    {
    }

    // The value, or `fallback` when the key is not set.
    Result<QString> text(const QString &key, const QString &fallback) const;
    // Sets (or replaces) one setting.
    Done setText(const QString &key, const QString &value);
    // A whole number; `fallback` when not set or not a number.
    Result<int> number(const QString &key, int fallback) const;
    // billing.business_time_zone (Europe/Paris unless set): billing dates are dates there.
    Result<QTimeZone> businessZone() const;
    // "Today" in the business time zone, by the injected clock.
    Result<QDate> businessToday(const Clock &clock) const;

private:
    Database &m_db;
};

} // namespace ic
