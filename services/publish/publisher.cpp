#include "services/publish/publisher.h"

#include "models/tr.h"
#include "services/homepage/assets.h"
#include "services/storage/pagerepository.h"
#include "services/storage/planrepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace ic {

namespace {

QByteArray md5Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
}

// Upload order: hashed assets (nothing live points to them yet), then the other files,
// index.html last: the moment it lands, the new version is live.
int rank(const RenderedFile &file)
{
    if (file.path == u"index.html")
        return 2;
    return file.isHashed ? 0 : 1;
}

} // namespace

QString PublishReport::toText() const
{
    const QString what = isRollback
                             ? Tr::tr("Rolled back \"%1\" to version %2").arg(slug).arg(version)
                             : Tr::tr("Published \"%1\" version %2").arg(slug).arg(version);
    if (isDryRun) {
        QStringList lines{
            Tr::tr(
                "Dry run of \"%1\" version %2: %3 file(s) to upload, %4 to delete, %5 unchanged.")
                .arg(slug)
                .arg(version)
                .arg(uploaded.size())
                .arg(deleted.size())
                .arg(unchanged)};
        for (const QString &path : uploaded)
            lines.append(u"  + "_qs + path);
        for (const QString &path : deleted)
            lines.append(u"  - "_qs + path);
        return lines.join(u'\n');
    }
    return Tr::tr("%1: %2 file(s) uploaded, %3 deleted, %4 unchanged.")
        .arg(what)
        .arg(uploaded.size())
        .arg(deleted.size())
        .arg(unchanged);
}

Publisher::Publisher(Database &db, ObjectStore &store, const Clock &clock, QString target)
    : m_db(db)
    , m_store(store)
    , m_clock(clock)
    , m_target(std::move(target))
{
}

QByteArray Publisher::cacheControlFor(const RenderedFile &file)
{
    // A hashed name never changes content: a year, immutable. Everything else a minute, so
    // a publish shows within a minute behind a CDN.
    return file.isHashed ? "public, max-age=31536000, immutable" : "public, max-age=60";
}

PublishPlan Publisher::plan(const RenderedSite &site, const QList<StoredObject> &bucket)
{
    QHash<QString, QByteArray> held;
    for (const StoredObject &object : bucket)
        held.insert(object.key, object.etag);
    PublishPlan plan;
    QSet<QString> keep(site.referencedAssets.cbegin(), site.referencedAssets.cend());
    for (const RenderedFile &file : site.files) {
        keep.insert(file.path);
        const auto it = held.constFind(file.path);
        if (it != held.cend() && *it == md5Hex(file.bytes))
            plan.unchanged.append(file.path);
        else
            plan.uploads.append(file);
    }
    std::stable_sort(
        plan.uploads.begin(), plan.uploads.end(),
        [](const RenderedFile &a, const RenderedFile &b) { return rank(a) < rank(b); });
    for (const StoredObject &object : bucket)
        if (!keep.contains(object.key))
            plan.deletions.append(object.key);
    plan.deletions.sort();
    return plan;
}

Result<PublishReport> Publisher::publish(const QString &slug, int version,
                                         const RenderOptions &options, bool dryRun,
                                         const QString &by, const Progress &progress)
{
    PageRepository pages(m_db);
    Result<Page> page = failure(ErrorCode::NotFound, {});
    if (version == 0) {
        page = pages.published(slug);
        if (!page && page.error().code == ErrorCode::NotFound)
            return failure(
                ErrorCode::NotFound,
                Tr::tr("The page \"%1\" has no published version; say which version to publish.")
                    .arg(slug));
    } else {
        auto all = pages.versions(slug);
        if (!all)
            return std::unexpected(all.error());
        const auto it = std::find_if(all->cbegin(), all->cend(),
                                     [&](const Page &p) { return p.version == version; });
        if (it == all->cend())
            return failure(ErrorCode::NotFound,
                           Tr::tr("The page \"%1\" has no version %2.").arg(slug).arg(version));
        page = pages.find(it->id);
    }
    if (!page)
        return std::unexpected(page.error());
    return publishPage(*page, options, dryRun, by, false, progress);
}

Result<PublishReport> Publisher::rollback(const QString &slug, const RenderOptions &options,
                                          bool dryRun, const QString &by, const Progress &progress)
{
    auto q = m_db.exec(
        u"SELECT page_id FROM publishes WHERE slug = :slug AND target = :target ORDER BY id DESC"_qs,
        {{"slug", slug}, {"target", m_target}});
    if (!q)
        return std::unexpected(q.error());
    qint64 current = 0;
    qint64 previous = 0;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (current == 0)
            current = id;
        else if (id != current) {
            previous = id;
            break;
        }
    }
    if (previous == 0)
        return failure(
            ErrorCode::NotFound,
            Tr::tr("The page \"%1\" has no earlier version published to %2 to roll back to.")
                .arg(slug, m_target));
    auto page = PageRepository(m_db).find(previous);
    if (!page)
        return std::unexpected(page.error());
    return publishPage(*page, options, dryRun, by, true, progress);
}

