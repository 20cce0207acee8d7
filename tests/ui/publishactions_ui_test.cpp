// The editor's versions and publishing actions on a stand-in editor (a page, an undo stack,
// a load function), driven offscreen: Save, Versions… with Restore, Publish… of unsaved
// edits (saved first), Roll Back in one action, and a role that may only look.
#include "services/demo/democatalog.h"
#include "services/publish/publishsettings.h"
#include "services/publish/s3client.h"
#include "services/security/keys.h"
#include "services/storage/pagerepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/testbooks.h"
#include "tests/ui/modal.h"
#include "ui/common/fielderror.h"
#include "ui/homepage/publishactions.h"
#include "ui/homepage/publishdialog.h"
#include "ui/homepage/versionsdialog.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUuid>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

// The hero section's title; a page without a hero fails the test that asks for it.
QString heroTitle(const Page &page)
{
    for (const Section &s : page.sections)
        if (s.type == SectionType::Hero)
            return s.config.value(u"title"_qs).toString();
    ADD_FAILURE() << "the page has no hero section";
    return {};
}

// An edit of the stand-in editor's page, on its undo stack.
class RenameHero final : public QUndoCommand {
public:
    RenameHero(Page &page, QString title)
        : m_page(page)
        , m_after(std::move(title))
        , m_before(heroTitle(page))
    {
    }
    void redo() override { set(m_after); }
    void undo() override { set(m_before); }

private:
    void set(const QString &t)
    {
        for (Section &s : m_page.sections)
            if (s.type == SectionType::Hero)
                s.config.insert(u"title"_qs, t);
    }
    Page &m_page;
    QString m_after, m_before;
};

class PublishActionsUi : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_book = freshBook(Dialect::SQLite);
        ASSERT_TRUE(m_book);
        ASSERT_TRUE(writeDemoCatalog(db(), QDate(2026, 1, 1)));
        m_page = *PageRepository(db()).latest(u"home"_qs);
        PublishSettings where;
        where.endpoint = QUrl(qEnvironmentVariable("IC_TEST_S3_ENDPOINT"));
        ASSERT_FALSE(where.endpoint.isEmpty())
            << "IC_TEST_S3_ENDPOINT is not set: run the tests with scripts/test";
        where.bucket = u"ic-"_qs + QUuid::createUuid().toString(QUuid::Id128).left(20);
        where.pathStyle = true;
        where.siteUrl = u"https://www.example.com/"_qs;
        ASSERT_TRUE(where.save(db()));
        ASSERT_TRUE(PublishSettings::storeKeys(m_keys, where.endpoint, u"S3RVER"_qs, u"S3RVER"_qs));
        m_client = std::make_unique<S3Client>(*where.clientConfig(m_keys));
        ASSERT_TRUE(m_client->createBucket());
        m_admin.username = u"claire"_qs;
        m_admin.role = Role::Admin;
        m_actions = std::make_unique<PublishActions>(
            &m_window, &m_toolBar,
            PublishActions::Editor{[this] { return m_page; }, [this] { return &m_undo; },
                                   [this](const Page &p) {
                                       m_page = p;
                                       m_undo.clear();
                                   }});
        m_actions->setDatabase(&db());
        m_actions->setSession(&m_admin);
        m_actions->setKeychain(&m_keys);
        m_actions->setClock(&m_clock);
    }
    Database &db() { return *m_book->db; }
    // Opens the Publish dialog with `action`, waits for its job, runs `then` on it, closes it.
    void runPublishDialog(QAction *action, const std::function<void(PublishDialog *)> &then)
    {
        bool seen = false;
        whenModal<PublishDialog>([&](PublishDialog *dialog) {
            seen = true;
            QSignalSpy done(dialog, &PublishDialog::finished);
            if (dialog->isBusy())
                EXPECT_TRUE(done.wait(60000));
            then(dialog);
            dialog->reject();
        });
        action->trigger();
        EXPECT_TRUE(seen);
    }

    std::unique_ptr<TestBook> m_book;
    QWidget m_window;
    QToolBar m_toolBar;
    QUndoStack m_undo;
    Page m_page;
    test::MemorySecretStore m_keys;
    std::unique_ptr<S3Client> m_client;
    FixedClock m_clock{utc(2026, 3, 14, 9, 0)};
    Session m_admin;
    std::unique_ptr<PublishActions> m_actions;
};

} // namespace

