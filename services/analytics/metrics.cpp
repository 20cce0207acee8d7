#include "services/analytics/metrics.h"

#include "models/clock.h"
#include "models/tr.h"
#include "services/storage/settings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <map>
#include <vector>

namespace ic {

namespace {

// The six months before the first shown one are computed too, so the first months' LTV has
// its six months of churn.
constexpr int kLeadMonths = 5;

// What the two databases spell differently in these queries, in one place (as
// services/storage/dialect.cpp does for the migrations).
struct Spelling {
    Dialect dialect;
    // The index in `months` of the business month an instant falls in. PostgreSQL knows the
    // business time zone (:zone): plain arithmetic on the local year and month. SQLite knows
    // none: an instant on the 2nd to the 27th of its UTC month is in that month wherever the
    // business is (time zones are less than a day from UTC), so its index is arithmetic on
    // the UTC year and month, and only the instants near the turn of a month look the
    // boundaries up in `months` (a join with the months for every row would scan them per row).
    QString bucket(const QString &column) const
    {
        if (dialect == Dialect::PostgreSQL)
            return u"(CAST(EXTRACT(YEAR FROM "_qs + column +
                   u" AT TIME ZONE :zone) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM " + column +
                   u" AT TIME ZONE :zone) AS INTEGER) - :base)";
        return u"CASE WHEN substr("_qs + column +
               u", 9, 2) BETWEEN '02' AND '27' THEN (CAST(substr(" + column +
               u", 1, 4) AS INTEGER) * 12 + CAST(substr(" + column +
               u", 6, 2) AS INTEGER) - :base) ELSE (SELECT mm.idx FROM months mm WHERE mm.start_at "
               u"<= " +
               column + u" AND " + column + u" < mm.next_at) END";
    }
    // 'YYYY-MM' of a date column
    QString dateMonth(const QString &column) const
    {
        if (dialect == Dialect::SQLite)
            return u"substr("_qs + column + u", 1, 7)";
        return u"to_char(CAST("_qs + column + u" AS TIMESTAMP), 'YYYY-MM')";
    }
    // a bound timestamp where its type cannot be inferred (a VALUES list)
    QString timestamp(const QString &placeholder) const
    {
        if (dialect == Dialect::SQLite)
            return placeholder;
        return u"CAST("_qs + placeholder + u" AS TIMESTAMPTZ)";
    }
};

QString monthLabel(QDate month)
{
    return month.toString(u"yyyy-MM"_qs);
}

// The first instant of a month in the business time zone, as the book stores instants.
QVariant monthStart(QDate month, const QTimeZone &zone)
{
    return timestampValue(QDateTime(month, QTime(0, 0), zone));
}

// The months of the computation: index 0 is "before the first month" (the state at its
// start), 1..n the computed months, n + 1 the month after (only for the UTC-month lookup).
struct Months {
    QDate first; // index 1
    int count = 0;
    QDate at(int index) const { return first.addMonths(index - 1); }
};

// months(idx, label, start_at, next_at): the business months and their first instants, for
// the instants near a turn of the month (see Spelling::bucket).
QString monthsCte(const Months &m, const Spelling &sql)
{
    QStringList rows;
    for (int i = 0; i <= m.count + 1; ++i) {
        const QString n = QString::number(i);
        rows.append(u"("_qs + n + u", :label" + n + u", " + sql.timestamp(u":start"_qs + n) +
                    u", " + sql.timestamp(u":next"_qs + n) + u")");
    }
    return u"months (idx, label, start_at, next_at) AS (VALUES "_qs + rows.join(u", "_qs) + u")";
}

void bindMonths(QSqlQuery &q, const Months &m, const QTimeZone &zone, Dialect dialect)
{
    if (dialect == Dialect::PostgreSQL)
        q.bindValue(u":zone"_qs, QString::fromUtf8(zone.id()));
    q.bindValue(u":base"_qs, m.at(0).year() * 12 + m.at(0).month());
    for (int i = 0; i <= m.count + 1; ++i) {
        const QString n = QString::number(i);
        q.bindValue(u":label"_qs + n, monthLabel(m.at(i)));
        q.bindValue(u":start"_qs + n, monthStart(m.at(i), zone));
        q.bindValue(u":next"_qs + n, monthStart(m.at(i + 1), zone));
    }
}

// The value of a subscription in one state, as metrics::monthlyValueMinor() and
// recurringDiscountMinor() compute it: for x >= 0 and n > 0, (2x + n) / (2n) in integer
// division is x / n rounded to the nearest, halves up, which is roundDiv() for x >= 0.
// Expects columns price, interval_months, counts and the promotion pr.* beside currency.
const QString kValue = uR"(CASE WHEN counts = 1 AND interval_months > 0 THEN
        (2 * (price - (CASE WHEN promo_recurring = 1 THEN
            CASE WHEN discount_type = 'percentage' THEN (2 * price * percent_bp + 10000) / 20000
                 WHEN promo_currency = currency THEN
                      CASE WHEN amount_minor < price THEN amount_minor ELSE price END
                 ELSE 0 END
            ELSE 0 END)) + interval_months) / (2 * interval_months)
        ELSE 0 END)"_qs;

// One row per subscription event up to the end of the last month: its business month, its
// plan, whether it counts toward MRR and the figures its value needs.
QString eventsCte(const Spelling &sql)
{
    return uR"(raw AS (
    SELECT e.id, e.subscription_id AS sub, s.customer_id AS customer,
        CASE WHEN e.occurred_at < :range_start THEN 0
             ELSE )"_qs +
           sql.bucket(u"e.occurred_at"_qs) + uR"( END AS idx,
        e.occurred_at AS at, p.id AS plan_id,
        CASE WHEN e.to_status IN ('active', 'past_due', 'suspended')
                  AND (:plan = 0 OR p.id = :plan) THEN 1 ELSE 0 END AS counts,
        CASE WHEN p.id = s.plan_id THEN s.price_minor ELSE p.price_minor END AS price,
        p.interval_months, s.currency,
        CASE WHEN pr.id IS NOT NULL AND pr.applies_to IN ('renewals', 'both')
                  AND pr.max_uses_per_customer IS NULL THEN 1 ELSE 0 END AS promo_recurring,
        pr.discount_type, pr.percent_bp, pr.amount_minor, pr.currency AS promo_currency
    FROM subscription_events e
    JOIN subscriptions s ON s.id = e.subscription_id
    JOIN plans p ON p.id = COALESCE(e.to_plan_id, s.plan_id)
    LEFT JOIN promotions pr ON pr.id = s.promotion_id
    WHERE s.currency = :currency AND e.occurred_at < :range_end
),
ev AS (
    SELECT id, sub, customer, idx, at, plan_id, counts, )"_qs +
           kValue + uR"( AS value FROM raw
),
sm AS (
    SELECT sub, customer, idx, plan_id, counts, value, peak FROM (
        SELECT sub, customer, idx, plan_id, counts, value,
            MAX(value) OVER (PARTITION BY sub, idx) AS peak,
            ROW_NUMBER() OVER (PARTITION BY sub, idx ORDER BY at DESC, id DESC) AS rn
        FROM ev) last_of_month
    WHERE rn = 1
),
st AS (
    SELECT sub, customer, idx, plan_id, counts, value, peak,
        LAG(plan_id) OVER w AS plan_before,
        COALESCE(LAG(counts) OVER w, 0) AS counts_before,
        COALESCE(LAG(value) OVER w, 0) AS value_before
    FROM sm
    WINDOW w AS (PARTITION BY sub ORDER BY idx)
))"_qs;
}

