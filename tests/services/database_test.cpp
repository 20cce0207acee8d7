#include "services/storage/database.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using ic::test::BothDatabases;

class DatabaseTest : public BothDatabases {
protected:
    qint64 rates() { return db().scalar(u"SELECT COUNT(*) FROM tax_rates"_qs)->toLongLong(); }
    Done insertRate(const char *country)
    {
        auto r = db().exec(
            u"INSERT INTO tax_rates (country, rate_bp, valid_from) VALUES (:c, 2000, '2024-01-01')"_qs,
            {{"c", QString::fromLatin1(country)}});
        if (!r)
            return std::unexpected(r.error());
        return {};
    }
};

TEST_P(DatabaseTest, AFailedSavepointRollsBackAloneAndTheOuterTransactionCommits)
{
    auto outer = db().transaction([&]() -> Done {
        if (auto r = insertRate("FR"); !r)
            return r;
        auto inner = db().savepoint([&]() -> Done {
            if (auto r = insertRate("DE"); !r)
                return r;
            return failure(ErrorCode::Invalid, u"inner refused"_qs);
        });
        EXPECT_FALSE(inner.has_value());
        if (!inner)
            EXPECT_EQ(inner.error().message, u"inner refused"_qs);
        EXPECT_TRUE(db().isInTransaction());
        return insertRate("BE");
    });
    ASSERT_TRUE(outer.has_value()) << outer.error().message.toStdString();
    EXPECT_FALSE(db().isInTransaction());
    EXPECT_EQ(rates(), 2); // FR and BE, not DE
}

TEST_P(DatabaseTest, AFailedOuterTransactionTakesItsInnerOnesWithIt)
{
    auto outer = db().transaction([&]() -> Done {
        auto inner = db().transaction([&]() -> Done { return insertRate("DE"); });
        EXPECT_TRUE(inner.has_value());
        return failure(ErrorCode::Invalid, u"outer refused"_qs);
    });
    ASSERT_FALSE(outer.has_value());
    EXPECT_EQ(outer.error().message, u"outer refused"_qs);
    EXPECT_EQ(rates(), 0);
}

TEST_P(DatabaseTest, ADatabaseErrorInsideASavepointLeavesTheOuterTransactionUsable)
{
    auto outer = db().transaction([&]() -> Done {
        auto inner = db().savepoint([&]() -> Done {
            auto r = db().exec(
                u"INSERT INTO tax_rates (country, rate_bp, valid_from) VALUES ('XX', -5, '2024-01-01')"_qs);
            if (!r)
                return std::unexpected(r.error());
            return {};
        });
        EXPECT_FALSE(inner.has_value());
        if (!inner)
            EXPECT_TRUE(ic::test::isOneSentence(inner.error().message));
        return insertRate("IT"); // on PostgreSQL this needs the savepoint rolled back
    });
    ASSERT_TRUE(outer.has_value()) << outer.error().message.toStdString();
    EXPECT_EQ(rates(), 1);
}

TEST_P(DatabaseTest, AFailedJoinedPartMeansTheWholeTransactionIsRolledBack)
{
    // An inner transaction joins the outer one: if it fails after writing, nothing can undo
    // its writes alone, so an outer transaction that carries on anyway is not saved.
    auto outer = db().transaction([&]() -> Done {
        if (auto r = insertRate("FR"); !r)
            return r;
        auto inner = db().transaction([&]() -> Done {
            if (auto r = insertRate("DE"); !r)
                return r;
            return failure(ErrorCode::Invalid, u"inner refused"_qs);
        });
        EXPECT_FALSE(inner.has_value());
        return insertRate("BE");
    });
    ASSERT_FALSE(outer.has_value());
    EXPECT_EQ(outer.error().message, u"A part of this change failed, so none of it was saved."_qs);
    EXPECT_FALSE(db().isInTransaction());
    EXPECT_EQ(rates(), 0);
    // and the connection is usable again
    EXPECT_TRUE(db().transaction([&]() -> Done { return insertRate("NL"); }).has_value());
    EXPECT_EQ(rates(), 1);
}

TEST_P(DatabaseTest, AFailedPartInsideARolledBackSavepointDoesNotSpoilTheOuterTransaction)
{
    auto outer = db().transaction([&]() -> Done {
        auto part = db().savepoint([&]() -> Done {
            auto joined = db().transaction([&]() -> Done {
                if (auto r = insertRate("DE"); !r)
                    return r;
                return failure(ErrorCode::Invalid, u"refused"_qs);
            });
            EXPECT_FALSE(joined.has_value());
            return joined;
        });
        EXPECT_FALSE(part.has_value());
        return insertRate("IT");
    });
    ASSERT_TRUE(outer.has_value()) << outer.error().message.toStdString();
    EXPECT_EQ(rates(), 1);
}

TEST_P(DatabaseTest, AMissingRequiredValueIsSaidAsSuchNotAsALostConnection)
{
    auto r = db().exec(
        u"INSERT INTO tax_rates (country, rate_bp, valid_from) VALUES (NULL, 2000, '2024-01-01')"_qs);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_EQ(r.error().message, u"A value the database needs is missing."_qs);
    EXPECT_EQ(rates(), 0);
    EXPECT_TRUE(insertRate("FR").has_value()); // and the connection goes on
}

TEST_P(DatabaseTest, TheDunningCalendarIsData)
{
    auto q = db().exec(u"SELECT day_offset FROM dunning_policy ORDER BY day_offset"_qs);
    ASSERT_TRUE(q.has_value());
    QList<int> days;
    while (q->next())
        days.append(q->value(0).toInt());
    EXPECT_EQ(days, (QList<int>{0, 3, 7, 14, 30}));
}

TEST_P(DatabaseTest, ValuesTravelIntactWhateverTheyHold)
{
    // quotes, backslashes, a colon-word, a comment marker, a semicolon, non-Latin text
    const QString hostile = u"O'Brien \\ 'x' :name -- ; DROP TABLE tax_rates; \"q\" €日本"_qs;
    auto inserted = db().exec(u"INSERT INTO settings (key, value) VALUES (:key, :value)"_qs,
                              {{"key", u"test.hostile"_qs}, {"value", hostile}});
    ASSERT_TRUE(inserted.has_value()) << inserted.error().message.toStdString();
    EXPECT_EQ(db().scalar(u"SELECT value FROM settings WHERE key = :key"_qs,
                          {{"key", u"test.hostile"_qs}})
                  ->toString(),
              hostile);
    // a placeholder-looking word inside a literal is text, not a placeholder
    EXPECT_EQ(db().scalar(u"SELECT ':key' || :suffix"_qs, {{"suffix", u"!"_qs}})->toString(),
              u":key!"_qs);
    // nulls, booleans and large integers
    EXPECT_TRUE(db().scalar(u"SELECT :nothing IS NULL"_qs, {{"nothing", QVariant()}})->toBool());
    EXPECT_EQ(
        db().scalar(u"SELECT :big + 1"_qs, {{"big", qint64(9007199254740993LL)}})->toLongLong(),
        9007199254740994LL);
    EXPECT_EQ(rates(), 0); // the table is still there
}

TEST_P(DatabaseTest, AStatementNamingAnUnknownValueIsRefused)
{
    auto r = db().exec(u"SELECT :missing"_qs, {{"present", 1}});
    ASSERT_FALSE(r.has_value());
}

IC_BOTH_DATABASES(DatabaseTest);
