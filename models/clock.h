#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace ic {

// "Now" is injected: every job and every test says what time it is.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    // The business date: billing dates are dates in the business time zone.
    QDate today(const QTimeZone &businessZone) const
    {
        return now().toTimeZone(businessZone).date();
    }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at)
        : m_at(at.toUTC())
    {
    }
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at.toUTC(); }
    void advanceDays(int days) { m_at = m_at.addDays(days); }

private:
    QDateTime m_at;
};

} // namespace ic
