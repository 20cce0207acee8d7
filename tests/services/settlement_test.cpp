// The settlement path (services/billing/settlement) on both databases: what the customer is
// told when a payment arrives, the same payment through the daily run, the counter and a
// dunning case giving the same rows, a charge that needs the customer to authenticate, and
// manual payments in part and refused.
#include "services/billing/dailyrun.h"
#include "services/billing/dunningactions.h"
#include "services/billing/settlement.h"
#include "services/billing/subscriptionlifecycle.h"
#include "services/customers/customerdesk.h"
#include "services/gateways/gatewayregistry.h"
#include "services/gateways/manualgateway.h"
#include "services/gateways/simulatedgateway.h"
#include "services/storage/paymentmethodrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace ic;
using ic::test::BothDatabases;
using ic::test::countRows;
using ic::test::insertReturningId;

namespace {

// One French consumer on a 29.00 € monthly plan, anchored on the 31st: the period
// 31 Jan → 28 Feb 2027 is paid, the next one (28 Feb → 31 Mar) is billed by the run.
// Renewal invoice, computed by hand: 29.00 € + 20 % VAT (5.80 €) = 34.80 €, due 28 Feb.
struct Book {
    explicit Book(Database &db, const QString &dir)
        : db(db)
        , simulated(dir + u"/ledger.jsonl")
    {
        gateways.add(&simulated);
        gateways.add(&manual);
    }

    void setUp(const QString &card)
    {
        ASSERT_TRUE(
            db.exec(u"INSERT INTO tax_rates (country, category, rate_bp, valid_from) VALUES "
                    u"('FR', 'standard', 2000, '2000-01-01')"_qs)
                .has_value());
        plan = ic::test::makePlan(db, u"pro-monthly"_qs, 2900);
        customer = insertReturningId(
            db,
            u"INSERT INTO customers (public_id, name, email, phone, country, language, "
            u"created_at) VALUES ('6f1c7d1e-0000-4000-8000-000000000001', 'Léa Martin', "
            u"'lea@example.fr', '+33 6 11 22 33 44', 'FR', 'fr', "
            u"'2027-01-01T00:00:00.000Z') RETURNING id"_qs,
            {});
        useCard(card);
        subscription = insertReturningId(
            db,
            u"INSERT INTO subscriptions (customer_id, plan_id, status, started_on, "
            u"current_period_start, current_period_end, next_billing_on, anchor_day, "
            u"price_minor, currency, gateway, created_at) VALUES (:c, :p, 'active', "
            u"'2027-01-31', '2027-01-31', '2027-02-28', '2027-02-28', 31, 2900, 'EUR', "
            u"'simulated', '2027-01-31T09:00:00.000Z') RETURNING id"_qs,
            {{"c", customer}, {"p", plan}});
    }

    // The customer's new default card at the simulated gateway.
    void useCard(const QString &token)
    {
        CustomerPaymentMethod m;
        m.customerId = customer;
        m.gateway = u"simulated"_qs;
        m.token = token;
        m.brand = u"visa"_qs;
        m.lastFour = u"4242"_qs;
        m.expMonth = 12;
        m.expYear = 2030;
        m.isDefault = true;
        m.createdAt = ic::test::utc(2027, 1, 1);
        auto saved = PaymentMethodRepository(db).insert(m);
        ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    }

    Result<DailyRunSummary> runUntil(QDate day)
    {
        FixedClock clock(QDateTime(day, QTime(6, 0), Qt::UTC));
        return DailyRun(db, clock, gateways).run(day);
    }

    QString scalar(const QString &sql)
    {
        auto v = db.scalar(sql);
        EXPECT_TRUE(v.has_value()) << sql.toStdString();
        return v ? v->toString() : QString();
    }

    QJsonObject payloadOf(const QString &templateKey)
    {
        auto v = db.scalar(u"SELECT payload FROM outbox_messages WHERE template_key = :t"_qs,
                           {{"t", templateKey}});
        EXPECT_TRUE(v.has_value());
        return v ? QJsonDocument::fromJson(v->toString().toUtf8()).object() : QJsonObject();
    }

