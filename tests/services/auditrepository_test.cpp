#include "services/storage/auditrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {
AuditEntry entry(QString actor, QString entity, QString id, QDateTime at)
{
    AuditEntry e;
    e.actor = actor;
    e.entity = entity;
    e.entityId = id;
    e.action = u"update"_qs;
    e.occurredAt = at;
    return e;
}
} // namespace

class AuditRepositoryTest : public BothDatabases {};

TEST_P(AuditRepositoryTest, EntriesRoundTripWithTheirJson)
{
    AuditRepository repo(db());
    AuditEntry e = entry(u"claire"_qs, u"plan"_qs, u"7"_qs, utc(2026, 4, 1, 12, 0, 0, 5));
    e.before = QJsonObject{{u"price_minor"_qs, 4900}, {u"name"_qs, u"Pro"_qs}};
    e.after = QJsonObject{{u"price_minor"_qs, 5900},
                          {u"name"_qs, u"Pro «plus»"_qs},
                          {u"features"_qs, QJsonArray{u"a"_qs, true, QJsonValue()}}};
    auto saved = repo.append(e);
    ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    EXPECT_GT(saved->id, 0);
    AuditEntry created = entry(u"claire"_qs, u"customer"_qs, u"12"_qs, utc(2026, 4, 1, 12, 0, 1));
    created.action = u"create"_qs; // no "before": stored as NULL, read back empty
    ASSERT_TRUE(repo.append(created).has_value());
    auto all = repo.list({});
    ASSERT_TRUE(all.has_value()) << all.error().message.toStdString();
    ASSERT_EQ(all->size(), 2);
    const AuditEntry &a = (*all)[1]; // newest first
    EXPECT_EQ(a.actor, u"claire"_qs);
    EXPECT_EQ(a.entity, u"plan"_qs);
    EXPECT_EQ(a.entityId, u"7"_qs);
    EXPECT_EQ(a.action, u"update"_qs);
    EXPECT_EQ(a.occurredAt, utc(2026, 4, 1, 12, 0, 0, 5));
    EXPECT_EQ(a.before, e.before);
    EXPECT_EQ(a.after, e.after);
    EXPECT_TRUE((*all)[0].before.isEmpty());
    EXPECT_EQ((*all)[0].action, u"create"_qs);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE before_json IS NULL"_qs)->toInt(),
              2 - 1);
}

TEST_P(AuditRepositoryTest, FiltersCombine)
{
    AuditRepository repo(db());
    // four entries, one a day from 1 April at noon
    ASSERT_TRUE(repo.append(entry(u"claire"_qs, u"plan"_qs, u"1"_qs, utc(2026, 4, 1, 12))));
    ASSERT_TRUE(repo.append(entry(u"marc"_qs, u"plan"_qs, u"2"_qs, utc(2026, 4, 2, 12))));
    ASSERT_TRUE(repo.append(entry(u"claire"_qs, u"customer"_qs, u"1"_qs, utc(2026, 4, 3, 12))));
    ASSERT_TRUE(repo.append(entry(u"claire"_qs, u"plan"_qs, u"1"_qs, utc(2026, 4, 4, 12))));
    AuditFilter f;
    f.actor = u"claire"_qs;
    EXPECT_EQ(repo.list(f)->size(), 3);
    f.entity = u"plan"_qs;
    EXPECT_EQ(repo.list(f)->size(), 2);
    f.entityId = u"1"_qs;
    f.from = utc(2026, 4, 2);
    auto one = repo.list(f);
    ASSERT_EQ(one->size(), 1);
    EXPECT_EQ(one->first().occurredAt, utc(2026, 4, 4, 12));
    AuditFilter window;
    window.from = utc(2026, 4, 2, 12); // inclusive
    window.to = utc(2026, 4, 4, 12);   // exclusive
    auto w = repo.list(window);
    ASSERT_EQ(w->size(), 2);
    EXPECT_EQ((*w)[0].occurredAt, utc(2026, 4, 3, 12));
    EXPECT_EQ((*w)[1].occurredAt, utc(2026, 4, 2, 12));
    AuditFilter limited;
    limited.limit = 1;
    EXPECT_EQ(repo.list(limited)->first().occurredAt, utc(2026, 4, 4, 12));
    EXPECT_FALSE(repo.append(entry(u""_qs, u"plan"_qs, u"1"_qs, utc(2026, 4, 5))).has_value());
}

IC_BOTH_DATABASES(AuditRepositoryTest);
