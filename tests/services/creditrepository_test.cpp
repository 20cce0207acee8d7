#include "services/storage/creditrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

class CreditRepositoryTest : public BothDatabases {
protected:
    void SetUp() override
    {
        BothDatabases::SetUp();
        m_customer = makeCustomer(db(), u"alice@example.org"_qs);
        m_invoice = makeDraftInvoice(db(), m_customer, 6875);
    }
    UserCredit credit(qint64 minor, QDate expires, QDateTime created,
                      QString currency = u"EUR"_qs) const
    {
        UserCredit c;
        c.customerId = m_customer;
        c.type = CreditType::Manual;
        c.amount = Money(minor, currency);
        c.reason = u"Goodwill"_qs;
        c.expiresOn = expires;
        c.createdBy = u"support"_qs;
        c.createdAt = created;
        return c;
    }
    qint64 m_customer = 0;
    qint64 m_invoice = 0;
};

TEST_P(CreditRepositoryTest, EveryFieldRoundTrips)
{
    CreditRepository repo(db());
    UserCredit c = credit(2500, QDate(2026, 12, 31), utc(2026, 1, 2, 3, 4, 5, 6));
    c.type = CreditType::Refund;
    c.sourceInvoiceId = m_invoice;
    c.usedMinor = 500;
    auto saved = repo.insert(c);
    ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    auto f = repo.find(saved->id);
    EXPECT_EQ(f->customerId, m_customer);
    EXPECT_EQ(f->type, CreditType::Refund);
    EXPECT_EQ(f->amount, Money(2500, u"EUR"_qs));
    EXPECT_EQ(f->usedMinor, 500);
    EXPECT_EQ(f->available(), Money(2000, u"EUR"_qs));
    EXPECT_EQ(f->reason, u"Goodwill"_qs);
    EXPECT_EQ(f->sourceInvoiceId, m_invoice);
    EXPECT_EQ(f->expiresOn, QDate(2026, 12, 31));
    EXPECT_EQ(f->createdBy, u"support"_qs);
    EXPECT_EQ(f->createdAt, utc(2026, 1, 2, 3, 4, 5, 6));
    EXPECT_EQ(f->rowVersion, 1);
    auto never = repo.insert(credit(100, QDate(), utc(2026, 1, 3)));
    ASSERT_TRUE(never.has_value());
    EXPECT_FALSE(never->expiresOn.isValid());
    EXPECT_EQ(never->sourceInvoiceId, 0);
    EXPECT_EQ(repo.listByCustomer(m_customer)->size(), 2);
    EXPECT_EQ(repo.insert(credit(0, QDate(), utc(2026, 1, 3))).error().code, ErrorCode::Invalid);
}

TEST_P(CreditRepositoryTest, AvailableCreditsComeSoonestExpiryFirstThenOldest)
{
    CreditRepository repo(db());
    const qint64 noExpiryOld = repo.insert(credit(100, QDate(), utc(2026, 1, 1)))->id;
    const qint64 expiresLate = repo.insert(credit(200, QDate(2026, 9, 30), utc(2026, 1, 2)))->id;
    const qint64 noExpiryNew = repo.insert(credit(300, QDate(), utc(2026, 1, 3)))->id;
    const qint64 expiresSoon = repo.insert(credit(400, QDate(2026, 6, 30), utc(2026, 1, 4)))->id;
    repo.insert(credit(500, QDate(2026, 5, 31), utc(2026, 1, 5))); // expired on 1 June
    repo.insert(credit(600, QDate(), utc(2026, 1, 6), u"USD"_qs)); // other currency
    UserCredit spent = credit(700, QDate(), utc(2026, 1, 7));
    spent.usedMinor = 700; // nothing left
    repo.insert(spent);
    auto list = repo.listAvailable(m_customer, u"EUR"_qs, QDate(2026, 6, 1));
    ASSERT_TRUE(list.has_value()) << list.error().message.toStdString();
    ASSERT_EQ(list->size(), 4);
    EXPECT_EQ((*list)[0].id, expiresSoon);
    EXPECT_EQ((*list)[1].id, expiresLate);
    EXPECT_EQ((*list)[2].id, noExpiryOld);
    EXPECT_EQ((*list)[3].id, noExpiryNew);
    // on its last day a credit is still available
    EXPECT_EQ(repo.listAvailable(m_customer, u"EUR"_qs, QDate(2026, 5, 31))->size(), 5);
}

TEST_P(CreditRepositoryTest, ApplyingTakesOnlyWhatIsLeft)
{
    CreditRepository repo(db());
    auto c = repo.insert(credit(2500, QDate(), utc(2026, 1, 1)));
    ASSERT_TRUE(c.has_value());
    auto first = repo.apply(c->id, m_invoice, Money(1500, u"EUR"_qs), utc(2026, 3, 1, 6));
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    EXPECT_EQ(first->usedMinor, 1500);
    EXPECT_EQ(first->available().minor(), 1000);
    EXPECT_EQ(first->rowVersion, 2);
    // 25.00 - 15.00 = 10.00 left: 10.01 is refused, nothing written
    auto tooMuch = repo.apply(c->id, m_invoice, Money(1001, u"EUR"_qs), utc(2026, 3, 1, 7));
    ASSERT_FALSE(tooMuch.has_value());
    EXPECT_EQ(
        tooMuch.error().message,
        u"Credit %1 has only 10.00 EUR left; 10.01 EUR cannot be taken from it."_qs.arg(c->id));
    EXPECT_EQ(repo.find(c->id)->usedMinor, 1500);
    EXPECT_EQ(countRows(db(), u"credit_applications"_qs), 1);
    auto wrongCurrency = repo.apply(c->id, m_invoice, Money(100, u"USD"_qs), utc(2026, 3, 1, 7));
    ASSERT_FALSE(wrongCurrency.has_value());
    EXPECT_EQ(wrongCurrency.error().code, ErrorCode::MixedCurrency);
    // exactly what is left is fine
    auto rest = repo.apply(c->id, m_invoice, Money(1000, u"EUR"_qs), utc(2026, 3, 1, 8));
    ASSERT_TRUE(rest.has_value());
    EXPECT_EQ(rest->available().minor(), 0);
    auto applications = repo.applicationsOnInvoice(m_invoice);
    ASSERT_EQ(applications->size(), 2);
    EXPECT_EQ((*applications)[0].amount, Money(1500, u"EUR"_qs));
    EXPECT_EQ((*applications)[0].appliedAt, utc(2026, 3, 1, 6));
    EXPECT_EQ((*applications)[1].amount, Money(1000, u"EUR"_qs));
    EXPECT_EQ(repo.listAvailable(m_customer, u"EUR"_qs, QDate(2026, 3, 1))->size(), 0);
}

IC_BOTH_DATABASES(CreditRepositoryTest);
