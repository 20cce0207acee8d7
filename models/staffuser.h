#pragma once

#include "models/money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ic {

enum class Role { Admin, Accountant, Support };
QString toString(Role r);
std::optional<Role> roleFromString(const QString &s);

struct StaffUser {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Support;
    QString passwordHash; // Argon2id (libsodium) on the embedded book; empty on PostgreSQL
    bool isActive = true;
    qint64 creditLimitMinor = 0; // support: largest credit they may grant
    QDateTime createdAt;
    int rowVersion = 0;
};

} // namespace ic
