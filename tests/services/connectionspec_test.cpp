#include "services/storage/connectionspec.h"

#include <gtest/gtest.h>

using namespace ic;

TEST(ConnectionSpec, ParsesPostgresUrl)
{
    auto spec = ConnectionSpec::parse(u"postgresql://ic:secret@db.local:5433/book"_qs);
    ASSERT_TRUE(spec.has_value());
    EXPECT_EQ(spec->dialect, Dialect::PostgreSQL);
    EXPECT_EQ(spec->host, u"db.local"_qs);
    EXPECT_EQ(spec->port, 5433);
    EXPECT_EQ(spec->user, u"ic"_qs);
    EXPECT_EQ(spec->password, u"secret"_qs);
    EXPECT_EQ(spec->database, u"book"_qs);
    // the password never leaves in the printable form
    EXPECT_FALSE(spec->toString().contains(u"secret"_qs));
    EXPECT_EQ(ConnectionSpec::parse(u"postgres://ic@h/db"_qs)->port, 5432);
}

TEST(ConnectionSpec, FilesAreSqlite)
{
    auto spec = ConnectionSpec::parse(u"/tmp/book.sqlite"_qs);
    ASSERT_TRUE(spec.has_value());
    EXPECT_EQ(spec->dialect, Dialect::SQLite);
    EXPECT_EQ(spec->path, u"/tmp/book.sqlite"_qs);
    EXPECT_EQ(ConnectionSpec::parse(u"sqlite:///tmp/x.db"_qs)->path, u"/tmp/x.db"_qs);
}

TEST(ConnectionSpec, RefusesNonsense)
{
    for (const QString &bad :
         {u""_qs, u"postgresql://"_qs, u"postgresql://host"_qs, u"mysql://u@h/db"_qs}) {
        auto spec = ConnectionSpec::parse(bad);
        ASSERT_FALSE(spec.has_value()) << bad.toStdString();
        EXPECT_FALSE(spec.error().message.isEmpty());
    }
}
