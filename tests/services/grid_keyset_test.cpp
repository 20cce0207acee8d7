// Keyset paging of every grid, on both databases: for every sortable column of the plan,
// promotion, customer and audit grids, in both directions, over rows with NULLs and repeated
// values in the sort column, walking every page by key gives exactly the rows of one
// ORDER BY query of the whole grid, each once, in its order; with a filter too; an empty
// grid; the last page. The NULL rule (after every value, whichever the direction) and the
// ties broken by id are checked by hand on one column.
#include "services/catalog/plangrid.h"
#include "services/catalog/promotiongrid.h"
#include "services/customers/customergrid.h"
#include "services/security/auditgrid.h"
#include "tests/services/samplebook.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <QSet>
#include <QUuid>

#include <gtest/gtest.h>

using namespace ic;
using ic::test::BothDatabases;

namespace {

constexpr int kPage = 3; // small pages: many of them end inside a run of equal values

// The value at `i` of a list, cycling; a null QVariant stands for NULL.
QVariant pick(const QVariantList &values, int i)
{
    return values.at(i % values.size());
}

class GridKeysetTest : public BothDatabases {
protected:
    void SetUp() override
    {
        BothDatabases::SetUp();
        fillCustomers();
        fillPlans();
        fillPromotions();
        fillAudit();
    }

    void run(const QString &sql, const QVariantMap &binds)
    {
        auto q = db().prepare(sql);
        ASSERT_TRUE(q) << q.error().message.toStdString();
        for (auto it = binds.cbegin(); it != binds.cend(); ++it)
            q->bindValue(u':' + it.key(), it.value());
        auto ran = Database::exec(*q);
        ASSERT_TRUE(ran) << ran.error().message.toStdString() << " " << sql.toStdString();
    }