    Database &db;
    SimulatedGateway simulated;
    ManualGateway manual;
    GatewayRegistry gateways;
    qint64 plan = 0, customer = 0, subscription = 0;
};

// A table's rows as text, in id order, without the columns named (ids, timestamps that
// differ by path): what two books are compared on.
QStringList rowsOf(Database &db, const QString &table, const QStringList &skip = {})
{
    QStringList rows;
    auto q = db.exec(u"SELECT * FROM "_qs + table + u" ORDER BY id"_qs);
    EXPECT_TRUE(q.has_value());
    if (!q)
        return rows;
    while (q->next()) {
        const QSqlRecord record = q->record();
        QStringList fields;
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            if (skip.contains(name))
                continue;
            QString value = q->value(i).toString();
            if (name == u"payload") {
                QJsonObject payload = QJsonDocument::fromJson(value.toUtf8()).object();
                payload.remove(u"method"_qs); // how the money came: the one difference by path
                value = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
            }
            fields.append(name + u'=' + value);
        }
        rows.append(fields.join(u", "_qs));
    }
    return rows;
}

class SettlementTest : public BothDatabases {
protected:
    void SetUp() override
    {
        BothDatabases::SetUp();
        if (HasFatalFailure())
            return;
        m_main = std::make_unique<Book>(db(), m_book->dir.path());
    }
    Book &book() { return *m_main; }
    std::unique_ptr<Book> m_main;
};

} // namespace

// The bug of issue #10: the daily run computed the confirmation's amount as "total minus
// paid" after the invoice was settled, so a payment in full was confirmed as 0. The
// confirmation carries the payment's amount and the invoice's total.
TEST_P(SettlementTest, TheDailyRunsConfirmationSaysWhatWasPaid)
{
    book().setUp(u"tok_visa"_qs);
    ASSERT_TRUE(book().runUntil(QDate(2027, 2, 21)).has_value()); // J-7: the invoice
    auto j0 = book().runUntil(QDate(2027, 2, 28));
    ASSERT_TRUE(j0.has_value()) << j0.error().message.toStdString();
    ASSERT_EQ(j0->chargesSucceeded, 1);
    ASSERT_EQ(book().scalar(u"SELECT status FROM invoices"_qs), u"paid"_qs);

    const QJsonObject data = book().payloadOf(u"payment_confirmation"_qs);
    // 34.80 € paid of an invoice of 34.80 € (29.00 + 20 % VAT), nothing left
    EXPECT_EQ(data.value(u"amount_minor"_qs).toInteger(), 3480)
        << QJsonDocument(data).toJson().toStdString();
    EXPECT_EQ(data.value(u"invoice_total_minor"_qs).toInteger(), 3480);
    EXPECT_EQ(data.value(u"still_due_minor"_qs).toInteger(), 0);
    EXPECT_EQ(data.value(u"currency"_qs).toString(), u"EUR"_qs);
    EXPECT_EQ(data.value(u"invoice_number"_qs).toString(), u"INV-2027-001"_qs);
    EXPECT_EQ(data.value(u"customer_name"_qs).toString(), u"Léa Martin"_qs);
    EXPECT_EQ(data.value(u"method"_qs).toString(), u"card"_qs);
    // the business day in Europe/Paris (06:00 UTC is 07:00 there)
    EXPECT_EQ(data.value(u"paid_on"_qs).toString(), u"2027-02-28"_qs);
}

