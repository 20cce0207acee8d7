// The Homepage area's editors, driven offscreen as a person would: typing is one undo step
// per field, Ctrl+Z and Ctrl+Shift+Z undo and redo the page and show the field changed, each
// editor refuses bad input beside the field without losing it, sections and services are
// added, removed, reordered and hidden as steps of the same stack.
#include "services/demo/democatalog.h"
#include "services/homepage/editing.h"
#include "services/security/session.h"
#include "services/storage/planrepository.h"
#include "tests/support/testbooks.h"
#include "tests/ui/homepagefixture.h"
#include "tests/ui/modal.h"
#include "ui/homepage/homepagepage.h"
#include "ui/homepage/homepagepreview.h"
#include "ui/homepage/pagedocument.h"
#include "ui/homepage/rowseditor.h"
#include "ui/homepage/sectioneditors.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

class HomepageEditing : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_page = std::make_unique<HomepagePage>();
        m_page->setCatalogue(handWrittenCatalogue());
        m_page->loadPage(handWrittenHomepage());
        m_page->resize(1200, 800);
        m_page->show();
        QApplication::setActiveWindow(m_page.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
    }

    template <typename W> W *field(const QString &name)
    {
        auto *editor = m_page->sectionEditor();
        W *w = editor ? editor->findChild<W *>(name) : nullptr;
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    }
    template <typename W> W *pageField(const QString &name)
    {
        W *w = m_page->pageEditor()->findChild<W *>(name);
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    }
    // Clicks into the line and types over what it holds, as a person does.
    void typeOver(QLineEdit *edit, const QString &text)
    {
        QTest::mouseClick(edit, Qt::LeftButton);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    QString config(int section, const QString &key) const
    {
        return fieldValue(m_page->page(), fieldPath(section, key)).toString();
    }
    QUndoStack *stack() const { return m_page->undoStack(); }

    std::unique_ptr<HomepagePage> m_page;
};

