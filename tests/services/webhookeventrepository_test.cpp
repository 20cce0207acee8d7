#include "services/storage/webhookeventrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {
WebhookEvent paid(QString gateway, QString id)
{
    WebhookEvent e;
    e.gateway = gateway;
    e.eventId = id;
    e.eventType = u"invoice.paid"_qs;
    // bytes as received, including a NUL and non-UTF-8 bytes
    e.payload = QByteArray("{\"id\":\"evt_1\"}\0\xff\xfe", 17);
    e.signatureOk = true;
    e.receivedAt = utc(2026, 3, 1, 6, 0, 0, 123);
    return e;
}
} // namespace

class WebhookEventRepositoryTest : public BothDatabases {};

TEST_P(WebhookEventRepositoryTest, StoredOncePerGatewayAndEventId)
{
    WebhookEventRepository repo(db());
    auto first = repo.store(paid(u"stripe"_qs, u"evt_1"_qs));
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    EXPECT_TRUE(first->isNew);
    const WebhookEvent &e = first->event;
    EXPECT_EQ(e.gateway, u"stripe"_qs);
    EXPECT_EQ(e.eventId, u"evt_1"_qs);
    EXPECT_EQ(e.eventType, u"invoice.paid"_qs);
    EXPECT_EQ(e.payload, QByteArray("{\"id\":\"evt_1\"}\0\xff\xfe", 17));
    EXPECT_TRUE(e.signatureOk);
    EXPECT_EQ(e.receivedAt, utc(2026, 3, 1, 6, 0, 0, 123));
    EXPECT_FALSE(e.processedAt.isValid());
    EXPECT_TRUE(e.error.isEmpty());
    WebhookEvent replay = paid(u"stripe"_qs, u"evt_1"_qs);
    replay.signatureOk = false;
    auto again = repo.store(replay);
    ASSERT_TRUE(again.has_value());
    EXPECT_FALSE(again->isNew);
    EXPECT_EQ(again->event.id, e.id);
    EXPECT_TRUE(again->event.signatureOk); // the first one stays as it was
    // the same id from another gateway is another event
    auto paypal = repo.store(paid(u"paypal"_qs, u"evt_1"_qs));
    ASSERT_TRUE(paypal.has_value());
    EXPECT_TRUE(paypal->isNew);
    EXPECT_EQ(countRows(db(), u"webhook_events"_qs), 2);
}

TEST_P(WebhookEventRepositoryTest, MarkProcessed)
{
    WebhookEventRepository repo(db());
    auto s = repo.store(paid(u"stripe"_qs, u"evt_2"_qs));
    ASSERT_TRUE(s.has_value());
    auto done =
        repo.markProcessed(s->event.id, utc(2026, 3, 1, 6, 0, 1, 500), u"unknown invoice in_9"_qs);
    ASSERT_TRUE(done.has_value());
    EXPECT_EQ(done->processedAt, utc(2026, 3, 1, 6, 0, 1, 500));
    EXPECT_EQ(done->error, u"unknown invoice in_9"_qs);
    auto byId = repo.findByEventId(u"stripe"_qs, u"evt_2"_qs);
    ASSERT_TRUE(byId.has_value());
    EXPECT_EQ(byId->error, u"unknown invoice in_9"_qs);
    EXPECT_EQ(repo.markProcessed(s->event.id + 100, utc(2026, 3, 2)).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(repo.findByEventId(u"paypal"_qs, u"evt_2"_qs).error().code, ErrorCode::NotFound);
}

IC_BOTH_DATABASES(WebhookEventRepositoryTest);
