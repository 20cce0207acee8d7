#pragma once

#include "models/clock.h"
#include "models/money.h"
#include "models/payment.h"
#include "models/records.h"
#include "models/result.h"
#include "models/usercredit.h"
#include "services/security/session.h"
#include "services/storage/database.h"

#include <QDate>
#include <QString>

namespace ic {

// What support staff do with a dunning case (flow 4), each in one transaction, each written
// to the case and the subscription's history with who did it.
class DunningActions final {
public:
    // With a session, each action is checked against the signed-in person's role first
    // (ErrorCode::Forbidden, nothing written); without one the system acts (daily run, CLI).
    // The session must outlive this object.
    DunningActions(Database &db, const Clock &clock, const Session *session = nullptr);

    // Suspends the subscription now instead of waiting for J+14.
    Result<DunningCase> suspendNow(qint64 caseId, const QString &actor, const QString &reason);
    // Moves every step still to come by `days` (1 to 60).
    Result<DunningCase> extendDeadline(qint64 caseId, int days, const QString &actor);
    // A goodwill credit, spent at once on the unpaid invoice; if it covers it, the case closes
    // as for a payment.
    Result<UserCredit> offerCredit(qint64 caseId, Money amount, const QString &actor,
                                   const QString &reason);
    // A call or an email with the customer, noted on the case.
    Result<DunningCase> recordContact(qint64 caseId, const QString &note, const QString &actor);
    // Money received outside the gateway: the invoice is paid (no more than is due), the case
    // closes, the subscription is active again and the customer is told.
    Result<Payment> recordManualPayment(qint64 caseId, Money amount, PaymentMethod method,
                                        const QString &reference, const QString &actor);

private:
    Result<DunningCase> openCase(qint64 caseId) const;
    Database &m_db;
    const Clock &m_clock;
    const Session *m_session = nullptr;
};

} // namespace ic
