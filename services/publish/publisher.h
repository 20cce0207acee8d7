#pragma once

#include "models/clock.h"
#include "models/result.h"
#include "services/jobs/jobcontext.h"
#include "services/publish/objectstore.h"
#include "services/publish/renderer.h"
#include "services/storage/database.h"

#include <QStringList>

#include <functional>

namespace ic {

// What a publish changes in the bucket, worked out before anything is sent.
struct PublishPlan {
    QList<RenderedFile> uploads; // changed or new; hashed assets first, index.html last
    QStringList deletions;       // in the bucket, no longer in the site
    QStringList unchanged;       // same MD5 as the bucket's ETag
};

struct PublishReport {
    QString slug;
    int version = 0;
    bool isDryRun = false;
    bool isRollback = false;
    QStringList uploaded;
    QStringList deleted;
    int unchanged = 0;
    QString toText() const;
};

// Publishes a homepage version to a bucket incrementally: render, compare with what the
// bucket holds (ETag = MD5 of a single-part upload), upload what changed with its
// Content-Type and Cache-Control, index.html last, then delete what the site no longer has,
// and record the publish. Until every other upload has succeeded, index.html is not sent and
// nothing is deleted, so a failure leaves the live site on the version it was on.
class Publisher final {
public:
    // `target` names the bucket in the record ("http://host:port bucket").
    Publisher(Database &db, ObjectStore &store, const Clock &clock, QString target);

    // version 0: the page's published version (to take up a change of the catalogue).
    // Publishing another version marks it published and archives the one before.
    // `progress` is told each file before it is sent or deleted (its path as the item); a
    // cancel stops the publish before the next upload, so never once index.html has gone
    // (ErrorCode::Cancelled, the live site on the version it was on). Files with hashed names
    // already sent are harmless and removed by the next publish.
    using Progress = JobContext;
    Result<PublishReport> publish(const QString &slug, int version, const RenderOptions &options,
                                  bool dryRun, const QString &by, const Progress &progress = {});
    // Publishes again the version that was live on this target before the current one.
    Result<PublishReport> rollback(const QString &slug, const RenderOptions &options, bool dryRun,
                                   const QString &by, const Progress &progress = {});

    // Pure: what to send and delete for `site` given the bucket's listing.
    static PublishPlan plan(const RenderedSite &site, const QList<StoredObject> &bucket);
    static QByteArray cacheControlFor(const RenderedFile &file);

private:
    Result<PublishReport> publishPage(Page page, const RenderOptions &options, bool dryRun,
                                      const QString &by, bool isRollback, const Progress &progress);
    Database &m_db;
    ObjectStore &m_store;
    const Clock &m_clock;
    QString m_target;
};

} // namespace ic
