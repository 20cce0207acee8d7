#include "models/statuses.h"
#include "models/tr.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace ic {

namespace {

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, const char16_t *>, N> &names,
                        const QString &s)
{
    for (const auto &[value, name] : names)
        if (s == QStringView(name))
            return value;
    return std::nullopt;
}

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char16_t *>, N> &names, E value)
{
    for (const auto &[v, name] : names)
        if (v == value)
            return QString::fromUtf16(name);
    return {};
}

using S = SubscriptionStatus;
using I = InvoiceStatus;
using P = PaymentStatus;

constexpr std::array<std::pair<S, const char16_t *>, 7> kSubscriptionNames{{
    {S::Trialing, u"trialing"},
    {S::Active, u"active"},
    {S::Paused, u"paused"},
    {S::PastDue, u"past_due"},
    {S::Suspended, u"suspended"},
    {S::Cancelled, u"cancelled"},
    {S::Expired, u"expired"},
}};
constexpr std::array<std::pair<I, const char16_t *>, 6> kInvoiceNames{{
    {I::Draft, u"draft"},
    {I::Sent, u"sent"},
    {I::Paid, u"paid"},
    {I::Overdue, u"overdue"},
    {I::Cancelled, u"cancelled"},
    {I::Refunded, u"refunded"},
}};
constexpr std::array<std::pair<P, const char16_t *>, 5> kPaymentNames{{
    {P::Pending, u"pending"},
    {P::Succeeded, u"succeeded"},
    {P::Failed, u"failed"},
    {P::Refunded, u"refunded"},
    {P::RequiresAction, u"requires_action"},
}};

// Subscription: a trial converts (active), lapses unpaid (past_due) or ends (cancelled,
// expired). Paused and suspended come back to active; cancelled and expired are final.
constexpr std::pair<S, S> kSubscriptionTable[] = {
    {S::Trialing, S::Active},  {S::Trialing, S::PastDue},    {S::Trialing, S::Cancelled},
    {S::Trialing, S::Expired}, {S::Active, S::Paused},       {S::Active, S::PastDue},
    {S::Active, S::Suspended}, {S::Active, S::Cancelled},    {S::Active, S::Expired},
    {S::Paused, S::Active},    {S::Paused, S::Cancelled},    {S::Paused, S::Expired},
    {S::PastDue, S::Active},   {S::PastDue, S::Suspended},   {S::PastDue, S::Cancelled},
    {S::Suspended, S::Active}, {S::Suspended, S::Cancelled},
};
// Invoice: a draft is issued (sent) or dropped (cancelled). Issued invoices are paid, fall
// overdue, or are cancelled (by a full credit note). A paid invoice can only be refunded.
constexpr std::pair<I, I> kInvoiceTable[] = {
    {I::Draft, I::Sent},        {I::Draft, I::Cancelled}, {I::Sent, I::Paid},
    {I::Sent, I::Overdue},      {I::Sent, I::Cancelled},  {I::Overdue, I::Paid},
    {I::Overdue, I::Cancelled}, {I::Paid, I::Refunded},
};
// Payment: pending settles either way, or waits for the customer to authenticate (which
// then settles either way); only a succeeded payment can be refunded.
constexpr std::pair<P, P> kPaymentTable[] = {
    {P::Pending, P::Succeeded},      {P::Pending, P::Failed},
    {P::Pending, P::RequiresAction}, {P::RequiresAction, P::Succeeded},
    {P::RequiresAction, P::Failed},  {P::Succeeded, P::Refunded},
};

template <typename E, std::size_t N> bool inTable(const std::pair<E, E> (&table)[N], E from, E to)
{
    for (const auto &[f, t] : table)
        if (f == from && t == to)
            return true;
    return false;
}

template <typename E> Result<E> check(bool allowed, E from, E to, const QString &what)
{
    if (allowed)
        return to;
    return failure(ErrorCode::IllegalTransition,
                   Tr::tr("A %1 cannot go from \"%2\" to \"%3\".")
                       .arg(what, displayName(from), displayName(to)));
}

} // namespace

QString toString(SubscriptionStatus s)
{
    return nameOf(kSubscriptionNames, s);
}
QString toString(InvoiceStatus s)
{
    return nameOf(kInvoiceNames, s);
}
QString toString(PaymentStatus s)
{
    return nameOf(kPaymentNames, s);
}
std::optional<SubscriptionStatus> subscriptionStatusFromString(const QString &s)
{
    return lookup(kSubscriptionNames, s);
}
std::optional<InvoiceStatus> invoiceStatusFromString(const QString &s)
{
    return lookup(kInvoiceNames, s);
}
std::optional<PaymentStatus> paymentStatusFromString(const QString &s)
{
    return lookup(kPaymentNames, s);
}

QString displayName(SubscriptionStatus s)
{
    switch (s) {
    case S::Trialing:
        return Tr::tr("trialing", "subscription status");
    case S::Active:
        return Tr::tr("active", "subscription status");
    case S::Paused:
        return Tr::tr("paused", "subscription status");
    case S::PastDue:
        return Tr::tr("past due", "subscription status");
    case S::Suspended:
        return Tr::tr("suspended", "subscription status");
    case S::Cancelled:
        return Tr::tr("cancelled", "subscription status");
    case S::Expired:
        return Tr::tr("expired", "subscription status");
    }
    return {};
}

QString displayName(InvoiceStatus s)
{
    switch (s) {
    case I::Draft:
        return Tr::tr("draft", "invoice status");
    case I::Sent:
        return Tr::tr("sent", "invoice status");
    case I::Paid:
        return Tr::tr("paid", "invoice status");
    case I::Overdue:
        return Tr::tr("overdue", "invoice status");
    case I::Cancelled:
        return Tr::tr("cancelled", "invoice status");
    case I::Refunded:
        return Tr::tr("refunded", "invoice status");
    }
    return {};
}

QString displayName(PaymentStatus s)
{
    switch (s) {
    case P::Pending:
        return Tr::tr("pending", "payment status");
    case P::Succeeded:
        return Tr::tr("succeeded", "payment status");
    case P::Failed:
        return Tr::tr("failed", "payment status");
    case P::Refunded:
        return Tr::tr("refunded", "payment status");
    case P::RequiresAction:
        return Tr::tr("awaiting the customer's authentication", "payment status");
    }
    return {};
}

bool isAllowed(SubscriptionStatus from, SubscriptionStatus to)
{
    return inTable(kSubscriptionTable, from, to);
}
bool isAllowed(InvoiceStatus from, InvoiceStatus to)
{
    return inTable(kInvoiceTable, from, to);
}
bool isAllowed(PaymentStatus from, PaymentStatus to)
{
    return inTable(kPaymentTable, from, to);
}

Result<SubscriptionStatus> transition(SubscriptionStatus from, SubscriptionStatus to)
{
    return check(isAllowed(from, to), from, to, Tr::tr("subscription", "A %1 cannot go from…"));
}
Result<InvoiceStatus> transition(InvoiceStatus from, InvoiceStatus to)
{
    return check(isAllowed(from, to), from, to, Tr::tr("invoice", "A %1 cannot go from…"));
}
Result<PaymentStatus> transition(PaymentStatus from, PaymentStatus to)
{
    return check(isAllowed(from, to), from, to, Tr::tr("payment", "A %1 cannot go from…"));
}

} // namespace ic