// The same payment of 34.80 € on the overdue renewal invoice, made on 3 March (J+3) after the
// card was declined at J+0 and the customer gave a new card: by the daily run's retry, at
// the counter, and as a transfer recorded on the dunning case. Each path runs in a book of
// its own, built the same way, so even the ids agree.
TEST_P(SettlementTest, TheSamePaymentByTheDailyRunTheCounterAndADunningCaseGivesTheSameRows)
{
    enum class Path { DailyRun, Counter, DunningCase };
    const auto settle = [this](Path path) -> std::unique_ptr<ic::test::TestBook> {
        auto owned = ic::test::freshBook(GetParam());
        if (!owned)
            return nullptr;
        Book b(*owned->db, owned->dir.path());
        b.setUp(u"tok_chargeDeclinedInsufficientFunds"_qs);
        EXPECT_TRUE(b.runUntil(QDate(2027, 2, 21)).has_value());
        auto j0 = b.runUntil(QDate(2027, 2, 28));
        EXPECT_TRUE(j0.has_value());
        EXPECT_EQ(j0->casesOpened, 1);
        b.useCard(u"tok_visa"_qs);
        const QDate march3(2027, 3, 3);
        FixedClock clock(QDateTime(march3, QTime(6, 0), Qt::UTC));
        const qint64 invoice = b.scalar(u"SELECT id FROM invoices"_qs).toLongLong();
        const qint64 dunningCase = b.scalar(u"SELECT id FROM dunning_cases"_qs).toLongLong();
        switch (path) {
        case Path::DailyRun: {
            auto run = b.runUntil(march3); // the J+3 step retries the charge
            EXPECT_TRUE(run.has_value()) << run.error().message.toStdString();
            EXPECT_EQ(run->chargesSucceeded, 1);
            break;
        }
        case Path::Counter: {
            auto sale = CustomerDesk(b.db, clock, nullptr, &b.gateways).chargeInvoice(invoice);
            EXPECT_TRUE(sale.has_value()) << sale.error().message.toStdString();
            EXPECT_TRUE(sale->paymentProblem.isEmpty()) << sale->paymentProblem.toStdString();
            break;
        }
        case Path::DunningCase: {
            auto paid =
                DunningActions(b.db, clock)
                    .recordManualPayment(dunningCase, Money(3480, u"EUR"_qs),
                                         PaymentMethod::Transfer, u"VIR-0303"_qs, u"system"_qs);
            EXPECT_TRUE(paid.has_value()) << paid.error().message.toStdString();
            break;
        }
        }
        return owned;
    };
    auto byRun = settle(Path::DailyRun);
    auto byCounter = settle(Path::Counter);
    auto byCase = settle(Path::DunningCase);
    ASSERT_TRUE(byRun && byCounter && byCase);

    Database &run = *byRun->db;
    // what the three must agree on, first read on the daily run's book
    EXPECT_EQ(ic::test::countRows(run, u"dunning_cases"_qs), 1);
    EXPECT_EQ(run.scalar(u"SELECT status FROM invoices"_qs)->toString(), u"paid"_qs);
    EXPECT_EQ(run.scalar(u"SELECT amount_paid_minor FROM invoices"_qs)->toLongLong(), 3480);
    EXPECT_EQ(run.scalar(u"SELECT status FROM subscriptions"_qs)->toString(), u"active"_qs);
    EXPECT_EQ(toDate(run.scalar(u"SELECT next_billing_on FROM subscriptions"_qs)->toString()),
              QDate(2027, 3, 31));
    EXPECT_EQ(run.scalar(u"SELECT status FROM dunning_cases"_qs)->toString(), u"resolved"_qs);
    EXPECT_EQ(run.scalar(u"SELECT COUNT(*) FROM outbox_messages WHERE template_key = "
                         u"'payment_confirmation'"_qs)
                  ->toInt(),
              1);

    const QStringList skip{u"public_id"_qs};
    for (const char *table : {"invoices", "subscriptions", "dunning_cases", "outbox_messages"}) {
        const QString name = QString::fromLatin1(table);
        const QStringList expected = rowsOf(run, name, skip);
        EXPECT_FALSE(expected.isEmpty()) << table;
        EXPECT_EQ(rowsOf(*byCounter->db, name, skip), expected) << table << " (counter)";
        EXPECT_EQ(rowsOf(*byCase->db, name, skip), expected) << table << " (dunning case)";
    }
}