TEST_F(HomepageEditing, TypingInOneFieldIsOneStepAndFieldsDoNotMerge)
{
    m_page->selectSection(0);
    auto *title = field<QLineEdit>(QStringLiteral("title"));
    auto *subtitle = field<QLineEdit>(QStringLiteral("subtitle"));
    typeOver(title, QStringLiteral("Ship today"));
    EXPECT_EQ(config(0, QStringLiteral("title")), QStringLiteral("Ship today"));
    EXPECT_EQ(stack()->count(), 1) << "ten key presses in one field are one step";
    typeOver(subtitle, QStringLiteral("Now."));
    EXPECT_EQ(stack()->count(), 2) << "another field is another step";

    // Ctrl+Z in the subtitle undoes the page's last step: the subtitle.
    QTest::keyClick(subtitle, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(config(0, QStringLiteral("subtitle")),
              QStringLiteral("Plan, build and ship in one place."));
    EXPECT_EQ(subtitle->text(), QStringLiteral("Plan, build and ship in one place."));
    EXPECT_EQ(config(0, QStringLiteral("title")), QStringLiteral("Ship today"));

    // The next undo changes the title: the focus goes there.
    QTest::keyClick(subtitle, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(title->text(), QStringLiteral("Ship faster"));
    EXPECT_EQ(QApplication::focusWidget(), title);

    // Ctrl+Shift+Z redoes, one field at a time.
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(title->text(), QStringLiteral("Ship today"));
    EXPECT_EQ(config(0, QStringLiteral("subtitle")),
              QStringLiteral("Plan, build and ship in one place."));
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(subtitle->text(), QStringLiteral("Now."));
    EXPECT_EQ(QApplication::focusWidget(), subtitle);
}

TEST_F(HomepageEditing, LeavingWithUnsavedEditsAsksFirst)
{
    EXPECT_TRUE(m_page->mayLeave()); // nothing edited: nothing asked
    m_page->selectSection(0);
    auto *title = field<QLineEdit>(QStringLiteral("title"));
    typeOver(title, QStringLiteral("Ship today"));
    QString question;
    test::whenModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    EXPECT_FALSE(m_page->mayLeave());
    EXPECT_EQ(
        question,
        QStringLiteral("The homepage has changes that are not saved as a version. Drop them?"));
    EXPECT_EQ(config(0, QStringLiteral("title")), QStringLiteral("Ship today"));
    test::whenModal<QMessageBox>([&](QMessageBox *box) {
        QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    });
    EXPECT_TRUE(m_page->mayLeave());
}

TEST_F(HomepageEditing, LeavingAFieldEndsItsStepAndTypingBackIsNoStep)
{
    m_page->selectSection(0);
    auto *title = field<QLineEdit>(QStringLiteral("title"));
    typeOver(title, QStringLiteral("A"));
    QTest::keyClick(title, Qt::Key_Tab); // focus out
    typeOver(title, QStringLiteral("B"));
    EXPECT_EQ(stack()->count(), 2);
    stack()->undo();
    EXPECT_EQ(title->text(), QStringLiteral("A"));

    // Typing a field back to what it was leaves nothing to undo.
    auto *subtitle = field<QLineEdit>(QStringLiteral("subtitle"));
    const int before = stack()->index();
    QTest::mouseClick(subtitle, Qt::LeftButton);
    subtitle->end(false);
    QTest::keyClicks(subtitle, QStringLiteral("x"));
    EXPECT_EQ(stack()->index(), before + 1);
    QTest::keyClick(subtitle, Qt::Key_Backspace);
    EXPECT_EQ(stack()->index(), before) << "x typed and erased: no step";
    stack()->undo();
    EXPECT_EQ(config(0, QStringLiteral("title")), QStringLiteral("Ship faster"))
        << "undo goes to the step before: the title's first";
}

TEST_F(HomepageEditing, UndoFromTheToolBarAndThePageTabShowTheField)
{
    auto *meta = pageField<QLineEdit>(QStringLiteral("metaTitle"));
    typeOver(meta, QStringLiteral("Acme"));
    EXPECT_EQ(m_page->page().metaTitle, QStringLiteral("Acme"));
    m_page->selectSection(3);
    QAction *undo = m_page->findChild<QAction *>(QStringLiteral("undo"));
    ASSERT_NE(undo, nullptr);
    undo->trigger();
    EXPECT_EQ(m_page->page().metaTitle, QStringLiteral("Acme: tools"));
    EXPECT_EQ(QApplication::focusWidget(), meta) << "undo brings the Page tab back with its field";
}

TEST_F(HomepageEditing, HeroRefusesBadLinksAndImagesBesideTheFieldKeepingWhatWasTyped)
{
    m_page->selectSection(0);
    auto *link = field<QLineEdit>(QStringLiteral("primaryCta.link"));
    auto *error = field<QLabel>(QStringLiteral("primaryCta.linkError"));
    typeOver(link, QStringLiteral("javascript:alert(1)"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("refused"))) << error->text().toStdString();
    EXPECT_EQ(link->text(), QStringLiteral("javascript:alert(1)"));
    EXPECT_EQ(fieldValue(m_page->page(), QStringLiteral("s0.primaryCta.link")).toString(),
              QStringLiteral("javascript:alert(1)"));
    typeOver(link, QStringLiteral("www.example.com"));
    EXPECT_TRUE(error->isVisible()) << "a link without its scheme is refused too";
    typeOver(link, QStringLiteral("mailto:team@acme.example"));
    EXPECT_FALSE(error->isVisible());
    typeOver(link, QStringLiteral("#pricing"));
    EXPECT_FALSE(error->isVisible());

    auto *image = field<QLineEdit>(QStringLiteral("backgroundImage"));
    auto *imageError = field<QLabel>(QStringLiteral("backgroundImageError"));
    typeOver(image, QStringLiteral("/no/such/folder/hero.png"));
    EXPECT_TRUE(imageError->isVisible());
    EXPECT_TRUE(imageError->text().contains(QStringLiteral("/no/such/folder/hero.png")));
    typeOver(image, QStringLiteral("ftp://files.example.com/hero.png"));
    EXPECT_TRUE(imageError->isVisible());
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/heroXXXXXX.png"));
    ASSERT_TRUE(file.open());
    typeOver(image, file.fileName());
    EXPECT_FALSE(imageError->isVisible()) << "a file that exists on this computer is accepted";
    typeOver(image, QStringLiteral("https://cdn.example.com/hero.jpg"));
    EXPECT_FALSE(imageError->isVisible());

    // Undo brings back a refused value, and its sentence with it.
    typeOver(link, QStringLiteral("javascript:void(0)"));
    QTest::keyClick(link, Qt::Key_Tab);
    typeOver(link, QStringLiteral("#services"));
    EXPECT_FALSE(error->isVisible());
    stack()->undo();
    EXPECT_EQ(link->text(), QStringLiteral("javascript:void(0)"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), link);
}

TEST_F(HomepageEditing, ServicesEditorChecksLinkAndImageAndEditsTheSelectedService)
{
    m_page->selectSection(1);
    auto *editor = qobject_cast<ServicesEditor *>(m_page->sectionEditor());
    ASSERT_NE(editor, nullptr);
    editor->selectService(1);
    auto *name = field<QLineEdit>(QStringLiteral("service.name"));
    EXPECT_EQ(name->text(), QStringLiteral("Reports"));
    typeOver(name, QStringLiteral("Dashboards"));
    EXPECT_EQ(m_page->page().sections.at(1).services.at(1).name, QStringLiteral("Dashboards"));
    EXPECT_EQ(editor->serviceList()->item(1)->text(), QStringLiteral("Dashboards"));

    auto *link = field<QLineEdit>(QStringLiteral("service.link"));
    auto *linkError = field<QLabel>(QStringLiteral("service.linkError"));
    typeOver(link, QStringLiteral("data:text/html,hi"));
    EXPECT_TRUE(linkError->isVisible());
    EXPECT_EQ(m_page->page().sections.at(1).services.at(1).link,
              QStringLiteral("data:text/html,hi"));
    auto *image = field<QLineEdit>(QStringLiteral("service.image"));
    auto *imageError = field<QLabel>(QStringLiteral("service.imageError"));
    typeOver(image, QStringLiteral("../../etc/passwd"));
    EXPECT_TRUE(imageError->isVisible());
    // Without a book there are no page images to look into: a path of the site is taken.
    typeOver(image, QStringLiteral("assets/reports.png"));
    EXPECT_FALSE(imageError->isVisible());
    typeOver(image, QStringLiteral("https://cdn.example.com/reports.png"));
    EXPECT_FALSE(imageError->isVisible());

    // Advantages: a row added and typed is a step; the list holds it.
    auto *advantages = field<RowsEditor>(QStringLiteral("service.advantages"));
    QTest::mouseClick(advantages->findChild<QToolButton *>(QStringLiteral("addRow")),
                      Qt::LeftButton);
    QWidget *cell = QApplication::focusWidget();
    ASSERT_NE(cell, nullptr);

    QTest::keyClicks(cell, QStringLiteral("Exports"));
    QTest::keyClick(cell, Qt::Key_Return);
    QTest::qWait(0); // the delegate commits on its next turn
    EXPECT_EQ(
        m_page->page().sections.at(1).services.at(1).advantages,
        (QStringList{QStringLiteral("Fast"), QStringLiteral("Simple"), QStringLiteral("Exports")}));

    // Hide a service with its tick, undo shows it again.
    QListWidgetItem *first = editor->serviceList()->item(0);
    first->setCheckState(Qt::Unchecked);
    EXPECT_FALSE(m_page->page().sections.at(1).services.at(0).isActive);
    stack()->undo();
    EXPECT_TRUE(m_page->page().sections.at(1).services.at(0).isActive);
    EXPECT_EQ(editor->serviceList()->item(0)->checkState(), Qt::Checked);

    // Drag the last service first (the list's model moves the row as a drop does).
    const int before = stack()->index();
    editor->serviceList()->model()->moveRow(QModelIndex(), 2, QModelIndex(), 0);
    ASSERT_TRUE(waitFor([&] { return stack()->index() == before + 1; }));
    const auto names = [&] {
        QStringList out;
        for (const Service &s : m_page->page().sections.at(1).services)
            out << s.name;
        return out;
    };
    EXPECT_EQ(names(), (QStringList{QStringLiteral("Billing"), QStringLiteral("Boards"),
                                    QStringLiteral("Dashboards")}));
    EXPECT_EQ(m_page->page().sections.at(1).services.at(0).position, 1);
    stack()->undo();
    EXPECT_EQ(names(), (QStringList{QStringLiteral("Boards"), QStringLiteral("Dashboards"),
                                    QStringLiteral("Billing")}));

    // Add and remove.
    QTest::mouseClick(editor->findChild<QToolButton *>(QStringLiteral("addService")),
                      Qt::LeftButton);
    EXPECT_EQ(m_page->page().sections.at(1).services.size(), 4);
    EXPECT_EQ(QApplication::focusWidget(), name) << "a new service's name is ready to type";
    QTest::mouseClick(editor->findChild<QToolButton *>(QStringLiteral("removeService")),
                      Qt::LeftButton);
    EXPECT_EQ(m_page->page().sections.at(1).services.size(), 3);
}

TEST_F(HomepageEditing, ServicesColumnsAndBadgeAreSteps)
{
    m_page->selectSection(1);
    auto *columns = field<QComboBox>(QStringLiteral("columns"));
    EXPECT_EQ(columns->currentData().toInt(), 3);
    QTest::mouseClick(columns, Qt::LeftButton);
    columns->setFocus();
    QTest::keyClick(columns, Qt::Key_Down);
    EXPECT_EQ(fieldValue(m_page->page(), QStringLiteral("s1.columns")).toInt(), 4);
    auto *badge = field<QComboBox>(QStringLiteral("service.badge"));
    badge->setFocus();
    QTest::keyClick(badge, Qt::Key_Down);
    EXPECT_EQ(m_page->page().sections.at(1).services.at(0).badge, ServiceBadge::Popular);
    EXPECT_EQ(stack()->count(), 2);
    stack()->undo();
    stack()->undo();
    EXPECT_EQ(columns->currentData().toInt(), 3);
}

TEST_F(HomepageEditing, PricingOffersThePublicPlansOfTheCatalogue)
{
    m_page->selectSection(2);
    auto *plan = field<QComboBox>(QStringLiteral("highlightedPlanSlug"));
    QStringList offered;
    for (int i = 0; i < plan->count(); ++i)
        offered << plan->itemText(i);
    // None, then the public plans on sale by their order; the staff plan is not public.
    EXPECT_EQ(offered,
              (QStringList{QStringLiteral("None"), QStringLiteral("Free"), QStringLiteral("Pro")}));
    EXPECT_EQ(plan->currentText(), QStringLiteral("Pro"));
    plan->setFocus();
    QTest::keyClick(plan, Qt::Key_Up);
    EXPECT_EQ(config(2, QStringLiteral("highlightedPlanSlug")), QStringLiteral("free"));
    QTest::keyClick(plan, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(config(2, QStringLiteral("highlightedPlanSlug")), QStringLiteral("pro"));
    EXPECT_EQ(plan->currentText(), QStringLiteral("Pro"));
}

TEST_F(HomepageEditing, ContactRefusesABadEmailAndBadFieldNames)
{
    m_page->selectSection(3);
    auto *email = field<QLineEdit>(QStringLiteral("email"));
    auto *error = field<QLabel>(QStringLiteral("emailError"));
    typeOver(email, QStringLiteral("hello at acme"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("not an email address")));
    EXPECT_EQ(config(3, QStringLiteral("email")), QStringLiteral("hello at acme"));
    typeOver(email, QStringLiteral("hello@acme.example"));
    EXPECT_FALSE(error->isVisible());

    auto *fields = field<RowsEditor>(QStringLiteral("formFields"));
    auto *fieldsError = field<QLabel>(QStringLiteral("formFieldsError"));
    QTest::mouseClick(fields->findChild<QToolButton *>(QStringLiteral("addRow")), Qt::LeftButton);
    QWidget *cell = QApplication::focusWidget();
    ASSERT_NE(cell, nullptr);
    QTest::keyClicks(cell, QStringLiteral("1st name"));
    QTest::keyClick(cell, Qt::Key_Return);
    QTest::qWait(0); // the delegate commits on its next turn
    EXPECT_TRUE(fieldsError->isVisible());
    EXPECT_TRUE(fieldsError->text().contains(QStringLiteral("1st name")));
    const QJsonArray stored =
        fieldValue(m_page->page(), QStringLiteral("s3.formFields")).toJsonArray();
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored.at(1).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("1st name"));
    stack()->undo(); // the name typed
    stack()->undo(); // the row added
    EXPECT_EQ(fields->table()->rowCount(), 1);
    EXPECT_FALSE(fieldsError->isVisible());
}

TEST_F(HomepageEditing, FaqQuestionsAreAddedAndMoved)
{
    m_page->selectSection(4);
    auto *items = field<RowsEditor>(QStringLiteral("items"));
    QTest::mouseClick(items->findChild<QToolButton *>(QStringLiteral("addRow")), Qt::LeftButton);
    QWidget *cell = QApplication::focusWidget();
    ASSERT_NE(cell, nullptr);
    QTest::keyClicks(cell, QStringLiteral("Can I cancel?"));
    QTest::keyClick(cell, Qt::Key_Return);
    QTest::qWait(0); // the delegate commits on its next turn
    QTest::mouseClick(items->findChild<QToolButton *>(QStringLiteral("rowUp")), Qt::LeftButton);
    const QJsonArray stored = fieldValue(m_page->page(), QStringLiteral("s4.items")).toJsonArray();
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored.at(0).toObject().value(QStringLiteral("question")).toString(),
              QStringLiteral("Can I cancel?"));
    EXPECT_EQ(stored.at(1).toObject().value(QStringLiteral("question")).toString(),
              QStringLiteral("Is it free?"));
    EXPECT_EQ(stack()->count(), 3);
}

TEST_F(HomepageEditing, PageFieldsRefuseABadOpenGraphImage)
{
    m_page->showField(QStringLiteral("page.ogImage"));
    auto *og = pageField<QLineEdit>(QStringLiteral("ogImage"));
    auto *error = pageField<QLabel>(QStringLiteral("ogImageError"));
    typeOver(og, QStringLiteral("javascript:x"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(m_page->page().ogImage, QStringLiteral("javascript:x"));
    auto *title = pageField<QLineEdit>(QStringLiteral("title"));
    typeOver(title, QStringLiteral("Acme Inc."));
    EXPECT_EQ(m_page->page().title, QStringLiteral("Acme Inc."));
}

TEST_F(HomepageEditing, SectionsAreAddedRemovedHiddenAndReorderedAsSteps)
{
    QListWidget *list = m_page->sectionList();
    ASSERT_EQ(list->count(), 5);
    m_page->selectSection(1);
    auto *add = m_page->toolBar()->findChild<QToolButton *>(QStringLiteral("addSection"));
    ASSERT_NE(add, nullptr);
    QAction *addFaq = add->menu()->findChild<QAction *>(QStringLiteral("add-faq"));
    ASSERT_NE(addFaq, nullptr);
    addFaq->trigger();
    ASSERT_EQ(m_page->page().sections.size(), 6);
    EXPECT_EQ(m_page->page().sections.at(2).type, SectionType::Faq)
        << "added after the section selected";
    EXPECT_EQ(list->currentRow(), 2);
    EXPECT_EQ(m_page->sectionEditor()->section(), 2);
    EXPECT_EQ(m_page->page().sections.at(5).position, 6);

    m_page->findChild<QAction *>(QStringLiteral("removeSection"))->trigger();
    EXPECT_EQ(m_page->page().sections.size(), 5);

    list->item(4)->setCheckState(Qt::Unchecked);
    EXPECT_FALSE(m_page->page().sections.at(4).isActive);

    const int before = stack()->index();
    list->model()->moveRow(QModelIndex(), 4, QModelIndex(), 0);
    ASSERT_TRUE(waitFor([&] { return stack()->index() == before + 1; }));
    EXPECT_EQ(m_page->page().sections.at(0).type, SectionType::Faq);
    EXPECT_EQ(m_page->page().sections.at(1).type, SectionType::Hero);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("Questions (FAQ) — FAQ"));

    stack()->undo(); // the move
    EXPECT_EQ(m_page->page().sections.at(0).type, SectionType::Hero);
    stack()->undo(); // the tick
    EXPECT_TRUE(m_page->page().sections.at(4).isActive);
    EXPECT_EQ(list->item(4)->checkState(), Qt::Checked);
    stack()->undo(); // the removal
    EXPECT_EQ(m_page->page().sections.size(), 6);
    EXPECT_EQ(m_page->sectionEditor()->section(), 2) << "undoing a removal shows the section again";
    stack()->undo(); // the addition
    EXPECT_EQ(m_page->page().sections.size(), 5);
    EXPECT_FALSE(stack()->canUndo());
}

TEST_F(HomepageEditing, CtrlZWorksFromTheSectionListAndFromATable)
{
    m_page->selectSection(0);
    typeOver(field<QLineEdit>(QStringLiteral("title")), QStringLiteral("One"));
    QListWidget *list = m_page->sectionList();
    list->setFocus();
    ASSERT_TRUE(waitFor([&] { return QApplication::focusWidget() == list; }, 2000));
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(config(0, QStringLiteral("title")), QStringLiteral("Ship faster"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(config(0, QStringLiteral("title")), QStringLiteral("One"));

    // In the FAQ's table (not editing a cell), Ctrl+Z undoes the row just added.
    m_page->selectSection(4);
    auto *items = field<RowsEditor>(QStringLiteral("items"));
    QTest::mouseClick(items->findChild<QToolButton *>(QStringLiteral("addRow")), Qt::LeftButton);
    QWidget *cell = QApplication::focusWidget();
    ASSERT_NE(cell, nullptr);
    QTest::keyClick(cell, Qt::Key_Escape);
    QTest::qWait(0);
    EXPECT_EQ(fieldValue(m_page->page(), QStringLiteral("s4.items")).toJsonArray().size(), 2);
    items->table()->setFocus();
    QTest::keyClick(items->table(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(fieldValue(m_page->page(), QStringLiteral("s4.items")).toJsonArray().size(), 1);
    EXPECT_EQ(items->table()->rowCount(), 1);
}

TEST_F(HomepageEditing, ARoleThatMayNotEditOnlyLooks)
{
    Session accountant;
    accountant.username = QStringLiteral("ann");
    accountant.role = Role::Accountant;
    m_page->setSession(&accountant);
    m_page->selectSection(0);
    EXPECT_FALSE(field<QLineEdit>(QStringLiteral("title"))->isEnabled());
    EXPECT_FALSE(m_page->findChild<QAction *>(QStringLiteral("removeSection"))->isEnabled());
    Session admin = accountant;
    admin.role = Role::Admin;
    m_page->setSession(&admin);
    EXPECT_TRUE(field<QLineEdit>(QStringLiteral("title"))->isEnabled());
}

TEST(HomepageBook, TheAreaOpensTheNewestHomepageOfTheBookWithItsCatalogue)
{
    auto book = freshBook(Dialect::SQLite);
    ASSERT_TRUE(book);
    auto written = writeDemoCatalog(*book->db, QDate(2025, 1, 1));
    ASSERT_TRUE(written) << written.error().message.toStdString();
    HomepagePage page;
    page.setDatabase(book->db.get());
    EXPECT_TRUE(page.loadProblem().isEmpty());
    EXPECT_EQ(page.page().slug, QStringLiteral("home"));
    EXPECT_EQ(page.page().sections.size(), 5);
    EXPECT_EQ(page.sectionList()->count(), 5);
    page.selectSection(2);
    auto *plan =
        page.sectionEditor()->findChild<QComboBox *>(QStringLiteral("highlightedPlanSlug"));
    ASSERT_NE(plan, nullptr);
    EXPECT_EQ(plan->currentData().toString(), QStringLiteral("pro-monthly"));
    EXPECT_GT(plan->count(), 2);
    // The demo's hero image is one of the page's images: found, nothing said.
    page.selectSection(0);
    auto *image = page.sectionEditor()->findChild<QLineEdit *>(QStringLiteral("backgroundImage"));
    auto *error = page.sectionEditor()->findChild<QLabel *>(QStringLiteral("backgroundImageError"));
    ASSERT_TRUE(image && error);
    EXPECT_TRUE(image->text().startsWith(QStringLiteral("assets/img/")));
    EXPECT_TRUE(error->isHidden()) << error->text().toStdString();
}

TEST(HomepageBook, ThePricingSectionFollowsTheCatalogueWhenItChanges)
{
    auto book = freshBook(Dialect::SQLite);
    ASSERT_TRUE(book);
    ASSERT_TRUE(writeDemoCatalog(*book->db, QDate(2025, 1, 1)));
    HomepagePage page;
    page.setDatabase(book->db.get());
    page.selectSection(2);
    // Someone renames a plan in the Plans area meanwhile.
    PlanRepository plans(*book->db);
    auto pro = plans.findBySlug(QStringLiteral("pro-monthly"));
    ASSERT_TRUE(pro);
    pro->name = QStringLiteral("Professional");
    ASSERT_TRUE(plans.update(*pro));
    page.reload(); // F5, or coming back to the area
    auto *plan =
        page.sectionEditor()->findChild<QComboBox *>(QStringLiteral("highlightedPlanSlug"));
    ASSERT_NE(plan, nullptr);
    EXPECT_EQ(plan->currentText(), QStringLiteral("Professional"));
    EXPECT_EQ(plan->currentData().toString(), QStringLiteral("pro-monthly"));
    EXPECT_FALSE(page.undoStack()->canUndo()) << "reading the catalogue is not an edit";
}

TEST(HomepageBook, AnImageChosenOnDiskIsCopiedIntoThePagesImagesAndANonImageIsRefused)
{
    auto book = freshBook(Dialect::SQLite);
    ASSERT_TRUE(book);
    ASSERT_TRUE(writeDemoCatalog(*book->db, QDate(2025, 1, 1)));
    HomepagePage page;
    page.setDatabase(book->db.get());
    page.resize(1200, 800);
    page.show();
    QApplication::setActiveWindow(&page);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.selectSection(0);
    auto *choose =
        page.sectionEditor()->findChild<QPushButton *>(QStringLiteral("backgroundImageChoose"));
    auto *image = page.sectionEditor()->findChild<QLineEdit *>(QStringLiteral("backgroundImage"));
    auto *error = page.sectionEditor()->findChild<QLabel *>(QStringLiteral("backgroundImageError"));
    ASSERT_TRUE(choose && image && error);
    const QString before = image->text();

    QTemporaryDir dir;
    const QString notAnImage = dir.filePath(QStringLiteral("notes.png"));
    {
        QFile f(notAnImage);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a picture");
    }
    // A picture 640 pixels wide, drawn here.
    const QString picture = dir.filePath(QStringLiteral("team.png"));
    QImage drawn(640, 320, QImage::Format_RGB32);
    drawn.fill(Qt::darkCyan);
    ASSERT_TRUE(drawn.save(picture));

    // The file dialog is closed whatever happens in it (modal.h): this test once waited in it
    // until ctest's 900 s timeout.
    auto pick = [&](const QString &file) {
        bool chosen = false;
        test::whenModal<QFileDialog>(
            [&](QFileDialog *dialog) { chosen = test::typeFileName(dialog, file); });
        QTest::mouseClick(choose, Qt::LeftButton);
        return chosen;
    };
    ASSERT_TRUE(pick(notAnImage));
    ASSERT_TRUE(waitFor([&] { return error->isVisible(); }, 10000));
    EXPECT_EQ(image->text(), before) << "the page keeps its image";
    EXPECT_FALSE(page.undoStack()->canUndo());

    ASSERT_TRUE(pick(picture));
    ASSERT_TRUE(waitFor([&] { return image->text() != before; }, 10000));
    EXPECT_TRUE(image->text().startsWith(QStringLiteral("assets/img/")))
        << image->text().toStdString();
    EXPECT_TRUE(image->text().contains(QStringLiteral("-640."))) << image->text().toStdString();
    EXPECT_FALSE(error->isVisible()) << error->text().toStdString();
    EXPECT_EQ(page.undoStack()->count(), 1);
    page.undoStack()->undo();
    EXPECT_EQ(image->text(), before);
}

} // namespace
