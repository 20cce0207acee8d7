#pragma once

#include "models/records.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ic {

// One step of the dunning calendar (a row of dunning_policy), counted from the day the case
// opened (the failed payment's due date) plus the days the case was given as extensions.
// The same declaration as the one services/billing/dailyrun.h holds until the daily run takes
// its steps from here.
struct DunningStep {
    int dayOffset = 0;
    QString emailTemplate;
    QString smsTemplate;
    bool retryPayment = false;
    bool suspend = false;
    bool cancel = false;
};

// The step a case is at: which one (its index: the number of steps done before it), the day
// it falls on, and what it does.
struct DunningMove {
    int stage = 0;
    QDate on; // openedOn + extensionDays + step.dayOffset
    DunningStep step;
    // The payment is tried again: the step retries and the card was not refused for good (the
    // caller still checks that the invoice is unpaid).
    bool retriesPayment = false;
    bool isLast = false; // no step after this one
};

// THE DUNNING LADDER
// ------------------
// A case stands on its ladder at `stage`, the number of steps taken since it opened. The next
// step is steps[stage]; it falls on openedOn + extensionDays + its day offset, so an extension
// moves every later step by the same days. Taking a step moves the case one stage up and to
// the next step's day; a step that suspends leaves the case suspended (when the subscription
// could be suspended), a step that cancels closes it. A resolved or cancelled case, or one past
// the last step, has no next step. A payment that arrives meanwhile resolves the case where it
// stands (its stage is not moved on). Pure: no clock, no storage.
class DunningLadder final {
public:
    DunningLadder() = default;
    // The steps in any order; they are kept by day offset.
    explicit DunningLadder(QList<DunningStep> steps);
    // dunning_policy as the migrations seed it: J+0 payment failed, J+3 reminder and retry,
    // J+7 reminder, SMS and retry, J+14 final notice, retry and suspension, J+30 cancellation.
    static DunningLadder standard();

    const QList<DunningStep> &steps() const { return m_steps; }
    bool isEmpty() const { return m_steps.isEmpty(); }

    // The day of the step at `stage` for this case; invalid past the last step.
    QDate dayOf(const DunningCase &c, int stage) const;
    // The case's next step, wherever its day falls; nullopt when none is left.
    std::optional<DunningMove> next(const DunningCase &c) const;
    // The next step when its day is `day` or earlier (a run that missed days catches up one
    // step at a time); nullopt when nothing is due.
    std::optional<DunningMove> dueOn(const DunningCase &c, QDate day) const;
    // The case once `move` is taken: one stage up, suspended when the step suspends and
    // `subscriptionSuspended` (the subscription could be suspended), cancelled when it cancels,
    // its next action on the next step's day (none after the last step or a cancellation).
    // Attempts, the hard decline and the last contact are the caller's to set.
    DunningCase after(const DunningCase &c, const DunningMove &move,
                      bool subscriptionSuspended = true) const;
    // The case once its invoice is paid: resolved where it stands, nothing more to do.
    static DunningCase resolved(const DunningCase &c);

private:
    QList<DunningStep> m_steps;
};

} // namespace ic
