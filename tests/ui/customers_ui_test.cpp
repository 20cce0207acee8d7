// The Customers area driven as a person would: type in the search box, open a customer with
// Enter, sell a subscription at the counter with a promotion code, change a plan after
// reading its proration, and the refusals (an unknown code, an amount that does not parse,
// a role that may not) shown where they happened with nothing typed lost. On SQLite (the
// search itself is tested on both databases in tests/services/customergrid_test.cpp).
#include "models/clock.h"
#include "services/billing/subscriptionlifecycle.h"
#include "services/customers/customergrid.h"
#include "services/security/session.h"
#include "services/storage/customerrepository.h"
#include "services/storage/database.h"
#include "services/storage/paymentmethodrepository.h"
#include "services/storage/planrepository.h"
#include "services/storage/promotionrepository.h"
#include "tests/support/testbooks.h"
#include "tests/ui/gridwait.h"
#include "tests/ui/modal.h"
#include "tests/ui/sessions.h"
#include "ui/common/gridmodel.h"
#include "ui/common/gridview.h"
#include "ui/customers/actiondialog.h"
#include "ui/customers/counterdialogs.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customerview.h"
#include "ui/customers/recordtablemodel.h"
#include "ui/shell/bookopening.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace ic;

namespace {

qint64 count(Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    EXPECT_TRUE(v.has_value()) << v.error().message.toStdString();
    return v ? v->toLongLong() : -1;
}

class CustomersUiTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_book = test::freshBook(Dialect::SQLite);
        ASSERT_TRUE(m_book);
        Database &db = *m_book->db;
        ASSERT_TRUE(db.exec(u"INSERT INTO tax_rates (country, category, rate_bp, valid_from) "
                            u"VALUES ('FR', 'standard', 2000, '2020-01-01')"_qs)
                        .has_value());
        m_anne = customer(u"Anne Lefèvre"_qs, u"anne@atelier.fr"_qs, u"Atelier Lefèvre"_qs);
        m_bruno = customer(u"Bruno Petit"_qs, u"bruno@petit.fr"_qs, {});
        m_starter = plan(u"starter"_qs, u"Starter"_qs, 1000, 1);
        m_pro = plan(u"pro"_qs, u"Pro"_qs, 3000, 2);
        Promotion welcome;
        welcome.code = u"WELCOME"_qs;
        welcome.name = u"Welcome offer"_qs;
        welcome.percentBp = 2000;
        welcome.appliesTo = PromotionScope::FirstPayment;
        ASSERT_TRUE(PromotionRepository(db).insert(welcome).has_value());
        // Bruno took Starter on 1 March: his period is 1 March – 31 March (31 days).
        FixedClock march1(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
        auto sub = SubscriptionLifecycle(db, march1).create(m_bruno, m_starter, u"setup"_qs);
        ASSERT_TRUE(sub.has_value()) << sub.error().message.toStdString();
        m_brunoSub = sub->subscription.id;
    }

    qint64 customer(const QString &name, const QString &email, const QString &company)
    {
        Customer c;
        c.name = name;
        c.email = email;
        c.company = company;
        c.country = u"FR"_qs;
        c.language = u"fr"_qs;
        auto saved = CustomerRepository(*m_book->db).insert(c);
        EXPECT_TRUE(saved.has_value()) << saved.error().message.toStdString();
        if (saved) { // the card the counter charges
            CustomerPaymentMethod card;
            card.customerId = saved->id;
            card.gateway = u"simulated"_qs;
            card.token = u"tok_visa"_qs;
            card.brand = u"visa"_qs;
            card.lastFour = u"4242"_qs;
            card.expMonth = 8;
            card.expYear = 2028;
            card.isDefault = true;
            EXPECT_TRUE(PaymentMethodRepository(*m_book->db).insert(card).has_value());
        }
        return saved ? saved->id : 0;
    }