// Strong customer authentication on the renewal: not paid, not declined. The payment waits
// for the customer, who is asked to confirm; the case follows its calendar but the charge is
// not tried again behind their back.
TEST_P(SettlementTest, AChargeThatNeedsTheCustomerWaitsForThemWithoutARetry)
{
    book().setUp(u"tok_authenticationRequired"_qs);
    ASSERT_TRUE(book().runUntil(QDate(2027, 2, 21)).has_value());
    auto j0 = book().runUntil(QDate(2027, 2, 28));
    ASSERT_TRUE(j0.has_value()) << j0.error().message.toStdString();
    EXPECT_EQ(j0->chargesTried, 1);
    EXPECT_EQ(j0->chargesAwaitingCustomer, 1);
    EXPECT_EQ(j0->chargesFailed, 0);
    EXPECT_EQ(j0->chargesSucceeded, 0);
    EXPECT_EQ(book().scalar(u"SELECT status FROM payments"_qs), u"requires_action"_qs);
    EXPECT_EQ(book().scalar(u"SELECT failure_code FROM payments"_qs),
              u"authentication_required"_qs);
    EXPECT_EQ(book().scalar(u"SELECT status FROM invoices"_qs), u"overdue"_qs);
    EXPECT_EQ(book().scalar(u"SELECT hard_decline FROM dunning_cases"_qs).toInt(), 0);
    const QJsonObject ask = book().payloadOf(u"authentication_required"_qs);
    EXPECT_EQ(ask.value(u"amount_minor"_qs).toInteger(), 3480);
    EXPECT_EQ(ask.value(u"invoice_number"_qs).toString(), u"INV-2027-001"_qs);
    EXPECT_EQ(ask.value(u"gateway"_qs).toString(), u"simulated"_qs);

    // J+3 and J+7 retry a declined card; this one waits: no second attempt, the reminders go.
    auto j7 = book().runUntil(QDate(2027, 3, 7));
    ASSERT_TRUE(j7.has_value()) << j7.error().message.toStdString();
    EXPECT_EQ(j7->chargesTried, 0);
    EXPECT_EQ(countRows(db(), u"payments"_qs), 1);
    auto ledger = book().simulated.ledger();
    ASSERT_TRUE(ledger.has_value());
    EXPECT_EQ(ledger->size(), 1);
    EXPECT_EQ(book().scalar(u"SELECT COUNT(*) FROM outbox_messages WHERE template_key = "
                            u"'payment_reminder'"_qs),
              u"2"_qs); // J+3 and J+7
    EXPECT_EQ(book().scalar(u"SELECT stage FROM dunning_cases"_qs), u"3"_qs);
}

TEST_P(SettlementTest, TheCounterSaysWhenTheBankAsksTheCustomerToConfirm)
{
    book().setUp(u"tok_authenticationRequired"_qs);
    ASSERT_TRUE(book().runUntil(QDate(2027, 2, 21)).has_value()); // the invoice, due 28 Feb
    const qint64 invoice = book().scalar(u"SELECT id FROM invoices"_qs).toLongLong();
    FixedClock clock(QDateTime(QDate(2027, 2, 22), QTime(10, 0), Qt::UTC));
    auto sale = CustomerDesk(db(), clock, nullptr, &book().gateways).chargeInvoice(invoice);
    ASSERT_TRUE(sale.has_value()) << sale.error().message.toStdString();
    EXPECT_EQ(sale->paymentProblem,
              u"The customer's bank asks them to confirm this payment; they have been sent a "
              u"message to do so, and the invoice stays due until they do."_qs);
    ASSERT_TRUE(sale->payment.has_value());
    EXPECT_EQ(sale->payment->status, PaymentStatus::RequiresAction);
    EXPECT_EQ(book().scalar(u"SELECT status FROM invoices"_qs), u"sent"_qs);
    EXPECT_EQ(book().scalar(u"SELECT amount_paid_minor FROM invoices"_qs), u"0"_qs);
    EXPECT_EQ(book().scalar(u"SELECT COUNT(*) FROM outbox_messages WHERE template_key = "
                            u"'authentication_required'"_qs),
              u"1"_qs);
    EXPECT_EQ(book().scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'payment' AND "
                            u"action = 'charge_requires_action'"_qs),
              u"1"_qs);
}

