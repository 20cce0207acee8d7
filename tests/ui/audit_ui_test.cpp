// The Audit log area driven as a person would: filter by typing a name, choosing a kind of
// record and days; choose an entry and read its fields before and after; History from a plan
// opens the log filtered to it; only the roles that may read the log see it. On SQLite.

#include "models/clock.h"
#include "services/catalog/catalogservice.h"
#include "services/security/auditgrid.h"
#include "services/storage/auditrepository.h"
#include "services/storage/planrepository.h"
#include "services/storage/promotionrepository.h"
#include "tests/services/billingfixtures.h"
#include "tests/support/testbooks.h"
#include "tests/ui/gridwait.h"
#include "tests/ui/sessions.h"
#include "ui/audit/auditpage.h"
#include "ui/catalog/planeditor.h"
#include "ui/catalog/planspage.h"
#include "ui/common/gridmodel.h"
#include "ui/common/gridview.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/shell/bookopening.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace ic::test {

namespace {

int g_modelWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

void countModelWarnings(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (context.category && QByteArray(context.category).startsWith("qt.modeltest") &&
        type >= QtWarningMsg)
        ++g_modelWarnings;
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

// Counts the model tester's complaints while it lives.
struct ModelWarnings {
    ModelWarnings()
    {
        g_modelWarnings = 0;
        g_previousHandler = qInstallMessageHandler(countModelWarnings);
    }
    ~ModelWarnings() { qInstallMessageHandler(g_previousHandler); }
    int count() const { return g_modelWarnings; }
};

class AuditUiTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_book = freshBook(Dialect::SQLite);
        ASSERT_TRUE(m_book);
        Database &db = *m_book->db;
        m_pro = addPlan(db, u"pro"_qs, 2000);
        m_team = addPlan(db, u"team"_qs, 4900);
        // Three changes, by hand: anne raises Pro to 25.00 on 10 March, claire renames Team on
        // 12 March, anne raises Pro to 29.00 on 14 March (all at noon UTC).
        const Session anne = sessionAs(Role::Admin, u"anne"_qs);
        const Session claire = sessionAs(Role::Admin, u"claire"_qs);
        change(anne, m_pro, utc(2024, 3, 10, 12),
               [](Plan &p) { p.price = Money(2500, u"EUR"_qs); });
        change(claire, m_team, utc(2024, 3, 12, 12), [](Plan &p) { p.name = u"Team+"_qs; });
        change(anne, m_pro, utc(2024, 3, 14, 12),
               [](Plan &p) { p.price = Money(2900, u"EUR"_qs); });

        m_window = std::make_unique<MainWindow>(m_clock);
        m_window->show();
    }
    void TearDown() override
    {
        if (m_window) {
            EXPECT_TRUE(
                QTest::qWaitFor([this] { return !m_window->overviewPage()->isLoading(); }, 15000))
                << "the overview was still reading at the end of the test";
        }
        m_window.reset();
    }

    void change(const Session &by, qint64 id, const QDateTime &at, void (*edit)(Plan &))
    {
        FixedClock when(at);
        auto plan = PlanRepository(*m_book->db).find(id);
        ASSERT_TRUE(plan);
        edit(*plan);
        auto saved = CatalogService(*m_book->db, when, &by).savePlan(*plan);
        ASSERT_TRUE(saved) << saved.error().message.toStdString();
    }

    void signIn(Role role)
    {
        auto opened = openExistingBook(m_book->spec);
        ASSERT_TRUE(opened);
        m_window->setBook(std::move(*opened), sessionAs(role, u"anne"_qs));
    }

    AuditPage *audit() const { return m_window->auditPage(); }
    // The person column of the rows shown, top to bottom.
    QStringList people() const
    {
        QStringList out;
        GridModel *m = audit()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            out.append(m->index(row, AuditGrid::Person).data().toString());
        return out;
    }
    QStringList records() const
    {
        QStringList out;
        GridModel *m = audit()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            out.append(m->index(row, AuditGrid::Record).data().toString());
        return out;
    }
    bool settle() { return waitForGrid(audit()->model()); }