    qint64 plan(const QString &slug, const QString &name, qint64 price, int order)
    {
        Plan p;
        p.slug = slug;
        p.name = name;
        p.price = Money(price, u"EUR"_qs);
        p.setupFee = Money::zero(u"EUR"_qs);
        p.sortOrder = order;
        auto saved = PlanRepository(*m_book->db).insert(p);
        EXPECT_TRUE(saved.has_value()) << saved.error().message.toStdString();
        return saved ? saved->id : 0;
    }

    // A page of its own on the book, as the window sets it up.
    std::unique_ptr<CustomersPage> page(const Session *session = nullptr)
    {
        auto p = std::make_unique<CustomersPage>(m_clock);
        p->setSession(session);
        p->setDatabase(m_book->db.get());
        p->resize(1100, 700);
        p->show();
        EXPECT_TRUE(waitForGrid(p->model()));
        return p;
    }

    // Types as a person does and waits for the rows the last keystroke asked for.
    static void search(CustomersPage *p, const QString &text)
    {
        QLineEdit *edit = p->searchEdit();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
        EXPECT_TRUE(QTest::qWaitFor(
            [p] { return p->model()->request().filter == p->searchEdit()->text(); }, 5000));
        EXPECT_TRUE(waitForGrid(p->model()));
    }

    static QPushButton *button(QWidget *in, const char *name)
    {
        return in->findChild<QPushButton *>(QLatin1String(name));
    }

    static QStringList column(RecordTableModel *model, int c)
    {
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row)
            texts.append(model->index(row, c).data().toString());
        return texts;
    }

    // Sunday 15 March 2026 at noon UTC (13:00 in Paris, the business time zone).
    FixedClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<test::TestBook> m_book;
    qint64 m_anne = 0, m_bruno = 0, m_starter = 0, m_pro = 0, m_brunoSub = 0;
};

TEST_F(CustomersUiTest, TheAreaIsInTheWindowAndSearchesAsYouType)
{
    MainWindow window(m_clock);
    auto opened = openExistingBook(m_book->spec);
    ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
    window.setBook(std::move(*opened), test::sessionAs(Role::Admin, u"anne"_qs));
    window.show();
    ASSERT_TRUE(window.showArea(u"customers"_qs));
    CustomersPage *p = window.customersPage();
    ASSERT_TRUE(p->isVisible());
    ASSERT_TRUE(waitForGrid(p->model()));
    EXPECT_EQ(p->model()->rowCount(), 2);
    EXPECT_EQ(p->statusLabel()->text(), u"2 customer(s)"_qs);

    // One keystroke after another: the grid ends on the last one's answer.
    search(p, u"lef"_qs);
    ASSERT_EQ(p->model()->rowCount(), 1);
    EXPECT_EQ(p->model()->index(0, CustomerGrid::Name).data().toString(), u"Anne Lefèvre"_qs);
    search(p, u"BRUNO@"_qs);
    ASSERT_EQ(p->model()->rowCount(), 1);
    EXPECT_EQ(p->model()->idAt(0), m_bruno);
    // Bruno's first invoice, by its number in lower case.
    auto number = m_book->db->scalar(u"SELECT number FROM invoices WHERE customer_id = :c"_qs,
                                     {{"c", m_bruno}});
    ASSERT_TRUE(number.has_value());
    search(p, number->toString().toLower());
    ASSERT_EQ(p->model()->rowCount(), 1);
    EXPECT_EQ(p->model()->idAt(0), m_bruno);
    // Opening Bruno, the log of his subscription is one click away for an admin.
    QTest::keyClick(p->searchEdit(), Qt::Key_Return);
    ASSERT_TRUE(p->isShowingCustomer());
    CustomerView *view = p->customerView();
    ASSERT_TRUE(view->historyButton()->isVisibleTo(view));
    view->subscriptionsTable()->selectRow(0);
    view->historyButton()->menu()->findChild<QAction *>(u"subscriptionHistory"_qs)->trigger();
    EXPECT_EQ(window.currentArea(), u"audit"_qs);
    ASSERT_TRUE(window.showArea(u"customers"_qs));
    QTest::keyClick(view, Qt::Key_Escape);
    search(p, u"zz"_qs);
    EXPECT_EQ(p->model()->rowCount(), 0);
    EXPECT_EQ(p->statusLabel()->text(), u"0 customer(s) found"_qs);
    // Enter with nothing found says so under the grid and opens nothing.
    QTest::keyClick(p->searchEdit(), Qt::Key_Return);
    EXPECT_FALSE(p->isShowingCustomer());
    EXPECT_EQ(p->statusLabel()->text(), u"Nobody matches \"zz\"."_qs);
}

