#include "tests/services/samplebook.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QUuid>

#include <iterator>
#include <tuple>

namespace ic::test {

namespace {

QVariant newPublicId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
QVariant createdAt()
{
    return timestampValue(QDateTime(QDate(2024, 1, 2), QTime(9, 0), Qt::UTC));
}

Result<qint64> returnedId(Result<QSqlQuery> query)
{
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return failure(ErrorCode::Database, QStringLiteral("INSERT returned no id"));
    return query->value(0).toLongLong();
}

Result<qint64> insertPlan(Database &db)
{
    return returnedId(db.exec(
        QStringLiteral("INSERT INTO plans (slug, name, plan_type, billing_cycle, price_minor, "
                       "currency, created_at) VALUES ('pro', 'Pro', 'monthly', 'monthly', 2900, "
                       "'EUR', :created_at) RETURNING id"),
        {{"created_at", createdAt()}}));
}

Result<qint64> insertSubscription(Database &db, qint64 customerId, qint64 planId,
                                  const QString &status)
{
    return returnedId(db.exec(
        QStringLiteral("INSERT INTO subscriptions (customer_id, plan_id, status, started_on, "
                       "current_period_start, current_period_end, next_billing_on, anchor_day, "
                       "price_minor, currency, gateway, created_at) VALUES (:customer_id, "
                       ":plan_id, :status, :started, :period_start, :period_end, :next, 2, 2900, "
                       "'EUR', 'stripe', :created_at) RETURNING id"),
        {{"customer_id", customerId},
         {"plan_id", planId},
         {"status", status},
         {"started", dateValue(QDate(2024, 1, 2))},
         {"period_start", dateValue(QDate(2024, 3, 2))},
         {"period_end", dateValue(QDate(2024, 4, 1))},
         {"next", dateValue(QDate(2024, 4, 2))},
         {"created_at", createdAt()}}));
}

Result<qint64> insertDunningCase(Database &db, qint64 invoiceId, qint64 customerId,
                                 const QString &status)
{
    return returnedId(db.exec(
        QStringLiteral("INSERT INTO dunning_cases (invoice_id, customer_id, status, opened_on) "
                       "VALUES (:invoice_id, :customer_id, :status, :opened) RETURNING id"),
        {{"invoice_id", invoiceId},
         {"customer_id", customerId},
         {"status", status},
         {"opened", dateValue(QDate(2024, 3, 6))}}));
}

} // namespace

Result<qint64> insertCustomer(Database &db, const QString &name)
{
    const QString email = name.toLower().remove(u' ') + u"@example.org";
    return returnedId(db.exec(
        QStringLiteral("INSERT INTO customers (public_id, name, email, country, created_at) "
                       "VALUES (:public_id, :name, :email, 'FR', :created_at) RETURNING id"),
        {{"public_id", newPublicId()},
         {"name", name},
         {"email", email},
         {"created_at", createdAt()}}));
}

Result<qint64> insertInvoice(Database &db, qint64 customerId, const QString &status,
                             const QString &currency, qint64 totalMinor, QDate issued,
                             qint64 creditFor)
{
    static QAtomicInt serial;
    const QVariant number =
        status == u"draft" ? QVariant()
                           : QVariant(QStringLiteral("T-%1").arg(serial.fetchAndAddRelaxed(1) + 1));
    return returnedId(db.exec(
        QStringLiteral("INSERT INTO invoices (public_id, number, kind, credit_for_invoice_id, "
                       "customer_id, status, currency, subtotal_minor, tax_minor, total_minor, "
                       "issue_date, created_at) VALUES (:public_id, :number, :kind, :credit_for, "
                       ":customer_id, :status, :currency, :total, 0, :total2, :issued, "
                       ":created_at) RETURNING id"),
        {{"public_id", newPublicId()},
         {"number", number},
         {"kind", creditFor == 0 ? QStringLiteral("invoice") : QStringLiteral("credit_note")},
         {"credit_for", nullIfZero(creditFor)},
         {"customer_id", customerId},
         {"status", status},
         {"currency", currency},
         {"total", totalMinor},
         {"total2", totalMinor},
         {"issued", dateValue(issued)},
         {"created_at", createdAt()}}));
}

// What is inserted, and why the figures of SampleFigures are what they are (today is
// 2024-03-15, so "this month" is 2024-03-01 to 2024-03-31 inclusive):
//   customers: Alice, Bruno, Chloé, David                                  -> 4
//   subscriptions: active ×3, trialing ×1, past_due ×2, cancelled ×1, paused ×1
//                                              -> active 3, trialing 1, past due 2
//   invoices issued in March, counted (not drafts, not dropped, not credit notes):
//     paid EUR 29.00 on 03-01, paid EUR 34.80 on 03-31, paid USD 10.00 on 03-10,
//     sent EUR 29.00, overdue EUR 29.00, refunded EUR 29.00                -> 6
//   not counted: a draft, a cancelled (dropped) draft, a paid EUR credit note of -5.00
//     in March, paid EUR 99.99 on 02-29 and on 04-01, paid GBP 7.00 in February
//   revenue (paid, issued in March): EUR 2900 + 3480 = 6380; USD 1000; no GBP
//   dunning cases: open on the overdue and on the sent invoice, one resolved -> 2 open
Done insertSampleBook(Database &db)
{
    return db.transaction([&]() -> Done {
        qint64 c[4] = {};
        const QString names[4] = {QStringLiteral("Alice Martin"), QStringLiteral("Bruno Petit"),
                                  QStringLiteral("Chloé Durand"), QStringLiteral("David Moreau")};
        for (int i = 0; i < 4; ++i) {
            auto id = insertCustomer(db, names[i]);
            if (!id)
                return std::unexpected(id.error());
            c[i] = *id;
        }
        auto plan = insertPlan(db);
        if (!plan)
            return std::unexpected(plan.error());
        const std::pair<int, const char16_t *> subscriptions[] = {
            {0, u"active"},   {1, u"active"},   {2, u"active"},    {3, u"trialing"},
            {0, u"past_due"}, {1, u"past_due"}, {2, u"cancelled"}, {3, u"paused"},
        };
        for (const auto &[customer, status] : subscriptions)
            if (auto s = insertSubscription(db, c[customer], *plan, QString::fromUtf16(status)); !s)
                return std::unexpected(s.error());

        struct Row {
            int customer;
            const char16_t *status;
            const char16_t *currency;
            qint64 total;
            QDate issued;
        };
        const Row rows[] = {
            {0, u"paid", u"EUR", 2900, {2024, 3, 1}},     // 0 counted, revenue
            {1, u"paid", u"EUR", 3480, {2024, 3, 31}},    // 1 counted, revenue
            {2, u"paid", u"USD", 1000, {2024, 3, 10}},    // 2 counted, revenue
            {3, u"sent", u"EUR", 2900, {2024, 3, 5}},     // 3 counted
            {0, u"overdue", u"EUR", 2900, {2024, 3, 2}},  // 4 counted
            {1, u"refunded", u"EUR", 2900, {2024, 3, 7}}, // 5 counted
            {2, u"draft", u"EUR", 2900, {2024, 3, 12}},   // 6 a draft
            {3, u"cancelled", u"EUR", 2900, {}},          // 7 a dropped draft
            {0, u"paid", u"EUR", 9999, {2024, 2, 29}},    // 8 last month
            {1, u"paid", u"EUR", 9999, {2024, 4, 1}},     // 9 next month
            {2, u"paid", u"GBP", 700, {2024, 2, 15}},     // 10 last month
        };
        qint64 ids[std::size(rows)] = {};
        for (std::size_t i = 0; i < std::size(rows); ++i) {
            const Row &r = rows[i];
            auto id = insertInvoice(db, c[r.customer], QString::fromUtf16(r.status),
                                    QString::fromUtf16(r.currency), r.total, r.issued);
            if (!id)
                return std::unexpected(id.error());
            ids[i] = *id;
        }
        if (auto credit = insertInvoice(db, c[0], QStringLiteral("paid"), QStringLiteral("EUR"),
                                        -500, {2024, 3, 14}, ids[0]);
            !credit)
            return std::unexpected(credit.error());

        const std::tuple<int, int, const char16_t *> cases[] = {
            {4, 0, u"open"}, {3, 3, u"open"}, {8, 0, u"resolved"}};
        for (const auto &[invoice, customer, status] : cases)
            if (auto d =
                    insertDunningCase(db, ids[invoice], c[customer], QString::fromUtf16(status));
                !d)
                return std::unexpected(d.error());
        return {};
    });
}

} // namespace ic::test
