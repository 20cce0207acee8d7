#pragma once

#include "models/clock.h"
#include "models/plan.h"
#include "models/promotion.h"
#include "models/records.h"
#include "models/result.h"
#include "models/subscription.h"

#include <QJsonObject>
#include <QString>

namespace ic {

class Database;

// One audit entry written beside a change, in the caller's transaction (so the change and
// its entry are saved together or not at all). An empty actor is recorded as "system".
Done recordAudit(Database &db, const Clock &clock, const QString &actor, const QString &entity,
                 qint64 id, const QString &action, const QJsonObject &before,
                 const QJsonObject &after);

// What the audit log keeps of a record, before and after a change.
QJsonObject auditJson(const Subscription &s);
QJsonObject auditJson(const DunningCase &c);
QJsonObject auditJson(const Plan &p);
QJsonObject auditJson(const Promotion &p);

} // namespace ic