TEST_F(PublishActionsUi, TheToolBarCarriesTheActionsAndSaveMakesADraft)
{
    QStringList texts;
    for (QAction *a : m_toolBar.actions())
        if (!a->isSeparator())
            texts.append(a->text());
    EXPECT_EQ(texts, (QStringList{u"&Save"_qs, u"&Versions…"_qs, u"&Publish…"_qs, u"&Roll Back"_qs,
                                  u"S3 Se&ttings…"_qs}));
    m_undo.push(new RenameHero(m_page, u"Campaigns, measured"_qs));
    m_actions->saveAction()->trigger();
    EXPECT_EQ(m_page.version, 2);
    EXPECT_EQ(m_page.status, PageStatus::Draft);
    EXPECT_EQ(m_page.createdBy, u"claire"_qs);
    EXPECT_EQ(m_undo.count(), 0); // the saved version is loaded: its history starts here
    EXPECT_EQ(PageRepository(db()).latest(u"home"_qs)->version, 2);
}

TEST_F(PublishActionsUi, PublishSavesUnsavedEditsThenRollBackIsOneAction)
{
    runPublishDialog(m_actions->publishAction(), [](PublishDialog *d) {
        ASSERT_TRUE(d->publishButton()->isEnabled()) << d->errorLabel()->text().toStdString();
        QSignalSpy done(d, &PublishDialog::finished);
        QTest::mouseClick(d->publishButton(), Qt::LeftButton);
        ASSERT_TRUE(done.wait(60000));
    });
    const QByteArray v1 = *m_client->getObject(u"index.html"_qs);

    m_undo.push(new RenameHero(m_page, u"Campaigns, measured"_qs));
    runPublishDialog(m_actions->publishAction(), [](PublishDialog *d) {
        // index.html (the new title) and sitemap.xml (its lastmod is the new version's date);
        // the style sheet, robots.txt and the six sizes of the demo's two images unchanged.
        EXPECT_EQ(d->summary()->text(),
                  u"Version 2: 2 file(s) to upload, 0 to delete, 8 unchanged."_qs);
        QSignalSpy done(d, &PublishDialog::finished);
        QTest::mouseClick(d->publishButton(), Qt::LeftButton);
        ASSERT_TRUE(done.wait(60000));
    });
    EXPECT_EQ(m_page.version, 2); // saved before publishing
    EXPECT_TRUE(m_client->getObject(u"index.html"_qs)->contains("Campaigns, measured"));
    EXPECT_EQ(PageRepository(db()).published(u"home"_qs)->version, 2);

    runPublishDialog(m_actions->rollbackAction(), [](PublishDialog *d) {
        EXPECT_TRUE(d->summary()->text().startsWith(u"Rolled back \"home\" to version 1"_qs))
            << d->summary()->text().toStdString() << d->errorLabel()->text().toStdString();
    });
    EXPECT_EQ(*m_client->getObject(u"index.html"_qs), v1);
    EXPECT_EQ(PageRepository(db()).published(u"home"_qs)->version, 1);
}

TEST_F(PublishActionsUi, VersionsRestoreLoadsTheRestoredDraftIntoTheEditor)
{
    m_undo.push(new RenameHero(m_page, u"Campaigns, measured"_qs));
    ASSERT_TRUE(m_actions->save());
    whenModal<VersionsDialog>([](VersionsDialog *d) {
        d->list()->setCurrentItem(d->list()->topLevelItem(1)); // version 1
        QTest::mouseClick(d->restoreButton(), Qt::LeftButton);
        d->reject();
    });
    m_actions->versionsAction()->trigger();
    EXPECT_EQ(m_page.version, 3);
    EXPECT_EQ(m_page.parentId, PageRepository(db()).versions(u"home"_qs)->last().id);
    // The editor holds version 1's hero title again, read from the book.
    auto versions = PageRepository(db()).versions(u"home"_qs);
    ASSERT_TRUE(versions.has_value());
    QString first;
    for (const Page &p : *versions)
        if (p.version == 1)
            first = heroTitle(*PageRepository(db()).find(p.id));
    ASSERT_FALSE(first.isEmpty());
    EXPECT_NE(first, u"Campaigns, measured"_qs);
    EXPECT_EQ(heroTitle(m_page), first);
}

TEST_F(PublishActionsUi, ARoleThatMayNotEditOnlyLooks)
{
    Session accountant;
    accountant.username = u"alex"_qs;
    accountant.role = Role::Accountant;
    m_actions->setSession(&accountant);
    EXPECT_FALSE(m_actions->saveAction()->isEnabled());
    EXPECT_FALSE(m_actions->publishAction()->isEnabled());
    EXPECT_FALSE(m_actions->rollbackAction()->isEnabled());
    EXPECT_FALSE(m_actions->settingsAction()->isEnabled());
    EXPECT_TRUE(m_actions->versionsAction()->isEnabled());
    m_actions->setDatabase(nullptr);
    EXPECT_FALSE(m_actions->versionsAction()->isEnabled());
}