TEST_F(CustomersUiTest, EnterOpensTheCustomerAndEscapeComesBackToTheSearch)
{
    auto p = page();
    // Typing then Enter at once: the customer the search finds opens, without waiting.
    p->searchEdit()->setFocus();
    QTest::keyClicks(p->searchEdit(), u"anne"_qs);
    QTest::keyClick(p->searchEdit(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return p->isShowingCustomer(); }, 5000));
    CustomerView *view = p->customerView();
    EXPECT_EQ(view->customerId(), m_anne);
    EXPECT_TRUE(view->profileText().contains(u"anne@atelier.fr"_qs));
    EXPECT_TRUE(view->profileText().contains(u"Atelier Lefèvre"_qs));
    EXPECT_EQ(view->subscriptionsModel()->rowCount(), 0);
    QTest::keyClick(view, Qt::Key_Escape);
    EXPECT_FALSE(p->isShowingCustomer());
    EXPECT_EQ(p->searchEdit()->text(), u"anne"_qs);

    // Down to the rows, Enter on the one chosen; a double click does the same.
    search(p.get(), QString());
    QTest::keyClick(p->searchEdit(), Qt::Key_Down);
    EXPECT_EQ(p->view()->currentIndex().row(), 0);
    QTest::keyClick(p->view(), Qt::Key_Down);
    EXPECT_EQ(p->view()->currentIndex().row(), 1);
    QTest::keyClick(p->view(), Qt::Key_Return);
    ASSERT_TRUE(p->isShowingCustomer());
    EXPECT_EQ(view->customerId(), m_bruno);
    // His subscription, its history and his first invoice.
    ASSERT_EQ(view->subscriptionsModel()->rowCount(), 1);
    EXPECT_EQ(view->subscriptionsModel()->index(0, 0).data().toString(), u"Starter"_qs);
    EXPECT_EQ(view->eventsModel()->rowCount(), 1);
    EXPECT_EQ(view->eventsModel()->index(0, 4).data().toString(), u"setup"_qs);
    ASSERT_EQ(view->invoicesModel()->rowCount(), 1);
    // 10.00 + 20 % VAT
    EXPECT_EQ(view->invoicesModel()->index(0, 4).data().toString(), u"€12.00"_qs);
}

