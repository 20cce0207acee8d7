// Versions of the homepage: drafts with their parent, who and when; one published version;
// history; compare; restore; two admins saving the same draft (refused, merged, nothing lost).
#include "services/homepage/versions.h"
#include "services/storage/pagerepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <thread>

using namespace ic;
using namespace ic::test;

namespace {

Page firstHome()
{
    Page p;
    p.slug = u"home"_qs;
    p.title = u"InfluenceCore"_qs;
    p.metaDescription = u"Tools for creators"_qs;
    p.createdBy = u"setup"_qs;
    Section hero;
    hero.type = SectionType::Hero;
    hero.config = QJsonObject{{u"title"_qs, u"Grow"_qs}, {u"subtitle"_qs, u"Measure"_qs}};
    Section services;
    services.type = SectionType::Services;
    services.config = QJsonObject{{u"title"_qs, u"Services"_qs}, {u"columns"_qs, 3}};
    Service audit;
    audit.name = u"Audit"_qs;
    audit.description = u"A full audit"_qs;
    Service coaching;
    coaching.name = u"Coaching"_qs;
    services.services = {audit, coaching};
    Section faq;
    faq.type = SectionType::Faq;
    faq.config = QJsonObject{{u"title"_qs, u"Questions"_qs}};
    p.sections = {hero, services, faq};
    return p;
}

Session admin(const QString &name)
{
    Session s;
    s.username = name;
    s.role = Role::Admin;
    return s;
}

} // namespace

class PageVersionsTest : public BothDatabases {
protected:
    void SetUp() override
    {
        BothDatabases::SetUp();
        auto first = PageRepository(db()).saveNewVersion(firstHome());
        ASSERT_TRUE(first) << first.error().message.toStdString();
        m_v1 = *first;
    }
    FixedClock m_clock{utc(2026, 3, 2, 9, 0)};
    Session m_claire = admin(u"claire"_qs);
    Session m_bruno = admin(u"bruno"_qs);
    Page m_v1;
};

TEST_P(PageVersionsTest, SavingMakesADraftWhoseParentIsTheVersionEditedWithWhoAndWhen)
{
    ASSERT_TRUE(PageRepository(db()).setStatus(m_v1.id, m_v1.rowVersion, PageStatus::Published,
                                               m_clock.now()));
    auto opened = PageRepository(db()).find(m_v1.id);
    ASSERT_TRUE(opened);
    ASSERT_EQ(opened->status, PageStatus::Published);
    Page edited = *opened;
    edited.title = u"InfluenceCore — new"_qs;
    m_clock.set(utc(2026, 3, 2, 10, 30));
    auto saved = PageVersions(db(), m_clock, &m_claire).save(edited);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    EXPECT_EQ(saved->status, PageStatus::Draft); // not the published status of its parent
    EXPECT_EQ(saved->version, 2);
    EXPECT_EQ(saved->parentId, m_v1.id);
    EXPECT_EQ(saved->createdBy, u"claire"_qs);
    EXPECT_EQ(saved->createdAt, utc(2026, 3, 2, 10, 30));
    EXPECT_FALSE(saved->publishedAt.isValid());
    EXPECT_EQ(saved->title, u"InfluenceCore — new"_qs);
    auto audit = db().exec(
        u"SELECT actor, entity, entity_id, action FROM audit_log WHERE entity = 'page'"_qs);
    ASSERT_TRUE(audit);
    ASSERT_TRUE(audit->next());
    EXPECT_EQ(audit->value(0).toString(), u"claire"_qs);
    EXPECT_EQ(audit->value(2).toString(), QString::number(saved->id));
    EXPECT_EQ(audit->value(3).toString(), u"save"_qs);
    EXPECT_FALSE(audit->next());
    // The live version is untouched.
    auto live = PageRepository(db()).published(u"home"_qs);
    ASSERT_TRUE(live);
    EXPECT_EQ(live->id, m_v1.id);
}

