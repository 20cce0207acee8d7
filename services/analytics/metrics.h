#pragma once

#include "models/metricsdefinitions.h"
#include "models/result.h"
#include "services/storage/database.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace ic {

// What to compute: the month-ends from `from` to `to` (both the first day of their month),
// in one currency, for the whole book or one plan. A month ends at the first instant of the
// next month in the business time zone (billing.business_time_zone).
struct MetricsQuery {
    QDate from;
    QDate to;
    QString currency = QStringLiteral("EUR");
    qint64 planId = 0; // 0 = every plan
    QDate today;       // trials ending after it have not ended yet
    QTimeZone zone = QTimeZone(QByteArrayLiteral("Europe/Paris"));
};

// Reads what a person gave (months as YYYY-MM, a currency code, a plan's slug or nothing)
// against the book: a month that does not parse, a first month after the last, a currency
// the book has no subscription in or a plan it does not have is refused in one sentence that
// names the value.
Result<MetricsQuery> metricsQuery(Database &db, const QString &from, const QString &to,
                                  const QString &currency, const QString &planSlug);

// One month-end of the MRR series (amounts in minor units of the query's currency).
struct MonthMetrics {
    QDate month; // its first day
    metrics::MonthInputs inputs;
    qint64 reactivatedCustomers = 0;
    qint64 newCustomers = 0;
    metrics::MonthRates rates;
    // Revenue of the month: invoices issued (tax included, not drafts or cancelled ones),
    // payments received (succeeded, settled in the month; credit applied is not cash and is
    // left out), credit notes issued (their total, as a positive amount).
    qint64 invoiced = 0;
    qint64 collected = 0;
    qint64 refunded = 0;
};

struct PlanMonthMetrics {
    QDate month;
    qint64 subscriptions = 0; // counting toward MRR at the month-end (free ones too)
    qint64 mrr = 0;
    qint64 newSubscriptions = 0;     // counting now on this plan, not counting a month before
    qint64 churnedSubscriptions = 0; // counting a month before on this plan, not counting now
    qint64 invoiced = 0;             // net of its invoice lines issued in the month (no tax)
    qint64 collected = 0;            // net of its lines on invoices paid in the month
};

struct PlanMetrics {
    qint64 id = 0;
    QString slug;
    QString name;
    QList<PlanMonthMetrics> months;
};

// Over the whole period.
struct PromotionMetrics {
    qint64 id = 0;
    QString code;
    QString name;
    qint64 uses = 0;
    qint64 customers = 0;
    qint64 revenue = 0;   // net (no tax) of the invoices that carry one of its uses
    qint64 discounts = 0; // given away
};

struct MetricsReport {
    QString currency;
    QList<MonthMetrics> months;
    QList<PlanMetrics> plans;
    QList<PromotionMetrics> promotions;
};

// All the metrics of the query, aggregated in SQL (window functions over the subscriptions'
// history, a handful of statements whatever the size of the book). The state of a
// subscription at a month-end is the last of its subscription_events before the month ends:
// the event says its status and plan; the price is the subscription's own for its current
// plan and the plan's for an earlier one; the recurring discount is the subscription's
// promotion (see models/metricsdefinitions.h).
Result<MetricsReport> computeMetrics(const Database &db, const MetricsQuery &query);

// The book's MRR at one month-end, computed the plain way (the last event of every
// subscription before the instant, valued one by one in SQL): the cross-check of the
// movement series.
Result<qint64> mrrAtMonthEnd(const Database &db, QDate month, const QString &currency,
                             const QTimeZone &zone);

// The report as the CLI prints it; JSON is byte for byte the same from either database.
QByteArray metricsJson(const MetricsReport &report);
QByteArray metricsCsv(const MetricsReport &report);
QString metricsTable(const MetricsReport &report);

} // namespace ic