TEST_F(CustomersUiTest, NewSubscriptionAtTheCounterWithACodeCheckedAsItIsTyped)
{
    auto p = page();
    p->openCustomer(m_anne);
    CustomerView *view = p->customerView();
    QString summary;
    QString codeStatus;
    QString refusal;
    bool refusedFirst = false;
    const qint64 rowsBefore = count(*m_book->db, u"SELECT COUNT(*) FROM subscriptions"_qs) +
                              count(*m_book->db, u"SELECT COUNT(*) FROM invoices"_qs) +
                              count(*m_book->db, u"SELECT COUNT(*) FROM payments"_qs);
    qint64 rowsAfterRefusal = -1;
    test::whenModal<NewSubscriptionDialog>([&](NewSubscriptionDialog *d) {
        d->planCombo()->setCurrentIndex(d->planCombo()->findData(m_pro));
        // An unknown code first: its sentence beside it, the price without it.
        QTest::keyClicks(d->codeEdit(), u"NOPE"_qs);
        EXPECT_TRUE(QTest::qWaitFor([d] { return !d->codeStatus()->text().isEmpty(); }, 5000));
        codeStatus = d->codeStatus()->text();
        EXPECT_TRUE(d->summaryText().contains(u"Total\t€36.00"_qs))
            << d->summaryText().toStdString();
        QTest::mouseClick(d->createButton(), Qt::LeftButton);
        refusedFirst = d->isVisible();
        refusal = d->errorText();
        rowsAfterRefusal = count(*m_book->db, u"SELECT COUNT(*) FROM subscriptions"_qs) +
                           count(*m_book->db, u"SELECT COUNT(*) FROM invoices"_qs) +
                           count(*m_book->db, u"SELECT COUNT(*) FROM payments"_qs);
        EXPECT_EQ(d->codeEdit()->text(), u"NOPE"_qs); // nothing typed lost
        // Then the right one, typed over it.
        QTest::keyClick(d->codeEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(d->codeEdit(), u"welcome"_qs);
        EXPECT_TRUE(
            QTest::qWaitFor([d] { return d->codeStatus()->text().startsWith(u"✓"_qs); }, 5000))
            << d->codeStatus()->text().toStdString();
        summary = d->summaryText();
        d->chargeButton()->click();
        QTest::mouseClick(d->createButton(), Qt::LeftButton);
    });
    QTest::mouseClick(view->actionButton(CustomerView::Action::NewSubscription), Qt::LeftButton);

    EXPECT_TRUE(codeStatus.startsWith(u"✗"_qs)) << codeStatus.toStdString();
    // The refused create: the dialog stays with a sentence naming the code, nothing written.
    EXPECT_TRUE(refusedFirst);
    EXPECT_TRUE(refusal.contains(u"NOPE"_qs)) << refusal.toStdString();
    EXPECT_EQ(rowsAfterRefusal, rowsBefore);
    // Pro 30.00 €, 20 % off the first payment: 24.00 € + 20 % VAT 4.80 € = 28.80 €.
    EXPECT_TRUE(summary.contains(u"Total\t€28.80"_qs)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"€4.80"_qs)) << summary.toStdString();

    Database &db = *m_book->db;
    ASSERT_EQ(view->subscriptionsModel()->rowCount(), 1);
    EXPECT_EQ(view->subscriptionsModel()->index(0, 0).data().toString(), u"Pro"_qs);
    ASSERT_EQ(view->invoicesModel()->rowCount(), 1);
    EXPECT_EQ(view->invoicesModel()->index(0, 4).data().toString(), u"€28.80"_qs);
    EXPECT_EQ(view->invoicesModel()->index(0, 5).data().toString(), u"€28.80"_qs);
    EXPECT_TRUE(view->messageText().contains(u"is paid"_qs)) << view->messageText().toStdString();
    // Charged through the simulated gateway (tok_visa), the customer told.
    EXPECT_EQ(count(db, u"SELECT COUNT(*) FROM payments WHERE status = 'succeeded' AND "
                        u"gateway = 'simulated' AND amount_minor = 2880"_qs),
              1);
    EXPECT_EQ(count(db, u"SELECT COUNT(*) FROM outbox_messages WHERE template_key = "
                        u"'subscription_confirmation'"_qs),
              1);
    EXPECT_EQ(count(db, u"SELECT COUNT(*) FROM outbox_messages WHERE template_key = "
                        u"'payment_confirmation'"_qs),
              1);
    // Audited: the subscription and the charge.
    EXPECT_EQ(count(db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'subscription' AND "
                        u"action = 'create'"_qs),
              2); // Bruno's (setup) and Anne's
    EXPECT_EQ(count(db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'payment' AND "
                        u"action = 'charge_succeeded' AND actor = 'system'"_qs),
              1);
}

