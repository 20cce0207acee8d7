#include "services/storage/outboxrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {
OutboxMessage reminder(QString key, QDateTime created)
{
    OutboxMessage m;
    m.channel = OutboxChannel::Email;
    m.templateKey = u"renewal_reminder"_qs;
    m.language = u"fr"_qs;
    m.recipient = u"alice@example.org"_qs;
    m.data = QJsonObject{{u"invoice"_qs, u"INV-2026-001"_qs}, {u"amount_minor"_qs, 6875}};
    m.dedupeKey = key;
    m.createdAt = created;
    return m;
}
} // namespace

class OutboxRepositoryTest : public BothDatabases {};

TEST_P(OutboxRepositoryTest, SameCauseQueuesOnce)
{
    OutboxRepository repo(db());
    auto first = repo.enqueue(reminder(u"reminder:42:2026-03-01"_qs, utc(2026, 2, 26, 6, 0, 0, 1)));
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    EXPECT_EQ(first->channel, OutboxChannel::Email);
    EXPECT_EQ(first->templateKey, u"renewal_reminder"_qs);
    EXPECT_EQ(first->language, u"fr"_qs);
    EXPECT_EQ(first->recipient, u"alice@example.org"_qs);
    EXPECT_EQ(first->data.value(u"invoice"_qs).toString(), u"INV-2026-001"_qs);
    EXPECT_EQ(first->data.value(u"amount_minor"_qs).toInteger(), 6875);
    EXPECT_EQ(first->status, OutboxStatus::Pending);
    EXPECT_EQ(first->attempts, 0);
    EXPECT_EQ(first->dedupeKey, u"reminder:42:2026-03-01"_qs);
    EXPECT_EQ(first->createdAt, utc(2026, 2, 26, 6, 0, 0, 1));
    EXPECT_FALSE(first->nextAttemptAt.isValid());
    EXPECT_FALSE(first->sentAt.isValid());
    OutboxMessage rerun = reminder(u"reminder:42:2026-03-01"_qs, utc(2026, 2, 26, 7));
    rerun.recipient = u"other@example.org"_qs;
    auto second = repo.enqueue(rerun);
    ASSERT_TRUE(second.has_value()) << second.error().message.toStdString();
    EXPECT_EQ(second->id, first->id);
    EXPECT_EQ(second->recipient, u"alice@example.org"_qs);
    EXPECT_EQ(countRows(db(), u"outbox_messages"_qs), 1);
    // messages without a key are never folded together
    OutboxMessage sms = reminder(QString(), utc(2026, 2, 26, 8));
    sms.channel = OutboxChannel::Sms;
    ASSERT_TRUE(repo.enqueue(sms).has_value());
    ASSERT_TRUE(repo.enqueue(sms).has_value());
    EXPECT_EQ(countRows(db(), u"outbox_messages"_qs), 3);
}

TEST_P(OutboxRepositoryTest, PendingSentAndRetries)
{
    OutboxRepository repo(db());
    auto a = repo.enqueue(reminder(u"a"_qs, utc(2026, 3, 1, 6)));
    auto b = repo.enqueue(reminder(u"b"_qs, utc(2026, 3, 1, 7)));
    OutboxMessage later = reminder(u"c"_qs, utc(2026, 3, 1, 5));
    later.nextAttemptAt = utc(2026, 3, 1, 12);
    auto c = repo.enqueue(later);
    ASSERT_TRUE(a && b && c);
    auto now = repo.pending(10, utc(2026, 3, 1, 9));
    ASSERT_EQ(now->size(), 2); // c waits until noon
    EXPECT_EQ((*now)[0].id, a->id);
    EXPECT_EQ((*now)[1].id, b->id);
    EXPECT_EQ(repo.pending(1, utc(2026, 3, 1, 9))->size(), 1);
    EXPECT_EQ(repo.pending(10, utc(2026, 3, 1, 12))->size(), 3);

    auto sent = repo.markSent(a->id, utc(2026, 3, 1, 9, 0, 3));
    ASSERT_TRUE(sent.has_value());
    EXPECT_EQ(sent->status, OutboxStatus::Sent);
    EXPECT_EQ(sent->attempts, 1);
    EXPECT_EQ(sent->sentAt, utc(2026, 3, 1, 9, 0, 3));
    EXPECT_EQ(repo.markSent(a->id, utc(2026, 3, 1, 9, 1)).error().code,
              ErrorCode::IllegalTransition);

    auto retry = repo.markFailed(b->id, u"SMTP 451"_qs, utc(2026, 3, 1, 9, 15));
    ASSERT_TRUE(retry.has_value());
    EXPECT_EQ(retry->status, OutboxStatus::Pending);
    EXPECT_EQ(retry->attempts, 1);
    EXPECT_EQ(retry->lastError, u"SMTP 451"_qs);
    EXPECT_EQ(retry->nextAttemptAt, utc(2026, 3, 1, 9, 15));
    EXPECT_EQ(repo.pending(10, utc(2026, 3, 1, 9, 10))->size(), 0);
    EXPECT_EQ(repo.pending(10, utc(2026, 3, 1, 9, 15))->size(), 1);
    auto givenUp = repo.markFailed(b->id, u"SMTP 550 no such user"_qs, QDateTime());
    ASSERT_TRUE(givenUp.has_value());
    EXPECT_EQ(givenUp->status, OutboxStatus::Failed);
    EXPECT_EQ(givenUp->attempts, 2);
    EXPECT_EQ(repo.pending(10, utc(2026, 3, 2))->size(), 1); // only c is left
}

IC_BOTH_DATABASES(OutboxRepositoryTest);
