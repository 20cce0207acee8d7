// The metrics report written out for the CLI: JSON in the key order of issue #15 (amounts
// and rates as exact decimal strings, counts as numbers, null where a rate has no
// denominator), CSV with one line per month, and a plain text table.
#include "services/analytics/metrics.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ic {

namespace {

QString quoted(const QString &text)
{
    QString json =
        QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    return json.mid(1, json.size() - 2); // ["…"] → "…"
}

QString amount(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toDecimalString();
}

QString optionalAmount(const std::optional<qint64> &minor, const QString &currency)
{
    return minor ? amount(*minor, currency) : QString();
}

QString optionalRate(const std::optional<metrics::Decimal> &value)
{
    return value ? value->toString() : QString();
}

// One field per column, in the order of the JSON; empty text is "none".
struct Field {
    const char *key;
    QString text;
    bool isNumber = false;
};

QList<Field> monthFields(const MonthMetrics &m, const QString &currency)
{
    const auto &in = m.inputs;
    const auto &r = m.rates;
    return {
        {"month", m.month.toString(u"yyyy-MM"_qs)},
        {"mrr", amount(in.endMrr, currency)},
        {"arr", amount(12 * in.endMrr, currency)},
        {"new_mrr", amount(in.newMrr, currency)},
        {"expansion_mrr", amount(in.expansionMrr, currency)},
        {"contraction_mrr", amount(in.contractionMrr, currency)},
        {"churned_mrr", amount(in.churnedMrr, currency)},
        {"reactivation_mrr", amount(in.reactivationMrr, currency)},
        {"customers", QString::number(in.endCustomers), true},
        {"new_customers", QString::number(m.newCustomers), true},
        {"churned_customers", QString::number(in.churnedCustomers), true},
        {"customer_churn_rate", optionalRate(r.customerChurn)},
        {"gross_mrr_churn_rate", optionalRate(r.grossMrrChurn)},
        {"net_mrr_churn_rate", optionalRate(r.netMrrChurn)},
        {"arpa", optionalAmount(r.arpa, currency)},
        {"ltv", optionalAmount(r.ltv, currency)},
        {"quick_ratio", optionalRate(r.quickRatio)},
        {"trial_conversion_rate", optionalRate(r.trialConversion)},
    };
}

QList<Field> revenueFields(const MonthMetrics &m, const QString &currency)
{
    return {{"month", m.month.toString(u"yyyy-MM"_qs)},
            {"start_mrr", amount(m.inputs.startMrr, currency)},
            {"reactivated_customers", QString::number(m.reactivatedCustomers), true},
            {"trials_ended", QString::number(m.inputs.trialsEnded), true},
            {"trials_converted", QString::number(m.inputs.trialsConverted), true},
            {"invoiced", amount(m.invoiced, currency)},
            {"collected", amount(m.collected, currency)},
            {"refunded", amount(m.refunded, currency)}};
}

QList<Field> planMonthFields(const PlanMonthMetrics &m, const QString &currency)
{
    return {{"month", m.month.toString(u"yyyy-MM"_qs)},
            {"subscriptions", QString::number(m.subscriptions), true},
            {"mrr", amount(m.mrr, currency)},
            {"new_subscriptions", QString::number(m.newSubscriptions), true},
            {"churned_subscriptions", QString::number(m.churnedSubscriptions), true},
            {"invoiced", amount(m.invoiced, currency)},
            {"collected", amount(m.collected, currency)}};
}

QList<Field> promotionFields(const PromotionMetrics &p, const QString &currency)
{
    return {{"code", p.code},
            {"name", p.name},
            {"uses", QString::number(p.uses), true},
            {"customers", QString::number(p.customers), true},
            {"revenue", amount(p.revenue, currency)},
            {"discounts", amount(p.discounts, currency)}};
}

QString jsonObject(const QList<Field> &fields)
{
    QStringList parts;
    for (const Field &f : fields)
        parts.append(u'"' + QString::fromUtf8(f.key) + u"\": " +
                     (f.isNumber         ? f.text
                      : f.text.isEmpty() ? u"null"_qs
                                         : quoted(f.text)));
    return u'{' + parts.join(u", "_qs) + u'}';
}

template <typename T, typename F> QString jsonArray(const QList<T> &rows, F fields)
{
    QStringList items;
    for (const T &row : rows)
        items.append(u"    "_qs + jsonObject(fields(row)));
    if (items.isEmpty())
        return u"[]"_qs;
    return u"[\n"_qs + items.join(u",\n"_qs) + u"\n  ]";
}

QString csvCell(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_qs, u"\"\""_qs) + u'"';
}

} // namespace