TEST_F(CustomersUiTest, ChangePlanShowsTheProrationBeforeConfirming)
{
    auto p = page();
    p->openCustomer(m_bruno);
    CustomerView *view = p->customerView();
    view->subscriptionsTable()->selectRow(0);
    QString preview;
    QString outcome;
    test::whenModal<ChangePlanDialog>([&](ChangePlanDialog *d) {
        EXPECT_TRUE(d->previewText().isEmpty());
        d->planCombo()->setCurrentIndex(d->planCombo()->findData(m_pro));
        preview = d->previewText();
        QTest::mouseClick(d->confirmButton(), Qt::LeftButton);
        outcome = d->outcomeText();
    });
    QTest::mouseClick(view->actionButton(CustomerView::Action::ChangePlan), Qt::LeftButton);
    // Period 1 – 31 March, 31 days; from 15 March 17 days are left.
    //   given back: -10.00 × 17/31 = -5.4839 → -5.48;  charged: 30.00 × 17/31 = 16.4516 → 16.45
    //   VAT 20 % per line: -1.096 → -1.10 and 3.29;  total 16.45 - 5.48 + 3.29 - 1.10 = 13.16
    EXPECT_TRUE(preview.contains(u"17 of 31 days"_qs)) << preview.toStdString();
    EXPECT_TRUE(preview.contains(u"-€5.48"_qs)) << preview.toStdString();
    EXPECT_TRUE(preview.contains(u"€16.45"_qs)) << preview.toStdString();
    EXPECT_TRUE(preview.contains(u"Total\t€13.16"_qs)) << preview.toStdString();
    EXPECT_TRUE(outcome.contains(u"€13.16"_qs)) << outcome.toStdString();
    EXPECT_EQ(view->subscriptionsModel()->index(0, 0).data().toString(), u"Pro"_qs);
    EXPECT_EQ(view->invoicesModel()->rowCount(), 2);
    EXPECT_EQ(view->invoicesModel()->index(0, 4).data().toString(), u"€13.16"_qs);
    // The history says it, newest first.
    EXPECT_EQ(view->eventsModel()->index(0, 3).data().toString(), u"Starter → Pro"_qs);
}