// One pass over the history for two answers (the subscriptions' states are computed once):
// kind 0, per month: the customers' movements between the month-ends (index 0: the state
// before the first month); kind 1, per plan and month: subscriptions and MRR entering and
// leaving the plan.
QString historySql(const Months &m, const Spelling &sql)
{
    return u"WITH "_qs + monthsCte(m, sql) + u",\n" + eventsCte(sql) + uR"(,
cm AS (
    SELECT customer, idx, SUM(value - value_before) AS delta, MAX(peak) AS peak
    FROM st GROUP BY customer, idx
),
cx AS (
    SELECT idx, SUM(delta) OVER c AS after_mrr, delta,
        COALESCE(MAX(peak) OVER (PARTITION BY customer ORDER BY idx
                                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS paid_before
    FROM cm
    WINDOW c AS (PARTITION BY customer ORDER BY idx ROWS UNBOUNDED PRECEDING)
),
mv AS (SELECT idx, after_mrr - delta AS b, after_mrr AS a, paid_before AS pb FROM cx),
moves AS (
    SELECT plan_id, idx, 1 AS n, value AS mrr, CASE WHEN counts_before = 0 THEN 1 ELSE 0 END AS joined,
        0 AS left_plan
    FROM st WHERE counts = 1
    UNION ALL
    SELECT plan_before, idx, -1, -value_before, 0, CASE WHEN counts = 0 THEN 1 ELSE 0 END
    FROM st WHERE counts_before = 1
)
SELECT 0, 0, idx,
    SUM(CASE WHEN b = 0 AND a > 0 AND pb = 0 THEN a ELSE 0 END),
    SUM(CASE WHEN b > 0 AND a > b THEN a - b ELSE 0 END),
    SUM(CASE WHEN b > 0 AND a > 0 AND a < b THEN b - a ELSE 0 END),
    SUM(CASE WHEN b > 0 AND a = 0 THEN b ELSE 0 END),
    SUM(CASE WHEN b = 0 AND a > 0 AND pb > 0 THEN a ELSE 0 END),
    SUM(CASE WHEN b = 0 AND a > 0 AND pb = 0 THEN 1 ELSE 0 END),
    SUM(CASE WHEN b > 0 AND a = 0 THEN 1 ELSE 0 END),
    SUM(CASE WHEN b = 0 AND a > 0 AND pb > 0 THEN 1 ELSE 0 END)
FROM mv GROUP BY idx
UNION ALL
SELECT 1, plan_id, idx, SUM(n), SUM(mrr), SUM(joined), SUM(left_plan), 0, 0, 0, 0
FROM moves GROUP BY plan_id, idx)"_qs;
}

void trace(const char *what, QElapsedTimer &timer)
{
    static const bool on = qEnvironmentVariableIsSet("IC_METRICS_TRACE");
    if (on)
        qInfo("metrics: %s %.1f ms", what, double(timer.nsecsElapsed()) / 1e6);
    timer.restart();
}

Result<QSqlQuery> run(const Database &db, const QString &text, const Months &m,
                      const MetricsQuery &query)
{
    if (qEnvironmentVariable("IC_METRICS_TRACE") == u"sql")
        qInfo("%s", qPrintable(text));
    auto q = db.prepare(text);
    if (!q)
        return q;
    bindMonths(*q, m, query.zone, db.dialect());
    q->bindValue(u":range_start"_qs, monthStart(m.first, query.zone));
    q->bindValue(u":range_end"_qs, monthStart(m.at(m.count + 1), query.zone));
    q->bindValue(u":currency"_qs, query.currency);
    q->bindValue(u":plan"_qs, query.planId);
    if (auto ok = Database::exec(*q); !ok)
        return std::unexpected(ok.error());
    return q;
}

int monthIndex(const Months &m, const QString &label)
{
    const QDate d = QDate::fromString(label + u"-01", Qt::ISODate);
    return (d.year() - m.first.year()) * 12 + d.month() - m.first.month() + 1;
}

} // namespace