TEST_P(PageVersionsTest, OnePublishedVersionAtATimePublishingArchivesThePrevious)
{
    PageRepository pages(db());
    ASSERT_TRUE(pages.setStatus(m_v1.id, m_v1.rowVersion, PageStatus::Published, m_clock.now()));
    auto v1 = pages.find(m_v1.id);
    Page edited = *v1;
    edited.title = u"Second"_qs;
    auto v2 = PageVersions(db(), m_clock, &m_claire).save(edited);
    ASSERT_TRUE(v2);
    ASSERT_TRUE(pages.setStatus(v2->id, v2->rowVersion, PageStatus::Published, m_clock.now()));
    auto history = PageVersions(db(), m_clock).history(u"home"_qs);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).version, 2);
    EXPECT_EQ(history->at(0).status, PageStatus::Published);
    EXPECT_EQ(history->at(1).version, 1);
    EXPECT_EQ(history->at(1).status, PageStatus::Archived);
    auto count =
        db().scalar(u"SELECT COUNT(*) FROM pages WHERE slug = 'home' AND status = 'published'"_qs);
    ASSERT_TRUE(count);
    EXPECT_EQ(count->toInt(), 1);
}

TEST_P(PageVersionsTest, RestoreMakesANewDraftWithTheOldContent)
{
    Page edited = m_v1;
    edited.title = u"Changed"_qs;
    edited.sections.removeLast();
    auto v2 = PageVersions(db(), m_clock, &m_claire).save(edited);
    ASSERT_TRUE(v2);
    auto v3 = PageVersions(db(), m_clock, &m_bruno).restore(m_v1.id);
    ASSERT_TRUE(v3) << v3.error().message.toStdString();
    EXPECT_EQ(v3->version, 3);
    EXPECT_EQ(v3->status, PageStatus::Draft);
    EXPECT_EQ(v3->parentId, m_v1.id);
    EXPECT_EQ(v3->createdBy, u"bruno"_qs);
    EXPECT_EQ(v3->title, u"InfluenceCore"_qs);
    ASSERT_EQ(v3->sections.size(), 3);
    EXPECT_TRUE(PageDiff::compare(m_v1, *v3).isEmpty());
}

TEST_P(PageVersionsTest, CompareListsAddedRemovedAndChangedSectionsAndFields)
{
    Page edited = m_v1;
    edited.sections[0].config.insert(u"title"_qs, u"Grow faster"_qs);
    edited.sections[1].services[1].description = u"Weekly calls"_qs;
    edited.sections.removeLast(); // faq removed
    Section contact;
    contact.type = SectionType::Contact;
    contact.config = QJsonObject{{u"email"_qs, u"hello@example.com"_qs}};
    edited.sections.append(contact);
    auto v2 = PageVersions(db(), m_clock, &m_claire).save(edited);
    ASSERT_TRUE(v2);
    auto changes = PageVersions(db(), m_clock).compare(m_v1.id, v2->id);
    ASSERT_TRUE(changes);
    // Expected by hand: hero title changed, the second service's description changed,
    // contact added, faq removed; nothing else.
    ASSERT_EQ(changes->size(), 4);
    EXPECT_EQ(changes->at(0).section, u"hero"_qs);
    EXPECT_EQ(changes->at(0).field, u"config/title"_qs);
    EXPECT_EQ(changes->at(0).kind, FieldChange::Kind::Changed);
    EXPECT_EQ(changes->at(0).before.toString(), u"Grow"_qs);
    EXPECT_EQ(changes->at(0).after.toString(), u"Grow faster"_qs);
    EXPECT_EQ(changes->at(1).section, u"services"_qs);
    EXPECT_EQ(changes->at(1).field, u"service 2/description"_qs);
    EXPECT_EQ(changes->at(1).before.toString(), QString());
    EXPECT_EQ(changes->at(1).after.toString(), u"Weekly calls"_qs);
    EXPECT_EQ(changes->at(2).section, u"contact"_qs);
    EXPECT_EQ(changes->at(2).kind, FieldChange::Kind::Added);
    EXPECT_EQ(changes->at(3).section, u"faq"_qs);
    EXPECT_EQ(changes->at(3).kind, FieldChange::Kind::Removed);
}