QByteArray metricsJson(const MetricsReport &report)
{
    const QString &c = report.currency;
    QStringList plans;
    for (const PlanMetrics &plan : report.plans) {
        QStringList months;
        for (const PlanMonthMetrics &m : plan.months)
            months.append(u"        "_qs + jsonObject(planMonthFields(m, c)));
        plans.append(u"    {\"slug\": "_qs + quoted(plan.slug) + u", \"name\": " +
                     quoted(plan.name) + u", \"months\": [\n" + months.join(u",\n"_qs) +
                     u"\n    ]}");
    }
    const QString planList =
        plans.isEmpty() ? u"[]"_qs : QString(u"[\n" + plans.join(u",\n"_qs) + u"\n  ]");
    const QString text =
        u"{\n  \"currency\": "_qs + quoted(c) + u",\n  \"months\": " +
        jsonArray(report.months, [&](const MonthMetrics &m) { return monthFields(m, c); }) +
        u",\n  \"plans\": " + planList + u",\n  \"promotions\": " +
        jsonArray(report.promotions,
                  [&](const PromotionMetrics &p) { return promotionFields(p, c); }) +
        u",\n  \"revenue\": " +
        jsonArray(report.months, [&](const MonthMetrics &m) { return revenueFields(m, c); }) +
        u"\n}\n";
    return text.toUtf8();
}

QByteArray metricsCsv(const MetricsReport &report)
{
    QStringList lines;
    QStringList header{u"currency"_qs};
    if (report.months.isEmpty())
        return {};
    const auto first = monthFields(report.months.first(), report.currency) +
                       revenueFields(report.months.first(), report.currency).mid(1);
    for (const Field &f : first)
        header.append(QString::fromUtf8(f.key));
    lines.append(header.join(u','));
    for (const MonthMetrics &m : report.months) {
        QStringList cells{report.currency};
        for (const Field &f :
             monthFields(m, report.currency) + revenueFields(m, report.currency).mid(1))
            cells.append(csvCell(f.text));
        lines.append(cells.join(u','));
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

QString metricsTable(const MetricsReport &report)
{
    const QStringList columns{u"month"_qs,       u"mrr"_qs,     u"new"_qs,          u"expansion"_qs,
                              u"contraction"_qs, u"churned"_qs, u"reactivation"_qs, u"customers"_qs,
                              u"churn"_qs,       u"arpa"_qs,    u"ltv"_qs,          u"quick"_qs,
                              u"trials"_qs};
    QList<QStringList> rows{columns};
    const QString dash = QStringLiteral("—");
    const auto orDash = [&](const QString &t) { return t.isEmpty() ? dash : t; };
    for (const MonthMetrics &m : report.months) {
        const auto f = monthFields(m, report.currency);
        rows.append({f[0].text, f[1].text, f[3].text, f[4].text, f[5].text, f[6].text, f[7].text,
                     f[8].text, orDash(f[11].text), orDash(f[14].text), orDash(f[15].text),
                     orDash(f[16].text), orDash(f[17].text)});
    }
    QList<int> widths(columns.size(), 0);
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    QString text = report.currency + u'\n';
    for (const QStringList &row : rows) {
        QStringList cells;
        for (int i = 0; i < row.size(); ++i)
            cells.append(i == 0 ? row[i].leftJustified(widths[i])
                                : row[i].rightJustified(widths[i]));
        text += cells.join(u"  "_qs).trimmed() + u'\n';
    }
    return text;
}

} // namespace ic
