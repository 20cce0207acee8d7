// Invoicing::creditNote: corrections of an issued invoice (split from invoicing.cpp).
#include "services/billing/invoicing.h"

#include "models/tr.h"
#include "services/storage/database.h"
#include "services/storage/invoicerepository.h"

#include <QMap>

#include <algorithm>

namespace ic {

namespace {

// What is still creditable at one tax rate: the invoice's lines at that rate less the
// credit notes already issued against them.
struct RateLeft {
    qint64 netMinor = 0;
    qint64 taxMinor = 0;
    qint64 total() const { return netMinor + taxMinor; }
};

// The net amount N whose line total N + round(N × rate) is `gross` (tax included). Per-line
// rounding makes some totals unreachable (the total steps by 2 cents around them): then the
// largest N whose total stays at or below `gross`, so a credit never exceeds what was asked.
qint64 netForGross(qint64 gross, int rateBp)
{
    const qint64 guess = roundDiv(static_cast<Wide>(gross) * 10000, 10000 + rateBp);
    qint64 best = 0;
    for (qint64 n = guess + 1; n >= guess - 2; --n) {
        const qint64 total = n + roundDiv(static_cast<Wide>(n) * rateBp, 10000);
        if (total == gross)
            return n;
        if (total < gross && best == 0)
            best = n;
    }
    return best;
}

} // namespace

Result<Invoice> Invoicing::creditNote(qint64 invoiceId, std::optional<Money> amount,
                                      const QString &reason, const QString &actor)
{
    if (auto allowed = require(m_session, Permission::CreditNotes); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Say why the invoice is credited."));
    auto today = businessToday();
    if (!today)
        return std::unexpected(today.error());
    return m_db.transaction([&]() -> Result<Invoice> {
        InvoiceRepository invoices(m_db);
        auto original = invoices.find(invoiceId);
        if (!original)
            return original;
        if (original->kind != InvoiceKind::Invoice)
            return failure(ErrorCode::Invalid,
                           Tr::tr("%1 is itself a credit note; credit the invoice it corrects.")
                               .arg(original->number));
        if (original->status == InvoiceStatus::Draft)
            return failure(
                ErrorCode::IllegalTransition,
                Tr::tr("This invoice is still a draft: change it instead of crediting it."));
        if (original->status == InvoiceStatus::Cancelled ||
            original->status == InvoiceStatus::Refunded)
            return failure(ErrorCode::IllegalTransition,
                           Tr::tr("Invoice %1 is %2: it has been credited in full already.")
                               .arg(original->number, displayName(original->status)));

        // What is left to credit, rate by rate.
        QMap<int, RateLeft> left;
        for (const InvoiceItem &item : original->items) {
            left[item.taxRateBp].netMinor +=
                item.quantity * item.unitPriceMinor - item.discountMinor;
            left[item.taxRateBp].taxMinor += item.taxMinor;
        }
        auto notes =
            m_db.exec(QStringLiteral("SELECT i.tax_rate_bp, i.quantity * i.unit_price_minor "
                                     "- i.discount_minor, i.tax_minor FROM invoice_items i "
                                     "JOIN invoices n ON n.id = i.invoice_id WHERE "
                                     "n.credit_for_invoice_id = :id AND n.kind = "
                                     "'credit_note' AND n.status <> 'draft'"),
                      {{"id", invoiceId}});
        if (!notes)
            return std::unexpected(notes.error());
        bool creditedBefore = false;
        while (notes->next()) {
            creditedBefore = true;
            left[notes->value(0).toInt()].netMinor += notes->value(1).toLongLong();
            left[notes->value(0).toInt()].taxMinor += notes->value(2).toLongLong();
        }
        qint64 remaining = 0;
        for (const RateLeft &r : std::as_const(left))
            remaining += r.total();
        if (remaining <= 0)
            return failure(
                ErrorCode::Invalid,
                Tr::tr("Invoice %1 has been credited in full already.").arg(original->number));
        if (amount) {
            if (amount->currency() != original->currency)
                return failure(ErrorCode::MixedCurrency,
                               Tr::tr("Invoice %1 is in %2; it cannot be credited in %3.")
                                   .arg(original->number, original->currency, amount->currency()));
            if (amount->minor() <= 0)
                return failure(ErrorCode::Invalid,
                               Tr::tr("A credit note must credit more than nothing."));
            if (amount->minor() > remaining)
                return failure(ErrorCode::Invalid,
                               Tr::tr("Only %1 %2 of invoice %3 is left to credit; %4 %2 is more "
                                      "than that.")
                                   .arg(Money(remaining, original->currency).toDecimalString(),
                                        original->currency, original->number,
                                        amount->toDecimalString()));
        }
        const bool full = !amount || amount->minor() == remaining;

        Invoice note;
        note.kind = InvoiceKind::CreditNote;
        note.creditForInvoiceId = invoiceId;
        note.customerId = original->customerId;
        note.subscriptionId = original->subscriptionId;
        note.currency = original->currency;
        note.issueDate = *today;
        note.dueDate = *today;
        note.periodStart = original->periodStart;
        note.periodEnd = original->periodEnd;
        note.reverseCharge = original->reverseCharge;
        note.notes =
            original->reverseCharge ? reason.trimmed() + u'\n' + original->notes : reason.trimmed();
        note.createdAt = m_clock.now();
        const QString label =
            Tr::tr("Credit on invoice %1: %2").arg(original->number, reason.trimmed());
        if (full && !creditedBefore) {
            // The mirror of the invoice: every line negated, same rates, same rounded tax.
            for (const InvoiceItem &item : original->items) {
                InvoiceItem line = item;
                line.id = 0;
                line.invoiceId = 0;
                line.unitPriceMinor = -item.unitPriceMinor;
                line.discountMinor = -item.discountMinor;
                line.taxMinor = -item.taxMinor;
                line.totalMinor = -item.totalMinor;
                note.items.append(line);
            }
        } else {
            // One line per rate. A full remainder takes exactly what is left of each rate; a
            // partial amount is shared between the rates in proportion to what is left of
            // them (the last rate takes the rounding remainder).
            qint64 toShare = full ? remaining : amount->minor();
            qint64 shareLeft = remaining;
            const QList<int> rates = left.keys();
            for (int rate : rates) {
                const RateLeft r = left.value(rate);
                if (r.total() <= 0)
                    continue;
                InvoiceItem line;
                line.description = label;
                line.taxRateBp = rate;
                if (full) {
                    line.unitPriceMinor = -r.netMinor;
                    line.taxMinor = -r.taxMinor;
                } else {
                    const qint64 share =
                        shareLeft == r.total()
                            ? toShare
                            : roundDiv(static_cast<Wide>(toShare) * r.total(), shareLeft);
                    toShare -= share;
                    shareLeft -= r.total();
                    if (share <= 0)
                        continue;
                    const qint64 net = netForGross(share, rate);
                    line.unitPriceMinor = -net;
                    line.taxMinor = -roundDiv(static_cast<Wide>(net) * rate, 10000);
                }
                line.totalMinor = line.unitPriceMinor + line.taxMinor;
                note.items.append(line);
            }
        }
        for (const InvoiceItem &item : note.items) {
            note.subtotalMinor += item.quantity * item.unitPriceMinor - item.discountMinor;
            note.discountMinor += item.discountMinor;
            note.taxMinor += item.taxMinor;
            note.totalMinor += item.totalMinor;
        }
        if (note.items.isEmpty() || note.totalMinor == 0)
            return failure(ErrorCode::Invalid, Tr::tr("This credit note would credit nothing."));

        auto saved = invoices.insertDraft(note);
        if (!saved)
            return saved;
        auto issued = invoices.issue(saved->id, *today, *today);
        if (!issued)
            return issued;
        if (full) {
            const InvoiceStatus to = original->status == InvoiceStatus::Paid
                                         ? InvoiceStatus::Refunded
                                         : InvoiceStatus::Cancelled;
            if (auto moved = invoices.setStatus(original->id, original->rowVersion, to); !moved)
                return std::unexpected(moved.error());
        }
        if (auto q = notifyIssued(*issued, original->number); !q)
            return std::unexpected(q.error());
        if (auto a =
                audit(actor, QStringLiteral("invoice"), issued->id, QStringLiteral("credit_note"),
                      {{QStringLiteral("number"), issued->number},
                       {QStringLiteral("credits"), original->number},
                       {QStringLiteral("total_minor"), issued->totalMinor},
                       {QStringLiteral("reason"), reason.trimmed()}});
            !a)
            return std::unexpected(a.error());
        return invoices.find(issued->id);
    });
}

} // namespace ic
