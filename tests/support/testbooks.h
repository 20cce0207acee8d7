#pragma once

// Fresh, migrated books for storage tests, on SQLite (a temporary file) and on the
// PostgreSQL server that scripts/test starts (IC_TEST_PG_URL). A PostgreSQL test without
// that server fails: it is never skipped.

#include "services/storage/connectionspec.h"
#include "services/storage/database.h"

#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace ic::test {

QString dialectName(Dialect dialect);

// The superuser URL of the test server; fails the current test when it is not set.
std::optional<ConnectionSpec> postgresServer();

// A new empty database: a file in `dir` for SQLite, CREATE DATABASE for PostgreSQL.
std::optional<ConnectionSpec> freshSpec(Dialect dialect, QTemporaryDir &dir);

// Opens a fresh database and migrates it to the latest schema.
struct TestBook {
    QTemporaryDir dir;
    ConnectionSpec spec;
    std::unique_ptr<Database> db;
};
std::unique_ptr<TestBook> freshBook(Dialect dialect);

// For TEST_P suites that run against both databases.
class BothDatabases : public ::testing::TestWithParam<Dialect> {
protected:
    void SetUp() override;
    Database &db() { return *m_book->db; }
    std::unique_ptr<TestBook> m_book;
};

#define IC_BOTH_DATABASES(Suite)                                                                   \
    INSTANTIATE_TEST_SUITE_P(                                                                      \
        SqliteAndPostgres, Suite,                                                                  \
        ::testing::Values(::ic::Dialect::SQLite, ::ic::Dialect::PostgreSQL),                       \
        [](const auto &info) { return ::ic::test::dialectName(info.param).toStdString(); })

} // namespace ic::test
