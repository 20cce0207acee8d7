#include "services/analytics/metrics.h"
#include "services/demo/demobook.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <QUuid>

#include <gtest/gtest.h>

using namespace ic;
using ic::test::BothDatabases;

namespace {

const QTimeZone kParis(QByteArrayLiteral("Europe/Paris"));

// Rows of the fixture book, in plain SQL (the metrics read the book, not the services that
// write it).
struct Fixture {
    Database &db;
    int numbers = 0;

    qint64 id(const QString &sql, Database::Binds binds)
    {
        return test::insertReturningId(db, sql, binds);
    }
    qint64 plan(const QString &slug, const QString &type, const QString &cycle, int interval,
                qint64 price, const QString &currency = u"EUR"_qs, int trialDays = 0)
    {
        return id(u"INSERT INTO plans (slug, name, plan_type, billing_cycle, interval_months, "
                  u"price_minor, currency, trial_days, created_at) VALUES (:s, :s, :t, :c, :i, "
                  u":p, :cur, :trial, '2025-01-01T00:00:00.000Z') RETURNING id"_qs,
                  {{"s", slug},
                   {"t", type},
                   {"c", cycle},
                   {"i", interval},
                   {"p", price},
                   {"cur", currency},
                   {"trial", trialDays}});
    }
    qint64 promotion(const QString &code, const QString &scope, QVariant perCustomer)
    {
        return id(u"INSERT INTO promotions (code, name, discount_type, percent_bp, applies_to, "
                  u"max_uses_per_customer, created_at) VALUES (:c, :c, 'percentage', :bp, :scope, "
                  u":per, '2025-01-01T00:00:00.000Z') RETURNING id"_qs,
                  {{"c", code},
                   {"bp", code == u"FREE100" ? 10000 : 1000},
                   {"scope", scope},
                   {"per", perCustomer}});
    }
    qint64 customer(const QString &name) { return test::makeCustomer(db, name + u"@example.com"); }
    // A subscription as it is now, and its history: (instant, from, to, from plan, to plan).
    struct Step {
        const char *at;
        const char *from;
        const char *to;
        qint64 fromPlan;
        qint64 toPlan;
    };
    qint64 subscription(qint64 customer, qint64 plan, const QString &status, qint64 price,
                        const QList<Step> &history, qint64 promotion = 0,
                        const QString &currency = u"EUR"_qs, const QString &trialEnds = {})
    {
        const QString started = QString::fromLatin1(history.first().at).left(10);
        const qint64 s = id(
            u"INSERT INTO subscriptions (customer_id, plan_id, status, started_on, trial_ends_on, "
            u"current_period_start, current_period_end, anchor_day, promotion_id, price_minor, "
            u"currency, gateway, created_at) VALUES (:c, :p, :st, :start, :trial, :start, :start, "
            u"1, :promo, :price, :cur, 'manual', :at) RETURNING id"_qs,
            {{"c", customer},
             {"p", plan},
             {"st", status},
             {"start", started},
             {"trial", trialEnds.isEmpty() ? QVariant() : QVariant(trialEnds)},
             {"promo", nullIfZero(promotion)},
             {"price", price},
             {"cur", currency},
             {"at", QString::fromLatin1(history.first().at)}});
        for (const Step &step : history)
            id(u"INSERT INTO subscription_events (subscription_id, occurred_at, from_status, "
               u"to_status, from_plan_id, to_plan_id, actor, reason) VALUES (:s, :at, :f, :t, "
               u":fp, :tp, 'test', 'fixture') RETURNING id"_qs,
               {{"s", s},
                {"at", QString::fromLatin1(step.at)},
                {"f", step.from ? QVariant(QString::fromLatin1(step.from)) : QVariant()},
                {"t", QString::fromLatin1(step.to)},
                {"fp", nullIfZero(step.fromPlan)},
                {"tp", nullIfZero(step.toPlan)}});
        return s;
    }
    // One invoice of one plan line at 20 % VAT (net − discount, tax, total), paid or not.
    qint64 invoice(qint64 customer, qint64 sub, qint64 plan, const QString &day, qint64 price,
                   qint64 discount, const QString &status, qint64 promotion = 0,
                   const QString &kind = u"invoice"_qs, qint64 creditFor = 0)
    {
        // a credit note is written negative, as the invoicing service writes it
        const qint64 sign = kind == u"credit_note" ? -1 : 1;
        const qint64 net = sign * (price - discount);
        const qint64 tax = net / 5;
        const bool paid = status == u"paid" || status == u"refunded";
        const qint64 inv = id(
            u"INSERT INTO invoices (public_id, number, kind, credit_for_invoice_id, customer_id, "
            u"subscription_id, status, currency, subtotal_minor, discount_minor, tax_minor, "
            u"total_minor, amount_paid_minor, issue_date, due_date, period_start, period_end, "
            u"paid_at, created_at) VALUES (:pub, :num, :kind, :cf, :c, :s, :st, 'EUR', :sub, "
            u":disc, :tax, :tot, :paid, :day, :day, :day, :day, :paid_at, :created) "
            u"RETURNING id"_qs,
            {{"pub", QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {"num", QString(u"T-"_qs + QString::number(++numbers))},
             {"kind", kind},
             {"cf", nullIfZero(creditFor)},
             {"c", customer},
             {"s", sub},
             {"st", status},
             {"sub", net},
             {"disc", sign * discount},
             {"tax", tax},
             {"tot", net + tax},
             {"paid", paid ? net + tax : 0},
             {"day", day},
             {"paid_at", paid ? QVariant(QString(day + u"T12:00:00.000Z")) : QVariant()},
             {"created", QString(day + u"T12:00:00.000Z")}});
        id(u"INSERT INTO invoice_items (invoice_id, position, description, quantity, "
           u"unit_price_minor, discount_minor, tax_rate_bp, tax_minor, total_minor, plan_id, "
           u"promotion_id) VALUES (:i, 1, 'plan', :q, :u, :d, 2000, :tax, :tot, :p, :promo) "
           u"RETURNING id"_qs,
           {{"i", inv},
            {"q", sign},
            {"u", price},
            {"d", sign * discount},
            {"tax", tax},
            {"tot", net + tax},
            {"p", plan},
            {"promo", nullIfZero(promotion)}});
        if (paid && kind == u"invoice" && net + tax > 0)
            id(u"INSERT INTO payments (invoice_id, customer_id, amount_minor, currency, method, "
               u"status, attempted_at, settled_at) VALUES (:i, :c, :a, 'EUR', 'card', "
               u"'succeeded', :at, :at) RETURNING id"_qs,
               {{"i", inv},
                {"c", customer},
                {"a", net + tax},
                {"at", QString(day + u"T12:00:00.000Z")}});
        if (promotion)
            id(u"INSERT INTO promotion_uses (promotion_id, customer_id, invoice_id, initial_minor, "
               u"discount_minor, final_minor, currency, used_at) VALUES (:p, :c, :i, :init, :d, "
               u":f, 'EUR', :at) RETURNING id"_qs,
               {{"p", promotion},
                {"c", customer},
                {"i", inv},
                {"init", price},
                {"d", discount},
                {"f", net},
                {"at", QString(day + u"T12:00:00.000Z")}});
        return inv;
    }
};

// The fixture of issue #15, months 2025-12 (the state before) to 2026-06:
//   A  annual 190.00 from 01-10                        → 190.00 / 12 = 15.83 a month
//   B  starter 19.00 since 2025-12-05; pro on 02-10, starter again on 02-20 (no movement in
//      February), pro on 03-15 (expansion 30.00 in March)
//   C  pro 49.00 since 2025-11-03; paused 03-03 (churned 49.00), resumed 05-03 (reactivation)
//   D  trial from 01-05, pro on 01-19, first invoice paid (new 49.00 in January; 1 of 1 trials)
//   E  trial from 02-01, expired 02-15 (0 of 1 trials in February)
//   F  starter since 2025-10-01, cancelled 01-20 (churned 19.00); a new starter on 04-25,
//      three months later (reactivation 19.00)
//   G  pro at 100 % off every invoice from 02-02: worth 0, never a paying customer
//   H  starter from 03-05, its invoice refunded by a credit note on 03-20 (new 19.00 stands)
//   I  29.00 USD from 02-10: only in the USD figures
//   J  starter since 2025-12-15; past due 04-15, suspended 04-29 (both still count),
//      cancelled 05-15 (churned 19.00 in May)
//   K  pro from 06-05 with WELCOME10 (first payment only: MRR 49.00, the use −4.90)
//   L  starter, signed up at 2026-01-31T23:30Z = 1 February 00:30 in Paris: new in February
// MRR at the month-ends (start + new + expansion + reactivation − contraction − churned):
//   Dec 19 + 49 + 19 + 19 (B, C, F, J)                         = 106.00, 4 customers
//   Jan 106.00 + 15.83 (A) + 49 (D) − 19 (F)                   = 151.83, 5
//   Feb 151.83 + 19 (L)                                        = 170.83, 6
//   Mar 170.83 + 19 (H) + 30 (B) − 49 (C)                      = 170.83, 6
//   Apr 170.83 + 19 (F again)                                  = 189.83, 7
//   May 189.83 + 49 (C back) − 19 (J)                          = 219.83, 7
//   Jun 219.83 + 49 (K)                                        = 268.83, 8
void buildFixture(Database &db)
{
    Fixture f{db};
    const qint64 starter = f.plan(u"starter"_qs, u"monthly"_qs, u"monthly"_qs, 1, 1900);
    const qint64 pro = f.plan(u"pro"_qs, u"monthly"_qs, u"monthly"_qs, 1, 4900);
    const qint64 annual = f.plan(u"annual"_qs, u"annual"_qs, u"annual"_qs, 12, 19000);
    const qint64 trial = f.plan(u"trial"_qs, u"trial"_qs, u"none"_qs, 0, 0, u"EUR"_qs, 14);
    const qint64 usd = f.plan(u"usd-pro"_qs, u"monthly"_qs, u"monthly"_qs, 1, 2900, u"USD"_qs);
    const qint64 free100 = f.promotion(u"FREE100"_qs, u"both"_qs, QVariant());
    const qint64 welcome = f.promotion(u"WELCOME10"_qs, u"first_payment"_qs, 1);

    f.subscription(f.customer(u"a"_qs), annual, u"active"_qs, 19000,
                   {{"2026-01-10T12:00:00.000Z", nullptr, "active", 0, annual}});
    f.subscription(f.customer(u"b"_qs), pro, u"active"_qs, 4900,
                   {{"2025-12-05T12:00:00.000Z", nullptr, "active", 0, starter},
                    {"2026-02-10T12:00:00.000Z", "active", "active", starter, pro},
                    {"2026-02-20T12:00:00.000Z", "active", "active", pro, starter},
                    {"2026-03-15T12:00:00.000Z", "active", "active", starter, pro}});
    f.subscription(f.customer(u"c"_qs), pro, u"active"_qs, 4900,
                   {{"2025-11-03T12:00:00.000Z", nullptr, "active", 0, pro},
                    {"2026-03-03T12:00:00.000Z", "active", "paused", pro, pro},
                    {"2026-05-03T12:00:00.000Z", "paused", "active", pro, pro}});
    const qint64 d = f.customer(u"d"_qs);
    const qint64 dSub =
        f.subscription(d, pro, u"active"_qs, 4900,
                       {{"2026-01-05T12:00:00.000Z", nullptr, "trialing", 0, trial},
                        {"2026-01-19T12:00:00.000Z", "trialing", "active", trial, pro}},
                       0, u"EUR"_qs, u"2026-01-19"_qs);
    f.invoice(d, dSub, pro, u"2026-01-19"_qs, 4900, 0, u"paid"_qs);
    f.subscription(f.customer(u"e"_qs), trial, u"expired"_qs, 0,
                   {{"2026-02-01T12:00:00.000Z", nullptr, "trialing", 0, trial},
                    {"2026-02-15T12:00:00.000Z", "trialing", "expired", trial, trial}},
                   0, u"EUR"_qs, u"2026-02-15"_qs);
    const qint64 fc = f.customer(u"f"_qs);
    f.subscription(fc, starter, u"cancelled"_qs, 1900,
                   {{"2025-10-01T12:00:00.000Z", nullptr, "active", 0, starter},
                    {"2026-01-20T12:00:00.000Z", "active", "cancelled", starter, starter}});
    f.subscription(fc, starter, u"active"_qs, 1900,
                   {{"2026-04-25T12:00:00.000Z", nullptr, "active", 0, starter}});
    const qint64 g = f.customer(u"g"_qs);
    const qint64 gSub =
        f.subscription(g, pro, u"active"_qs, 4900,
                       {{"2026-02-02T12:00:00.000Z", nullptr, "active", 0, pro}}, free100);
    f.invoice(g, gSub, pro, u"2026-02-02"_qs, 4900, 4900, u"paid"_qs, free100);
    const qint64 h = f.customer(u"h"_qs);
    const qint64 hSub =
        f.subscription(h, starter, u"active"_qs, 1900,
                       {{"2026-03-05T12:00:00.000Z", nullptr, "active", 0, starter}});
    const qint64 hInvoice = f.invoice(h, hSub, starter, u"2026-03-05"_qs, 1900, 0, u"refunded"_qs);
    f.invoice(h, hSub, starter, u"2026-03-20"_qs, 1900, 0, u"paid"_qs, 0, u"credit_note"_qs,
              hInvoice);
    f.subscription(f.customer(u"i"_qs), usd, u"active"_qs, 2900,
                   {{"2026-02-10T12:00:00.000Z", nullptr, "active", 0, usd}}, 0, u"USD"_qs);
    f.subscription(f.customer(u"j"_qs), starter, u"cancelled"_qs, 1900,
                   {{"2025-12-15T12:00:00.000Z", nullptr, "active", 0, starter},
                    {"2026-04-15T12:00:00.000Z", "active", "past_due", starter, starter},
                    {"2026-04-29T12:00:00.000Z", "past_due", "suspended", starter, starter},
                    {"2026-05-15T12:00:00.000Z", "suspended", "cancelled", starter, starter}});
    const qint64 k = f.customer(u"k"_qs);
    const qint64 kSub =
        f.subscription(k, pro, u"active"_qs, 4900,
                       {{"2026-06-05T12:00:00.000Z", nullptr, "active", 0, pro}}, welcome);
    f.invoice(k, kSub, pro, u"2026-06-05"_qs, 4900, 490, u"paid"_qs, welcome);
    f.subscription(f.customer(u"l"_qs), starter, u"active"_qs, 1900,
                   {{"2026-01-31T23:30:00.000Z", nullptr, "active", 0, starter}});
}

MetricsQuery fixtureQuery(const QString &currency = u"EUR"_qs)
{
    MetricsQuery q;
    q.from = QDate(2026, 1, 1);
    q.to = QDate(2026, 6, 1);
    q.currency = currency;
    q.today = QDate(2026, 6, 30);
    q.zone = kParis;
    return q;
}

QString text(const std::optional<metrics::Decimal> &d)
{
    return d ? d->toString() : u"none"_qs;
}

void expectIdentity(const MetricsReport &report)
{
    for (const MonthMetrics &m : report.months) {
        const auto &in = m.inputs;
        EXPECT_EQ(in.startMrr + in.newMrr + in.expansionMrr + in.reactivationMrr -
                      in.contractionMrr - in.churnedMrr,
                  in.endMrr)
            << m.month.toString(Qt::ISODate).toStdString();
    }
    for (qsizetype i = 1; i < report.months.size(); ++i)
        EXPECT_EQ(report.months[i].inputs.startMrr, report.months[i - 1].inputs.endMrr);
}

} // namespace

class MetricsTest : public BothDatabases {};

TEST_P(MetricsTest, TheFixtureMonthByMonth)
{
    buildFixture(db());
    auto report = computeMetrics(db(), fixtureQuery());
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    ASSERT_EQ(report->months.size(), 6);
    expectIdentity(*report);
    struct Expected {
        qint64 start, newMrr, expansion, contraction, churned, reactivation, end;
        qint64 customers, newCustomers, churnedCustomers;
    };
    const Expected expected[] = {
        {10600, 6483, 0, 0, 1900, 0, 15183, 5, 2, 1},    // Jan: A 1583 + D 4900 new; F churned
        {15183, 1900, 0, 0, 0, 0, 17083, 6, 1, 0},       // Feb: L; B up and down is no movement
        {17083, 1900, 3000, 0, 4900, 0, 17083, 6, 1, 1}, // Mar: H; B expands; C paused
        {17083, 0, 0, 0, 0, 1900, 18983, 7, 0, 0},       // Apr: F back; J past due, suspended
        {18983, 0, 0, 0, 1900, 4900, 21983, 7, 0, 1},    // May: C resumed; J cancelled
        {21983, 4900, 0, 0, 0, 0, 26883, 8, 1, 0},       // Jun: K
    };
    for (int i = 0; i < 6; ++i) {
        SCOPED_TRACE(i);
        const auto &in = report->months[i].inputs;
        EXPECT_EQ(in.startMrr, expected[i].start);
        EXPECT_EQ(in.newMrr, expected[i].newMrr);
        EXPECT_EQ(in.expansionMrr, expected[i].expansion);
        EXPECT_EQ(in.contractionMrr, expected[i].contraction);
        EXPECT_EQ(in.churnedMrr, expected[i].churned);
        EXPECT_EQ(in.reactivationMrr, expected[i].reactivation);
        EXPECT_EQ(in.endMrr, expected[i].end);
        EXPECT_EQ(in.endCustomers, expected[i].customers);
        EXPECT_EQ(report->months[i].newCustomers, expected[i].newCustomers);
        EXPECT_EQ(in.churnedCustomers, expected[i].churnedCustomers);
        auto direct = mrrAtMonthEnd(db(), report->months[i].month, u"EUR"_qs, kParis);
        ASSERT_TRUE(direct.has_value()) << direct.error().message.toStdString();
        EXPECT_EQ(*direct, in.endMrr);
    }
    EXPECT_EQ(report->months[3].reactivatedCustomers, 1);
    EXPECT_EQ(report->months[4].reactivatedCustomers, 1);

    // January: churn 1 ÷ 4 = 0.2500; gross and net 1900 ÷ 10600 = 0.17925 → 0.1792 (the
    //   quotient is 0.179245…); quick (1583 + 4900) ÷ 1900 = 3.41210 → 3.4121; ARPA 15183 ÷ 5
    //   = 3036.6 → 30.37; six months Aug–Jan: 1 churned of 0 + 0 + 0 + 1 + 2 + 4 = 7 at the
    //   starts → LTV 3037 × 7 ÷ 1 = 212.59; trials 1 of 1.
    const auto &jan = report->months[0].rates;
    EXPECT_EQ(text(jan.customerChurn), u"0.2500"_qs);
    EXPECT_EQ(text(jan.grossMrrChurn), u"0.1792"_qs);
    EXPECT_EQ(text(jan.netMrrChurn), u"0.1792"_qs);
    EXPECT_EQ(text(jan.quickRatio), u"3.4121"_qs);
    EXPECT_EQ(jan.arpa, 3037);
    EXPECT_EQ(jan.ltv, 21259);
    EXPECT_EQ(text(jan.trialConversion), u"1.0000"_qs);
    // February: nothing lost (quick ratio none); ARPA 17083 ÷ 6 = 2847.17 → 28.47; LTV 2847 ×
    //   (0 + 0 + 1 + 2 + 4 + 5 = 12) ÷ 1 = 341.64; the trial of E expired: 0 of 1.
    const auto &feb = report->months[1].rates;
    EXPECT_EQ(text(feb.customerChurn), u"0.0000"_qs);
    EXPECT_EQ(text(feb.quickRatio), u"none"_qs);
    EXPECT_EQ(feb.arpa, 2847);
    EXPECT_EQ(feb.ltv, 34164);
    EXPECT_EQ(text(feb.trialConversion), u"0.0000"_qs);
    // March: churn 1 ÷ 6 = 0.16667 → 0.1667; gross 4900 ÷ 17083 = 0.28684 → 0.2868; net
    //   (4900 − 3000) ÷ 17083 = 0.11122 → 0.1112; quick (1900 + 3000) ÷ 4900 = 1.0000; LTV
    //   2847 × (0 + 1 + 2 + 4 + 5 + 6 = 18) ÷ 2 = 256.23; no trial ended.
    const auto &mar = report->months[2].rates;
    EXPECT_EQ(text(mar.customerChurn), u"0.1667"_qs);
    EXPECT_EQ(text(mar.grossMrrChurn), u"0.2868"_qs);
    EXPECT_EQ(text(mar.netMrrChurn), u"0.1112"_qs);
    EXPECT_EQ(text(mar.quickRatio), u"1.0000"_qs);
    EXPECT_EQ(mar.ltv, 25623);
    EXPECT_EQ(text(mar.trialConversion), u"none"_qs);
    // April: net (0 − 1900) ÷ 17083 = −0.1112; ARPA 18983 ÷ 7 = 2711.86 → 27.12; LTV 2712 ×
    //   (1 + 2 + 4 + 5 + 6 + 6 = 24) ÷ 2 = 325.44.
    const auto &apr = report->months[3].rates;
    EXPECT_EQ(text(apr.netMrrChurn), u"-0.1112"_qs);
    EXPECT_EQ(apr.arpa, 2712);
    EXPECT_EQ(apr.ltv, 32544);
    // May: churn 1 ÷ 7 = 0.14286 → 0.1429; gross 1900 ÷ 18983 = 0.10009 → 0.1001; net
    //   (1900 − 4900) ÷ 18983 = −0.15804 → −0.1580; quick 4900 ÷ 1900 = 2.57895 → 2.5789;
    //   ARPA 21983 ÷ 7 = 3140.43 → 31.40; LTV 3140 × (2 + 4 + 5 + 6 + 6 + 7 = 30) ÷ 3 = 314.00.
    const auto &may = report->months[4].rates;
    EXPECT_EQ(text(may.customerChurn), u"0.1429"_qs);
    EXPECT_EQ(text(may.grossMrrChurn), u"0.1001"_qs);
    EXPECT_EQ(text(may.netMrrChurn), u"-0.1580"_qs);
    EXPECT_EQ(text(may.quickRatio), u"2.5789"_qs);
    EXPECT_EQ(may.arpa, 3140);
    EXPECT_EQ(may.ltv, 31400);
    // June: ARPA 26883 ÷ 8 = 3360.375 → 33.60; LTV 3360 × (4 + 5 + 6 + 6 + 7 + 7 = 35) ÷ 3 =
    //   392.00.
    EXPECT_EQ(report->months[5].rates.arpa, 3360);
    EXPECT_EQ(report->months[5].rates.ltv, 39200);

    // Revenue, tax included: January D's 49.00 + 9.80 = 58.80 invoiced and collected; March
    // H's 22.80 invoiced, collected and refunded by the credit note; June K's 44.10 + 8.82 =
    // 52.92. G's invoice is 0.00 (nothing collected).
    EXPECT_EQ(report->months[0].invoiced, 5880);
    EXPECT_EQ(report->months[0].collected, 5880);
    EXPECT_EQ(report->months[1].invoiced, 0);
    EXPECT_EQ(report->months[1].collected, 0);
    EXPECT_EQ(report->months[2].invoiced, 2280);
    EXPECT_EQ(report->months[2].collected, 2280);
    EXPECT_EQ(report->months[2].refunded, 2280);
    EXPECT_EQ(report->months[5].invoiced, 5292);
    EXPECT_EQ(report->months[5].collected, 5292);
}

// Per plan at the month-ends: starter holds B, F, J in December; F leaves in January (B, J);
// L joins in February (3); in March B moves to pro and H joins (J, L, H); F's new one in April
// (4); J is cancelled in May (3). Pro: C; D joins in January (2); G (worth 0) in February
// (3); C pauses and B moves in, in March (D, G, B); C back in May (4); K in June (5), worth
// 4 × 49.00 + 0 = 196.00. Annual: A from January, 15.83.
TEST_P(MetricsTest, PerPlanAndPerPromotion)
{
    buildFixture(db());
    auto report = computeMetrics(db(), fixtureQuery());
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    QHash<QString, PlanMetrics> plans;
    for (const PlanMetrics &p : report->plans)
        plans.insert(p.slug, p);
    ASSERT_TRUE(plans.contains(u"starter"_qs));
    ASSERT_TRUE(plans.contains(u"pro"_qs));
    ASSERT_TRUE(plans.contains(u"annual"_qs));
    EXPECT_FALSE(plans.contains(u"usd-pro"_qs));
    const qint64 starterSubs[] = {2, 3, 3, 4, 3, 3};
    const qint64 starterNew[] = {0, 1, 1, 1, 0, 0};
    const qint64 starterChurned[] = {1, 0, 0, 0, 1, 0};
    const qint64 proSubs[] = {2, 3, 3, 3, 4, 5};
    const qint64 proNew[] = {1, 1, 0, 0, 1, 1};
    const qint64 proChurned[] = {0, 0, 1, 0, 0, 0};
    for (int i = 0; i < 6; ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(plans[u"starter"_qs].months[i].subscriptions, starterSubs[i]);
        EXPECT_EQ(plans[u"starter"_qs].months[i].mrr, 1900 * starterSubs[i]);
        EXPECT_EQ(plans[u"starter"_qs].months[i].newSubscriptions, starterNew[i]);
        EXPECT_EQ(plans[u"starter"_qs].months[i].churnedSubscriptions, starterChurned[i]);
        EXPECT_EQ(plans[u"pro"_qs].months[i].subscriptions, proSubs[i]);
        EXPECT_EQ(plans[u"pro"_qs].months[i].newSubscriptions, proNew[i]);
        EXPECT_EQ(plans[u"pro"_qs].months[i].churnedSubscriptions, proChurned[i]);
        EXPECT_EQ(plans[u"annual"_qs].months[i].mrr, 1583);
        EXPECT_EQ(plans[u"starter"_qs].months[i].mrr + plans[u"pro"_qs].months[i].mrr +
                      plans[u"annual"_qs].months[i].mrr,
                  report->months[i].inputs.endMrr);
    }
    EXPECT_EQ(plans[u"pro"_qs].months[5].mrr, 19600);
    // invoiced: net of the lines, no tax. Pro: January D 49.00; February G 0.00; June K 44.10.
    // Starter in March: H's 19.00 and its credit note −19.00; collected 19.00 (paid on 03-05).
    EXPECT_EQ(plans[u"pro"_qs].months[0].invoiced, 4900);
    EXPECT_EQ(plans[u"pro"_qs].months[0].collected, 4900);
    EXPECT_EQ(plans[u"pro"_qs].months[5].invoiced, 4410);
    EXPECT_EQ(plans[u"starter"_qs].months[2].invoiced, 0);
    EXPECT_EQ(plans[u"starter"_qs].months[2].collected, 1900);

    // Promotions: FREE100 once on G's invoice (0.00 of revenue, 49.00 given); WELCOME10 once
    // on K's (44.10, 4.90 given).
    ASSERT_EQ(report->promotions.size(), 2);
    EXPECT_EQ(report->promotions[0].code, u"FREE100"_qs);
    EXPECT_EQ(report->promotions[0].uses, 1);
    EXPECT_EQ(report->promotions[0].customers, 1);
    EXPECT_EQ(report->promotions[0].revenue, 0);
    EXPECT_EQ(report->promotions[0].discounts, 4900);
    EXPECT_EQ(report->promotions[1].code, u"WELCOME10"_qs);
    EXPECT_EQ(report->promotions[1].revenue, 4410);
    EXPECT_EQ(report->promotions[1].discounts, 490);
}

// The other currency: I's 29.00 USD from February, one new customer; nothing of it in EUR.
TEST_P(MetricsTest, EachCurrencyOnItsOwn)
{
    buildFixture(db());
    auto report = computeMetrics(db(), fixtureQuery(u"USD"_qs));
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    EXPECT_EQ(report->months[0].inputs.endMrr, 0);
    EXPECT_EQ(report->months[1].inputs.newMrr, 2900);
    EXPECT_EQ(report->months[5].inputs.endMrr, 2900);
    EXPECT_EQ(report->months[5].inputs.endCustomers, 1);
    expectIdentity(*report);
}

// --plan: only starter's subscriptions. B's move to pro in March is a churn of starter's
// MRR: Dec 3 × 19.00; Jan − F; Feb + L; Mar + H − B; Apr + F; May − J.
TEST_P(MetricsTest, OnePlan)
{
    buildFixture(db());
    MetricsQuery q = fixtureQuery();
    auto id = db().scalar(u"SELECT id FROM plans WHERE slug = 'starter'"_qs);
    ASSERT_TRUE(id.has_value());
    q.planId = id->toLongLong();
    auto report = computeMetrics(db(), q);
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    const qint64 ends[] = {3800, 5700, 5700, 7600, 5700, 5700};
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(report->months[i].inputs.endMrr, ends[i]) << i;
    EXPECT_EQ(report->months[2].inputs.churnedMrr, 1900);
    EXPECT_EQ(report->months[2].inputs.newMrr, 1900);
    ASSERT_EQ(report->plans.size(), 1);
    expectIdentity(*report);
}

TEST_P(MetricsTest, RefusesWhatItCannotRead)
{
    buildFixture(db());
    const auto refusal = [&](const QString &from, const QString &to, const QString &currency,
                             const QString &plan) {
        auto q = metricsQuery(db(), from, to, currency, plan);
        EXPECT_FALSE(q.has_value());
        return q ? QString() : q.error().message;
    };
    EXPECT_TRUE(refusal(u"2026-13"_qs, u"2026-06"_qs, u"EUR"_qs, {}).contains(u"\"2026-13\""_qs));
    EXPECT_TRUE(refusal(u"2026-01"_qs, u"June"_qs, u"EUR"_qs, {}).contains(u"\"June\""_qs));
    EXPECT_TRUE(refusal(u"2026-06"_qs, u"2026-01"_qs, u"EUR"_qs, {}).contains(u"2026-06"_qs));
    EXPECT_TRUE(refusal(u"2026-01"_qs, u"2026-06"_qs, u"GBP"_qs, {}).contains(u"\"GBP\""_qs));
    EXPECT_TRUE(
        refusal(u"2026-01"_qs, u"2026-06"_qs, u"EUR"_qs, u"gold"_qs).contains(u"\"gold\""_qs));
    auto fine = metricsQuery(db(), u"2026-01"_qs, u"2026-06"_qs, u"eur"_qs, u"STARTER"_qs);
    ASSERT_TRUE(fine.has_value()) << fine.error().message.toStdString();
    EXPECT_EQ(fine->currency, u"EUR"_qs);
    EXPECT_GT(fine->planId, 0);
}

// A small demo book (2,000 customers, 12 months): the identity every month, and the series
// against the plain month-end sum.
TEST_P(MetricsTest, TheDemoBookAddsUpEveryMonth)
{
    DemoOptions options;
    options.customers = 2000;
    options.months = 12;
    options.seed = 1;
    options.endDate = QDate(2026, 6, 30);
    auto built = DemoBook(db()).build(options);
    ASSERT_TRUE(built.has_value()) << built.error().message.toStdString();
    MetricsQuery q;
    q.from = QDate(2025, 7, 1);
    q.to = QDate(2026, 6, 1);
    q.today = QDate(2026, 6, 30);
    q.zone = kParis;
    auto report = computeMetrics(db(), q);
    ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    ASSERT_EQ(report->months.size(), 12);
    expectIdentity(*report);
    for (const MonthMetrics &m : report->months) {
        auto direct = mrrAtMonthEnd(db(), m.month, u"EUR"_qs, kParis);
        ASSERT_TRUE(direct.has_value());
        EXPECT_EQ(*direct, m.inputs.endMrr) << m.month.toString(Qt::ISODate).toStdString();
    }
    EXPECT_GT(report->months.last().inputs.endMrr, 0);
    qint64 churned = 0;
    qint64 expansion = 0;
    for (const MonthMetrics &m : report->months) {
        churned += m.inputs.churnedMrr;
        expansion += m.inputs.expansionMrr;
    }
    EXPECT_GT(churned, 0);
    EXPECT_GT(expansion, 0);
}

IC_BOTH_DATABASES(MetricsTest);

// The same book on both databases gives the same bytes of JSON: the fixture, and the demo
// book built with the same seed into each.
TEST(MetricsOnBothDatabases, TheSameJson)
{
    auto sqlite = test::freshBook(Dialect::SQLite);
    auto postgres = test::freshBook(Dialect::PostgreSQL);
    ASSERT_TRUE(sqlite && postgres);
    buildFixture(*sqlite->db);
    buildFixture(*postgres->db);
    auto a = computeMetrics(*sqlite->db, fixtureQuery());
    auto b = computeMetrics(*postgres->db, fixtureQuery());
    ASSERT_TRUE(a.has_value()) << a.error().message.toStdString();
    ASSERT_TRUE(b.has_value()) << b.error().message.toStdString();
    EXPECT_EQ(metricsJson(*a), metricsJson(*b));
    EXPECT_TRUE(metricsJson(*a).contains("\"mrr\": \"268.83\""));

    auto demoA = test::freshBook(Dialect::SQLite);
    auto demoB = test::freshBook(Dialect::PostgreSQL);
    ASSERT_TRUE(demoA && demoB);
    DemoOptions options;
    options.customers = 2000;
    options.months = 12;
    options.seed = 1;
    options.endDate = QDate(2026, 6, 30);
    ASSERT_TRUE(DemoBook(*demoA->db).build(options).has_value());
    ASSERT_TRUE(DemoBook(*demoB->db).build(options).has_value());
    MetricsQuery q;
    q.from = QDate(2025, 7, 1);
    q.to = QDate(2026, 6, 1);
    q.today = QDate(2026, 6, 30);
    q.zone = kParis;
    auto c = computeMetrics(*demoA->db, q);
    auto d = computeMetrics(*demoB->db, q);
    ASSERT_TRUE(c.has_value() && d.has_value());
    EXPECT_EQ(metricsJson(*c), metricsJson(*d));
}
