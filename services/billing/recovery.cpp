#include "services/billing/recovery.h"

#include "models/tr.h"
#include "services/storage/dunningcaserepository.h"
#include "services/storage/invoicerepository.h"
#include "services/billing/subscriptionlifecycle.h"
#include "services/storage/subscriptionrepository.h"

namespace ic {

Result<Recovery> applyPaidInvoice(Database &db, const Clock &clock, qint64 invoiceId, const QString &actor)
{
    Recovery recovery;
    auto invoice = InvoiceRepository(db).header(invoiceId);
    if (!invoice)
        return std::unexpected(invoice.error());
    if (invoice->status != InvoiceStatus::Paid)
        return failure(ErrorCode::Invalid, Tr::tr("Invoice %1 is not paid yet.").arg(invoice->number));
    const QDateTime now = clock.now();
    if (invoice->subscriptionId != 0) {
        SubscriptionRepository subscriptions(db);
        auto s = subscriptions.find(invoice->subscriptionId);
        if (!s)
            return std::unexpected(s.error());
        if (s->status == SubscriptionStatus::PastDue || s->status == SubscriptionStatus::Suspended) {
            auto active = subscriptions.changeStatus(s->id, s->rowVersion, SubscriptionStatus::Active, actor,
                                                     Tr::tr("Payment of %1 received.").arg(invoice->number), now);
            if (!active)
                return std::unexpected(active.error());
            s = active;
            recovery.reactivated = true;
        }
        const bool movesOn = invoice->kind == InvoiceKind::Invoice && invoice->periodStart.isValid()
                             && invoice->periodEnd.isValid() && invoice->periodStart >= s->currentPeriodStart
                             && s->status == SubscriptionStatus::Active;
        if (movesOn) {
            // a plan change asked for this period is taken up, with its event
            auto changed = SubscriptionLifecycle(db, clock).applyScheduledChange(*s, invoice->periodStart, actor);
            if (!changed)
                return std::unexpected(changed.error());
            Subscription next = *changed;
            next.currentPeriodStart = invoice->periodStart;
            next.currentPeriodEnd = invoice->periodEnd;
            next.nextBillingOn = invoice->periodEnd;
            if (auto saved = subscriptions.update(next); !saved)
                return std::unexpected(saved.error());
        }
    }
    DunningCaseRepository cases(db);
    if (auto c = cases.findByInvoice(invoiceId); c && c->status != DunningStatus::Resolved) {
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
