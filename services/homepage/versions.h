#pragma once

#include "models/clock.h"
#include "models/page.h"
#include "models/result.h"
#include "services/homepage/versionsdiff.h"
#include "services/security/session.h"
#include "services/storage/database.h"

namespace ic {

// The versions of a homepage as the editor uses them: save a draft, the history, compare
// two versions, restore an old one, and merge a change somebody saved meanwhile.
// With a session, every write needs EditHomepage and records the person; without one (CLI,
// tests) the system acts as `system`.
class PageVersions final {
public:
    PageVersions(Database &db, const Clock &clock, const Session *session = nullptr);

    // A new draft whose parent is `edited.id`, by the signed-in person, now. Refused
    // (StaleRow, one sentence naming who saved which version when) if the version edited
    // is no longer the newest: call mergeWithLatest() and save its result.
    Result<Page> save(Page edited);
    // Newest first, without sections.
    Result<QList<Page>> history(const QString &slug) const;
    Result<Page> load(qint64 id) const;
    // What changed from version `a` to version `b` (ids).
    Result<QList<FieldChange>> compare(qint64 a, qint64 b) const;
    // Version `id`'s content as a new draft on top of the history.
    Result<Page> restore(qint64 id);

    struct Merge {
        Page base;   // the version `mine` was edited from
        Page theirs; // the newest version, saved meanwhile
        PageMerge merge;
    };
    // Three-way merge of unsaved `mine` (edited from version mine.id) with the newest version.
    Result<Merge> mergeWithLatest(const Page &mine) const;
    // Saves the merge with each conflict resolved by its choice, as a draft on top of theirs.
    Result<Page> saveMerged(const Merge &merge, const Page &mine);

private:
    Done allowed() const;
    QString actor() const;
    Database &m_db;
    const Clock &m_clock;
    const Session *m_session;
};

} // namespace ic
