#include "services/storage/pagerepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

Page home()
{
    Page p;
    p.slug = u"home"_qs;
    p.title = u"InfluenceCore"_qs;
    p.metaTitle = u"InfluenceCore — influence, measured"_qs;
    p.metaDescription = u"Tools for creators"_qs;
    p.ogImage = u"og.png"_qs;
    p.language = u"fr"_qs;
    p.createdBy = u"claire"_qs;
    p.createdAt = utc(2026, 2, 1, 10, 0, 0, 1);
    Section hero;
    hero.type = SectionType::Hero;
    hero.config = QJsonObject{
        {u"title"_qs, u"Grow"_qs},
        {u"primaryCta"_qs, QJsonObject{{u"text"_qs, u"Start"_qs}, {u"link"_qs, u"/signup"_qs}}}};
    Section services;
    services.type = SectionType::Services;
    services.isActive = false;
    services.config = QJsonObject{{u"title"_qs, u"Services"_qs}, {u"columns"_qs, 3}};
    Service audit;
    audit.name = u"Audit"_qs;
    audit.description = u"A full audit"_qs;
    audit.advantages = {u"Fast"_qs, u"Précis"_qs};
    audit.icon = u"search"_qs;
    audit.image = u"audit.png"_qs;
    audit.link = u"/audit"_qs;
    audit.badge = ServiceBadge::ComingSoon;
    audit.isActive = false;
    Service coaching;
    coaching.name = u"Coaching"_qs;
    coaching.badge = ServiceBadge::Popular;
    services.services = {audit, coaching};
    Section faq;
    faq.type = SectionType::Faq;
    faq.config = QJsonObject{
        {u"items"_qs,
         QJsonArray{QJsonObject{{u"question"_qs, u"Why?"_qs}, {u"answer"_qs, u"Because."_qs}}}}};
    p.sections = {hero, services, faq};
    return p;
}

} // namespace

class PageRepositoryTest : public BothDatabases {};

TEST_P(PageRepositoryTest, AVersionRoundTripsWithSectionsAndServices)
{
    PageRepository repo(db());
    auto saved = repo.saveNewVersion(home());
    ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    auto p = repo.find(saved->id);
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->slug, u"home"_qs);
    EXPECT_EQ(p->title, u"InfluenceCore"_qs);
    EXPECT_EQ(p->metaTitle, u"InfluenceCore — influence, measured"_qs);
    EXPECT_EQ(p->metaDescription, u"Tools for creators"_qs);
    EXPECT_EQ(p->ogImage, u"og.png"_qs);
    EXPECT_EQ(p->language, u"fr"_qs);
    EXPECT_EQ(p->status, PageStatus::Draft);
    EXPECT_EQ(p->version, 1);
    EXPECT_EQ(p->parentId, 0);
    EXPECT_EQ(p->createdBy, u"claire"_qs);
    EXPECT_EQ(p->createdAt, utc(2026, 2, 1, 10, 0, 0, 1));
    EXPECT_FALSE(p->publishedAt.isValid());
    ASSERT_EQ(p->sections.size(), 3);
    EXPECT_EQ(p->sections[0].type, SectionType::Hero);
    EXPECT_EQ(p->sections[0].config, home().sections[0].config);
    EXPECT_TRUE(p->sections[0].isActive);
    EXPECT_EQ(p->sections[1].type, SectionType::Services);
    EXPECT_FALSE(p->sections[1].isActive);
    EXPECT_EQ(p->sections[1].position, 1);
    EXPECT_EQ(p->sections[1].config.value(u"columns"_qs).toInt(), 3);
    EXPECT_EQ(p->sections[2].type, SectionType::Faq);
    EXPECT_EQ(p->sections[2].config, home().sections[2].config);
    EXPECT_TRUE(p->sections[0].services.isEmpty());
    ASSERT_EQ(p->sections[1].services.size(), 2);
    const Service &a = p->sections[1].services[0];
    EXPECT_EQ(a.sectionId, p->sections[1].id);
    EXPECT_EQ(a.name, u"Audit"_qs);
    EXPECT_EQ(a.description, u"A full audit"_qs);
    EXPECT_EQ(a.advantages, (QStringList{u"Fast"_qs, u"Précis"_qs}));
    EXPECT_EQ(a.icon, u"search"_qs);
    EXPECT_EQ(a.image, u"audit.png"_qs);
    EXPECT_EQ(a.link, u"/audit"_qs);
    EXPECT_EQ(a.badge, ServiceBadge::ComingSoon);
    EXPECT_EQ(a.position, 0);
    EXPECT_FALSE(a.isActive);
    const Service &b = p->sections[1].services[1];
    EXPECT_EQ(b.name, u"Coaching"_qs);
    EXPECT_EQ(b.badge, ServiceBadge::Popular);
    EXPECT_TRUE(b.advantages.isEmpty());
    EXPECT_TRUE(b.description.isEmpty());
    EXPECT_EQ(b.position, 1);
    EXPECT_TRUE(b.isActive);
}

