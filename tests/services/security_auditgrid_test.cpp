// The audit log viewer's services: the grid (person, record kind, one record, a date range;
// sort and pages, all in SQL) on both databases, and the field-by-field diff.

#include "services/security/auditdiff.h"
#include "services/security/auditgrid.h"
#include "services/storage/auditrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace ic::test {

namespace {

class AuditGridTest : public BothDatabases {
protected:
    void SetUp() override
    {
        BothDatabases::SetUp();
        // Five entries, by hand; their ids are 1…5 in this order.
        add(u"anne"_qs, u"plan"_qs, u"7"_qs, utc(2026, 4, 1, 9),
            {{u"name"_qs, u"Pro"_qs}, {u"price_minor"_qs, 4900}, {u"currency"_qs, u"EUR"_qs}},
            {{u"name"_qs, u"Pro"_qs}, {u"price_minor"_qs, 5900}, {u"currency"_qs, u"EUR"_qs}});
        add(u"marc"_qs, u"invoice"_qs, u"12"_qs, utc(2026, 4, 2, 10), {},
            {{u"total_minor"_qs, 2400}});
        add(u"anne"_qs, u"promotion"_qs, u"3"_qs, utc(2026, 4, 3, 11), {{u"max_uses"_qs, 100}},
            {{u"max_uses"_qs, 200}});
        add(u"sofia"_qs, u"plan"_qs, u"7"_qs, utc(2026, 4, 5, 8), {{u"is_active"_qs, true}},
            {{u"is_active"_qs, false}});
        add(u"Annette"_qs, u"plan"_qs, u"8"_qs, utc(2026, 4, 6, 8), {}, {{u"name"_qs, u"x"_qs}});
    }

    void add(const QString &actor, const QString &entity, const QString &id, const QDateTime &at,
             const QJsonObject &before, const QJsonObject &after)
    {
        AuditEntry e;
        e.actor = actor;
        e.entity = entity;
        e.entityId = id;
        e.action = before.isEmpty() ? u"create"_qs : u"update"_qs;
        e.occurredAt = at;
        e.before = before;
        e.after = after;
        auto saved = AuditRepository(db()).append(e);
        ASSERT_TRUE(saved) << saved.error().message.toStdString();
        ids.append(saved->id);
    }

    // The entries' numbers (1…5) the grid returns, in its order.
    QList<int> numbers(const GridRequest &request)
    {
        auto page = grid.fetch(db(), request, std::nullopt, 50);
        EXPECT_TRUE(page) << page.error().message.toStdString();
        QList<int> out;
        for (const GridRow &r : page.value_or(GridPage()).rows)
            out.append(int(ids.indexOf(r.id)) + 1);
        return out;
    }
    // The same, a page of `limit` at a time, each asked for after the key of the one before.
    QList<QList<int>> pages(const GridRequest &request, int limit)
    {
        QList<QList<int>> out;
        std::optional<GridKey> after;
        for (int n = 0; n < 10; ++n) {
            auto page = grid.fetch(db(), request, after, limit);
            EXPECT_TRUE(page) << page.error().message.toStdString();
            if (!page || page->rows.isEmpty())
                break;
            QList<int> numbers;
            for (const GridRow &r : page->rows)
                numbers.append(int(ids.indexOf(r.id)) + 1);
            out.append(numbers);
            after = page->last;
        }
        return out;
    }
    qint64 count(const GridRequest &request) { return grid.count(db(), request).value_or(-1); }

    static GridRequest newestFirst(const QString &person = {})
    {
        GridRequest r;
        r.filter = person;
        r.sortColumn = AuditGrid::When;
        r.descending = true;
        return r;
    }

    AuditGrid grid;
    QList<qint64> ids;
};

} // namespace

TEST_P(AuditGridTest, NewestFirstInPagesWithoutGaps)
{
    EXPECT_EQ(count(newestFirst()), 5);
    EXPECT_EQ(numbers(newestFirst()), (QList<int>{5, 4, 3, 2, 1}));
    EXPECT_EQ(pages(newestFirst(), 2), (QList<QList<int>>{{5, 4}, {3, 2}, {1}}));
    // By person: anne, anne, annette (any case), marc, sofia; ties by entry.
    GridRequest byPerson;
    byPerson.sortColumn = AuditGrid::Person;
    EXPECT_EQ(numbers(byPerson), (QList<int>{1, 3, 5, 2, 4}));
    // By record number: 3, 7, 7, 8, 12 (as numbers, not as text: 12 after 8).
    GridRequest byNumber;
    byNumber.sortColumn = AuditGrid::Record;
    EXPECT_EQ(numbers(byNumber), (QList<int>{3, 1, 4, 5, 2}));
}