Result<PublishReport> Publisher::publishPage(Page page, const RenderOptions &options, bool dryRun,
                                             const QString &by, bool isRollback,
                                             const Progress &progress)
{
    auto catalogue = PlanRepository(m_db).list(true);
    if (!catalogue)
        return std::unexpected(catalogue.error());
    // The page's images kept in the book go out with it (hashed names, cached for a year);
    // one the new version no longer shows is deleted from the bucket below.
    RenderOptions withImages = options;
    auto images = PageAssets(m_db, m_clock).imagesFor(page);
    if (!images)
        return std::unexpected(images.error());
    withImages.images = *images;
    auto site = Renderer::render(page, *catalogue, withImages);
    if (!site)
        return std::unexpected(site.error());
    auto bucket = m_store.listObjects();
    if (!bucket)
        return std::unexpected(bucket.error());
    const PublishPlan todo = plan(*site, *bucket);

    PublishReport report;
    report.slug = page.slug;
    report.version = page.version;
    report.isDryRun = dryRun;
    report.isRollback = isRollback;
    report.unchanged = int(todo.unchanged.size());
    if (dryRun) {
        for (const RenderedFile &file : todo.uploads)
            report.uploaded.append(file.path);
        report.deleted = todo.deletions;
        return report;
    }

    const int total = int(todo.uploads.size() + todo.deletions.size());
    int done = 0;
    // Uploads stop at the first failure: index.html comes last, so it is never sent while
    // another file failed, and nothing has been deleted yet.
    for (const RenderedFile &file : todo.uploads) {
        if (progress.isCancelled() ||
            !progress(done, total, Tr::tr("Uploading %1").arg(file.path), file.path))
            return failure(
                ErrorCode::Cancelled,
                Tr::tr("Publishing was cancelled before index.html: the live site is unchanged."));
        auto etag =
            m_store.putObject(file.path, file.bytes, file.contentType, cacheControlFor(file));
        if (!etag)
            return failure(
                etag.error().code,
                Tr::tr("Nothing was changed on the live site: %1").arg(etag.error().message));
        report.uploaded.append(file.path);
        ++done;
    }
    // The new version is live: from here on the publish goes to its end.
    for (const QString &key : todo.deletions) {
        progress(done, total, Tr::tr("Deleting %1").arg(key), key);
        // The new version is live already: a file that cannot be deleted is left behind and
        // taken up by the next publish.
        if (auto removed = m_store.deleteObject(key); !removed)
            return failure(removed.error().code,
                           Tr::tr("Version %1 is live, but an old file could not be deleted "
                                  "(publish again to finish): %2")
                               .arg(page.version)
                               .arg(removed.error().message));
        report.deleted.append(key);
        ++done;
    }
    progress(total, total, Tr::tr("Recording the publish"));

    QJsonArray files;
    for (const RenderedFile &file : site->files)
        files.append(QJsonObject{{u"path"_qs, file.path},
                                 {u"md5"_qs, QString::fromLatin1(md5Hex(file.bytes))}});
    const QDateTime now = m_clock.now();
    auto recorded = m_db.transaction([&]() -> Done {
        auto inserted = m_db.exec(
            u"INSERT INTO publishes (page_id, slug, version, target, is_rollback, uploaded, "
            u"deleted, files, "
            u"published_by, published_at) VALUES (:page, :slug, :version, :target, :rollback, "
            u":uploaded, "
            u":deleted, :files, :by, :at)"_qs,
            {{"page", page.id},
             {"slug", page.slug},
             {"version", page.version},
             {"target", m_target},
             {"rollback", isRollback},
             {"uploaded", int(report.uploaded.size())},
             {"deleted", int(report.deleted.size())},
             {"files", QString::fromUtf8(QJsonDocument(files).toJson(QJsonDocument::Compact))},
             {"by", by},
             {"at", timestampValue(now)}});
        if (!inserted)
            return std::unexpected(inserted.error());
        if (page.status != PageStatus::Published) {
            if (auto status = PageRepository(m_db).setStatus(page.id, page.rowVersion,
                                                             PageStatus::Published, now);
                !status)
                return std::unexpected(status.error());
        }
        return {};
    });
    if (!recorded)
        return failure(
            recorded.error().code,
            Tr::tr("Version %1 is live, but the publish could not be recorded in the book: %2")
                .arg(page.version)
                .arg(recorded.error().message));
    return report;
}

} // namespace ic
