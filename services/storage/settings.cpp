#include "services/storage/settings.h"

namespace ic {

Result<QString> Settings::text(const QString &key, const QString &fallback) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = :key"), {{"key", key}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fallback;
    const QString value = q->value(0).toString().trimmed();
    return value.isEmpty() ? fallback : value;
}

Done Settings::setText(const QString &key, const QString &value)
{
    return m_db.transaction([&]() -> Done {
        auto removed =
            m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = :key"), {{"key", key}});
        if (!removed)
            return std::unexpected(removed.error());
        auto inserted =
            m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"),
                      {{"key", key}, {"value", value.isNull() ? QStringLiteral("") : value}});
        if (!inserted)
            return std::unexpected(inserted.error());
        return {};
    });
}

Result<int> Settings::number(const QString &key, int fallback) const
{
    auto value = text(key, QString());
    if (!value)
        return std::unexpected(value.error());
    bool ok = false;
    const int n = value->toInt(&ok);
    return ok ? n : fallback;
}

Result<QTimeZone> Settings::businessZone() const
{
    auto id = text(QStringLiteral("billing.business_time_zone"), QStringLiteral("Europe/Paris"));
    if (!id)
        return std::unexpected(id.error());
    const QTimeZone zone(id->toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

Result<QDate> Settings::businessToday(const Clock &clock) const
{
    auto zone = businessZone();
    if (!zone)
        return std::unexpected(zone.error());
    return clock.today(*zone);
}

} // namespace ic