Result<MetricsQuery> metricsQuery(Database &db, const QString &from, const QString &to,
                                  const QString &currency, const QString &planSlug)
{
    const auto month = [](const QString &option, const QString &text) -> Result<QDate> {
        static const QRegularExpression shape(u"^\\d{4}-\\d{2}$"_qs);
        const QDate d = QDate::fromString(text + u"-01", Qt::ISODate);
        if (!shape.match(text).hasMatch() || !d.isValid())
            return failure(ErrorCode::Invalid,
                           Tr::tr("%1 takes a month as YYYY-MM, like 2026-01; \"%2\" is not one.")
                               .arg(option, text));
        return d;
    };
    MetricsQuery query;
    auto first = month(u"--from"_qs, from);
    if (!first)
        return std::unexpected(first.error());
    auto last = month(u"--to"_qs, to);
    if (!last)
        return std::unexpected(last.error());
    if (*first > *last)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The first month %1 comes after the last month %2; give the earlier "
                              "one with --from.")
                           .arg(from, to));
    query.from = *first;
    query.to = *last;

    query.currency = currency.trimmed().toUpper();
    auto known = db.scalar(u"SELECT COUNT(*) FROM subscriptions WHERE currency = :currency"_qs,
                           {{"currency", query.currency}});
    if (!known)
        return std::unexpected(known.error());
    if (known->toLongLong() == 0)
        return failure(ErrorCode::NotFound,
                       Tr::tr("The book has no subscription in \"%1\"; give a currency it bills "
                              "in with --currency.")
                           .arg(currency));

    if (!planSlug.isEmpty()) {
        auto plan = db.scalar(u"SELECT id FROM plans WHERE lower(slug) = lower(:slug)"_qs,
                              {{"slug", planSlug}});
        if (!plan && plan.error().code != ErrorCode::NotFound)
            return std::unexpected(plan.error());
        if (!plan)
            return failure(ErrorCode::NotFound,
                           Tr::tr("The book has no plan \"%1\"; give the slug of one of its "
                                  "plans with --plan.")
                               .arg(planSlug));
        query.planId = plan->toLongLong();
    }

    Settings settings(db);
    auto zone = settings.businessZone();
    if (!zone)
        return std::unexpected(zone.error());
    query.zone = *zone;
    SystemClock clock;
    auto today = settings.businessToday(clock);
    if (!today)
        return std::unexpected(today.error());
    query.today = *today;
    return query;
}

