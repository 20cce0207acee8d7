// DemoHistory, what a subscription goes through: the sign-up, the end of a trial, renewals
// with their plan changes and pauses, every status change through the transition table.

#include "services/demo/demohistory.h"

#include "models/billingcalendar.h"
#include "models/statuses.h"

namespace ic {

namespace {

// Plan shares at sign-up, by slug.
struct Share {
    const char *slug;
    int weight;
};
constexpr Share kSignupPlans[] = {
    {"free", 15},         {"pro-trial", 24}, {"starter-monthly", 28},   {"starter-annual", 7},
    {"pro-monthly", 14},  {"pro-annual", 5}, {"enterprise-monthly", 3}, {"enterprise-annual", 1},
    {"agency-custom", 3},
};

} // namespace

Done DemoHistory::changeStatus(int sub, int day, SubscriptionStatus to, const QString &reason)
{
    Subscription &s = m_subscriptions[size_t(sub)];
    // the same transition table every status change of the application goes through
    auto next = transition(s.status, to);
    if (!next)
        return std::unexpected(next.error());
    const qint64 plan = m_catalog.plans[s.plan].id;
    if (auto r = event(sub, day, toString(s.status), toString(to), plan, plan, reason); !r)
        return r;
    s.status = *next;
    if (to == SubscriptionStatus::Cancelled || to == SubscriptionStatus::Expired) {
        s.cancelledDay = day;
        s.nextBilling = {};
        s.actionDay = -1;
    }
    return {};
}

Done DemoHistory::signUp(int customer, int day)
{
    std::vector<int> planWeights;
    for (const Share &share : kSignupPlans)
        planWeights.push_back(share.weight);
    std::discrete_distribution<int> pickPlan(planWeights.begin(), planWeights.end());
    const Plan &plan = m_catalog.plan(QString::fromUtf8(kSignupPlans[pickPlan(m_random)].slug));
    const int planIndex = int(&plan - &m_catalog.plans.first());
    const QDate today = m_start.addDays(day);

    Subscription sub;
    sub.id = qint64(m_subscriptions.size()) + 1;
    sub.customer = customer;
    sub.plan = planIndex;
    sub.startedDay = day;
    sub.anchorDay = today.day();
    sub.price = plan.price.minor();
    sub.periodStart = today;
    m_subscriptions.push_back(sub);
    const int index = int(m_subscriptions.size()) - 1;
    Subscription &s = m_subscriptions.back();

    if (plan.type == PlanType::Trial) {
        s.status = SubscriptionStatus::Trialing;
        s.trialEnds = today.addDays(plan.trialDays);
        s.periodEnd = s.trialEnds;
        if (auto r = event(index, day, {}, toString(s.status), 0, plan.id,
                           u"customer signed up for a trial"_qs);
            !r)
            return r;
        schedule(index, s.trialEnds);
        return {};
    }
    s.status = SubscriptionStatus::Active;
    if (auto r = event(index, day, {}, toString(s.status), 0, plan.id, u"customer signed up"_qs);
        !r)
        return r;
    if (plan.type == PlanType::Free) {
        s.periodEnd = addMonthsAnchored(today, 1, s.anchorDay);
        schedule(index, s.periodEnd); // a monthly look: does the free customer upgrade?
        return {};
    }
    return bill(index, day, true);
}

Done DemoHistory::act(int sub, int day)
{
    Subscription &s = m_subscriptions[size_t(sub)];
    const Plan &plan = m_catalog.plans[s.plan];
    const QDate today = m_start.addDays(day);
    switch (s.status) {
    case SubscriptionStatus::Trialing: {
        if (!chance(0.55))
            return changeStatus(sub, day, SubscriptionStatus::Expired,
                                u"trial ended without a plan"_qs);
        const Plan &pro = m_catalog.plan(u"pro-monthly"_qs);
        if (auto r = event(sub, day, toString(s.status), toString(SubscriptionStatus::Active),
                           plan.id, pro.id, u"customer chose a plan at the end of the trial"_qs);
            !r)
            return r;
        s.status = SubscriptionStatus::Active;
        s.plan = int(&pro - &m_catalog.plans.first());
        s.price = pro.price.minor();
        s.anchorDay = today.day();
        return bill(sub, day, true);
    }
    case SubscriptionStatus::Active:
        if (plan.type == PlanType::Free) {
            s.periodStart = today;
            s.periodEnd = addMonthsAnchored(today, 1, s.anchorDay);
            if (chance(0.03)) {
                const Plan &starter = m_catalog.plan(u"starter-monthly"_qs);
                if (auto r = event(sub, day, toString(s.status), toString(s.status), plan.id,
                                   starter.id, u"customer upgraded from the free plan"_qs);
                    !r)
                    return r;
                s.plan = int(&starter - &m_catalog.plans.first());
                s.price = starter.price.minor();
                return bill(sub, day, true);
            }
            schedule(sub, s.periodEnd);
            return {};
        }
        return renew(sub, day);
    case SubscriptionStatus::Paused: {
        if (auto r = changeStatus(sub, day, SubscriptionStatus::Active, u"customer resumed"_qs); !r)
            return r;
        s.anchorDay = today.day();
        s.pausedDay = -1;
        return bill(sub, day, false);
    }
    case SubscriptionStatus::PastDue:
    case SubscriptionStatus::Suspended:
        return retry(sub, day);
    case SubscriptionStatus::Cancelled:
    case SubscriptionStatus::Expired:
        return {};
    }
    return {};
}

Done DemoHistory::renew(int sub, int day)
{
    Subscription &s = m_subscriptions[size_t(sub)];
    if (s.cancelAtPeriodEnd)
        return changeStatus(sub, day, SubscriptionStatus::Cancelled,
                            u"customer cancelled at the end of the period"_qs);
    if (chance(0.01)) {
        if (auto r = changeStatus(sub, day, SubscriptionStatus::Paused,
                                  u"customer paused the subscription"_qs);
            !r)
            return r;
        s.pausedDay = day;
        schedule(sub, m_start.addDays(day + between(30, 75)));
        return {};
    }
    const Plan &plan = m_catalog.plans[s.plan];
    if (chance(0.025) && plan.cycle == BillingCycle::Monthly) {
        // move up or down the monthly ladder, effective from this period
        static const QString ladder[] = {u"starter-monthly"_qs, u"pro-monthly"_qs,
                                         u"enterprise-monthly"_qs};
        int rung = 0;
        while (rung < 3 && ladder[rung] != plan.slug)
            ++rung;
        if (rung < 3) {
            const int to = rung == 0 ? 1 : rung == 2 ? 1 : (chance(0.7) ? 2 : 0);
            const Plan &next = m_catalog.plan(ladder[to]);
            if (auto r = event(sub, day, toString(s.status), toString(s.status), plan.id, next.id,
                               to > rung ? u"customer upgraded at renewal"_qs
                                         : u"customer downgraded at renewal"_qs);
                !r)
                return r;
            s.plan = int(&next - &m_catalog.plans.first());
            s.price = next.price.minor();
        }
    }
    if (chance(plan.cycle == BillingCycle::Annual ? 0.12 : 0.02))
        s.cancelAtPeriodEnd = true; // asked during the period that starts now
    return bill(sub, day, false);
}

} // namespace ic
