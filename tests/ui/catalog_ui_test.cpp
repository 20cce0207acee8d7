// The Plans and Promotions areas driven as a person would: pick a row, type in a field,
// undo, save, see a refusal beside the field, try a code. On the sample book (SQLite).
#include "models/clock.h"
#include "services/catalog/plangrid.h"
#include "services/catalog/promotiongrid.h"
#include "services/grid/gridsource.h"
#include "services/storage/database.h"
#include "services/storage/planrepository.h"
#include "services/storage/promotionrepository.h"
#include "tests/services/samplebook.h"
#include "tests/support/testbooks.h"
#include "tests/ui/gridwait.h"
#include "tests/ui/modal.h"
#include "tests/ui/sessions.h"
#include "ui/catalog/codetrialpanel.h"
#include "ui/catalog/planeditor.h"
#include "ui/catalog/planspage.h"
#include "ui/catalog/promotioneditor.h"
#include "ui/catalog/promotionspage.h"
#include "ui/common/gridmodel.h"
#include "ui/common/gridview.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/shell/bookopening.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace ic;

namespace {

class CatalogUiTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_book = test::freshBook(Dialect::SQLite);
        ASSERT_TRUE(m_book);
        Database &db = *m_book->db;
        auto inserted = test::insertSampleBook(db);
        ASSERT_TRUE(inserted.has_value()) << inserted.error().message.toStdString();
        // Beside the sample's Pro plan (EUR 29.00, eight subscriptions): Team, to move them to.
        Plan team;
        team.slug = u"team"_qs;
        team.name = u"Team"_qs;
        team.price = Money(4900, u"EUR"_qs);
        team.setupFee = Money::zero(u"EUR"_qs);
        team.sortOrder = 1;
        auto saved = PlanRepository(db).insert(team);
        ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
        m_teamId = saved->id;
        auto pro = PlanRepository(db).findBySlug(u"pro"_qs);
        ASSERT_TRUE(pro.has_value());
        m_proId = pro->id;
        Promotion spring;
        spring.code = u"SPRING"_qs;
        spring.name = u"Spring sale"_qs;
        spring.percentBp = 2000;
        spring.planIds = {m_proId};
        ASSERT_TRUE(PromotionRepository(db).insert(spring).has_value());

        m_window = std::make_unique<MainWindow>(m_clock);
        auto opened = openExistingBook(m_book->spec);
        ASSERT_TRUE(opened.has_value()) << opened.error().message.toStdString();
        m_window->setBook(std::move(*opened), test::sessionAs(Role::Admin));
        // The grids read on their worker threads: their first pages come a moment later.
        ASSERT_TRUE(waitForGrid(plans()->model()));
        ASSERT_TRUE(waitForGrid(promotions()->model()));
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
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

    PlansPage *plans() const { return m_window->plansPage(); }
    PromotionsPage *promotions() const { return m_window->promotionsPage(); }

    // Clicks the grid row showing `text` in its first column.
    void clickRow(GridView *view, const QString &text)
    {
        GridModel *model = view->gridModel();
        EXPECT_TRUE(waitForGrid(model));
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString() == text) {
                const QRect cell = view->visualRect(model->index(row, 0));
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
                return;
            }
        ADD_FAILURE() << "no row " << text.toStdString();
    }

    // Replaces a field's text as a person does: select all, type.
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
    }

    static QPushButton *button(QWidget *in, const char *name)
    {
        return in->findChild<QPushButton *>(QLatin1String(name));
    }

    // The sample book's today, 15 March 2024, at noon UTC.
    FixedClock m_clock{QDateTime(test::sampleToday(), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<test::TestBook> m_book;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_proId = 0;
    qint64 m_teamId = 0;
};

TEST_F(CatalogUiTest, PlansAndPromotionsAreListedBesideTheOverview)
{
    auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_qs);
    ASSERT_NE(navigation, nullptr);
    ASSERT_GE(navigation->count(), 3); // the overview, these two, and later areas
    EXPECT_EQ(navigation->item(1)->text(), u"Plans"_qs);
    EXPECT_EQ(navigation->item(2)->text(), u"Promotions"_qs);
    navigation->setCurrentRow(1);
    EXPECT_TRUE(plans()->isVisible());
    EXPECT_EQ(plans()->model()->rowCount(), 2);
    EXPECT_TRUE(m_window->showArea(u"promotions"_qs));
    EXPECT_TRUE(promotions()->isVisible());
    EXPECT_EQ(promotions()->model()->rowCount(), 1);
    EXPECT_FALSE(m_window->showArea(u"nowhere"_qs));
}