    // 20 customers: names repeated in other cases, companies, phones and VAT numbers NULL
    // for some and repeated for the others, five countries' worth of repeats, times
    // repeated to the microsecond (PostgreSQL keeps them: a key read back must too).
    void fillCustomers()
    {
        const QVariantList names{u"Anne Martin"_qs,    u"anne martin"_qs, u"Bob Stone"_qs,
                                 u"Élodie Bernard"_qs, u"Zoé Lefèvre"_qs, u"Chloé Petit"_qs,
                                 u"BOB STONE"_qs};
        const QVariantList companies{QVariant(), u"Acme"_qs, u"acme"_qs, u"Zeta"_qs};
        const QVariantList countries{u"FR"_qs, u"BE"_qs, u"FR"_qs, u"DE"_qs, u"FR"_qs};
        const QVariantList phones{QVariant(), u"+33 1"_qs, u"+33 2"_qs, u"+33 1"_qs};
        const QVariantList vats{QVariant(), u"FR1"_qs, QVariant(), u"BE2"_qs, u"FR1"_qs};
        const QVariantList times{u"2026-01-03T10:00:00.123456Z"_qs,
                                 u"2026-01-01T10:00:00.123457Z"_qs,
                                 u"2026-01-03T10:00:00.123456Z"_qs};
        for (int i = 0; i < 20; ++i) {
            run(u"INSERT INTO customers (public_id, name, email, company, country, language, "
                u"phone, vat_number, created_at) VALUES (:p, :n, :e, :c, :country, :l, :phone, "
                u":vat, :at)"_qs,
                {{u"p"_qs, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                 {u"n"_qs, pick(names, i)},
                 {u"e"_qs, u"c%1@example.org"_qs.arg(i)},
                 {u"c"_qs, pick(companies, i)},
                 {u"country"_qs, pick(countries, i)},
                 {u"l"_qs, i % 3 ? u"fr"_qs : u"en"_qs},
                 {u"phone"_qs, pick(phones, i)},
                 {u"vat"_qs, pick(vats, i)},
                 {u"at"_qs, pick(times, i)}});
        }
        auto ids = db().exec(u"SELECT id FROM customers ORDER BY id"_qs);
        ASSERT_TRUE(ids);
        while (ids->next())
            m_customers.append(ids->value(0).toLongLong());
        ASSERT_EQ(m_customers.size(), 20);
        // Invoice numbers for the search by number: "INV-10…12" for the first three.
        for (int n = 0; n < 3; ++n) {
            auto invoice = test::insertInvoice(db(), m_customers.at(n), u"sent"_qs, u"EUR"_qs, 1000,
                                               QDate(2026, 3, 1));
            ASSERT_TRUE(invoice) << invoice.error().message.toStdString();
            run(u"UPDATE invoices SET number = :number WHERE id = :id"_qs,
                {{u"number"_qs, u"INV-1%1"_qs.arg(n)}, {u"id"_qs, *invoice}});
        }
    }

    // 15 plans, every column repeated, the nullable ones NULL for some; 0 to 2 features.
    void fillPlans()
    {
        for (int i = 0; i < 15; ++i) {
            run(u"INSERT INTO plans (slug, name, description, plan_type, billing_cycle, "
                u"interval_months, price_minor, currency, setup_fee_minor, trial_days, limits, "
                u"is_public, is_active, sort_order, signup_url, created_at) VALUES (:slug, :name, "
                u":description, :type, :cycle, :months, :price, :currency, :fee, :trial, "
                u":limits, :public, :active, :sort, :url, :at)"_qs,
                {{u"slug"_qs, u"plan-%1"_qs.arg(i)},
                 {u"name"_qs, pick({u"Basic"_qs, u"basic"_qs, u"Pro"_qs, u"Team"_qs}, i)},
                 {u"description"_qs, pick({QVariant(), u"a"_qs, u"b"_qs}, i)},
                 {u"type"_qs, pick({u"free"_qs, u"monthly"_qs, u"annual"_qs}, i)},
                 {u"cycle"_qs, pick({u"none"_qs, u"monthly"_qs}, i)},
                 {u"months"_qs, i % 3},
                 {u"price"_qs, pick({0, 900, 900, 1900}, i)},
                 {u"currency"_qs, pick({u"EUR"_qs, u"USD"_qs}, i)},
                 {u"fee"_qs, pick({0, 500}, i / 2)},
                 {u"trial"_qs, pick({0, 14, 0}, i)},
                 {u"limits"_qs, pick({u"{}"_qs, u"{\"users\": 3}"_qs}, i / 3)},
                 {u"public"_qs, i % 2 == 0},
                 {u"active"_qs, i % 3 != 0},
                 {u"sort"_qs, i % 4},
                 {u"url"_qs, pick({QVariant(), u"https://a"_qs, QVariant(), u"https://b"_qs}, i)},
                 {u"at"_qs,
                  pick({u"2026-02-01T08:00:00.000001Z"_qs, u"2026-02-01T08:00:00.000002Z"_qs},
                       i / 4)}});
        }
        run(u"INSERT INTO plan_features (plan_id, position, label) SELECT id, 1, 'Support' FROM "
            u"plans WHERE sort_order > 0"_qs,
            {});
        run(u"INSERT INTO plan_features (plan_id, position, label) SELECT id, 2, 'API' FROM "
            u"plans WHERE sort_order > 1"_qs,
            {});
    }

    // 15 promotions, percentages and amounts, limits and dates NULL for some; plans targeted
    // by some, uses recorded for some (their sums NULL for the others).
    void fillPromotions()
    {
        for (int i = 0; i < 15; ++i) {
            const bool isFixed = i % 2 == 1;
            run(u"INSERT INTO promotions (code, name, description, discount_type, percent_bp, "
                u"amount_minor, currency, max_uses, max_uses_per_customer, current_uses, "
                u"applies_to, starts_on, ends_on, is_active, auto_apply, is_stackable, created_at) "
                u"VALUES (:code, :name, :description, :type, :bp, :amount, :currency, :max, "
                u":per, :uses, :applies, :starts, :ends, :active, :auto, :stack, :at)"_qs,
                {{u"code"_qs, u"P%1"_qs.arg(i)},
                 {u"name"_qs, pick({u"Spring"_qs, u"spring"_qs, u"Ten"_qs}, i)},
                 {u"description"_qs, pick({QVariant(), u"x"_qs}, i / 2)},
                 {u"type"_qs, isFixed ? u"fixed"_qs : u"percentage"_qs},
                 {u"bp"_qs, isFixed ? 0 : pick({1000, 2500}, i / 2).toInt()},
                 {u"amount"_qs, isFixed ? pick({500, 1000}, i / 2) : QVariant()},
                 {u"currency"_qs, isFixed ? pick({u"EUR"_qs, u"USD"_qs}, i / 4)
                                          : pick({QVariant(), u"EUR"_qs}, i / 2)},
                 {u"max"_qs, pick({QVariant(), 10}, i / 3)},
                 {u"per"_qs, pick({QVariant(), 1, 1}, i)},
                 {u"uses"_qs, pick({0, 2}, i / 2)},
                 {u"applies"_qs, pick({u"first_payment"_qs, u"renewals"_qs, u"both"_qs}, i)},
                 {u"starts"_qs, pick({QVariant(), u"2026-03-01"_qs, u"2026-03-02"_qs}, i / 2)},
                 {u"ends"_qs, pick({QVariant(), u"2026-04-01"_qs}, i)},
                 {u"active"_qs, i % 3 != 0},
                 {u"auto"_qs, i % 4 == 0},
                 {u"stack"_qs, i % 5 == 0},
                 {u"at"_qs,
                  pick({u"2026-02-01T08:00:00.000001Z"_qs, u"2026-02-03T08:00:00.000000Z"_qs},
                       i / 3)}});
        }
        run(u"INSERT INTO promotion_plans (promotion_id, plan_id) SELECT pr.id, pl.id FROM "
            u"promotions pr, plans pl WHERE pl.sort_order = 1 AND pr.current_uses = 2"_qs,
            {});
        // Uses for the promotions with current_uses 2: two each, of 1.00 or 2.00 given away.
        run(u"INSERT INTO promotion_uses (promotion_id, customer_id, initial_minor, "
            u"discount_minor, final_minor, currency, used_at) SELECT id, :customer, 1000, "
            u"100 * (1 + id % 2), 900, 'EUR', '2026-03-05T00:00:00.000Z' FROM promotions WHERE "
            u"current_uses = 2"_qs,
            {{u"customer"_qs, m_customers.first()}});
        run(u"INSERT INTO promotion_uses (promotion_id, customer_id, initial_minor, "
            u"discount_minor, final_minor, currency, used_at) SELECT id, :customer, 1000, 100, "
            u"900, 'EUR', '2026-03-06T00:00:00.000Z' FROM promotions WHERE current_uses = 2"_qs,
            {{u"customer"_qs, m_customers.first()}});
    }

    // 20 audit entries: times, people (in two cases), records and actions repeated.
    void fillAudit()
    {
        for (int i = 0; i < 20; ++i)
            run(u"INSERT INTO audit_log (occurred_at, actor, entity, entity_id, action) VALUES "
                u"(:at, :actor, :entity, :entity_id, :action)"_qs,
                {{u"at"_qs,
                  pick({u"2026-03-01T09:00:00.000001Z"_qs, u"2026-03-01T09:00:00.000002Z"_qs,
                        u"2026-02-28T09:00:00.000000Z"_qs},
                       i / 2)},
                 {u"actor"_qs, pick({u"ann"_qs, u"Ann"_qs, u"bob"_qs}, i)},
                 {u"entity"_qs, pick({u"plan"_qs, u"customer"_qs}, i / 3)},
                 {u"entity_id"_qs, pick({u"1"_qs, u"12"_qs, u"2"_qs, u"12"_qs}, i)},
                 {u"action"_qs, pick({u"create"_qs, u"update"_qs, u"update"_qs}, i / 2)}});
    }

    // The ids of one ORDER BY query of the whole grid, in its order.
    QList<qint64> oneQuery(const gridsql::Query &query)
    {
        const QString sql = u"SELECT " + query.idColumn + u" FROM " + query.from +
                            (query.where.isEmpty() ? QString() : u" WHERE (" + query.where + u')') +
                            u" ORDER BY " + gridsql::orderBy(query);
        auto q = db().prepare(sql);
        EXPECT_TRUE(q) << q.error().message.toStdString();
        QList<qint64> ids;
        if (!q)
            return ids;
        for (auto it = query.binds.cbegin(); it != query.binds.cend(); ++it)
            q->bindValue(u':' + it.key(), it.value());
        auto ran = Database::exec(*q);
        EXPECT_TRUE(ran) << ran.error().message.toStdString() << " " << sql.toStdString();
        while (ran && q->next())
            ids.append(q->value(0).toLongLong());
        return ids;
    }

    // The ids of every page of `kPage` rows, each asked for after the key of the one before,
    // until a page comes back short; checks every page but the last is full and that the
    // key of the last page gives nothing more.
    QList<qint64> walk(const GridSource &grid, const GridRequest &request)
    {
        QList<qint64> ids;
        std::optional<GridKey> after;
        for (int n = 0; n < 100; ++n) {
            auto page = grid.fetch(db(), request, after, kPage);
            EXPECT_TRUE(page) << page.error().message.toStdString();
            if (!page)
                break;
            for (const GridRow &row : page->rows)
                ids.append(row.id);
            if (page->rows.size() < kPage)
                return ids;
            after = page->last;
        }
        return ids;
    }

    // Every column, both directions, under `filter`: the walk is the one query, each row
    // once, as many as count() says. Returns how many rows each column's walk gave.
    template <typename Grid> void everyColumn(const Grid &grid, const QString &filter)
    {
        const int columns = int(grid.columns().size());
        for (int column = 0; column < columns; ++column)
            for (const bool descending : {false, true}) {
                const GridRequest request{filter, column, descending};
                const QString what = grid.columns().at(column).key +
                                     (descending ? u" desc"_qs : u" asc"_qs) + u" filter \"" +
                                     filter + u'"';
                const QList<qint64> expected = oneQuery(grid.query(db(), request));
                const QList<qint64> walked = walk(grid, request);
                EXPECT_EQ(walked, expected) << what.toStdString();
                EXPECT_EQ(QSet<qint64>(walked.begin(), walked.end()).size(), walked.size())
                    << what.toStdString();
                EXPECT_EQ(grid.count(db(), request).value_or(-1), walked.size())
                    << what.toStdString();
                EXPECT_FALSE(walked.isEmpty()) << what.toStdString();
            }
    }

    QList<qint64> m_customers; // in the order inserted
};

TEST_P(GridKeysetTest, EveryColumnOfEveryGridWalkedByKeyIsTheOneQuery)
{
    everyColumn(CustomerGrid(), QString());
    everyColumn(PlanGrid(), QString());
    everyColumn(PromotionGrid(), QString());
    everyColumn(AuditGrid(), QString());
}

TEST_P(GridKeysetTest, AFilterAndASortWalkedByKeyAreTheOneQuery)
{
    // Customers: a prefix of names ("anne martin" ×6: customers 0, 1, 7, 8, 14, 15), the
    // accented one, and an invoice number (3 customers, some of them by name as well).
    everyColumn(CustomerGrid(), u"anne"_qs);
    everyColumn(CustomerGrid(), u"bob"_qs);
    everyColumn(CustomerGrid(), u"inv-1"_qs);
    everyColumn(PlanGrid(), u"bas"_qs);
    everyColumn(PromotionGrid(), u"spring"_qs);
    AuditGrid audit;
    everyColumn(audit, u"ann"_qs);
    audit.setCriteria({u"plan"_qs, {}, {}, {}});
    everyColumn(audit, QString());
}

TEST_P(GridKeysetTest, AnEmptyGridHasOneEmptyPage)
{
    for (const bool descending : {false, true}) {
        const GridRequest nobody{u"nobody-here"_qs, CustomerGrid::Company, descending};
        CustomerGrid grid;
        auto page = grid.fetch(db(), nobody, std::nullopt, kPage);
        ASSERT_TRUE(page) << page.error().message.toStdString();
        EXPECT_TRUE(page->rows.isEmpty());
        EXPECT_EQ(grid.count(db(), nobody).value_or(-1), 0);
        PromotionGrid promotions;
        auto none = promotions.fetch(db(), {u"zzz"_qs, PromotionGrid::MaxUses, descending},
                                     std::nullopt, kPage);
        ASSERT_TRUE(none) << none.error().message.toStdString();
        EXPECT_TRUE(none->rows.isEmpty());
    }
    // A book with nothing in it: every grid, every column, both directions.
    auto empty = test::freshBook(GetParam());
    ASSERT_TRUE(empty);
    auto nothing = [&](const GridSource &grid) {
        for (int column = 0; column < grid.columns().size(); ++column)
            for (const bool descending : {false, true}) {
                const GridRequest request{{}, column, descending};
                auto page = grid.fetch(*empty->db, request, std::nullopt, kPage);
                ASSERT_TRUE(page) << page.error().message.toStdString();
                EXPECT_TRUE(page->rows.isEmpty()) << column;
                EXPECT_EQ(grid.count(*empty->db, request).value_or(-1), 0) << column;
            }
    };
    nothing(CustomerGrid());
    nothing(PlanGrid());
    nothing(PromotionGrid());
    nothing(AuditGrid());
}

TEST_P(GridKeysetTest, TheLastPageIsShortAndNothingComesAfterIt)
{
    // 20 customers in pages of 3: six full pages and a last one of 20 − 18 = 2.
    CustomerGrid grid;
    const GridRequest byName{{}, CustomerGrid::Name, false};
    std::optional<GridKey> after;
    QList<int> sizes;
    for (int n = 0; n < 10; ++n) {
        auto page = grid.fetch(db(), byName, after, kPage);
        ASSERT_TRUE(page) << page.error().message.toStdString();
        sizes.append(int(page->rows.size()));
        if (page->rows.isEmpty())
            break;
        after = page->last;
    }
    EXPECT_EQ(sizes, (QList<int>{3, 3, 3, 3, 3, 3, 2, 0}));
    // 15 plans in pages of 3: the fifth page is full, and the page after its key is empty.
    PlanGrid plans;
    const GridRequest byUrl{{}, PlanGrid::SignupUrl, true};
    sizes.clear();
    after.reset();
    for (int n = 0; n < 10; ++n) {
        auto page = plans.fetch(db(), byUrl, after, kPage);
        ASSERT_TRUE(page) << page.error().message.toStdString();
        sizes.append(int(page->rows.size()));
        if (page->rows.isEmpty())
            break;
        after = page->last;
    }
    EXPECT_EQ(sizes, (QList<int>{3, 3, 3, 3, 3, 0}));
}

TEST_P(GridKeysetTest, EmptyValuesComeAfterEveryValueInBothDirectionsAndTiesGoById)
{
    // Companies of customers 0…19 cycle NULL, Acme, acme, Zeta: NULL for customers 0, 4, 8,
    // 12, 16; "acme" (either case) for 1, 2, 5, 6, 9, 10, 13, 14, 17, 18; Zeta for 3, 7, 11,
    // 15, 19. Ascending: acme, Zeta, then the NULLs, each run by id; descending: Zeta, acme
    // by id descending, then the NULLs, by id descending too.
    CustomerGrid grid;
    auto walkedCustomers = [&](bool descending) {
        QList<int> numbers;
        for (qint64 id : walk(grid, GridRequest{{}, CustomerGrid::Company, descending}))
            numbers.append(int(m_customers.indexOf(id)));
        return numbers;
    };
    EXPECT_EQ(walkedCustomers(false),
              (QList<int>{1, 2, 5, 6, 9, 10, 13, 14, 17, 18, 3, 7, 11, 15, 19, 0, 4, 8, 12, 16}));
    EXPECT_EQ(walkedCustomers(true),
              (QList<int>{19, 15, 11, 7, 3, 18, 17, 14, 13, 10, 9, 6, 5, 2, 1, 16, 12, 8, 4, 0}));
}

IC_BOTH_DATABASES(GridKeysetTest);

} // namespace
