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
    auto refused = ConnectionSpec::parse(u""_qs);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().message, u"No database was given."_qs);
    // Each bad address named in its sentence, as typed.
    for (const QString &bad :
         {u"postgresql://"_qs, u"postgresql://host"_qs, u"postgresql://ic@127.0.0.1:99999/book"_qs,
          u"postgresql://ic@127.0.0.1:54x2/book"_qs, u"postgresql://ic@local host/book"_qs,
          u"postgresql://ic@h/a/b"_qs}) {
        auto spec = ConnectionSpec::parse(bad);
        ASSERT_FALSE(spec.has_value()) << bad.toStdString();
        EXPECT_EQ(spec.error().code, ErrorCode::Invalid);
        EXPECT_EQ(spec.error().message, u"\""_qs + bad +
                                            u"\" is not a PostgreSQL address; write it like "
                                            u"postgresql://user@host:5432/database."_qs);
    }
    auto mysql = ConnectionSpec::parse(u"mysql://u@h/db"_qs);
    ASSERT_FALSE(mysql.has_value());
    EXPECT_EQ(
        mysql.error().message,
        u"\"mysql://u@h/db\" is neither a PostgreSQL address (postgresql://...) nor a file."_qs);
    // A password is not repeated in the sentence.
    auto secret = ConnectionSpec::parse(u"postgresql://ic:hunter2@127.0.0.1:99999/book"_qs);
    ASSERT_FALSE(secret.has_value());
    EXPECT_FALSE(secret.error().message.contains(u"hunter2"_qs))
        << secret.error().message.toStdString();
    EXPECT_TRUE(secret.error().message.contains(u"postgresql://ic@127.0.0.1:99999/book"_qs));
}
