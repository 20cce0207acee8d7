#pragma once

#include "models/page.h"
#include "models/result.h"
#include "services/storage/database.h"

#include <QList>

namespace ic {

// Homepage versions. A page row is never edited in place: saving writes a new version
// (page, sections, services) whose parent is the version that was edited.
class PageRepository final {
public:
    explicit PageRepository(Database &db)
        : m_db(db)
    {
    }

    // Saves `page` as the next version of its slug, in one transaction. The version edited
    // (page.id, or page.parentId for a page not yet saved) becomes the parent.
    Result<Page> saveNewVersion(Page page);
    // What the editor's Save does: a new DRAFT version (never published, whatever the status
    // of the version edited) whose parent is page.id. Refused (StaleRow, naming who saved
    // what and when) when the version edited is no longer the newest of its slug: somebody
    // saved meanwhile, and their change must be merged first. The check and the insert are
    // one transaction; two saves racing on two connections meet at UNIQUE (slug, version).
    Result<Page> saveDraft(Page page);
    // A new draft with the content of version `id`, its parent; the newest version may be
    // any other.
    Result<Page> restoreAsDraft(qint64 id, const QString &by, const QDateTime &at);
    // With its sections and their services, in position order.
    Result<Page> find(qint64 id) const;
    // The newest version of a slug, whatever its status.
    Result<Page> latest(const QString &slug) const;
    // The version that is live.
    Result<Page> published(const QString &slug) const;
    // Every version of a slug, newest first, without sections.
    Result<QList<Page>> versions(const QString &slug) const;
    // Publishing stamps published_at and archives the version that was live before, in
    // one transaction; a version is published, archived or back to draft from any other.
    Result<Page> setStatus(qint64 id, int rowVersion, PageStatus status, const QDateTime &at);

private:
    enum class ParentCheck { None, MustBeLatest };
    Result<Page> insertVersion(Page page, qint64 parent, ParentCheck check);
    Result<Page> one(const QString &where, Database::Binds binds, const QString &notFound) const;
    Result<Page> withSections(Page page) const;
    Database &m_db;
};

} // namespace ic
