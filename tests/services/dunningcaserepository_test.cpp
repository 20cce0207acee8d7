#include "services/storage/dunningcaserepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

class DunningCaseRepositoryTest : public BothDatabases {
protected:
    void SetUp() override
    {
        BothDatabases::SetUp();
        m_customer = makeCustomer(db(), u"alice@example.org"_qs);
    }
    DunningCase caseFor(qint64 invoice, QDate next) const
    {
        DunningCase c;
        c.invoiceId = invoice;
        c.customerId = m_customer;
        c.openedOn = QDate(2026, 3, 1);
        c.stage = 0;
        c.nextActionOn = next;
        return c;
    }
    qint64 m_customer = 0;
};

TEST_P(DunningCaseRepositoryTest, OnePerInvoiceAndEveryFieldRoundTrips)
{
    const qint64 invoice = makeDraftInvoice(db(), m_customer);
    DunningCaseRepository repo(db());
    DunningCase c = caseFor(invoice, QDate(2026, 3, 4));
    c.extensionDays = 5;
    c.lastContactAt = utc(2026, 3, 1, 6, 0, 0, 9);
    c.notes = u"Card expired"_qs;
    auto saved = repo.open(c);
    ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    auto f = repo.findByInvoice(invoice);
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->id, saved->id);
    EXPECT_EQ(f->customerId, m_customer);
    EXPECT_EQ(f->subscriptionId, 0);
    EXPECT_EQ(f->status, DunningStatus::Open);
    EXPECT_EQ(f->openedOn, QDate(2026, 3, 1));
    EXPECT_EQ(f->stage, 0);
    EXPECT_EQ(f->nextActionOn, QDate(2026, 3, 4));
    EXPECT_EQ(f->extensionDays, 5);
    EXPECT_EQ(f->lastContactAt, utc(2026, 3, 1, 6, 0, 0, 9));
    EXPECT_EQ(f->notes, u"Card expired"_qs);
    EXPECT_EQ(f->rowVersion, 1);
    auto twice = repo.open(caseFor(invoice, QDate(2026, 3, 5)));
    ASSERT_FALSE(twice.has_value());
    EXPECT_EQ(twice.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(twice.error().message, u"Invoice %1 already has a dunning case."_qs.arg(invoice));
    EXPECT_EQ(countRows(db(), u"dunning_cases"_qs), 1);
}

TEST_P(DunningCaseRepositoryTest, DueListAndStaleUpdates)
{
    DunningCaseRepository repo(db());
    auto a = repo.open(caseFor(makeDraftInvoice(db(), m_customer), QDate(2026, 3, 8)));
    auto b = repo.open(caseFor(makeDraftInvoice(db(), m_customer), QDate(2026, 3, 4)));
    auto c = repo.open(caseFor(makeDraftInvoice(db(), m_customer), QDate(2026, 3, 9)));
    auto d = repo.open(caseFor(makeDraftInvoice(db(), m_customer), QDate()));
    ASSERT_TRUE(a && b && c && d);
    auto due = repo.listDue(QDate(2026, 3, 8));
    ASSERT_EQ(due->size(), 2);
    EXPECT_EQ((*due)[0].id, b->id);
    EXPECT_EQ((*due)[1].id, a->id);

    DunningCase next = *b;
    next.stage = 1;
    next.nextActionOn = QDate(2026, 3, 8);
    next.lastContactAt = utc(2026, 3, 4, 6);
    auto moved = repo.update(next);
    ASSERT_TRUE(moved.has_value());
    EXPECT_EQ(moved->stage, 1);
    EXPECT_EQ(moved->rowVersion, 2);
    DunningCase resolved = *a;
    resolved.status = DunningStatus::Resolved;
    resolved.nextActionOn = QDate();
    ASSERT_TRUE(repo.update(resolved).has_value());
    due = repo.listDue(QDate(2026, 3, 8));
    ASSERT_EQ(due->size(), 1); // a is resolved
    EXPECT_EQ((*due)[0].id, b->id);
    auto stale = repo.update(*b); // stage 0 again, from version 1
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().code, ErrorCode::StaleRow);
    EXPECT_EQ(repo.find(b->id)->stage, 1);
    EXPECT_EQ(repo.find(a->id)->status, DunningStatus::Resolved);
}

IC_BOTH_DATABASES(DunningCaseRepositoryTest);
