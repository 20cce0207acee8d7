#include "models/statuses.h"
#include "services/demo/demobook.h"
#include "services/storage/migrator.h"
#include "tests/support/testbooks.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace ic;
using ic::test::BothDatabases;

namespace {

DemoOptions smallBook()
{
    DemoOptions options;
    options.customers = 300;
    options.months = 8;
    options.seed = 7;
    options.endDate = QDate(2026, 6, 30);
    return options;
}

qint64 count(Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    EXPECT_TRUE(v.has_value()) << sql.toStdString();
    return v ? v->toLongLong() : -1;
}

// A digest of the rows that matter, to compare two books.
QByteArray digest(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql :
         {"SELECT id, public_id, number, status, total_minor, issue_date FROM invoices ORDER BY id",
          "SELECT id, email, country, company FROM customers ORDER BY id",
          "SELECT id, status, plan_id, next_billing_on FROM subscriptions ORDER BY id",
          "SELECT id, invoice_id, amount_minor, status FROM payments ORDER BY id"}) {
        auto q = db.exec(QString::fromLatin1(sql));
        EXPECT_TRUE(q.has_value());
        while (q && q->next())
            for (int i = 0; i < 6 && q->value(i).isValid(); ++i)
                hash.addData(QByteArray(q->value(i).toString().toUtf8() + '|'));
    }
    return hash.result();
}

} // namespace

class DemoBookTest : public BothDatabases {
protected:
    void SetUp() override
    {
        BothDatabases::SetUp();
        auto built = DemoBook(db()).build(smallBook());
        ASSERT_TRUE(built.has_value()) << built.error().message.toStdString();
        m_summary = *built;
    }
    DemoSummary m_summary;
};

TEST_P(DemoBookTest, HoldsWhatItSays)
{
    EXPECT_EQ(m_summary.customers, 300);
    EXPECT_EQ(count(db(), u"SELECT COUNT(*) FROM customers"_qs), 300);
    EXPECT_EQ(count(db(), u"SELECT COUNT(*) FROM invoices"_qs), m_summary.invoices);
    EXPECT_EQ(count(db(), u"SELECT COUNT(*) FROM payments"_qs), m_summary.payments);
    EXPECT_EQ(count(db(), u"SELECT COUNT(*) FROM plans"_qs), 9);
    EXPECT_GE(count(db(), u"SELECT COUNT(*) FROM promotions"_qs), 5);
    EXPECT_GT(m_summary.invoices, 300); // eight months of renewals
    // every part of the story happened at least once
    for (const char *status : {"trialing", "active", "cancelled", "expired", "past_due"})
        EXPECT_GT(count(db(), u"SELECT COUNT(*) FROM subscription_events WHERE to_status = '"_qs +
                                  QString::fromLatin1(status) + u"'"),
                  0)
            << status;
    EXPECT_GT(count(db(), u"SELECT COUNT(*) FROM payments WHERE status = 'failed'"_qs), 0);
    EXPECT_GT(count(db(), u"SELECT COUNT(*) FROM dunning_cases WHERE status = 'resolved'"_qs), 0);
    EXPECT_GT(count(db(), u"SELECT COUNT(*) FROM invoices WHERE reverse_charge = TRUE"_qs), 0);
    EXPECT_GT(count(db(), u"SELECT COUNT(*) FROM promotion_uses"_qs), 0);
    EXPECT_GT(count(db(), u"SELECT COUNT(*) FROM customers WHERE language = 'fr'"_qs), 0);
    EXPECT_GT(count(db(), u"SELECT COUNT(*) FROM customers WHERE country <> 'FR'"_qs), 0);
    // the homepage has its five sections
    EXPECT_EQ(count(db(), u"SELECT COUNT(DISTINCT section_type) FROM sections"_qs), 5);
    EXPECT_GE(count(db(), u"SELECT COUNT(*) FROM services"_qs), 3);
}

