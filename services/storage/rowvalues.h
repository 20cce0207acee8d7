#pragma once

// Small conversions shared by the repositories: JSON columns (TEXT on SQLite, JSONB on
// PostgreSQL, text at the driver on both), nullable numbers and money read back.

#include "models/money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <optional>

namespace ic {

inline QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

inline QJsonObject jsonObjectOf(const QVariant &v)
{
    return v.isNull() ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

inline QJsonArray jsonArrayOf(const QVariant &v)
{
    return v.isNull() ? QJsonArray() : QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

// An absent id reads as 0, as the models spell "none".
inline qint64 idOf(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

inline QVariant optionalValue(const std::optional<int> &n)
{
    return n ? QVariant(*n) : QVariant();
}

inline std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

inline std::optional<Money> optionalMoney(const QVariant &minor, const QVariant &currency)
{
    if (minor.isNull())
        return std::nullopt;
    return Money(minor.toLongLong(), currency.toString().trimmed());
}

} // namespace ic