TEST_F(CatalogUiTest, TypingANameIsOneUndoStepAndSavingWritesIt)
{
    m_window->showArea(u"plans"_qs);
    clickRow(plans()->view(), u"Pro"_qs);
    PlanEditor *editor = plans()->editor();
    ASSERT_EQ(editor->planId(), m_proId);
    QLineEdit *name = editor->lineEdit(PlanEditor::Name);
    retype(name, u"Pro Plus"_qs);
    EXPECT_EQ(editor->undoStack()->count(), 1);
    // Ctrl+Z in the field: the whole name comes back at once.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(name->text(), u"Pro"_qs);
    EXPECT_FALSE(editor->isModified());
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(name->text(), u"Pro Plus"_qs);

    // Another field is another step.
    retype(editor->lineEdit(PlanEditor::Price), u"35.50"_qs);
    EXPECT_EQ(editor->undoStack()->count(), 2);
    QTest::mouseClick(button(editor, "save"), Qt::LeftButton);
    EXPECT_TRUE(editor->bannerText().isEmpty()) << editor->bannerText().toStdString();
    auto saved = PlanRepository(*m_book->db).find(m_proId);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->name, u"Pro Plus"_qs);
    EXPECT_EQ(saved->price, Money(3550, u"EUR"_qs));
    // The grid shows the saved row, selected.
    GridModel *model = plans()->model();
    ASSERT_TRUE(waitForGrid(model));
    EXPECT_EQ(plans()->view()->currentIndex().row(), model->rowOfId(m_proId));
    const int row = model->rowOfId(m_proId);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->index(row, PlanGrid::Name).data().toString(), u"Pro Plus"_qs);
    EXPECT_EQ(model->index(row, PlanGrid::Price).data().toString(), u"€35.50"_qs);
    EXPECT_EQ(model->index(row, PlanGrid::Price).data(GridModel::RawRole).value<Money>(),
              Money(3550, u"EUR"_qs));
}

TEST_F(CatalogUiTest, BadPlanInputIsNamedBesideItsFieldAndNothingIsLost)
{
    m_window->showArea(u"plans"_qs);
    clickRow(plans()->view(), u"Pro"_qs);
    PlanEditor *editor = plans()->editor();
    retype(editor->lineEdit(PlanEditor::Name), u"Pro 2025"_qs);
    retype(editor->lineEdit(PlanEditor::Price), u"1.2.3"_qs);
    retype(editor->lineEdit(PlanEditor::Slug), u"team"_qs);
    QTest::mouseClick(button(editor, "save"), Qt::LeftButton);
    // The price does not parse in en_US: its sentence, beside it; nothing saved.
    EXPECT_TRUE(editor->fieldError(PlanEditor::Price).contains(u"is not an amount of money"_qs))
        << editor->fieldError(PlanEditor::Price).toStdString();
    EXPECT_EQ(PlanRepository(*m_book->db).find(m_proId)->name, u"Pro"_qs);

    retype(editor->lineEdit(PlanEditor::Price), u"1,234.50"_qs);
    EXPECT_TRUE(editor->fieldError(PlanEditor::Price).isEmpty());
    QTest::mouseClick(button(editor, "save"), Qt::LeftButton);
    // The slug belongs to Team: the repository's sentence beside the slug.
    EXPECT_EQ(editor->fieldError(PlanEditor::Slug),
              u"The slug \"team\" is already used by another plan."_qs);
    EXPECT_EQ(editor->lineEdit(PlanEditor::Name)->text(), u"Pro 2025"_qs);
    EXPECT_EQ(editor->lineEdit(PlanEditor::Price)->text(), u"1,234.50"_qs);
    EXPECT_TRUE(editor->isModified());
    EXPECT_EQ(PlanRepository(*m_book->db).find(m_proId)->slug, u"pro"_qs);
    // To look at the page as a person sees it: IC_SCREENSHOT_DIR=DIR writes it there.
    if (const QString dir = qEnvironmentVariable("IC_SCREENSHOT_DIR"); !dir.isEmpty()) {
        EXPECT_TRUE(m_window->grab().save(dir + u"/plans-refused.png"));
    }
}