    FixedClock m_clock{utc(2024, 3, 15, 9)};
    std::unique_ptr<TestBook> m_book;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_pro = 0, m_team = 0;
};

} // namespace

TEST_F(AuditUiTest, FilteringByPersonKindAndDaysAndReadingAnEntry)
{
    ModelWarnings warnings;
    QAbstractItemModelTester tester(m_window->auditPage()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    signIn(Role::Admin);
    ASSERT_TRUE(m_window->showArea(u"audit"_qs));
    ASSERT_TRUE(settle());
    // Newest first.
    EXPECT_EQ(people(), (QStringList{u"anne"_qs, u"claire"_qs, u"anne"_qs}));
    EXPECT_EQ(audit()->statusText(), u"3 entry(ies)"_qs);

    QTest::keyClicks(audit()->personEdit(), u"CLA"_qs);
    ASSERT_TRUE(QTest::qWaitFor([&] { return settle() && people().size() == 1; }));
    EXPECT_EQ(people(), QStringList{u"claire"_qs});
    audit()->personEdit()->clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return settle() && people().size() == 3; }));

    // The kinds of record in the log: only plans here.
    QComboBox *entity = audit()->entityBox();
    ASSERT_EQ(entity->count(), 2);
    EXPECT_EQ(entity->itemText(1), u"Plan"_qs);
    entity->setCurrentIndex(1);
    ASSERT_TRUE(settle());
    EXPECT_EQ(people().size(), 3);

    // 11 to 13 March: claire's change only.
    audit()->fromEdit()->setDate(QDate(2024, 3, 11));
    audit()->toEdit()->setDate(QDate(2024, 3, 13));
    ASSERT_TRUE(QTest::qWaitFor([&] { return settle() && people().size() == 1; }));
    EXPECT_EQ(people(), QStringList{u"claire"_qs});
    // 13 March to any day: anne's second raise.
    audit()->toEdit()->setDate(audit()->toEdit()->minimumDate());
    audit()->fromEdit()->setDate(QDate(2024, 3, 13));
    ASSERT_TRUE(QTest::qWaitFor([&] { return settle() && people().size() == 1; }));
    EXPECT_EQ(people(), QStringList{u"anne"_qs});

    // Choosing it shows its fields: the price first (changed), in the plan's currency.
    GridView *view = audit()->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(audit()->model()->index(0, 0)).center());
    QTreeWidget *diff = audit()->diffView();
    ASSERT_GT(diff->topLevelItemCount(), 1);
    QTreeWidgetItem *first = diff->topLevelItem(0);
    EXPECT_EQ(first->text(0), u"Price"_qs);
    EXPECT_EQ(first->text(1), u"25.00 EUR"_qs);
    EXPECT_EQ(first->text(2), u"29.00 EUR"_qs);
    EXPECT_TRUE(first->data(0, Qt::UserRole + 1).toBool());
    EXPECT_FALSE(diff->topLevelItem(1)->data(0, Qt::UserRole + 1).toBool());
    EXPECT_TRUE(audit()->detailTitle().contains(u"anne"_qs))
        << audit()->detailTitle().toStdString();
    EXPECT_TRUE(audit()->detailTitle().contains(u"Plan " + QString::number(m_pro)));
    EXPECT_EQ(warnings.count(), 0);
}

