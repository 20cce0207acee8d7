#pragma once

// A person signed in for the widget tests that open the window directly (the sign-in itself
// is driven through the dialog in signin_window_test.cpp).

#include "services/security/session.h"

#include <QDateTime>

namespace ic::test {

inline Session sessionAs(Role role, const QString &username = QString())
{
    Session s;
    s.username = username.isEmpty() ? toString(role) : username;
    s.displayName = s.username;
    s.role = role;
    s.signedInAt = QDateTime(QDate(2024, 3, 15), QTime(9, 0), Qt::UTC);
    return s;
}

} // namespace ic::test