TEST_F(CatalogUiTest, SavingAPlanSomeoneElseChangedIsRefusedWithTheirChange)
{
    m_window->showArea(u"plans"_qs);
    clickRow(plans()->view(), u"Team"_qs);
    PlanEditor *editor = plans()->editor();
    retype(editor->lineEdit(PlanEditor::Name), u"Team (mine)"_qs);
    // Meanwhile, another seat raises the price.
    auto theirs = PlanRepository(*m_book->db).find(m_teamId);
    ASSERT_TRUE(theirs.has_value());
    theirs->price = Money(5900, u"EUR"_qs);
    ASSERT_TRUE(PlanRepository(*m_book->db).update(*theirs).has_value());

    QTest::mouseClick(button(editor, "save"), Qt::LeftButton);
    const QString banner = editor->bannerText();
    EXPECT_TRUE(banner.contains(u"was changed by someone else since you opened it"_qs))
        << banner.toStdString();
    EXPECT_TRUE(banner.contains(u"Price: €59.00 (was €49.00 when you opened it)"_qs))
        << banner.toStdString();
    EXPECT_EQ(editor->lineEdit(PlanEditor::Name)->text(), u"Team (mine)"_qs);
    EXPECT_EQ(PlanRepository(*m_book->db).find(m_teamId)->name, u"Team"_qs);

    // The person decides theirs may go: their own values, over the new row version.
    QTest::mouseClick(button(editor, "overwrite"), Qt::LeftButton);
    EXPECT_TRUE(editor->bannerText().isEmpty());
    EXPECT_EQ(PlanRepository(*m_book->db).find(m_teamId)->name, u"Team (mine)"_qs);
}

TEST_F(CatalogUiTest, TakingAPlanOffSaleAsksAboutItsSubscribers)
{
    m_window->showArea(u"plans"_qs);
    clickRow(plans()->view(), u"Pro"_qs);
    PlanEditor *editor = plans()->editor();
    auto *active = editor->findChild<QCheckBox *>(u"isActive"_qs);
    ASSERT_NE(active, nullptr);
    QTest::mouseClick(active, Qt::LeftButton, {}, QPoint(4, active->height() / 2));
    ASSERT_FALSE(active->isChecked());
    QString question;
    test::whenModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        auto *migrate = box->findChild<QPushButton *>(u"migrateSubscribers"_qs);
        ASSERT_NE(migrate, nullptr);
        test::whenModal<QInputDialog>([](QInputDialog *dialog) {
            EXPECT_TRUE(dialog->comboBoxItems().value(0).startsWith(u"Team"_qs));
            dialog->accept();
        });
        QTest::mouseClick(migrate, Qt::LeftButton);
    });
    QTest::mouseClick(button(editor, "save"), Qt::LeftButton);
    // Counted by hand from samplebook.cpp: eight subscriptions on Pro (active ×3, trialing ×1,
    // past due ×2, cancelled ×1, paused ×1); all but the cancelled one still run: 3+1+2+1 = 7.
    // (No translator in the tests: the plural reads "subscription(s)".)
    EXPECT_TRUE(question.startsWith(u"7 subscription"_qs)) << question.toStdString();
    EXPECT_TRUE(question.contains(u"are on the plan Pro"_qs)) << question.toStdString();
    auto moving = m_book->db->scalar(
        u"SELECT COUNT(*) FROM subscriptions WHERE scheduled_plan_id = :t"_qs, {{"t", m_teamId}});
    ASSERT_TRUE(moving.has_value());
    EXPECT_EQ(moving->toInt(), 7);
    auto cancelledMoves = m_book->db->scalar(
        u"SELECT COUNT(*) FROM subscriptions WHERE status = 'cancelled' AND scheduled_plan_id IS "
        u"NOT NULL"_qs);
    ASSERT_TRUE(cancelledMoves.has_value());
    EXPECT_EQ(cancelledMoves->toInt(), 0) << "the cancelled subscription stays where it ended";
    EXPECT_FALSE(PlanRepository(*m_book->db).find(m_proId)->isActive);
}

