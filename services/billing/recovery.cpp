#include "services/billing/recovery.h"

#include "models/tr.h"
#include "services/billing/subscriptionlifecycle.h"
#include "services/storage/dunningcaserepository.h"
#include "services/storage/invoicerepository.h"
#include "services/storage/subscriptionrepository.h"

namespace ic {

Result<Recovery> applyPaidInvoice(Database &db, const Clock &clock, qint64 invoiceId,
                                  const QString &actor)
{
    auto invoice = InvoiceRepository(db).header(invoiceId);
    if (!invoice)
        return std::unexpected(invoice.error());
    return applyPaidInvoice(db, clock, *invoice, actor);
}

Result<Recovery> applyPaidInvoice(Database &db, const Clock &clock, const Invoice &paid,
                                  const QString &actor)
{
    Recovery recovery;
    if (paid.status != InvoiceStatus::Paid)
        return failure(ErrorCode::Invalid, Tr::tr("Invoice %1 is not paid yet.").arg(paid.number));
    const QDateTime now = clock.now();
    if (paid.subscriptionId != 0) {
        SubscriptionRepository subscriptions(db);
        auto s = subscriptions.find(paid.subscriptionId);
        if (!s)
            return std::unexpected(s.error());
        if (s->status == SubscriptionStatus::PastDue ||
            s->status == SubscriptionStatus::Suspended) {
            auto active =
                subscriptions.changeStatus(s->id, s->rowVersion, SubscriptionStatus::Active, actor,
                                           Tr::tr("Payment of %1 received.").arg(paid.number), now);
            if (!active)
                return std::unexpected(active.error());
            s = active;
            recovery.reactivated = true;
        }
        const bool movesOn = paid.kind == InvoiceKind::Invoice && paid.periodStart.isValid() &&
                             paid.periodEnd.isValid() &&
                             paid.periodStart >= s->currentPeriodStart &&
                             s->status == SubscriptionStatus::Active;
        if (movesOn) {
            // a plan change asked for this period is taken up, with its event
            if (s->scheduledPlanId != 0) {
                auto changed = SubscriptionLifecycle(db, clock).applyScheduledChange(
                    *s, paid.periodStart, actor);
                if (!changed)
                    return std::unexpected(changed.error());
                s = changed;
            }
            Subscription next = *s;
            next.currentPeriodStart = paid.periodStart;
            next.currentPeriodEnd = paid.periodEnd;
            next.nextBillingOn = paid.periodEnd;
            if (auto saved = subscriptions.update(next); !saved)
                return std::unexpected(saved.error());
        }
    }
    DunningCaseRepository cases(db);
    if (auto c = cases.findByInvoice(paid.id); c && c->status != DunningStatus::Resolved) {
        DunningCase resolved = *c;
        resolved.status = DunningStatus::Resolved;
        resolved.nextActionOn = {};
        if (auto saved = cases.update(resolved); !saved)
            return std::unexpected(saved.error());
        recovery.caseResolved = true;
    }
    return recovery;
}

} // namespace ic