// 10.00 € by cheque, then the 24.80 € left: each confirmation says what it paid and what is
// left (34.80 − 10.00 = 24.80; 24.80 − 24.80 = 0); the second pays the invoice and moves the
// subscription on to its next period.
TEST_P(SettlementTest, AManualPaymentInPartThenTheRest)
{
    book().setUp(u"tok_visa"_qs);
    ASSERT_TRUE(book().runUntil(QDate(2027, 2, 21)).has_value());
    const qint64 invoice = book().scalar(u"SELECT id FROM invoices"_qs).toLongLong();
    FixedClock clock(QDateTime(QDate(2027, 2, 23), QTime(10, 0), Qt::UTC));
    Settlement settlement(db(), clock, u"anne"_qs);
    auto part =
        settlement.receive(invoice, Money(1000, u"EUR"_qs), PaymentMethod::Manual, u"CHQ 1"_qs);
    ASSERT_TRUE(part.has_value()) << part.error().message.toStdString();
    EXPECT_FALSE(part->invoicePaid);
    EXPECT_EQ(part->invoice.amountPaidMinor, 1000);
    EXPECT_EQ(part->invoice.status, InvoiceStatus::Sent);
    auto rest =
        settlement.receive(invoice, Money(2480, u"EUR"_qs), PaymentMethod::Manual, u"CHQ 2"_qs);
    ASSERT_TRUE(rest.has_value()) << rest.error().message.toStdString();
    EXPECT_TRUE(rest->invoicePaid);
    EXPECT_EQ(rest->invoice.status, InvoiceStatus::Paid);

    auto q = db().exec(u"SELECT payload FROM outbox_messages WHERE template_key = "
                       u"'payment_confirmation' ORDER BY id"_qs);
    ASSERT_TRUE(q.has_value());
    QList<QJsonObject> confirmations;
    while (q->next())
        confirmations.append(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
    ASSERT_EQ(confirmations.size(), 2);
    EXPECT_EQ(confirmations[0].value(u"amount_minor"_qs).toInteger(), 1000);
    EXPECT_EQ(confirmations[0].value(u"still_due_minor"_qs).toInteger(), 2480);
    EXPECT_EQ(confirmations[0].value(u"invoice_total_minor"_qs).toInteger(), 3480);
    EXPECT_EQ(confirmations[0].value(u"method"_qs).toString(), u"manual"_qs);
    EXPECT_EQ(confirmations[1].value(u"amount_minor"_qs).toInteger(), 2480);
    EXPECT_EQ(confirmations[1].value(u"still_due_minor"_qs).toInteger(), 0);
    EXPECT_EQ(toDate(book().scalar(u"SELECT next_billing_on FROM subscriptions"_qs)),
              QDate(2027, 3, 31));
    EXPECT_EQ(book().scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'payment' AND "
                            u"action = 'payment_received' AND actor = 'anne'"_qs),
              u"2"_qs);
}

TEST_P(SettlementTest, MoreThanIsDueIsRefusedAndNothingChanges)
{
    book().setUp(u"tok_visa"_qs);
    ASSERT_TRUE(book().runUntil(QDate(2027, 2, 21)).has_value());
    const qint64 invoice = book().scalar(u"SELECT id FROM invoices"_qs).toLongLong();
    const qint64 outbox = countRows(db(), u"outbox_messages"_qs);
    const qint64 audit = countRows(db(), u"audit_log"_qs);
    FixedClock clock(QDateTime(QDate(2027, 2, 23), QTime(10, 0), Qt::UTC));
    auto refused = Settlement(db(), clock, u"anne"_qs)
                       .receive(invoice, Money(3481, u"EUR"_qs), PaymentMethod::Transfer, {});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().message,
              u"Only 34.80 EUR is due on invoice INV-2027-001; a payment of 34.81 EUR is more "
              u"than that."_qs);
    EXPECT_EQ(countRows(db(), u"payments"_qs), 0);
    EXPECT_EQ(book().scalar(u"SELECT amount_paid_minor FROM invoices"_qs), u"0"_qs);
    EXPECT_EQ(book().scalar(u"SELECT status FROM invoices"_qs), u"sent"_qs);
    EXPECT_EQ(countRows(db(), u"outbox_messages"_qs), outbox);
    EXPECT_EQ(countRows(db(), u"audit_log"_qs), audit);
}

// Who acts comes from the session given once: the history names the signed-in person, not a
// name a caller passes; without a session the system actor the caller names.
TEST_P(SettlementTest, TheSessionNamesWhoActs)
{
    book().setUp(u"tok_visa"_qs);
    Session anne;
    anne.username = u"anne"_qs;
    anne.role = Role::Admin;
    FixedClock clock(QDateTime(QDate(2027, 2, 10), QTime(10, 0), Qt::UTC));
    SubscriptionLifecycle asAnne(db(), clock, &anne);
    EXPECT_EQ(asAnne.actor(), u"anne"_qs);
    ASSERT_TRUE(asAnne.pause(book().subscription, u"somebody-else"_qs, u"Holiday"_qs).has_value());
    EXPECT_EQ(book().scalar(u"SELECT actor FROM subscription_events ORDER BY id DESC LIMIT 1"_qs),
              u"anne"_qs);
    SubscriptionLifecycle system(db(), clock);
    EXPECT_EQ(system.actor(), u"system"_qs);
    ASSERT_TRUE(system.resume(book().subscription, u"daily-run"_qs, u"Back"_qs).has_value());
    EXPECT_EQ(book().scalar(u"SELECT actor FROM subscription_events ORDER BY id DESC LIMIT 1"_qs),
              u"daily-run"_qs);
}

IC_BOTH_DATABASES(SettlementTest);