TEST_F(CustomersUiTest, PauseResumeAndCancelAtPeriodEndGoThroughTheirDialogs)
{
    auto p = page();
    p->openCustomer(m_bruno);
    CustomerView *view = p->customerView();
    view->subscriptionsTable()->selectRow(0);
    // A reason left empty is refused in the dialog (its sentence, the subscription still
    // active and its history as it was); with one, the pause is done.
    const qint64 eventsBefore = count(*m_book->db, u"SELECT COUNT(*) FROM subscription_events"_qs);
    test::whenModal<ActionDialog>([&](ActionDialog *d) {
        auto *reason = d->findChild<QLineEdit *>(u"reason"_qs);
        ASSERT_NE(reason, nullptr);
        reason->clear();
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
        EXPECT_TRUE(d->errorText().startsWith(u"Say why"_qs)) << d->errorText().toStdString();
        EXPECT_TRUE(d->isVisible());
        EXPECT_EQ(
            count(*m_book->db, u"SELECT COUNT(*) FROM subscriptions WHERE status = 'active'"_qs),
            1);
        EXPECT_EQ(count(*m_book->db, u"SELECT COUNT(*) FROM subscription_events"_qs), eventsBefore);
        QTest::keyClicks(reason, u"Holidays"_qs);
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(view->actionButton(CustomerView::Action::Pause), Qt::LeftButton);
    EXPECT_EQ(view->subscriptionsModel()->index(0, 1).data().toString(), u"paused"_qs);
    EXPECT_EQ(view->eventsModel()->index(0, 5).data().toString(), u"Holidays"_qs);

    test::whenModal<ActionDialog>(
        [](ActionDialog *d) { QTest::mouseClick(d->okButton(), Qt::LeftButton); });
    QTest::mouseClick(view->actionButton(CustomerView::Action::Resume), Qt::LeftButton);
    EXPECT_EQ(view->subscriptionsModel()->index(0, 1).data().toString(), u"active"_qs);

    test::whenModal<ActionDialog>([](ActionDialog *d) {
        EXPECT_TRUE(d->findChild<QRadioButton *>(u"atPeriodEnd"_qs)->isChecked());
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(view->actionButton(CustomerView::Action::Cancel), Qt::LeftButton);
    EXPECT_TRUE(
        view->subscriptionsModel()->index(0, 6).data().toString().startsWith(u"cancels on"_qs));
    EXPECT_EQ(
        count(*m_book->db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'subscription'"_qs), 4);
}

TEST_F(CustomersUiTest, ACreditOverTheLimitOrThatDoesNotParseIsRefusedInTheDialog)
{
    Session support;
    support.staffId = 7;
    support.username = u"sam"_qs;
    support.role = Role::Support;
    support.creditLimitMinor = 2000; // 20.00
    auto p = page(&support);
    p->openCustomer(m_anne);
    CustomerView *view = p->customerView();
    // Support does not read the audit log: no History button.
    EXPECT_FALSE(view->historyButton()->isVisibleTo(view));
    // A support member may not record payments: the button is off, the service would refuse.
    EXPECT_FALSE(view->actionButton(CustomerView::Action::RecordPayment)->isEnabled());
    EXPECT_TRUE(view->actionButton(CustomerView::Action::AddCredit)->isEnabled());
    QStringList errors;
    test::whenModal<ActionDialog>([&](ActionDialog *d) {
        auto *amount = d->findChild<QLineEdit *>(u"amount"_qs);
        auto *reason = d->findChild<QLineEdit *>(u"reason"_qs);
        QTest::keyClicks(reason, u"Late delivery"_qs);
        QTest::keyClicks(amount, u"12,x"_qs);
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
        errors.append(d->errorText());
        EXPECT_EQ(amount->text(), u"12,x"_qs);
        amount->selectAll();
        QTest::keyClicks(amount, u"50.00"_qs);
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
        errors.append(d->errorText());
        EXPECT_EQ(amount->text(), u"50.00"_qs);
        EXPECT_EQ(reason->text(), u"Late delivery"_qs);
        // Both refused: no credit, no audit entry yet.
        EXPECT_EQ(count(*m_book->db, u"SELECT COUNT(*) FROM user_credits"_qs), 0);
        EXPECT_EQ(count(*m_book->db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'credit'"_qs),
                  0);
        amount->selectAll();
        QTest::keyClicks(amount, u"15.50"_qs);
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(view->actionButton(CustomerView::Action::AddCredit), Qt::LeftButton);
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors.at(0), u"\"12,x\" is not an amount of money; type it like 1234.50."_qs);
    EXPECT_EQ(errors.at(1).toStdString(),
              "sam may give credits of at most 20.00 EUR; 50.00 EUR needs an admin.");
    ASSERT_EQ(view->creditsModel()->rowCount(), 1);
    EXPECT_EQ(view->creditsModel()->index(0, 1).data().toString(), u"€15.50"_qs);
    EXPECT_EQ(view->creditsModel()->index(0, 4).data().toString(), u"sam"_qs);
    EXPECT_EQ(count(*m_book->db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'credit' AND "
                                 u"actor = 'sam'"_qs),
              1);
}

TEST_F(CustomersUiTest, AnAccountantMayNotSellAndTheCounterSaysSo)
{
    Session accountant;
    accountant.username = u"alex"_qs;
    accountant.role = Role::Accountant;
    auto p = page(&accountant);
    p->openCustomer(m_bruno);
    CustomerView *view = p->customerView();
    view->subscriptionsTable()->selectRow(0);
    for (auto a : {CustomerView::Action::NewSubscription, CustomerView::Action::ChangePlan,
                   CustomerView::Action::Pause, CustomerView::Action::Cancel,
                   CustomerView::Action::AddCredit, CustomerView::Action::AddNote})
        EXPECT_FALSE(view->actionButton(a)->isEnabled()) << int(a);
    EXPECT_TRUE(view->actionButton(CustomerView::Action::RecordPayment)->isEnabled());
    // The services decide: the same dialog, reached anyway, is refused with one sentence.
    CustomerDesk desk(*m_book->db, m_clock, &accountant);
    NewSubscriptionDialog dialog(desk, m_bruno, true);
    dialog.planCombo()->setCurrentIndex(dialog.planCombo()->findData(m_pro));
    dialog.laterButton()->setChecked(true);
    dialog.accept();
    EXPECT_EQ(dialog.errorText().toStdString(),
              "An accountant may not create or change subscriptions; ask an admin.");
    EXPECT_EQ(count(*m_book->db, u"SELECT COUNT(*) FROM subscriptions"_qs), 1);

    // An accountant records Bruno's transfer.
    test::whenModal<ActionDialog>([](ActionDialog *d) {
        auto *amount = d->findChild<QLineEdit *>(u"amount"_qs);
        EXPECT_EQ(amount->text(), u"12.00"_qs);
        QTest::keyClicks(d->findChild<QLineEdit *>(u"reference"_qs), u"VIR-0315"_qs);
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(view->actionButton(CustomerView::Action::RecordPayment), Qt::LeftButton);
    EXPECT_EQ(view->invoicesModel()->index(0, 3).data().toString(), u"paid"_qs);
    EXPECT_EQ(view->paymentsModel()->rowCount(), 1);
}

// The Payments tab shows the cards on file as a person recognises them, never more of the
// number than its last four digits.
TEST_F(CustomersUiTest, ThePaymentsTabShowsTheCardsOnFile)
{
    auto p = page();
    p->openCustomer(m_anne);
    RecordTableModel *methods = p->customerView()->paymentMethodsModel();
    ASSERT_EQ(methods->rowCount(), 1);
    QStringList shown;
    for (int column = 0; column < methods->columnCount(); ++column)
        shown.append(methods->index(0, column).data().toString());
    EXPECT_EQ(shown, QStringList({u"VISA"_qs, u"**** 4242"_qs, u"08/2028"_qs, u"default"_qs,
                                  u"simulated"_qs}));
}

TEST_F(CustomersUiTest, ANoteIsAddedAndAnEmptyOneIsRefusedUnderIt)
{
    auto p = page();
    p->openCustomer(m_anne);
    CustomerView *view = p->customerView();
    view->tabs()->setCurrentIndex(4);
    QPushButton *add = view->actionButton(CustomerView::Action::AddNote);
    const auto notesBefore = CustomerRepository(*m_book->db).find(m_anne);
    ASSERT_TRUE(notesBefore.has_value());
    QTest::mouseClick(add, Qt::LeftButton);
    EXPECT_EQ(view->noteError(), u"Write the note first."_qs);
    auto unchanged = CustomerRepository(*m_book->db).find(m_anne);
    ASSERT_TRUE(unchanged.has_value());
    EXPECT_EQ(unchanged->notes, notesBefore->notes);
    EXPECT_EQ(unchanged->rowVersion, notesBefore->rowVersion);
    QTest::keyClicks(view->noteEdit(), u"Prefers invoices in French."_qs);
    QTest::mouseClick(add, Qt::LeftButton);
    EXPECT_TRUE(view->noteError().isEmpty());
    EXPECT_TRUE(view->noteEdit()->toPlainText().isEmpty());
    auto saved = CustomerRepository(*m_book->db).find(m_anne);
    ASSERT_TRUE(saved.has_value());
    EXPECT_TRUE(saved->notes.contains(u"Prefers invoices in French."_qs));
    EXPECT_TRUE(saved->notes.startsWith(u"2026-03-15 12:00 UTC · system"_qs));
}

TEST_F(CustomersUiTest, ANoteBeingWrittenIsDroppedOnlyWhenThePersonSaysSo)
{
    MainWindow window(m_clock);
    auto opened = openExistingBook(m_book->spec);
    ASSERT_TRUE(opened.has_value());
    window.setBook(std::move(*opened), test::sessionAs(Role::Support, u"sofia"_qs));
    window.show();
    ASSERT_TRUE(window.showArea(u"customers"_qs));
    CustomersPage *p = window.customersPage();
    ASSERT_TRUE(waitForGrid(p->model()));
    p->openCustomer(m_anne);
    CustomerView *view = p->customerView();
    QTest::keyClicks(view->noteEdit(), u"Call back on Monday"_qs);
    // Signing out asks; Cancel keeps the person signed in and the note.
    QString question;
    test::whenModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    window.findChild<QAction *>(u"signOut"_qs)->trigger();
    EXPECT_TRUE(question.contains(u"not added"_qs)) << question.toStdString();
    ASSERT_NE(window.session(), nullptr);
    EXPECT_EQ(view->noteEdit()->toPlainText(), u"Call back on Monday"_qs);
    // Back to the search and the same customer again: the note is still there.
    QTest::keyClick(view, Qt::Key_Escape);
    p->openCustomer(m_anne);
    EXPECT_EQ(view->noteEdit()->toPlainText(), u"Call back on Monday"_qs);
    // Opening another customer asks too; Discard drops it.
    bool asked = false;
    test::whenModal<QMessageBox>([&](QMessageBox *box) {
        asked = true;
        QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    });
    p->openCustomer(m_bruno);
    EXPECT_TRUE(asked);
    EXPECT_EQ(view->customerId(), m_bruno);
    EXPECT_TRUE(view->noteEdit()->toPlainText().isEmpty());
}

// --- the models under QAbstractItemModelTester ------------------------------------------

TEST_F(CustomersUiTest, TheModelsPassTheModelTester)
{
    Database &db = *m_book->db;
    for (int i = 0; i < 450; ++i)
        customer(u"Client %1"_qs.arg(i, 3, 10, QLatin1Char('0')), u"client%1@example.org"_qs.arg(i),
                 {});
    {
        GridModel model(std::make_unique<CustomerGrid>());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDatabase(&db);
        ASSERT_TRUE(waitForGrid(&model));
        EXPECT_EQ(model.rowCount(), GridModel::kPageSize);
        while (model.canFetchMore()) {
            model.fetchMore();
            ASSERT_TRUE(waitForGrid(&model));
        }
        EXPECT_EQ(model.rowCount(), 452);
        model.setFilter(u"client 1"_qs);
        model.setFilter(u"client 12"_qs);
        ASSERT_TRUE(waitForGrid(&model));
        EXPECT_EQ(model.rowCount(), 10); // Client 120 … Client 129
        model.sort(CustomerGrid::Email, Qt::DescendingOrder);
        ASSERT_TRUE(waitForGrid(&model));
        EXPECT_EQ(model.index(0, CustomerGrid::Email).data().toString(),
                  u"client129@example.org"_qs);
        model.setDatabase(nullptr);
        EXPECT_EQ(model.rowCount(), 0);
    }
    CustomerView view(m_clock);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{
             view.subscriptionsModel(), view.eventsModel(), view.invoicesModel(),
             view.paymentsModel(), view.creditsModel()})
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m, QAbstractItemModelTester::FailureReportingMode::Fatal));
    view.setDatabase(&db);
    view.open(m_bruno);
    EXPECT_EQ(view.subscriptionsModel()->rowCount(), 1);
    view.open(m_anne);
    EXPECT_EQ(view.subscriptionsModel()->rowCount(), 0);
}

} // namespace
