#pragma once

// A small book for the billing tests: French VAT (20 % standard, 5.5 % reduced) and German
// VAT (19 %) in tax_rates, customers in France, Germany (a consumer and a business) and the
// United States, a 20.00 € monthly plan with a 5.00 € setup fee, and a clock on 15 March 2026.

#include "models/clock.h"
#include "models/customer.h"
#include "services/billing/invoicing.h"
#include "services/storage/customerrepository.h"
#include "services/storage/promotionrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

namespace ic::test {

inline void addTaxRate(Database &db, const QString &country, const QString &category, int bp)
{
    auto r = db.exec(u"INSERT INTO tax_rates (country, category, rate_bp, valid_from) VALUES (:c, "
                     u":k, :r, '2020-01-01')"_qs,
                     {{"c", country}, {"k", category}, {"r", bp}});
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
}

inline qint64 addCustomer(Database &db, const QString &email, const QString &country,
                          const QString &vat = {}, const QString &language = u"en"_qs)
{
    Customer c;
    c.name = email.section(u'@', 0, 0);
    c.email = email;
    c.country = country;
    c.vatNumber = vat;
    c.language = language;
    c.createdAt = utc(2026, 1, 1);
    auto saved = CustomerRepository(db).insert(c);
    EXPECT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    return saved ? saved->id : 0;
}

inline qint64 addPlan(Database &db, const QString &slug, qint64 priceMinor, qint64 setupMinor = 0,
                      const QString &currency = u"EUR"_qs)
{
    return insertReturningId(
        db,
        u"INSERT INTO plans (slug, name, plan_type, billing_cycle, price_minor, currency, "
        u"setup_fee_minor, created_at) VALUES (:s, :s, 'monthly', 'monthly', :price, :cur, :setup, "
        u"'2026-01-01T00:00:00.000Z') RETURNING id"_qs,
        {{"s", slug}, {"price", priceMinor}, {"cur", currency}, {"setup", setupMinor}});
}

inline qint64 scalarOf(Database &db, const QString &sql, Database::Binds binds = {})
{
    auto v = db.scalar(sql, binds);
    if (!v) {
        ADD_FAILURE() << v.error().message.toStdString();
        return -1;
    }
    return v->toLongLong();
}

// Rows in every table a billing write touches, to show that a refusal wrote nothing.
inline QList<qint64> writtenRows(Database &db)
{
    QList<qint64> counts;
    for (const char *table :
         {"invoices", "invoice_items", "invoice_number_series", "promotion_uses", "payments",
          "credit_applications", "user_credits", "outbox_messages", "audit_log"})
        counts.append(countRows(db, QString::fromLatin1(table)));
    counts.append(scalarOf(db, u"SELECT COALESCE(SUM(current_uses), 0) FROM promotions"_qs));
    counts.append(scalarOf(db, u"SELECT COALESCE(SUM(used_minor), 0) FROM user_credits"_qs));
    return counts;
}

class BillingBook : public BothDatabases {
protected:
    void SetUp() override
    {
        BothDatabases::SetUp();
        if (HasFatalFailure())
            return;
        addTaxRate(db(), u"FR"_qs, u"standard"_qs, 2000);
        addTaxRate(db(), u"FR"_qs, u"reduced"_qs, 550);
        addTaxRate(db(), u"DE"_qs, u"standard"_qs, 1900);
        fr = addCustomer(db(), u"anne@example.fr"_qs, u"FR"_qs, {}, u"fr"_qs);
        deConsumer = addCustomer(db(), u"jonas@example.de"_qs, u"DE"_qs);
        deBusiness = addCustomer(db(), u"buchhaltung@firma.de"_qs, u"DE"_qs, u"DE123456789"_qs);
        us = addCustomer(db(), u"sam@example.com"_qs, u"US"_qs);
        plan = addPlan(db(), u"pro"_qs, 2000, 500);
    }

    InvoiceRequest request(qint64 customer, bool first = false) const
    {
        InvoiceRequest r;
        r.customerId = customer;
        r.planId = plan;
        r.periodStart = QDate(2026, 3, 15);
        r.periodEnd = QDate(2026, 4, 15);
        r.issueDate = QDate(2026, 3, 15);
        r.dueDate = QDate(2026, 3, 29);
        r.firstPayment = first;
        return r;
    }

    // Drafts and issues in one go; fails the test on an error.
    Invoice issued(const InvoiceRequest &r)
    {
        auto draft = invoicing().draftForSubscriptionPeriod(r);
        EXPECT_TRUE(draft.has_value()) << draft.error().message.toStdString();
        if (!draft)
            return {};
        auto done = invoicing().issue(*draft, u"tester"_qs);
        EXPECT_TRUE(done.has_value()) << done.error().message.toStdString();
        return done ? *done : Invoice{};
    }

    Invoicing invoicing() { return Invoicing(db(), clock); }

    FixedClock clock{utc(2026, 3, 15, 10)};
    qint64 fr = 0, deConsumer = 0, deBusiness = 0, us = 0, plan = 0;
};

} // namespace ic::test
