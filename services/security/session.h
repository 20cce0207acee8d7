#pragma once

#include "models/money.h"
#include "models/result.h"
#include "models/staffuser.h"
#include "services/security/permission.h"

#include <QDateTime>
#include <QString>

namespace ic {

// Who is signed in. A use case built with a Session checks each action against the
// permission matrix before it writes anything; one built without (the daily run, the CLI,
// the demo loader) acts as the system.
struct Session {
    qint64 staffId = 0; // 0 on PostgreSQL for a login without a staff_users row
    QString username;
    QString displayName;
    Role role = Role::Support;
    qint64 creditLimitMinor = 0; // support: the largest credit they may give
    QDateTime signedInAt;

    bool may(Permission p) const { return roleMay(role, p); }
    // What the audit log and the histories record as the actor.
    QString actor() const { return username; }
};

// Refuses (ErrorCode::Forbidden) with one sentence naming what the role may not do.
Done require(const Session &session, Permission p);
// The same when there is a session; nothing to check without one (the system acts).
Done require(const Session *session, Permission p);

// GrantCredit, and for support an amount within their credit limit.
Done requireCredit(const Session *session, const Money &amount);

} // namespace ic