TEST_P(DemoBookTest, InvoiceNumbersAreGaplessWithinEachYear)
{
    auto q = db().exec(u"SELECT number, issue_date FROM invoices ORDER BY id"_qs);
    ASSERT_TRUE(q.has_value());
    QHash<QString, QList<int>> bySeries;
    static const QRegularExpression pattern(u"^(INV|CN)-(\\d{4})-(\\d{3,})$"_qs);
    while (q->next()) {
        const QString number = q->value(0).toString();
        const auto m = pattern.match(number);
        ASSERT_TRUE(m.hasMatch()) << number.toStdString();
        EXPECT_EQ(m.captured(2), toDate(q->value(1)).toString(u"yyyy"_qs)) << number.toStdString();
        bySeries[m.captured(1) + m.captured(2)].append(m.captured(3).toInt());
    }
    ASSERT_FALSE(bySeries.isEmpty());
    for (auto it = bySeries.begin(); it != bySeries.end(); ++it) {
        QList<int> numbers = it.value();
        std::sort(numbers.begin(), numbers.end());
        for (int i = 0; i < numbers.size(); ++i)
            ASSERT_EQ(numbers[i], i + 1) << it.key().toStdString();
    }
    // the series table says where each series goes on from
    auto series = db().exec(u"SELECT series, year, last_number FROM invoice_number_series"_qs);
    ASSERT_TRUE(series.has_value());
    int rows = 0;
    while (series->next()) {
        ++rows;
        const QString key = series->value(0).toString() + series->value(1).toString();
        EXPECT_EQ(series->value(2).toInt(), bySeries.value(key).size()) << key.toStdString();
    }
    EXPECT_EQ(rows, bySeries.size());
}

TEST_P(DemoBookTest, TotalsAreTheSumOfTheirLines)
{
    EXPECT_EQ(count(db(), u"SELECT COUNT(*) FROM invoices i WHERE i.subtotal_minor <> "
                          u"(SELECT SUM(quantity * unit_price_minor - discount_minor) FROM "
                          u"invoice_items t WHERE t.invoice_id = i.id) "
                          u"OR i.tax_minor <> (SELECT SUM(tax_minor) FROM invoice_items t WHERE "
                          u"t.invoice_id = i.id) "
                          u"OR i.total_minor <> (SELECT SUM(total_minor) FROM invoice_items t "
                          u"WHERE t.invoice_id = i.id) "
                          u"OR i.total_minor <> i.subtotal_minor + i.tax_minor"_qs),
              0);
    EXPECT_EQ(count(db(), u"SELECT COUNT(*) FROM invoices i WHERE NOT EXISTS "
                          u"(SELECT 1 FROM invoice_items t WHERE t.invoice_id = i.id)"_qs),
              0);
    // reverse-charge invoices carry no VAT; French consumers pay 20 %
    EXPECT_EQ(
        count(db(),
              u"SELECT COUNT(*) FROM invoices WHERE reverse_charge = TRUE AND tax_minor <> 0"_qs),
        0);
    EXPECT_EQ(
        count(
            db(),
            u"SELECT COUNT(*) FROM invoice_items t JOIN invoices i ON i.id = t.invoice_id "
            u"JOIN customers c ON c.id = i.customer_id WHERE c.country = 'FR' AND t.tax_rate_bp <> 2000"_qs),
        0);
}

TEST_P(DemoBookTest, EveryPaidInvoiceHasItsSucceededPayments)
{
    EXPECT_GT(
        count(db(), u"SELECT COUNT(*) FROM invoices WHERE status = 'paid' AND kind = 'invoice'"_qs),
        0);
    EXPECT_EQ(count(db(),
                    u"SELECT COUNT(*) FROM invoices i WHERE i.kind = 'invoice' AND i.status IN "
                    u"('paid', 'refunded') "
                    u"AND i.total_minor <> COALESCE((SELECT SUM(amount_minor) FROM payments p "
                    u"WHERE p.invoice_id = i.id AND p.status = 'succeeded'), 0)"_qs),
              0);
    EXPECT_EQ(
        count(
            db(),
            u"SELECT COUNT(*) FROM invoices WHERE status = 'paid' AND amount_paid_minor <> total_minor"_qs),
        0);
    // an unpaid invoice has no succeeded payment covering it
    EXPECT_EQ(
        count(
            db(),
            u"SELECT COUNT(*) FROM invoices i WHERE i.status = 'overdue' AND i.total_minor <= "
            u"COALESCE((SELECT SUM(amount_minor) FROM payments p WHERE p.invoice_id = i.id AND p.status = 'succeeded'), 0)"_qs),
        0);
    // credits are never used beyond their amount
    EXPECT_EQ(
        count(
            db(),
            u"SELECT COUNT(*) FROM user_credits c WHERE c.used_minor <> "
            u"COALESCE((SELECT SUM(amount_minor) FROM credit_applications a WHERE a.credit_id = c.id), 0)"_qs),
        0);
}