TEST_F(CatalogUiTest, FeaturesAreAnOrderedListWithUndo)
{
    m_window->showArea(u"plans"_qs);
    clickRow(plans()->view(), u"Team"_qs);
    PlanEditor *editor = plans()->editor();
    auto *add = editor->findChild<QAbstractButton *>(u"addFeature"_qs);
    ASSERT_NE(add, nullptr);
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QListWidget *features = editor->featureList();
    ASSERT_EQ(features->count(), 2);
    features->item(0)->setText(u"Priority support"_qs);
    features->setCurrentRow(0);
    QTest::mouseClick(editor->findChild<QAbstractButton *>(u"downFeature"_qs), Qt::LeftButton);
    EXPECT_EQ(features->item(1)->text(), u"Priority support"_qs);
    editor->undoStack()->undo();
    EXPECT_EQ(features->item(0)->text(), u"Priority support"_qs);
    editor->undoStack()->redo();
    retype(editor->lineEdit(PlanEditor::LimitUsers), u"25"_qs);
    ASSERT_TRUE(editor->save()) << editor->bannerText().toStdString();
    auto saved = PlanRepository(*m_book->db).find(m_teamId);
    ASSERT_EQ(saved->features.size(), 2);
    EXPECT_EQ(saved->features.at(1).label, u"Priority support"_qs);
    EXPECT_EQ(saved->limits.value(PlanLimit::Users), 25);
}

TEST_F(CatalogUiTest, PlansAreReorderedWithAltUpWhenTheGridShowsTheCatalogueOrder)
{
    m_window->showArea(u"plans"_qs);
    GridView *view = plans()->view();
    GridModel *model = plans()->model();
    const auto names = [&] {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            out.append(model->index(row, PlanGrid::Name).data().toString());
        return out;
    };
    // Sorted by name, the order cannot be changed: the status line says how.
    view->sortByColumn(PlanGrid::Name, Qt::AscendingOrder);
    ASSERT_TRUE(waitForGrid(model));
    const QStringList byName = names();
    clickRow(view, u"Team"_qs);
    EXPECT_FALSE(plans()->moveUpButton()->isEnabled());
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(
        plans()->findChild<QLabel *>(u"status"_qs)->text(),
        u"To change the order of the plans, sort the grid by Order (ascending) and clear the filter."_qs);

    // Sorted by Order: Alt+Up moves Team one place earlier, in the book and in the grid.
    view->sortByColumn(PlanGrid::SortOrder, Qt::AscendingOrder);
    ASSERT_TRUE(waitForGrid(model));
    const QStringList before = names();
    const int teamRow = int(before.indexOf(u"Team"_qs));
    ASSERT_GT(teamRow, 0) << before.join(u", "_qs).toStdString();
    clickRow(view, u"Team"_qs);
    ASSERT_TRUE(plans()->moveUpButton()->isEnabled());
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return names().indexOf(u"Team"_qs) == teamRow - 1; }, 10000))
        << names().join(u", "_qs).toStdString();
    QStringList expected = before;
    expected.move(teamRow, teamRow - 1);
    EXPECT_EQ(names(), expected);
    QStringList catalogue;
    for (const Plan &p : PlanRepository(*m_book->db).list(false).value_or(QList<Plan>{}))
        catalogue.append(p.name);
    EXPECT_EQ(catalogue, expected);
    // The grid keeps Team selected, and the editor shows it as saved (its new number).
    EXPECT_EQ(model->idAt(view->currentIndex().row()), m_teamId);
    EXPECT_EQ(plans()->editor()->planId(), m_teamId);
    EXPECT_FALSE(plans()->editor()->isModified());
    EXPECT_EQ(byName.size(), expected.size());
}