TEST_P(PageVersionsTest, TheLaterSaveOfTheSameDraftIsRefusedThenMergedWithNothingLost)
{
    // Claire and Bruno both open version 1.
    Page claires = m_v1;
    Page brunos = m_v1;
    claires.sections[0].config.insert(u"title"_qs, u"Grow with Claire"_qs); // both change
    claires.metaDescription = u"Claire's description"_qs;                   // only Claire
    brunos.sections[0].config.insert(u"title"_qs, u"Grow with Bruno"_qs);
    brunos.sections[1].services[0].description = u"Bruno's audit"_qs; // only Bruno
    auto v2 = PageVersions(db(), m_clock, &m_claire).save(claires);
    ASSERT_TRUE(v2);

    PageVersions bruno(db(), m_clock, &m_bruno);
    auto refused = bruno.save(brunos);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::StaleRow);
    EXPECT_TRUE(refused.error().message.contains(u"claire"_qs));
    EXPECT_TRUE(refused.error().message.contains(u"version 2"_qs));
    auto versions = bruno.history(u"home"_qs);
    ASSERT_EQ(versions->size(), 2);                 // nothing written
    EXPECT_EQ(countRows(db(), u"audit_log"_qs), 1); // Claire's save only

    auto merge = bruno.mergeWithLatest(brunos);
    ASSERT_TRUE(merge) << merge.error().message.toStdString();
    EXPECT_EQ(merge->theirs.id, v2->id);
    EXPECT_EQ(merge->base.id, m_v1.id);
    ASSERT_EQ(merge->merge.conflicts.size(), 1);
    const MergeConflict &c = merge->merge.conflicts.first();
    EXPECT_EQ(c.key, u"hero/config/title"_qs);
    EXPECT_EQ(c.base.toString(), u"Grow"_qs);
    EXPECT_EQ(c.mine.toString(), u"Grow with Bruno"_qs);
    EXPECT_EQ(c.theirs.toString(), u"Grow with Claire"_qs);
    EXPECT_EQ(merge->merge.takenFromTheirs, 1); // Claire's description
    EXPECT_EQ(merge->merge.keptFromMine, 1);    // Bruno's audit

    PageVersions::Merge chosen = *merge;
    chosen.merge.conflicts[0].choice = MergeConflict::Choice::Theirs;
    auto v3 = bruno.saveMerged(chosen, brunos);
    ASSERT_TRUE(v3) << v3.error().message.toStdString();
    EXPECT_EQ(v3->version, 3);
    EXPECT_EQ(v3->parentId, v2->id);
    EXPECT_EQ(v3->createdBy, u"bruno"_qs);
    EXPECT_EQ(v3->sections[0].config.value(u"title"_qs).toString(), u"Grow with Claire"_qs);
    EXPECT_EQ(v3->metaDescription, u"Claire's description"_qs);
    EXPECT_EQ(v3->sections[1].services[0].description, u"Bruno's audit"_qs);
    EXPECT_EQ(v3->sections[1].services[1].name, u"Coaching"_qs);
    ASSERT_EQ(v3->sections.size(), 3);
    // Claire's version is still there, untouched.
    auto claire = bruno.load(v2->id);
    ASSERT_TRUE(claire);
    EXPECT_EQ(claire->sections[0].config.value(u"title"_qs).toString(), u"Grow with Claire"_qs);
}

