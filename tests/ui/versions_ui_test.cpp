// The versions dialogs driven offscreen as a person would: the history, compare, restore,
// and a save refused because somebody saved meanwhile, then merged.
#include "services/homepage/versions.h"
#include "services/storage/pagerepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"
#include "tests/ui/modal.h"
#include "ui/common/fielderror.h"
#include "ui/homepage/versionscomparedialog.h"
#include "ui/homepage/versionscomparemodel.h"
#include "ui/homepage/versionsdialog.h"
#include "ui/homepage/versionsmergedialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

Page firstHome()
{
    Page p;
    p.slug = u"home"_qs;
    p.title = u"InfluenceCore"_qs;
    p.createdBy = u"setup"_qs;
    Section hero;
    hero.type = SectionType::Hero;
    hero.config = QJsonObject{{u"title"_qs, u"Grow"_qs}, {u"subtitle"_qs, u"Measure"_qs}};
    Section faq;
    faq.type = SectionType::Faq;
    faq.config = QJsonObject{{u"title"_qs, u"Questions"_qs}};
    p.sections = {hero, faq};
    return p;
}

class VersionsUi : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_book = freshBook(Dialect::SQLite);
        ASSERT_TRUE(m_book);
        auto v1 = PageRepository(*m_book->db).saveNewVersion(firstHome());
        ASSERT_TRUE(v1);
        m_v1 = *v1;
        m_claire.username = u"claire"_qs;
        m_claire.role = Role::Admin;
        m_bruno.username = u"bruno"_qs;
        m_bruno.role = Role::Admin;
    }
    Database &db() { return *m_book->db; }
    std::unique_ptr<TestBook> m_book;
    FixedClock m_clock{utc(2026, 3, 2, 9, 0)};
    Session m_claire, m_bruno;
    Page m_v1;
};

QPushButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (auto *b : parent->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

TEST_F(VersionsUi, HistoryCompareAndRestoreAsAPersonDoes)
{
    PageVersions versions(db(), m_clock, &m_claire);
    Page edited = m_v1;
    edited.sections[0].config.insert(u"title"_qs, u"Grow faster"_qs);
    edited.sections[0].config.insert(u"subtitle"_qs, u"Measure every post"_qs);
    edited.sections[1].config.insert(u"title"_qs, u"Your questions"_qs);
    ASSERT_TRUE(versions.save(edited));

    VersionsDialog dialog(versions, u"home"_qs);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_EQ(dialog.list()->topLevelItemCount(), 2);
    EXPECT_EQ(dialog.list()->topLevelItem(0)->text(0), u"2"_qs);
    EXPECT_EQ(dialog.list()->topLevelItem(0)->text(1), u"draft"_qs);
    EXPECT_EQ(dialog.list()->topLevelItem(0)->text(2), u"claire"_qs);
    EXPECT_EQ(dialog.list()->topLevelItem(0)->text(5), u"version 1"_qs);

    // Version 2 alone: compared with the version it was edited from, in page order and,
    // within a section, in field order (subtitle before title).
    dialog.list()->setCurrentItem(dialog.list()->topLevelItem(0));
    ASSERT_TRUE(dialog.compareButton()->isEnabled());
    QStringList rows;
    whenModal<VersionsCompareDialog>([&](VersionsCompareDialog *compare) {
        QAbstractItemModelTester tester(compare->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        for (int r = 0; r < compare->model()->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < VersionsCompareModel::ColumnCount; ++c)
                cells.append(compare->model()->index(r, c).data().toString());
            rows.append(cells.join(u" | "));
        }
        // For the README: IC_SCREENSHOT_DIR=docs/screenshots writes the dialog as a person sees it.
        if (const QString dir = qEnvironmentVariable("IC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            compare->resize(860, 260);
            compare->grab().save(dir + u"/versions-compare.png"_qs);
            dialog.grab().save(dir + u"/versions-history.png"_qs);
        }
        compare->reject();
    });
    QTest::mouseClick(dialog.compareButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.errorLabel()->text(), QString());
    EXPECT_EQ(rows, (QStringList{u"Hero | subtitle | changed | Measure | Measure every post"_qs,
                                 u"Hero | title | changed | Grow | Grow faster"_qs,
                                 u"FAQ | title | changed | Questions | Your questions"_qs}));

    // Restore version 1: a third version, a draft, with version 1's title.
    QSignalSpy restored(&dialog, &VersionsDialog::restored);
    dialog.list()->setCurrentItem(dialog.list()->topLevelItem(1));
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    ASSERT_EQ(restored.size(), 1);
    const Page page = restored.at(0).at(0).value<Page>();
    EXPECT_EQ(page.version, 3);
    EXPECT_EQ(page.sections[0].config.value(u"title"_qs).toString(), u"Grow"_qs);
    ASSERT_EQ(dialog.list()->topLevelItemCount(), 3);
    EXPECT_EQ(dialog.list()->topLevelItem(0)->text(5), u"version 1"_qs);
}

TEST_F(VersionsUi, ASaveRefusedBecauseSomebodySavedIsMergedByChoosingTheirs)
{
    Page claires = m_v1;
    claires.sections[0].config.insert(u"title"_qs, u"Claire's title"_qs);
    claires.sections[1].config.insert(u"title"_qs, u"Claire's FAQ"_qs);
    ASSERT_TRUE(PageVersions(db(), m_clock, &m_claire).save(claires));

    Page brunos = m_v1;
    brunos.sections[0].config.insert(u"title"_qs, u"Bruno's title"_qs);
    brunos.sections[0].config.insert(u"subtitle"_qs, u"Bruno's subtitle"_qs);
    PageVersions bruno(db(), m_clock, &m_bruno);

    QString said;
    QStringList theirChange;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        whenModal<VersionsMergeDialog>([&](VersionsMergeDialog *merge) {
            auto *model = merge->theirChange()->model();
            for (int r = 0; r < model->rowCount(); ++r)
                theirChange.append(model->index(r, VersionsCompareModel::After).data().toString());
            ASSERT_EQ(merge->conflicts()->rowCount(), 1);
            EXPECT_EQ(merge->conflicts()->item(0, 2)->text(), u"Bruno's title"_qs);
            EXPECT_EQ(merge->conflicts()->item(0, 3)->text(), u"Claire's title"_qs);
            auto *keep = merge->findChild<QComboBox *>(u"keep0"_qs);
            ASSERT_TRUE(keep);
            keep->setFocus();
            QTest::keyClick(keep, Qt::Key_Down); // Yours → Theirs
            QTest::mouseClick(merge->findChild<QPushButton *>(u"saveMerged"_qs), Qt::LeftButton);
        });
        QTest::mouseClick(buttonNamed(box, u"See and &Merge…"_qs), Qt::LeftButton);
    });
    const std::optional<Page> saved = VersionsMergeDialog::saveOrMerge(bruno, brunos, nullptr);
    EXPECT_TRUE(said.contains(u"claire saved version 2"_qs)) << said.toStdString();
    EXPECT_EQ(theirChange, (QStringList{u"Claire's title"_qs, u"Claire's FAQ"_qs}));
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->version, 3);
    EXPECT_EQ(saved->sections[0].config.value(u"title"_qs).toString(), u"Claire's title"_qs);
    EXPECT_EQ(saved->sections[0].config.value(u"subtitle"_qs).toString(), u"Bruno's subtitle"_qs);
    EXPECT_EQ(saved->sections[1].config.value(u"title"_qs).toString(), u"Claire's FAQ"_qs);
}

TEST_F(VersionsUi, ARefusedSaveCancelledWritesNothing)
{
    Page claires = m_v1;
    claires.title = u"Claire"_qs;
    ASSERT_TRUE(PageVersions(db(), m_clock, &m_claire).save(claires));
    Page brunos = m_v1;
    brunos.title = u"Bruno"_qs;
    PageVersions bruno(db(), m_clock, &m_bruno);
    QString said;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        box->reject();
    });
    EXPECT_FALSE(VersionsMergeDialog::saveOrMerge(bruno, brunos, nullptr).has_value());
    EXPECT_TRUE(said.contains(u"claire saved version 2"_qs)) << said.toStdString();
    // The book read back: Claire's version 2 is the latest, nothing of Bruno's was written.
    auto history = bruno.history(u"home"_qs);
    ASSERT_TRUE(history.has_value()) << history.error().message.toStdString();
    ASSERT_EQ(history->size(), 2);
    for (const Page &p : *history)
        EXPECT_NE(p.title, u"Bruno"_qs) << "version " << p.version;
    auto latest = PageRepository(db()).latest(u"home"_qs);
    ASSERT_TRUE(latest.has_value());
    EXPECT_EQ(latest->version, 2);
    EXPECT_EQ(latest->title, u"Claire"_qs);
}