TEST_P(DemoBookTest, HistoryFollowsTheTransitionTable)
{
    auto q = db().exec(
        u"SELECT from_status, to_status FROM subscription_events WHERE from_status IS NOT NULL"_qs);
    ASSERT_TRUE(q.has_value());
    int checked = 0;
    while (q->next()) {
        const auto from = subscriptionStatusFromString(q->value(0).toString());
        const auto to = subscriptionStatusFromString(q->value(1).toString());
        ASSERT_TRUE(from && to);
        if (*from != *to) { // same status: a plan change
            EXPECT_TRUE(isAllowed(*from, *to)) << q->value(0).toString().toStdString() << " -> "
                                               << q->value(1).toString().toStdString();
        }
        ++checked;
    }
    EXPECT_GT(checked, 50);
    // a subscription's status is the last event's
    EXPECT_EQ(
        count(
            db(),
            u"SELECT COUNT(*) FROM subscriptions s WHERE s.status <> (SELECT e.to_status FROM "
            u"subscription_events e WHERE e.subscription_id = s.id ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1)"_qs),
        0);
}

TEST_P(DemoBookTest, ANonEmptyBookIsRefusedWithoutForce)
{
    const qint64 invoices = count(db(), u"SELECT COUNT(*) FROM invoices"_qs);
    DemoOptions options = smallBook();
    options.customers = 10;
    auto again = DemoBook(db()).build(options);
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::NotEmpty);
    EXPECT_TRUE(again.error().message.contains(u"--force"_qs));
    EXPECT_EQ(count(db(), u"SELECT COUNT(*) FROM invoices"_qs), invoices);
    options.force = true;
    auto replaced = DemoBook(db()).build(options);
    ASSERT_TRUE(replaced.has_value()) << replaced.error().message.toStdString();
    EXPECT_EQ(count(db(), u"SELECT COUNT(*) FROM customers"_qs), 10);
    // new rows after a bulk load get fresh ids
    EXPECT_TRUE(
        db().exec(
                u"INSERT INTO tax_rates (country, rate_bp, valid_from) VALUES ('LU', 1700, '2024-01-01')"_qs)
            .has_value());
}

TEST_P(DemoBookTest, PromotionsAreOnlyWhatTheEngineWouldGrant)
{
    ASSERT_GT(count(db(), u"SELECT COUNT(*) FROM promotion_uses"_qs), 0);
    // A code is typed at the first payment only: a renewal (any invoice of a subscription
    // after its first) takes auto-apply promotions alone, as DailyRun bills it.
    EXPECT_EQ(count(db(),
                    u"SELECT COUNT(*) FROM promotion_uses u "
                    u"JOIN promotions p ON p.id = u.promotion_id "
                    u"JOIN invoices i ON i.id = u.invoice_id "
                    u"WHERE p.auto_apply = FALSE AND i.id > (SELECT MIN(f.id) FROM invoices "
                    u"f WHERE f.subscription_id = i.subscription_id AND f.kind = 'invoice')"_qs),
              0);
    // Never outside its dates, never past its limits, never when switched off.
    EXPECT_EQ(count(db(), u"SELECT COUNT(*) FROM promotion_uses u "
                          u"JOIN promotions p ON p.id = u.promotion_id "
                          u"JOIN invoices i ON i.id = u.invoice_id "
                          u"WHERE (p.starts_on IS NOT NULL AND i.issue_date < p.starts_on) "
                          u"OR (p.ends_on IS NOT NULL AND i.issue_date > p.ends_on) "
                          u"OR p.is_active = FALSE"_qs),
              0);
    EXPECT_EQ(count(db(), u"SELECT COUNT(*) FROM promotions p WHERE p.current_uses <> "
                          u"(SELECT COUNT(*) FROM promotion_uses u WHERE u.promotion_id = p.id) "
                          u"OR (p.max_uses IS NOT NULL AND p.current_uses > p.max_uses)"_qs),
              0);
    EXPECT_EQ(count(db(), u"SELECT COUNT(*) FROM (SELECT u.promotion_id, u.customer_id, "
                          u"COUNT(*) AS n FROM promotion_uses u GROUP BY u.promotion_id, "
                          u"u.customer_id) t JOIN promotions p ON p.id = t.promotion_id "
                          u"WHERE p.max_uses_per_customer IS NOT NULL AND "
                          u"t.n > p.max_uses_per_customer"_qs),
              0);
    // Each use is the discount of its invoice's line: initial − discount = final, and the
    // line that names the promotion takes that discount.
    EXPECT_EQ(count(db(), u"SELECT COUNT(*) FROM promotion_uses u WHERE u.final_minor <> "
                          u"u.initial_minor - u.discount_minor OR NOT EXISTS (SELECT 1 FROM "
                          u"invoice_items t WHERE t.invoice_id = u.invoice_id AND t.promotion_id "
                          u"= u.promotion_id AND t.discount_minor = u.discount_minor)"_qs),
              0);
}