TEST_P(PageVersionsTest, ASectionRemovedByOneAndChangedByTheOtherIsOneConflictKeptWhole)
{
    Page claires = m_v1;
    Page brunos = m_v1;
    claires.sections.removeLast(); // Claire removes the FAQ
    brunos.sections[2].config.insert(u"title"_qs, u"Your questions"_qs);
    brunos.sections[2].config.insert(u"items"_qs,
                                     QJsonArray{QJsonObject{{u"question"_qs, u"Why?"_qs}}});
    ASSERT_TRUE(PageVersions(db(), m_clock, &m_claire).save(claires));
    PageVersions bruno(db(), m_clock, &m_bruno);
    ASSERT_FALSE(bruno.save(brunos));
    auto merge = bruno.mergeWithLatest(brunos);
    ASSERT_TRUE(merge);
    ASSERT_EQ(merge->merge.conflicts.size(), 1);
    EXPECT_TRUE(merge->merge.conflicts[0].isWhole());
    EXPECT_EQ(merge->merge.conflicts[0].key, u"faq/section"_qs);
    const Page kept = merge->merge.result(merge->theirs); // Mine by default: the FAQ stays
    ASSERT_EQ(kept.sections.size(), 3);
    EXPECT_EQ(kept.sections[2].config.value(u"title"_qs).toString(), u"Your questions"_qs);
    EXPECT_EQ(kept.sections[2].config.value(u"items"_qs).toArray().size(), 1);
    PageVersions::Merge removed = *merge;
    removed.merge.conflicts[0].choice = MergeConflict::Choice::Theirs;
    EXPECT_EQ(removed.merge.result(removed.theirs).sections.size(), 2);
}

TEST_P(PageVersionsTest, TwoConnectionsTheSecondSeesTheFirstsSaveAndIsRefused)
{
    auto other = Database::open(m_book->spec);
    ASSERT_TRUE(other) << other.error().message.toStdString();
    Page claires = m_v1;
    claires.title = u"Claire"_qs;
    Page brunos = m_v1;
    brunos.title = u"Bruno"_qs;
    ASSERT_TRUE(PageVersions(db(), m_clock, &m_claire).save(claires));
    auto refused = PageVersions(*other, m_clock, &m_bruno).save(brunos);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::StaleRow);
}

IC_BOTH_DATABASES(PageVersionsTest);

// Two saves racing on two PostgreSQL connections: the second one's check runs while the
// first one's transaction is still open, so only UNIQUE (slug, version) can stop it.
TEST(PageVersionsRace, TwoConnectionsSavingAtTheSameMomentOneIsRefused)
{
    auto book = freshBook(Dialect::PostgreSQL);
    ASSERT_TRUE(book);
    auto v1 = PageRepository(*book->db).saveNewVersion(firstHome());
    ASSERT_TRUE(v1);
    FixedClock clock(utc(2026, 3, 2, 9, 0));
    Session claire = admin(u"claire"_qs);
    Session bruno = admin(u"bruno"_qs);
    Page claires = *v1;
    claires.title = u"Claire"_qs;
    Page brunos = *v1;
    brunos.title = u"Bruno"_qs;

    auto watcher = Database::open(book->spec); // sees the racers from outside both transactions
    ASSERT_TRUE(watcher) << watcher.error().message.toStdString();
    ASSERT_TRUE(book->db->begin());
    ASSERT_TRUE(PageVersions(*book->db, clock, &claire).save(claires)); // not committed yet
    std::optional<Result<Page>> second;
    std::thread racer([&] {
        auto other = Database::open(book->spec);
        if (!other) {
            second = std::unexpected(other.error());
            return;
        }
        second = PageVersions(*other, clock, &bruno).save(brunos); // waits on the unique index
    });
    // Bruno's save is seen waiting on Claire's open transaction (not guessed with a sleep),
    // then Claire commits. Nothing is asserted before the racer is joined.
    const bool waited = connectionsWaitOnALock(*watcher, 1);
    const bool committed = book->db->commit().has_value();
    racer.join();
    EXPECT_TRUE(waited) << "Bruno's save never waited on Claire's: the race did not happen";
    ASSERT_TRUE(committed);
    ASSERT_TRUE(second.has_value());
    ASSERT_FALSE(*second);
    EXPECT_EQ(second->error().code, ErrorCode::StaleRow) << second->error().message.toStdString();
    auto all = PageRepository(*book->db).versions(u"home"_qs);
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).title, u"Claire"_qs);
}