TEST_P(PageRepositoryTest, SavingMakesNewVersionsAndKeepsTheOldOnes)
{
    PageRepository repo(db());
    auto v1 = repo.saveNewVersion(home());
    ASSERT_TRUE(v1.has_value());
    Page edited = *v1;
    edited.title = u"InfluenceCore 2"_qs;
    edited.sections.removeFirst();
    edited.createdAt = utc(2026, 2, 2);
    auto v2 = repo.saveNewVersion(edited);
    ASSERT_TRUE(v2.has_value()) << v2.error().message.toStdString();
    EXPECT_NE(v2->id, v1->id);
    EXPECT_EQ(v2->version, 2);
    EXPECT_EQ(v2->parentId, v1->id);
    EXPECT_EQ(v2->sections.size(), 2);
    EXPECT_EQ(v2->sections[0].type, SectionType::Services);
    EXPECT_EQ(v2->sections[0].services.size(), 2);
    EXPECT_EQ(repo.find(v1->id)->sections.size(), 3); // the old version is intact
    EXPECT_EQ(repo.latest(u"home"_qs)->id, v2->id);
    auto all = repo.versions(u"home"_qs);
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ((*all)[0].version, 2);
    EXPECT_EQ((*all)[1].version, 1);
    EXPECT_EQ(countRows(db(), u"services"_qs), 4);
    Page other = home();
    other.slug = u"about"_qs;
    EXPECT_EQ(repo.saveNewVersion(other)->version, 1); // versions count per slug
    EXPECT_EQ(repo.latest(u"pricing"_qs).error().code, ErrorCode::NotFound);
}

TEST_P(PageRepositoryTest, PublishingArchivesThePreviousLiveVersion)
{
    PageRepository repo(db());
    auto v1 = repo.saveNewVersion(home());
    auto v2 = repo.saveNewVersion(*v1);
    ASSERT_TRUE(v1 && v2);
    EXPECT_EQ(repo.published(u"home"_qs).error().code, ErrorCode::NotFound);
    auto live1 = repo.setStatus(v1->id, v1->rowVersion, PageStatus::Published, utc(2026, 2, 3, 9));
    ASSERT_TRUE(live1.has_value()) << live1.error().message.toStdString();
    EXPECT_EQ(live1->publishedAt, utc(2026, 2, 3, 9));
    EXPECT_EQ(repo.published(u"home"_qs)->id, v1->id);
    auto live2 = repo.setStatus(v2->id, v2->rowVersion, PageStatus::Published, utc(2026, 2, 4, 9));
    ASSERT_TRUE(live2.has_value());
    EXPECT_EQ(repo.published(u"home"_qs)->id, v2->id);
    EXPECT_EQ(repo.find(v1->id)->status, PageStatus::Archived);
    EXPECT_EQ(repo.find(v1->id)->publishedAt, utc(2026, 2, 3, 9));
    // publishing again is not a change; a stale version is refused and nothing moves
    EXPECT_EQ(repo.setStatus(v2->id, live2->rowVersion, PageStatus::Published, utc(2026, 2, 5))
                  .error()
                  .code,
              ErrorCode::IllegalTransition);
    auto stale = repo.setStatus(v1->id, live1->rowVersion, PageStatus::Published, utc(2026, 2, 5));
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().code, ErrorCode::StaleRow);
    EXPECT_EQ(repo.published(u"home"_qs)->id, v2->id);
    EXPECT_EQ(repo.find(v2->id)->status, PageStatus::Published);
}

TEST_P(PageRepositoryTest, InvalidPagesAreRefusedAndNothingIsWritten)
{
    PageRepository repo(db());
    Page p = home();
    p.title.clear();
    EXPECT_EQ(repo.saveNewVersion(p).error().message, u"A page needs a title."_qs);
    p = home();
    p.sections[1].services[1].name = u" "_qs;
    EXPECT_EQ(repo.saveNewVersion(p).error().code, ErrorCode::Invalid);
    p = home();
    p.language = u"de"_qs;
    EXPECT_EQ(repo.saveNewVersion(p).error().code, ErrorCode::Invalid);
    EXPECT_EQ(countRows(db(), u"pages"_qs), 0);
    EXPECT_EQ(countRows(db(), u"sections"_qs), 0);
}

IC_BOTH_DATABASES(PageRepositoryTest);
