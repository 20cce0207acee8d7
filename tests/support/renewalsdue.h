#pragma once

// A small book for the daily run's progress (service and UI tests): `count` French
// customers on a 29.00 € monthly plan, each subscription's next billing date seven days after
// `today`, so the run of `today` makes one renewal invoice each (J-7) and nothing else.
// Each invoice, by hand: 29.00 € + 20 % VAT (5.80 €) = 34.80 €. The book gets the demo
// seller (no invoice is issued without a complete seller identity).

#include "services/demo/demoaddresses.h"
#include "services/storage/database.h"
#include "services/storage/selleridentitystore.h"

#include <QDate>
#include <QList>
#include <QUuid>

#include <gtest/gtest.h>

namespace ic::test {

inline QList<qint64> insertRenewalsDue(Database &db, QDate today, int count)
{
    QList<qint64> subscriptions;
    const auto idOf = [&](const QString &sql, Database::Binds binds) -> qint64 {
        auto q = db.exec(sql, binds);
        if (!q || !q->next()) {
            ADD_FAILURE() << (q ? "no id came back" : q.error().message.toStdString());
            return 0;
        }
        return q->value(0).toLongLong();
    };
    EXPECT_TRUE(SellerIdentityStore(db).save(demoSellerIdentity()).has_value());
    EXPECT_TRUE(db.exec(u"INSERT INTO tax_rates (country, category, rate_bp, valid_from) VALUES "
                        u"('FR', 'standard', 2000, '2000-01-01')"_qs)
                    .has_value());
    const qint64 plan = idOf(
        u"INSERT INTO plans (slug, name, plan_type, billing_cycle, price_minor, currency, "
        u"interval_months, created_at) VALUES ('pro-monthly', 'Pro', 'monthly', 'monthly', 2900, "
        u"'EUR', 1, '2027-01-01T00:00:00.000Z') RETURNING id"_qs,
        {});
    const QDate due = today.addDays(7);
    for (int i = 1; i <= count; ++i) {
        const qint64 customer =
            idOf(u"INSERT INTO customers (public_id, name, email, country, language, created_at) "
                 u"VALUES (:p, :n, :e, 'FR', 'fr', '2027-01-01T00:00:00.000Z') RETURNING id"_qs,
                 {{"p", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  {"n", u"Customer %1"_qs.arg(i)},
                  {"e", u"customer%1@example.fr"_qs.arg(i)}});
        subscriptions.append(idOf(
            u"INSERT INTO subscriptions (customer_id, plan_id, status, started_on, "
            u"current_period_start, current_period_end, next_billing_on, anchor_day, price_minor, "
            u"currency, gateway, created_at) VALUES (:c, :plan, 'active', :start, :start, :due, "
            u":due, :anchor, 2900, 'EUR', 'simulated', '2027-01-01T00:00:00.000Z') RETURNING id"_qs,
            {{"c", customer},
             {"plan", plan},
             {"start", dateValue(due.addMonths(-1))},
             {"due", dateValue(due)},
             {"anchor", due.day()}}));
    }
    return subscriptions;
}

} // namespace ic::test
