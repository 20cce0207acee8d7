#include "services/homepage/versions.h"

#include "models/tr.h"
#include "services/storage/pagerepository.h"

namespace ic {

PageVersions::PageVersions(Database &db, const Clock &clock, const Session *session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session) {}

Done PageVersions::allowed() const {
    return require(m_session, Permission::EditHomepage);
}

QString PageVersions::actor() const {
    return m_session ? m_session->actor() : u"system"_qs;
}

Result<Page> PageVersions::save(Page edited) {
    if (auto ok = allowed(); !ok)
        return std::unexpected(ok.error());
    edited.createdBy = actor();
    edited.createdAt = m_clock.now();
    return PageRepository(m_db).saveDraft(std::move(edited));
}

Result<QList<Page>> PageVersions::history(const QString &slug) const {
    return PageRepository(m_db).versions(slug);
}

Result<Page> PageVersions::load(qint64 id) const {
    return PageRepository(m_db).find(id);
}

Result<QList<FieldChange>> PageVersions::compare(qint64 a, qint64 b) const {
    PageRepository pages(m_db);
    auto pa = pages.find(a);
    if (!pa)
        return std::unexpected(pa.error());
    auto pb = pages.find(b);
    if (!pb)
        return std::unexpected(pb.error());
    return PageDiff::compare(*pa, *pb);
}

Result<Page> PageVersions::restore(qint64 id) {
    if (auto ok = allowed(); !ok)
        return std::unexpected(ok.error());
    return PageRepository(m_db).restoreAsDraft(id, actor(), m_clock.now());
}

Result<PageVersions::Merge> PageVersions::mergeWithLatest(const Page &mine) const {
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

Result<Page> PageVersions::saveMerged(const Merge &merge, const Page &mine) {
    Page page = merge.merge.result(merge.theirs);
    page.slug = mine.slug;
    page.status = PageStatus::Draft;
    return save(page);
}

} // namespace ic