Result<MetricsReport> computeMetrics(const Database &db, const MetricsQuery &query)
{
    const Spelling sql{db.dialect()};
    Months m;
    m.first = query.from.addMonths(-kLeadMonths);
    m.count = (query.to.year() - m.first.year()) * 12 + query.to.month() - m.first.month() + 1;
    const QDate after = query.to.addMonths(1);

    std::vector<MonthMetrics> series(size_t(m.count + 1));
    for (int i = 0; i <= m.count; ++i)
        series[size_t(i)].month = m.at(i);

    QElapsedTimer timer;
    timer.start();
    // 1. the movements, and per plan its subscriptions and MRR; the month-end MRR and
    //    customers follow from the state before the first month and the movements
    std::map<qint64, std::vector<PlanMonthMetrics>> plans;
    const auto planRows = [&](qint64 plan) -> std::vector<PlanMonthMetrics> & {
        auto &rows = plans[plan];
        if (rows.empty()) {
            rows.resize(size_t(m.count + 1));
            for (int i = 0; i <= m.count; ++i)
                rows[size_t(i)].month = m.at(i);
        }
        return rows;
    };
    {
        auto q = run(db, historySql(m, sql), m, query);
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            const int idx = q->value(2).toInt();
            if (idx < 0 || idx > m.count)
                continue;
            if (q->value(0).toInt() == 1) {
                // deltas for now; the running sums below
                auto &row = planRows(q->value(1).toLongLong())[size_t(idx)];
                row.subscriptions = q->value(3).toLongLong();
                row.mrr = q->value(4).toLongLong();
                row.newSubscriptions = q->value(5).toLongLong();
                row.churnedSubscriptions = q->value(6).toLongLong();
                continue;
            }
            auto &in = series[size_t(idx)].inputs;
            in.newMrr = q->value(3).toLongLong();
            in.expansionMrr = q->value(4).toLongLong();
            in.contractionMrr = q->value(5).toLongLong();
            in.churnedMrr = q->value(6).toLongLong();
            in.reactivationMrr = q->value(7).toLongLong();
            series[size_t(idx)].newCustomers = q->value(8).toLongLong();
            in.churnedCustomers = q->value(9).toLongLong();
            series[size_t(idx)].reactivatedCustomers = q->value(10).toLongLong();
        }
    }
    trace("history", timer);
    qint64 mrr = 0;
    qint64 customers = 0;
    for (auto &month : series) {
        auto &in = month.inputs;
        in.startMrr = mrr;
        in.startCustomers = customers;
        mrr += in.newMrr + in.expansionMrr + in.reactivationMrr - in.contractionMrr - in.churnedMrr;
        customers += month.newCustomers + month.reactivatedCustomers - in.churnedCustomers;
        in.endMrr = mrr;
        in.endCustomers = customers;
    }

    // 2. trials that ended in each month, and those whose first invoice was paid
    {
        auto q = db.prepare(u"SELECT "_qs + sql.dateMonth(u"s.trial_ends_on"_qs) + uR"(,
    COUNT(*),
    SUM(CASE WHEN (SELECT i.status FROM invoices i
                   WHERE i.subscription_id = s.id AND i.kind = 'invoice'
                     AND i.status NOT IN ('draft', 'cancelled')
                   ORDER BY i.period_start, i.id LIMIT 1) IN ('paid', 'refunded')
             THEN 1 ELSE 0 END)
FROM subscriptions s
WHERE s.trial_ends_on >= :first AND s.trial_ends_on < :after AND s.trial_ends_on <= :today
  AND s.currency = :currency AND (:plan = 0 OR s.plan_id = :plan)
GROUP BY 1)"_qs);
        if (!q)
            return std::unexpected(q.error());
        q->bindValue(u":first"_qs, dateValue(m.first));
        q->bindValue(u":after"_qs, dateValue(after));
        q->bindValue(u":today"_qs, dateValue(query.today.isValid() ? query.today : after));
        q->bindValue(u":currency"_qs, query.currency);
        q->bindValue(u":plan"_qs, query.planId);
        if (auto ok = Database::exec(*q); !ok)
            return std::unexpected(ok.error());
        while (q->next()) {
            const int idx = monthIndex(m, q->value(0).toString());
            if (idx < 1 || idx > m.count)
                continue;
            series[size_t(idx)].inputs.trialsEnded = q->value(1).toLongLong();
            series[size_t(idx)].inputs.trialsConverted = q->value(2).toLongLong();
        }
    }
    trace("trials", timer);

    // 3. revenue, in one pass over the invoice lines of the period: by issue date the invoices
    //    and credit notes (tax included; an invoice's total is the sum of its lines') and per
    //    plan its lines' net; by the day the invoice was paid, per plan the net collected
    {
        auto q = db.prepare(u"WITH "_qs + monthsCte(m, sql) +
                            u",\nlines AS (SELECT it.plan_id, i.kind, "_qs +
                            sql.dateMonth(u"i.issue_date"_qs) + uR"( AS issued,
    CASE WHEN i.kind = 'invoice' AND i.status IN ('paid', 'refunded') AND i.paid_at >= :range_start
              AND i.paid_at < :range_end THEN )"_qs +
                            sql.bucket(u"i.paid_at"_qs) + uR"( ELSE -1 END AS paid_idx,
    it.quantity * it.unit_price_minor - it.discount_minor AS net, it.total_minor AS total
FROM invoices i JOIN invoice_items it ON it.invoice_id = i.id
WHERE i.currency = :currency AND i.status NOT IN ('draft', 'cancelled')
  AND ((i.issue_date >= :first AND i.issue_date < :after)
       OR (i.paid_at >= :range_start AND i.paid_at < :range_end))
  AND (:plan = 0 OR it.plan_id = :plan))
