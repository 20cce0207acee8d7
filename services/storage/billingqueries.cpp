#include "services/storage/billingqueries.h"

namespace ic {

Result<QList<qint64>> BillingQueries::ids(const QString &sql, Database::Binds binds) const
{
    auto q = m_db.exec(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> list;
    while (q->next())
        list.append(q->value(0).toLongLong());
    return list;
}

Result<QList<qint64>> BillingQueries::subscriptionsToInvoice(QDate day, int daysBefore) const
{
    return ids(
        QStringLiteral("SELECT s.id FROM subscriptions s WHERE s.status = 'active' "
                       "AND s.next_billing_on IS NOT NULL AND s.next_billing_on <= :horizon "
                       "AND s.cancel_at_period_end = FALSE "
                       "AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.subscription_id = s.id "
                       "AND i.kind = 'invoice' AND i.period_start = s.next_billing_on "
                       "AND i.status <> 'cancelled') ORDER BY s.next_billing_on, s.id"),
        {{"horizon", dateValue(day.addDays(daysBefore))}});
}

Result<QList<qint64>> BillingQueries::trialsEnded(QDate day) const
{
    return ids(QStringLiteral("SELECT id FROM subscriptions WHERE status = 'trialing' "
                              "AND trial_ends_on <= :day ORDER BY trial_ends_on, id"),
               {{"day", dateValue(day)}});
}

Result<QList<qint64>> BillingQueries::cancellationsDue(QDate day) const
{
    return ids(QStringLiteral("SELECT id FROM subscriptions WHERE status IN ('active', 'paused') "
                              "AND cancel_at_period_end = TRUE AND current_period_end <= :day "
                              "ORDER BY current_period_end, id"),
               {{"day", dateValue(day)}});
}

Result<QList<qint64>> BillingQueries::invoicesToRemind(QDate day, int daysBefore) const
{
    // an invoice whose reminder is queued already is not asked about again
    return ids(
        QStringLiteral("SELECT i.id FROM invoices i WHERE i.status = 'sent' AND i.kind = 'invoice' "
                       "AND i.subscription_id IS NOT NULL AND i.due_date > :day "
                       "AND i.due_date <= :horizon AND i.amount_paid_minor < i.total_minor "
                       "AND NOT EXISTS (SELECT 1 FROM outbox_messages o "
                       "WHERE o.dedupe_key = 'reminder-' || CAST(i.id AS TEXT)) "
                       "ORDER BY i.due_date, i.id"),
        {{"day", dateValue(day)}, {"horizon", dateValue(day.addDays(daysBefore))}});
}

Result<QList<qint64>> BillingQueries::invoicesToCharge(QDate day) const
{
    return ids(
        QStringLiteral("SELECT i.id FROM invoices i WHERE i.status = 'sent' "
                       "AND i.kind = 'invoice' AND i.subscription_id IS NOT NULL "
                       "AND i.due_date <= :day AND i.amount_paid_minor < i.total_minor "
                       "AND NOT EXISTS (SELECT 1 FROM dunning_cases c WHERE c.invoice_id = i.id) "
                       "ORDER BY i.due_date, i.id"),
        {{"day", dateValue(day)}});
}

Result<QList<qint64>> BillingQueries::dunningCasesDue(QDate day) const
{
    return ids(QStringLiteral("SELECT id FROM dunning_cases WHERE status IN ('open', 'suspended') "
                              "AND next_action_on IS NOT NULL AND next_action_on <= :day "
                              "ORDER BY next_action_on, id"),
               {{"day", dateValue(day)}});
}

Result<QDate> BillingQueries::lastFinishedRun() const
{
    auto v = m_db.scalar(
        QStringLiteral("SELECT MAX(business_date) FROM daily_runs WHERE finished_at IS NOT NULL"));
    if (!v)
        return std::unexpected(v.error());
    return toDate(*v);
}

Done BillingQueries::startRun(QDate day, const QDateTime &at)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO daily_runs (business_date, started_at) VALUES (:day, :at) "
                       "ON CONFLICT (business_date) DO NOTHING"),
        {{"day", dateValue(day)}, {"at", timestampValue(at)}});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Done BillingQueries::finishRun(QDate day, const QDateTime &at, const QString &summaryJson)
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE daily_runs SET finished_at = :at, summary = :summary "
                                 "WHERE business_date = :day"),
                  {{"day", dateValue(day)}, {"at", timestampValue(at)}, {"summary", summaryJson}});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace ic