TEST_F(CatalogUiTest, QuittingWithAnUnsavedPlanAsksFirst)
{
    m_window->showArea(u"plans"_qs);
    clickRow(plans()->view(), u"Team"_qs);
    PlanEditor *editor = plans()->editor();
    retype(editor->lineEdit(PlanEditor::Name), u"Team XL"_qs);
    ASSERT_TRUE(editor->isModified());
    // Cancel: the window stays, with what was typed.
    QString question;
    test::whenModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    EXPECT_FALSE(m_window->close());
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_EQ(question, u"The plan you are editing has changes that are not saved. Drop them?"_qs);
    EXPECT_EQ(editor->lineEdit(PlanEditor::Name)->text(), u"Team XL"_qs);
    // Discard: the window closes, nothing saved.
    test::whenModal<QMessageBox>([&](QMessageBox *box) {
        QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    });
    EXPECT_TRUE(m_window->close());
    EXPECT_EQ(PlanRepository(*m_book->db).find(m_teamId)->name, u"Team"_qs);
}

TEST_F(CatalogUiTest, BadPromotionInputIsNamedBesideItsField)
{
    m_window->showArea(u"promotions"_qs);
    QTest::mouseClick(button(promotions(), "newPromotion"), Qt::LeftButton);
    PromotionEditor *editor = promotions()->editor();
    QTest::keyClicks(editor->lineEdit(PromotionEditor::Code), u"spring"_qs);
    QTest::keyClicks(editor->lineEdit(PromotionEditor::Name), u"Another spring"_qs);
    retype(editor->lineEdit(PromotionEditor::Value), u"150"_qs);
    editor->dateEdit(PromotionEditor::StartsOn)->setDate(QDate(2024, 4, 1));
    editor->dateEdit(PromotionEditor::EndsOn)->setDate(QDate(2024, 3, 1));
    QTest::mouseClick(button(editor, "save"), Qt::LeftButton);
    EXPECT_EQ(editor->fieldError(PromotionEditor::Value),
              u"A percentage discount cannot be more than 100 %."_qs);
    EXPECT_TRUE(editor->fieldError(PromotionEditor::EndsOn).contains(u"before it starts"_qs))
        << editor->fieldError(PromotionEditor::EndsOn).toStdString();

    retype(editor->lineEdit(PromotionEditor::Value), u"15"_qs);
    editor->dateEdit(PromotionEditor::EndsOn)->setDate(QDate(2024, 5, 1));
    QTest::mouseClick(button(editor, "save"), Qt::LeftButton);
    // The code is compared case-insensitively: SPRING exists.
    EXPECT_EQ(editor->fieldError(PromotionEditor::Code),
              u"The code \"spring\" is already used by another promotion."_qs);
    EXPECT_EQ(editor->lineEdit(PromotionEditor::Name)->text(), u"Another spring"_qs);

    retype(editor->lineEdit(PromotionEditor::Code), u"SPRING2"_qs);
    QTest::mouseClick(button(editor, "save"), Qt::LeftButton);
    auto saved = PromotionRepository(*m_book->db).findByCode(u"spring2"_qs);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->percentBp, 1500);
    EXPECT_EQ(saved->endsOn, QDate(2024, 5, 1));
    ASSERT_TRUE(waitForGrid(promotions()->model()));
    EXPECT_EQ(promotions()->model()->rowCount(), 2);
    // Undo after a save is a fresh history.
    EXPECT_EQ(editor->undoStack()->count(), 0);
}