TEST_P(AuditGridTest, FiltersByPersonKindRecordAndDays)
{
    // "ann" is part of anne (twice) and Annette; "%" is a literal percent sign.
    EXPECT_EQ(count(newestFirst(u"ANN"_qs)), 3);
    EXPECT_EQ(numbers(newestFirst(u"ann"_qs)), (QList<int>{5, 3, 1}));
    EXPECT_EQ(count(newestFirst(u"%"_qs)), 0);

    grid.setCriteria({u"plan"_qs, {}, {}, {}});
    EXPECT_EQ(numbers(newestFirst()), (QList<int>{5, 4, 1}));
    grid.setCriteria({u"plan"_qs, u"7"_qs, {}, {}});
    EXPECT_EQ(count(newestFirst()), 2);
    EXPECT_EQ(numbers(newestFirst()), (QList<int>{4, 1}));
    EXPECT_EQ(numbers(newestFirst(u"sofia"_qs)), (QList<int>{4}));

    // From 2 April 00:00 to 5 April 00:00 (exclusive): entries 2 and 3; 4 is at 08:00 on the 5th.
    grid.setCriteria({{}, {}, utc(2026, 4, 2), utc(2026, 4, 5)});
    EXPECT_EQ(numbers(newestFirst()), (QList<int>{3, 2}));
    EXPECT_EQ(count(newestFirst()), 2);
    grid.setCriteria({});
    EXPECT_EQ(count(newestFirst()), 5);
}

TEST_P(AuditGridTest, RowsSayWhoDidWhatAndWhichFieldsChanged)
{
    auto rows = grid.fetch(db(), newestFirst(), std::nullopt, 50);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->rows.size(), 5);
    const GridRow &first = rows->rows.at(4); // entry 1
    EXPECT_EQ(first.values.at(AuditGrid::Person).toString(), u"anne"_qs);
    EXPECT_EQ(first.values.at(AuditGrid::Entity).toString(), u"plan"_qs);
    EXPECT_EQ(first.values.at(AuditGrid::Record).toString(), u"7"_qs);
    EXPECT_EQ(first.values.at(AuditGrid::Action).toString(), u"update"_qs);
    // Only the price changed (same name, same currency).
    EXPECT_EQ(first.values.at(AuditGrid::Changes).toString(), u"Price"_qs);
    // A creation has no "before": nothing is listed as changed.
    EXPECT_EQ(rows->rows.at(3).values.at(AuditGrid::Changes).toString(), QString());
    EXPECT_EQ(AuditGrid::entities(db()).value_or(QStringList()),
              (QStringList{u"invoice"_qs, u"plan"_qs, u"promotion"_qs}));

    auto found = AuditRepository(db()).find(ids.at(0));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->after.value(u"price_minor"_qs).toInteger(), 5900);
    auto missing = AuditRepository(db()).find(ids.last() + 100);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

IC_BOTH_DATABASES(AuditGridTest);

TEST(AuditDiff, ChangedFieldsFirstAndValuesAsAPersonReadsThem)
{
    const QJsonObject before{{u"name"_qs, u"Pro"_qs},
                             {u"price_minor"_qs, 4900},
                             {u"currency"_qs, u"EUR"_qs},
                             {u"is_active"_qs, true},
                             {u"features"_qs, QJsonArray{u"5 users"_qs, u"API"_qs}},
                             {u"signup_url"_qs, u"https://a"_qs}};
    const QJsonObject after{{u"name"_qs, u"Pro"_qs},
                            {u"price_minor"_qs, 5900},
                            {u"currency"_qs, u"EUR"_qs},
                            {u"is_active"_qs, false},
                            {u"features"_qs, QJsonArray{u"5 users"_qs, u"API"_qs}},
                            {u"trial_days"_qs, 14}};
    const QList<AuditFieldChange> diff = auditDiff(before, after);
    ASSERT_EQ(diff.size(), 7);
    // Changed, by key: is_active, price_minor, signup_url (gone), trial_days (new).
    QStringList changed;
    for (int i = 0; i < 4; ++i) {
        EXPECT_TRUE(diff.at(i).isChanged) << diff.at(i).key.toStdString();
        changed.append(diff.at(i).key);
    }
    EXPECT_EQ(changed, (QStringList{u"is_active"_qs, u"price_minor"_qs, u"signup_url"_qs,
                                    u"trial_days"_qs}));
    for (int i = 4; i < 7; ++i)
        EXPECT_FALSE(diff.at(i).isChanged) << diff.at(i).key.toStdString();

    EXPECT_EQ(diff.at(0).label, u"Is active"_qs);
    EXPECT_EQ(diff.at(0).before, u"yes"_qs);
    EXPECT_EQ(diff.at(0).after, u"no"_qs);
    // 4900 minor units of EUR: 49.00 EUR.
    EXPECT_EQ(diff.at(1).label, u"Price"_qs);
    EXPECT_EQ(diff.at(1).before, u"49.00 EUR"_qs);
    EXPECT_EQ(diff.at(1).after, u"59.00 EUR"_qs);
    EXPECT_EQ(diff.at(2).before, u"https://a"_qs);
    EXPECT_EQ(diff.at(2).after, QString());
    EXPECT_EQ(diff.at(3).before, QString());
    EXPECT_EQ(diff.at(3).after, u"14"_qs);
    EXPECT_EQ(diff.at(5).key, u"features"_qs);
    EXPECT_EQ(diff.at(5).after, u"5 users, API"_qs);

    EXPECT_EQ(auditChangedSummary(before, after), u"Is active, Price, Signup url, Trial days"_qs);
    EXPECT_EQ(auditChangedSummary({}, after), QString());
    EXPECT_EQ(auditEntityLabel(u"dunning_case"_qs), u"Dunning case"_qs);
    EXPECT_EQ(auditEntityLabel(u"gift_card"_qs), u"Gift card"_qs);
}

} // namespace ic::test