TEST_F(AuditUiTest, TheModelPassesTheTesterThroughPagesSortAndFilter)
{
    // 450 more entries (more than two pages of 200), by two people.
    AuditRepository log(*m_book->db);
    for (int i = 0; i < 450; ++i) {
        AuditEntry e;
        e.occurredAt = utc(2024, 2, 1).addSecs(i * 60);
        e.actor = i % 3 == 0 ? u"bruno"_qs : u"dora"_qs;
        e.entity = u"promotion"_qs;
        e.entityId = QString::number(i);
        e.action = u"update"_qs;
        e.after = {{u"max_uses"_qs, i}};
        ASSERT_TRUE(log.append(e));
    }
    ModelWarnings warnings;
    QAbstractItemModelTester tester(audit()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    signIn(Role::Admin);
    ASSERT_TRUE(m_window->showArea(u"audit"_qs));
    ASSERT_TRUE(settle());
    GridModel *model = audit()->model();
    EXPECT_EQ(model->totalRows(), 453);
    EXPECT_EQ(model->rowCount(), GridModel::kPageSize);
    while (model->canFetchMore()) {
        model->fetchMore();
        ASSERT_TRUE(settle());
    }
    EXPECT_EQ(model->rowCount(), 453);
    model->sort(AuditGrid::Person, Qt::AscendingOrder);
    ASSERT_TRUE(settle());
    EXPECT_EQ(model->index(0, AuditGrid::Person).data().toString(), u"anne"_qs);
    QTest::keyClicks(audit()->personEdit(), u"bru"_qs);
    // 0, 3, …, 447: 150 entries.
    ASSERT_TRUE(QTest::qWaitFor([&] { return settle() && model->totalRows() == 150; }));
    EXPECT_EQ(warnings.count(), 0);
}

TEST_F(AuditUiTest, HistoryFromAPlanOpensTheLogFilteredToIt)
{
    signIn(Role::Admin);
    ASSERT_TRUE(m_window->showArea(u"plans"_qs));
    PlansPage *plans = m_window->plansPage();
    ASSERT_TRUE(waitForGrid(plans->model()));
    auto *history = plans->findChild<QPushButton *>(u"history"_qs);
    ASSERT_NE(history, nullptr);
    EXPECT_TRUE(history->isVisible());
    EXPECT_FALSE(history->isEnabled()) << "no plan chosen yet";
    plans->openRow(plans->model()->rowOfId(m_pro));
    ASSERT_EQ(plans->editor()->planId(), m_pro);
    EXPECT_TRUE(history->isEnabled());
    QTest::mouseClick(history, Qt::LeftButton);

    EXPECT_EQ(m_window->currentArea(), u"audit"_qs);
    ASSERT_TRUE(settle());
    EXPECT_EQ(records(), (QStringList(2, QString::number(m_pro))));
    auto *record = audit()->findChild<QLabel *>(u"record"_qs);
    EXPECT_EQ(record->text(), u"History of Plan "_qs + QString::number(m_pro));
    // Back to every record.
    QTest::mouseClick(audit()->findChild<QPushButton *>(u"clearRecord"_qs), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return settle() && records().size() == 3; }));
    EXPECT_FALSE(record->isVisible());

    // Any area can link a record to its history through the window.
    ASSERT_TRUE(m_window->showHistory(u"plan"_qs, m_team));
    ASSERT_TRUE(QTest::qWaitFor([&] { return settle() && records().size() == 1; }));
    EXPECT_EQ(records(), QStringList{QString::number(m_team)});
}

TEST_F(AuditUiTest, OnlyTheRolesThatMayReadTheLogSeeIt)
{
    signIn(Role::Support);
    auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_qs);
    auto hidden = [&](const QString &name) {
        for (int row = 0; row < navigation->count(); ++row)
            if (navigation->item(row)->data(Qt::UserRole).toString() == name)
                return navigation->item(row)->isHidden();
        return true;
    };
    EXPECT_TRUE(hidden(u"audit"_qs));
    EXPECT_FALSE(m_window->showArea(u"audit"_qs));
    EXPECT_FALSE(m_window->showHistory(u"plan"_qs, m_pro));
    EXPECT_FALSE(m_window->plansPage()
                     ->findChild<QPushButton *>(u"history"_qs)
                     ->isVisibleTo(m_window->plansPage()));
    EXPECT_EQ(audit()->model()->rowCount(), 0);

    signIn(Role::Accountant);
    EXPECT_FALSE(hidden(u"audit"_qs));
    ASSERT_TRUE(m_window->showHistory(u"plan"_qs, m_pro));
    ASSERT_TRUE(QTest::qWaitFor([&] { return settle() && records().size() == 2; }));
}

} // namespace ic::test