SELECT COALESCE(plan_id, 0), kind, issued, paid_idx, SUM(net), SUM(total)
FROM lines GROUP BY 1, 2, 3, 4)"_qs);
        if (!q)
            return std::unexpected(q.error());
        bindMonths(*q, m, query.zone, db.dialect());
        q->bindValue(u":first"_qs, dateValue(query.from));
        q->bindValue(u":after"_qs, dateValue(after));
        q->bindValue(u":range_start"_qs, monthStart(query.from, query.zone));
        q->bindValue(u":range_end"_qs, monthStart(after, query.zone));
        q->bindValue(u":currency"_qs, query.currency);
        q->bindValue(u":plan"_qs, query.planId);
        if (auto ok = Database::exec(*q); !ok)
            return std::unexpected(ok.error());
        while (q->next()) {
            const qint64 plan = q->value(0).toLongLong();
            const bool isNote = q->value(1).toString() == u"credit_note";
            const int issued = monthIndex(m, q->value(2).toString());
            const int paid = q->value(3).toInt();
            const qint64 net = q->value(4).toLongLong();
            const qint64 total = q->value(5).toLongLong();
            if (issued > kLeadMonths && issued <= m.count) {
                // the plan filter is on the lines: the book's revenue is the plan's then
                if (isNote)
                    series[size_t(issued)].refunded -= total;
                else
                    series[size_t(issued)].invoiced += total;
                if (plan != 0)
                    planRows(plan)[size_t(issued)].invoiced += net;
            }
            if (plan != 0 && paid > kLeadMonths && paid <= m.count)
                planRows(plan)[size_t(paid)].collected += net;
        }
    }
    trace("invoice lines", timer);
    {
        auto q = db.prepare(u"WITH "_qs + monthsCte(m, sql) + uR"(
SELECT )"_qs + sql.bucket(u"p.settled_at"_qs) +
                            uR"(,
    SUM(p.amount_minor)
FROM payments p
WHERE p.status = 'succeeded' AND p.method <> 'credit' AND p.currency = :currency
  AND p.settled_at >= :range_start AND p.settled_at < :range_end
GROUP BY 1)"_qs);
        if (!q)
            return std::unexpected(q.error());
        bindMonths(*q, m, query.zone, db.dialect());
        q->bindValue(u":range_start"_qs, monthStart(query.from, query.zone));
        q->bindValue(u":range_end"_qs, monthStart(after, query.zone));
        q->bindValue(u":currency"_qs, query.currency);
        if (auto ok = Database::exec(*q); !ok)
            return std::unexpected(ok.error());
        while (q->next()) {
            const int idx = q->value(0).toInt();
            if (idx >= 1 && idx <= m.count)
                series[size_t(idx)].collected += q->value(1).toLongLong();
        }
    }
    trace("payments", timer);

    // the rates, with the pooled churn of the six months ending with each
    for (int i = 1; i <= m.count; ++i) {
        auto &in = series[size_t(i)].inputs;
        for (int k = std::max(1, i - 5); k <= i; ++k) {
            in.churnedCustomersSixMonths += series[size_t(k)].inputs.churnedCustomers;
            in.startCustomersSixMonths += series[size_t(k)].inputs.startCustomers;
        }
        series[size_t(i)].rates = metrics::computeRates(in);
    }

    MetricsReport report;
    report.currency = query.currency;
    for (int i = kLeadMonths + 1; i <= m.count; ++i)
        report.months.append(series[size_t(i)]);

    // 4. per plan
    {
        auto q = db.exec(u"SELECT id, slug, name FROM plans ORDER BY sort_order, id"_qs);
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            if (query.planId != 0 && id != query.planId)
                continue;
            auto found = plans.find(id);
            if (found == plans.end())
                continue;
            PlanMetrics plan{id, q->value(1).toString(), q->value(2).toString(), {}};
            qint64 subscriptions = 0;
            qint64 value = 0;
            for (int i = 0; i <= m.count; ++i) {
                PlanMonthMetrics row = found->second[size_t(i)];
                subscriptions += row.subscriptions;
                value += row.mrr;
                row.subscriptions = subscriptions;
                row.mrr = value;
                if (i > kLeadMonths)
                    plan.months.append(row);
            }
            report.plans.append(plan);
        }
    }
    trace("plan names", timer);

    // 5. per promotion, over the period
    {
        // the uses of the period first, with their invoices; then every promotion, used or not
        auto q = db.prepare(uR"(SELECT pr.id, pr.code, pr.name, COALESCE(x.uses, 0),
    COALESCE(x.customers, 0), COALESCE(x.revenue, 0), COALESCE(x.discounts, 0)
FROM promotions pr
LEFT JOIN (
    SELECT u.promotion_id, COUNT(*) AS uses, COUNT(DISTINCT u.customer_id) AS customers,
        SUM(i.subtotal_minor) AS revenue, SUM(u.discount_minor) AS discounts
    FROM promotion_uses u LEFT JOIN invoices i ON i.id = u.invoice_id
    WHERE u.currency = :currency AND u.used_at >= :range_start AND u.used_at < :range_end
    GROUP BY u.promotion_id) x ON x.promotion_id = pr.id
ORDER BY pr.code, pr.id)"_qs);
        if (!q)
            return std::unexpected(q.error());
        q->bindValue(u":currency"_qs, query.currency);
        q->bindValue(u":range_start"_qs, monthStart(query.from, query.zone));
        q->bindValue(u":range_end"_qs, monthStart(after, query.zone));
        if (auto ok = Database::exec(*q); !ok)
            return std::unexpected(ok.error());
        while (q->next())
            report.promotions.append(PromotionMetrics{
                q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toLongLong(),
                q->value(6).toLongLong()});
    }
    trace("promotions", timer);
    return report;
}

