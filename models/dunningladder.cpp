#include "models/dunningladder.h"

#include <algorithm>

namespace ic {

DunningLadder::DunningLadder(QList<DunningStep> steps)
    : m_steps(std::move(steps))
{
    std::stable_sort(
        m_steps.begin(), m_steps.end(),
        [](const DunningStep &a, const DunningStep &b) { return a.dayOffset < b.dayOffset; });
}

DunningLadder DunningLadder::standard()
{
    // As 0002_billing_engine.sql seeds dunning_policy.
    return DunningLadder({
        {0, QStringLiteral("payment_failed"), {}, false, false, false},
        {3, QStringLiteral("payment_reminder"), {}, true, false, false},
        {7, QStringLiteral("payment_reminder"), QStringLiteral("payment_reminder_sms"), true, false,
         false},
        {14, QStringLiteral("final_notice"), {}, true, true, false},
        {30, QStringLiteral("subscription_cancelled"), {}, false, false, true},
    });
}

QDate DunningLadder::dayOf(const DunningCase &c, int stage) const
{
    if (stage < 0 || stage >= m_steps.size() || !c.openedOn.isValid())
        return {};
    return c.openedOn.addDays(c.extensionDays + m_steps.at(stage).dayOffset);
}

std::optional<DunningMove> DunningLadder::next(const DunningCase &c) const
{
    if (c.status == DunningStatus::Resolved || c.status == DunningStatus::Cancelled ||
        c.stage < 0 || c.stage >= m_steps.size())
        return std::nullopt;
    DunningMove move;
    move.stage = c.stage;
    move.on = dayOf(c, c.stage);
    move.step = m_steps.at(c.stage);
    move.retriesPayment = move.step.retryPayment && !c.hardDecline;
    move.isLast = c.stage + 1 == m_steps.size();
    return move;
}

std::optional<DunningMove> DunningLadder::dueOn(const DunningCase &c, QDate day) const
{
    auto move = next(c);
    if (!move || !day.isValid() || move->on > day)
        return std::nullopt;
    return move;
}

DunningCase DunningLadder::after(const DunningCase &c, const DunningMove &move,
                                 bool subscriptionSuspended) const
{
    DunningCase n = c;
    n.stage = move.stage + 1;
    if (move.step.suspend && subscriptionSuspended)
        n.status = DunningStatus::Suspended;
    if (move.step.cancel)
        n.status = DunningStatus::Cancelled;
    n.nextActionOn = n.status != DunningStatus::Cancelled ? dayOf(n, n.stage) : QDate();
    return n;
}

DunningCase DunningLadder::resolved(const DunningCase &c)
{
    DunningCase n = c;
    n.status = DunningStatus::Resolved;
    n.nextActionOn = {};
    return n;
}

} // namespace ic