TEST_F(CatalogUiTest, TryingACodeShowsEachCheckAndTheAmounts)
{
    m_window->showArea(u"promotions"_qs);
    promotions()->tabs()->setCurrentIndex(1);
    CodeTrialPanel *panel = promotions()->trialPanel();
    QTest::keyClicks(panel->customerEdit(), u"alicemartin@example.org"_qs);
    panel->planBox()->setCurrentIndex(panel->planBox()->findData(m_proId));
    QTest::keyClicks(panel->codeEdit(), u"spring"_qs);
    QTest::keyClick(panel->codeEdit(), Qt::Key_Return);
    QTreeWidget *steps = panel->stepList();
    ASSERT_EQ(steps->topLevelItemCount(), 8);
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(steps->topLevelItem(i)->text(1), u"passed"_qs)
            << steps->topLevelItem(i)->text(0).toStdString();
    // 20 % of €29.00 is €5.80.
    EXPECT_EQ(panel->initialText(), u"€29.00"_qs);
    EXPECT_EQ(panel->discountText(), u"-€5.80"_qs);
    EXPECT_EQ(panel->finalText(), u"€23.20"_qs);

    // On Team the code stops at "applies to this plan"; the checks after it are not run.
    panel->planBox()->setCurrentIndex(panel->planBox()->findData(m_teamId));
    QTest::mouseClick(panel->findChild<QPushButton *>(u"try"_qs), Qt::LeftButton);
    ASSERT_EQ(steps->topLevelItemCount(), 8);
    EXPECT_EQ(steps->topLevelItem(4)->text(1), u"passed"_qs);
    EXPECT_EQ(steps->topLevelItem(5)->text(1),
              u"The promotion SPRING does not apply to this plan."_qs);
    EXPECT_EQ(steps->topLevelItem(6)->text(1), u"not checked"_qs);
    EXPECT_EQ(panel->verdictText(), u"The promotion SPRING does not apply to this plan."_qs);
    EXPECT_EQ(panel->finalText(), u"€49.00"_qs);

    // A customer who is not there.
    panel->customerEdit()->clear();
    QTest::keyClicks(panel->customerEdit(), u"nobody@example.org"_qs);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"try"_qs), Qt::LeftButton);
    EXPECT_EQ(steps->topLevelItemCount(), 0);
    EXPECT_EQ(panel->verdictText(), u"No customer has the e-mail address nobody@example.org."_qs);
}

TEST_F(CatalogUiTest, CopyColumnsStateAndExportOfTheGrid)
{
    m_window->showArea(u"plans"_qs);
    GridView *view = plans()->view();
    view->selectAll();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n');
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines.at(0).startsWith(u"Pro\tpro\tMonthly\tMonthly\t€29.00"_qs))
        << lines.at(0).toStdString();

    // The column chooser hides the slug; a new grid with the same key remembers it.
    view->setColumnShown(PlanGrid::Slug, false);
    view->sortByColumn(PlanGrid::Price, Qt::DescendingOrder);
    ASSERT_TRUE(waitForGrid(plans()->model()));
    EXPECT_EQ(plans()->model()->index(0, PlanGrid::Name).data().toString(), u"Team"_qs);
    {
        GridModel model(std::make_unique<PlanGrid>());
        GridView again(&model, u"grids/plans"_qs);
        EXPECT_TRUE(again.isColumnHidden(PlanGrid::Slug));
        EXPECT_EQ(model.request().sortColumn, int(PlanGrid::Price));
        EXPECT_TRUE(model.request().descending);
    }

    // Export what is shown: filtered to "te", slug hidden.
    QTest::keyClicks(plans()->filterEdit(), u"te"_qs);
    ASSERT_TRUE(waitForGrid(plans()->model()));
    EXPECT_EQ(plans()->model()->rowCount(), 1);
    const QString path = m_book->dir.filePath(u"plans.csv"_qs);
    bool cancelled = true;
    EXPECT_TRUE(view->exportTo(m_book->spec, path, &cancelled).isEmpty());
    EXPECT_FALSE(cancelled);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList csv = QString::fromUtf8(file.readAll()).split(u"\r\n"_qs, Qt::SkipEmptyParts);
    ASSERT_EQ(csv.size(), 2);
    EXPECT_TRUE(csv.at(0).startsWith(u"Name,Type,Billing cycle,Price,Price (unit)"_qs))
        << csv.at(0).toStdString();
    EXPECT_TRUE(csv.at(1).startsWith(u"Team,monthly,monthly,49.00,EUR"_qs))
        << csv.at(1).toStdString();
}