Result<qint64> mrrAtMonthEnd(const Database &db, QDate month, const QString &currency,
                             const QTimeZone &zone)
{
    // The last event of each subscription before the month ends, valued on its own.
    auto q = db.prepare(uR"(WITH raw AS (
    SELECT p.interval_months, s.currency,
        CASE WHEN e.to_status IN ('active', 'past_due', 'suspended') THEN 1 ELSE 0 END AS counts,
        CASE WHEN p.id = s.plan_id THEN s.price_minor ELSE p.price_minor END AS price,
        CASE WHEN pr.id IS NOT NULL AND pr.applies_to IN ('renewals', 'both')
                  AND pr.max_uses_per_customer IS NULL THEN 1 ELSE 0 END AS promo_recurring,
        pr.discount_type, pr.percent_bp, pr.amount_minor, pr.currency AS promo_currency
    FROM subscriptions s
    JOIN subscription_events e ON e.id = (
        SELECT e2.id FROM subscription_events e2
        WHERE e2.subscription_id = s.id AND e2.occurred_at < :end
        ORDER BY e2.occurred_at DESC, e2.id DESC LIMIT 1)
    JOIN plans p ON p.id = COALESCE(e.to_plan_id, s.plan_id)
    LEFT JOIN promotions pr ON pr.id = s.promotion_id
    WHERE s.currency = :currency
)
SELECT COALESCE(SUM()"_qs +
                        kValue + uR"(), 0) FROM raw)"_qs);
    if (!q)
        return std::unexpected(q.error());
    q->bindValue(u":end"_qs, monthStart(month.addMonths(1), zone));
    q->bindValue(u":currency"_qs, currency);
    if (auto ok = Database::exec(*q); !ok)
        return std::unexpected(ok.error());
    if (!q->next())
        return qint64(0);
    return q->value(0).toLongLong();
}

} // namespace ic