TEST_P(DemoBookTest, DunningCasesStandOnTheLadder)
{
    // The standard ladder: J+0, J+3, J+7, J+14 (suspends), J+30 (cancels). A case that is
    // still open waits for the step at its stage; a suspended one has taken J+14 and waits for
    // J+30; a cancelled one has taken all five; a resolved one waits for nothing.
    const int offsets[] = {0, 3, 7, 14, 30};
    auto q =
        db().exec(u"SELECT id, status, opened_on, stage, next_action_on FROM dunning_cases"_qs);
    ASSERT_TRUE(q.has_value());
    int open = 0, resolved = 0;
    while (q->next()) {
        const QString status = q->value(1).toString();
        const QDate opened = toDate(q->value(2));
        const int stage = q->value(3).toInt();
        const QDate next = toDate(q->value(4));
        const std::string id = q->value(0).toString().toStdString();
        if (status == u"resolved" || status == u"cancelled") {
            EXPECT_FALSE(next.isValid()) << id;
            if (status == u"cancelled") {
                EXPECT_EQ(stage, 5) << id;
            }
            EXPECT_GE(stage, 1) << id; // J+0 is taken the day the case opens
            ++resolved;
            continue;
        }
        ++open;
        ASSERT_GE(stage, 1) << id;
        ASSERT_LE(stage, 4) << id;
        EXPECT_EQ(status == u"suspended", stage == 4) << id << " " << status.toStdString();
        EXPECT_EQ(next, opened.addDays(offsets[stage])) << id;
    }
    EXPECT_GT(resolved, 0);
    // no retry after a hard decline: one attempt, the J+0 charge
    EXPECT_EQ(count(db(), u"SELECT COUNT(*) FROM dunning_cases WHERE hard_decline = TRUE AND "
                          u"attempts <> 1"_qs),
              0);
}

IC_BOTH_DATABASES(DemoBookTest);

TEST(DemoBookDeterminism, SameSeedSameBookAndCancelLeavesItEmpty)
{
    auto a = ic::test::freshBook(Dialect::SQLite);
    auto b = ic::test::freshBook(Dialect::SQLite);
    ASSERT_TRUE(a && b);
    ASSERT_TRUE(DemoBook(*a->db).build(smallBook()).has_value());
    ASSERT_TRUE(DemoBook(*b->db).build(smallBook()).has_value());
    EXPECT_EQ(digest(*a->db), digest(*b->db));

    auto c = ic::test::freshBook(Dialect::SQLite);
    ASSERT_TRUE(c);
    DemoOptions other = smallBook();
    other.seed = 8;
    ASSERT_TRUE(DemoBook(*c->db).build(other).has_value());
    EXPECT_NE(digest(*a->db), digest(*c->db));

    auto d = ic::test::freshBook(Dialect::SQLite);
    ASSERT_TRUE(d);
    int calls = 0;
    auto cancelled =
        DemoBook(*d->db).build(smallBook(), [&](qint64, qint64) { return ++calls < 3; });
    ASSERT_FALSE(cancelled.has_value());
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(count(*d->db, u"SELECT COUNT(*) FROM customers"_qs), 0);
    EXPECT_EQ(count(*d->db, u"SELECT COUNT(*) FROM plans"_qs), 0);
}
