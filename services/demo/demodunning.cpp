// DemoHistory, a failed payment on the dunning ladder: the case opened at J+0 and each step
// taken on its day, as the daily run takes them (models/dunningladder.h).

#include "services/demo/demohistory.h"

#include "models/statuses.h"

namespace ic {

Done DemoHistory::failed(int sub, Invoice &invoice, int day, const QString &code)
{
    // Unpaid at J+0: the invoice falls overdue, the subscription past due, and a dunning case
    // opens on the ladder; its J+0 step is taken at once (as DailyRun::chargeDue does).
    Subscription &s = m_subscriptions[size_t(sub)];
    invoice.status = u"overdue"_qs;
    invoice.failedDay = day;
    DunningCase &dunning = invoice.dunning;
    dunning.id = ++m_nextCaseId;
    dunning.invoiceId = invoice.id;
    dunning.subscriptionId = s.id;
    dunning.customerId = invoice.customerId;
    dunning.status = DunningStatus::Open;
    dunning.openedOn = m_days.date(day);
    dunning.stage = 0;
    if (auto r = changeStatus(sub, day, SubscriptionStatus::PastDue,
                              u"payment failed ("_qs + code + u")");
        !r)
        return r;
    if (const auto move = m_ladder.dueOn(dunning, dunning.openedOn)) {
        dunning = m_ladder.after(dunning, *move);
        invoice.lastContactDay = day;
    }
    const QDate next = dunning.nextActionOn;
    s.open = std::move(invoice);
    if (next.isValid())
        schedule(sub, next);
    return {};
}

Done DemoHistory::retry(int sub, int day)
{
    Subscription &s = m_subscriptions[size_t(sub)];
    if (!s.open)
        return {};
    Invoice &invoice = *s.open;
    // The dunning ladder (DunningLadder::standard(), the policy the book is made with): J+3
    // reminder and retry, J+7 reminder, SMS and retry, J+14 final notice, last retry and
    // suspension, J+30 cancellation; no retries after a hard decline.
    const auto move = m_ladder.dueOn(invoice.dunning, m_days.date(day));
    if (!move) {
        if (s.status != SubscriptionStatus::Suspended)
            return {};
        // paid by bank transfer after the final notice: a manual payment closes the case
        const QString at = stamp(day, 660);
        invoice.payments.append(QVariantList{
            ++m_nextPaymentId, invoice.id, invoice.customerId,
            invoice.amounts.totalMinor - invoice.paid, u"EUR"_qs, u"transfer"_qs, QVariant(),
            u"bank transfer"_qs, QVariant(), u"succeeded"_qs, QVariant(), QVariant(), at, at});
        invoice.paid = invoice.amounts.totalMinor;
        return charge(sub, invoice, day, invoice.dunning.attempts);
    }
    if (move->retriesPayment) {
        Invoice attempt = invoice;
        if (auto r = charge(sub, attempt, day, invoice.dunning.attempts); !r)
            return r;
        if (!s.open)
            return {}; // paid: the invoice is written, its case resolved where it stood
        invoice = std::move(attempt);
    }
    const QString why =
        u"unpaid "_qs + QString::number(move->step.dayOffset) + u" days after the failed payment";
    const bool suspends = move->step.suspend && isAllowed(s.status, SubscriptionStatus::Suspended);
    if (suspends)
        if (auto r = changeStatus(sub, day, SubscriptionStatus::Suspended, why); !r)
            return r;
    if (move->step.cancel && isAllowed(s.status, SubscriptionStatus::Cancelled))
        if (auto r = changeStatus(sub, day, SubscriptionStatus::Cancelled, why); !r)
            return r;
    invoice.dunning = m_ladder.after(invoice.dunning, *move, suspends);
    invoice.lastContactDay = day;
    if (invoice.dunning.status == DunningStatus::Cancelled) {
        auto r = settle(invoice);
        s.open.reset();
        return r;
    }
    if (suspends && chance(0.3)) {
        schedule(sub, m_days.date(invoice.failedDay + 20)); // pays by transfer before J+30
        return {};
    }
    if (invoice.dunning.nextActionOn.isValid())
        schedule(sub, invoice.dunning.nextActionOn);
    return {};
}

} // namespace ic