// --- the models under QAbstractItemModelTester ------------------------------------------

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

TEST_F(CatalogUiTest, GridModelsPassTheModelTesterThroughPagingSortAndFilter)
{
    Database &db = *m_book->db;
    // 450 plans: more than two pages of 200.
    PlanRepository repo(db);
    for (int i = 0; i < 450; ++i) {
        Plan p;
        p.slug = u"bulk-%1"_qs.arg(i);
        p.name = u"Bulk %1"_qs.arg(i, 3, 10, QLatin1Char('0'));
        p.price = Money(100 + i, u"EUR"_qs);
        p.setupFee = Money::zero(u"EUR"_qs);
        ASSERT_TRUE(repo.insert(p).has_value());
    }
    g_modelWarnings = 0;
    g_previousHandler = qInstallMessageHandler(countModelWarnings);
    for (auto source : {0, 1}) {
        std::unique_ptr<GridSource> grid;
        if (source == 0)
            grid = std::make_unique<PlanGrid>();
        else
            grid = std::make_unique<PromotionGrid>();
        GridModel model(std::move(grid));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setDatabase(&db);
        ASSERT_TRUE(waitForGrid(&model));
        while (model.canFetchMore()) {
            model.fetchMore();
            ASSERT_TRUE(waitForGrid(&model));
        }
        if (source == 0) {
            EXPECT_EQ(model.rowCount(), 452);
            EXPECT_EQ(model.totalRows(), 452);
        }
        model.sort(PlanGrid::Price, Qt::DescendingOrder);
        ASSERT_TRUE(waitForGrid(&model));
        model.setFilter(u"bulk 1"_qs);
        model.fetchMore();
        ASSERT_TRUE(waitForGrid(&model));
        if (source == 0) {
            // Names are "Bulk 000" … "Bulk 449": "Bulk 100" … "Bulk 199" hold "bulk 1", 100
            // rows, less than a page.
            EXPECT_EQ(model.totalRows(), 100);
            EXPECT_EQ(model.rowCount(), 100);
        }
        // Answers to requests replaced before they came are dropped: typing on, the grid
        // ends on the last filter only.
        int firstPages = 0;
        QObject::connect(&model, &GridModel::pageArrived, &model,
                         [&](qint64 offset, int) { firstPages += offset == 0 ? 1 : 0; });
        model.setFilter(u"bulk 2"_qs);
        model.setFilter(u"bulk 3"_qs);
        model.setFilter(QString());
        model.reload();
        ASSERT_TRUE(waitForGrid(&model));
        EXPECT_EQ(firstPages, 1);
        if (source == 0)
            EXPECT_EQ(model.totalRows(), 452);
        model.setDatabase(nullptr);
        EXPECT_EQ(model.rowCount(), 0);
    }
    qInstallMessageHandler(g_previousHandler);
    EXPECT_EQ(g_modelWarnings, 0);
}

} // namespace
