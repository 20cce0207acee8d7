#include "services/homepage/versions.h"

#include "models/tr.h"
#include "services/security/audittrail.h"
#include "services/storage/pagerepository.h"

namespace ic {

namespace {

QJsonObject auditOf(const Page &p)
{
    return {{u"slug"_qs, p.slug},         {u"version"_qs, p.version},
            {u"parentId"_qs, p.parentId}, {u"status"_qs, toString(p.status)},
            {u"title"_qs, p.title},       {u"sections"_qs, int(p.sections.size())}};
}

} // namespace

PageVersions::PageVersions(Database &db, const Clock &clock, const Session *session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Done PageVersions::allowed() const
{
    return require(m_session, Permission::EditHomepage);
}

QString PageVersions::actor() const
{
    return m_session ? m_session->actor() : u"system"_qs;
}

Result<Page> PageVersions::save(Page edited)
{
    if (auto ok = allowed(); !ok)
        return std::unexpected(ok.error());
    edited.createdBy = actor();
    edited.createdAt = m_clock.now();
    // The version and its audit entry are written together or not at all.
    return m_db.transaction([&]() -> Result<Page> {
        auto saved = PageRepository(m_db).saveDraft(edited);
        if (!saved)
            return saved;
        if (auto logged = recordAudit(m_db, m_clock, actor(), u"page"_qs, saved->id, u"save"_qs, {},
                                      auditOf(*saved));
            !logged)
            return std::unexpected(logged.error());
        return saved;
    });
}

Result<QList<Page>> PageVersions::history(const QString &slug) const
{
    return PageRepository(m_db).versions(slug);
}

Result<Page> PageVersions::load(qint64 id) const
{
    return PageRepository(m_db).find(id);
}

Result<QList<FieldChange>> PageVersions::compare(qint64 a, qint64 b) const
{
    PageRepository pages(m_db);
    auto pa = pages.find(a);
    if (!pa)
        return std::unexpected(pa.error());
    auto pb = pages.find(b);
    if (!pb)
        return std::unexpected(pb.error());
    return PageDiff::compare(*pa, *pb);
}

Result<Page> PageVersions::restore(qint64 id)
{
    if (auto ok = allowed(); !ok)
        return std::unexpected(ok.error());
    return m_db.transaction([&]() -> Result<Page> {
        auto restored = PageRepository(m_db).restoreAsDraft(id, actor(), m_clock.now());
        if (!restored)
            return restored;
        if (auto logged = recordAudit(m_db, m_clock, actor(), u"page"_qs, restored->id,
                                      u"restore"_qs, {}, auditOf(*restored));
            !logged)
            return std::unexpected(logged.error());
        return restored;
    });
}

Result<PageVersions::Merge> PageVersions::mergeWithLatest(const Page &mine) const
{
    PageRepository pages(m_db);
    Merge m;
    if (mine.id != 0) {
        auto base = pages.find(mine.id);
        if (!base)
            return std::unexpected(base.error());
        m.base = *base;
    }
    auto theirs = pages.latest(mine.slug);
    if (!theirs)
        return std::unexpected(theirs.error());
    m.theirs = *theirs;
    m.merge = PageMerger::merge(m.base, mine, m.theirs);
    return m;
}

Result<Page> PageVersions::saveMerged(const Merge &merge, const Page &mine)
{
    Page page = merge.merge.result(merge.theirs);
    page.slug = mine.slug;
    page.status = PageStatus::Draft;
    return save(page);
}

} // namespace ic
