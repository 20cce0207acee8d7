#include "services/storage/pagerepository.h"
#include "models/tr.h"

#include "services/storage/rowvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace ic {

namespace {

const QString kColumns = QStringLiteral(
    "id, slug, title, meta_title, meta_description, og_image, language, status, version, "
    "parent_id, created_by, created_at, published_at, row_version");

Page read(const QSqlQuery &q)
{
    Page p;
    p.id = q.value(0).toLongLong();
    p.slug = q.value(1).toString();
    p.title = q.value(2).toString();
    p.metaTitle = q.value(3).toString();
    p.metaDescription = q.value(4).toString();
    p.ogImage = q.value(5).toString();
    p.language = q.value(6).toString();
    p.status = pageStatusFromString(q.value(7).toString()).value_or(PageStatus::Draft);
    p.version = q.value(8).toInt();
    p.parentId = idOf(q.value(9));
    p.createdBy = q.value(10).toString();
    p.createdAt = toTimestamp(q.value(11));
    p.publishedAt = toTimestamp(q.value(12));
    p.rowVersion = q.value(13).toInt();
    return p;
}

Done validate(const Page &p)
{
    if (p.slug.trimmed().isEmpty())
        return failure(ErrorCode::Invalid,
                       Tr::tr("A page needs a slug, the path it is published at."));
    if (p.title.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("A page needs a title."));
    if (p.language != u"en" && p.language != u"fr")
        return failure(ErrorCode::Invalid,
                       Tr::tr("The language must be English (en) or French (fr)."));
    if (p.createdBy.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Say who saves this version of the page."));
    for (const Section &s : p.sections)
        for (const Service &service : s.services)
            if (service.name.trimmed().isEmpty())
                return failure(ErrorCode::Invalid,
                               Tr::tr("Every service shown on the page needs a name."));
    return {};
}

} // namespace

Result<Page> PageRepository::saveNewVersion(Page p)
{
    const qint64 parent = p.id != 0 ? p.id : p.parentId;
    return insertVersion(std::move(p), parent, ParentCheck::None);
}

Result<Page> PageRepository::saveDraft(Page p)
{
    p.status = PageStatus::Draft;
    p.publishedAt = {};
    const qint64 parent = p.id != 0 ? p.id : p.parentId;
    return insertVersion(std::move(p), parent, ParentCheck::MustBeLatest);
}

Result<Page> PageRepository::restoreAsDraft(qint64 id, const QString &by, const QDateTime &at)
{
    auto old = find(id);
    if (!old)
        return std::unexpected(old.error());
    Page p = *old;
    p.status = PageStatus::Draft;
    p.publishedAt = {};
    p.createdBy = by;
    p.createdAt = at;
    return insertVersion(std::move(p), id, ParentCheck::None);
}

Result<Page> PageRepository::insertVersion(Page p, qint64 parent, ParentCheck check)
{
    if (auto ok = validate(p); !ok)
        return std::unexpected(ok.error());
    if (!p.createdAt.isValid())
        p.createdAt = QDateTime::currentDateTimeUtc();
    auto id = m_db.transaction([&]() -> Result<qint64> {
        if (check == ParentCheck::MustBeLatest) {
            auto newest = m_db.exec(
                u"SELECT id, version, created_by, created_at FROM pages WHERE slug = :slug "
                u"ORDER BY version DESC LIMIT 1"_qs,
                {{"slug", p.slug.trimmed()}});
            if (!newest)
                return std::unexpected(newest.error());
            if (newest->next() && newest->value(0).toLongLong() != parent) {
                const QDateTime at = toTimestamp(newest->value(3));
                return failure(
                    ErrorCode::StaleRow,
                    Tr::tr("%1 saved version %2 of the page \"%3\" at %4 after you opened yours: "
                           "see their change and merge it before saving.")
                        .arg(newest->value(2).toString())
                        .arg(newest->value(1).toInt())
                        .arg(p.slug.trimmed(),
                             QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
            }
        }
        auto last = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM pages WHERE "
                                               "slug = :slug"),
                                {{"slug", p.slug.trimmed()}});
        if (!last)
            return std::unexpected(last.error());
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO pages (slug, title, meta_title, meta_description, "
                           "og_image, language, status, version, parent_id, created_by, "
                           "created_at, published_at) VALUES (:slug, :title, :meta_title, "
                           ":meta_description, :og_image, :language, :status, :version, "
                           ":parent, :created_by, :created_at, :published_at) RETURNING id"),
            {{"slug", p.slug.trimmed()},
             {"title", p.title.trimmed()},
             {"meta_title", nullIfEmpty(p.metaTitle)},
             {"meta_description", nullIfEmpty(p.metaDescription)},
             {"og_image", nullIfEmpty(p.ogImage)},
             {"language", p.language},
             {"status", toString(p.status)},
             {"version", last->toInt() + 1},
             {"parent", nullIfZero(parent)},
             {"created_by", p.createdBy.trimmed()},
             {"created_at", timestampValue(p.createdAt)},
             {"published_at", timestampValue(p.publishedAt)}});
        if (!q) {
            if (q.error().code == ErrorCode::AlreadyExists)
                return failure(ErrorCode::StaleRow,
                               Tr::tr("Someone else saved a version of the page %1 at the same "
                                      "moment; reload it and save again.")
                                   .arg(p.slug));
            return std::unexpected(q.error());
        }
        if (!q->next())
            return failure(ErrorCode::Database, Tr::tr("The page was not saved."));
        const qint64 pageId = q->value(0).toLongLong();
        int sectionPosition = 0;
        for (const Section &s : p.sections) {
            auto sq = m_db.exec(QStringLiteral("INSERT INTO sections (page_id, section_type, "
                                               "position, is_active, config) VALUES (:page, "
                                               ":type, :position, :active, :config) RETURNING id"),
                                {{"page", pageId},
                                 {"type", toString(s.type)},
                                 {"position", sectionPosition++},
                                 {"active", s.isActive},
                                 {"config", jsonText(s.config)}});
            if (!sq)
                return std::unexpected(sq.error());
            if (!sq->next())
                return failure(ErrorCode::Database, Tr::tr("The page was not saved."));
            const qint64 sectionId = sq->value(0).toLongLong();
            int servicePosition = 0;
            for (const Service &service : s.services) {
                auto vq = m_db.exec(
                    QStringLiteral("INSERT INTO services (section_id, name, description, "
                                   "advantages, icon, image, link, badge, position, is_active) "
                                   "VALUES (:section, :name, :description, :advantages, :icon, "
                                   ":image, :link, :badge, :position, :active)"),
                    {{"section", sectionId},
                     {"name", service.name.trimmed()},
                     {"description", nullIfEmpty(service.description)},
                     {"advantages", jsonText(QJsonArray::fromStringList(service.advantages))},
                     {"icon", nullIfEmpty(service.icon)},
                     {"image", nullIfEmpty(service.image)},
                     {"link", nullIfEmpty(service.link)},
                     {"badge", toString(service.badge)},
                     {"position", servicePosition++},
                     {"active", service.isActive}});
                if (!vq)
                    return std::unexpected(vq.error());
            }
        }
        return pageId;
    });
    if (!id)
        return std::unexpected(id.error());
    return find(*id);
}

Result<Page> PageRepository::withSections(Page p) const
{
    auto sq = m_db.exec(QStringLiteral("SELECT id, page_id, section_type, position, is_active, "
                                       "config FROM sections WHERE page_id = :page ORDER BY "
                                       "position, id"),
                        {{"page", p.id}});
    if (!sq)
        return std::unexpected(sq.error());
    QHash<qint64, qsizetype> index;
    while (sq->next()) {
        Section s;
        s.id = sq->value(0).toLongLong();
        s.pageId = sq->value(1).toLongLong();
        s.type = sectionTypeFromString(sq->value(2).toString()).value_or(SectionType::Hero);
        s.position = sq->value(3).toInt();
        s.isActive = sq->value(4).toBool();
        s.config = jsonObjectOf(sq->value(5));
        index.insert(s.id, p.sections.size());
        p.sections.append(s);
    }
    auto vq = m_db.exec(QStringLiteral("SELECT v.id, v.section_id, v.name, v.description, "
                                       "v.advantages, v.icon, v.image, v.link, v.badge, "
                                       "v.position, v.is_active FROM services v JOIN sections s "
                                       "ON s.id = v.section_id WHERE s.page_id = :page ORDER BY "
                                       "v.section_id, v.position, v.id"),
                        {{"page", p.id}});
    if (!vq)
        return std::unexpected(vq.error());
    while (vq->next()) {
        Service v;
        v.id = vq->value(0).toLongLong();
        v.sectionId = vq->value(1).toLongLong();
        v.name = vq->value(2).toString();
        v.description = vq->value(3).toString();
        for (const QJsonValue &a : jsonArrayOf(vq->value(4)))
            v.advantages.append(a.toString());
        v.icon = vq->value(5).toString();
        v.image = vq->value(6).toString();
        v.link = vq->value(7).toString();
        v.badge = serviceBadgeFromString(vq->value(8).toString()).value_or(ServiceBadge::None);
        v.position = vq->value(9).toInt();
        v.isActive = vq->value(10).toBool();
        if (const auto at = index.constFind(v.sectionId); at != index.cend())
            p.sections[*at].services.append(v);
    }
    return p;
}

Result<Page> PageRepository::one(const QString &where, Database::Binds binds,
                                 const QString &notFound) const
{
    // `where` is always one of this file's constant clauses; values travel in binds.
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM pages WHERE " + where, binds);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::NotFound, notFound);
    return withSections(read(*q));
}

Result<Page> PageRepository::find(qint64 id) const
{
    return one(QStringLiteral("id = :id"), {{"id", id}}, Tr::tr("Page %1 does not exist.").arg(id));
}

Result<Page> PageRepository::latest(const QString &slug) const
{
    return one(QStringLiteral("slug = :slug ORDER BY version DESC LIMIT 1"), {{"slug", slug}},
               Tr::tr("There is no page \"%1\".").arg(slug));
}

Result<Page> PageRepository::published(const QString &slug) const
{
    return one(
        QStringLiteral("slug = :slug AND status = 'published' ORDER BY version DESC LIMIT 1"),
        {{"slug", slug}}, Tr::tr("No version of the page \"%1\" is published.").arg(slug));
}

Result<QList<Page>> PageRepository::versions(const QString &slug) const
{
    auto q =
        m_db.exec(u"SELECT " + kColumns + u" FROM pages WHERE slug = :slug ORDER BY version DESC",
                  {{"slug", slug}});
    if (!q)
        return std::unexpected(q.error());
    QList<Page> list;
    while (q->next())
        list.append(read(*q));
    return list;
}

Result<Page> PageRepository::setStatus(qint64 id, int rowVersion, PageStatus status,
                                       const QDateTime &at)
{
    auto done = m_db.transaction([&]() -> Done {
        auto current = find(id);
        if (!current)
            return std::unexpected(current.error());
        if (current->status == status)
            return failure(ErrorCode::IllegalTransition,
                           Tr::tr("Version %1 of the page %2 is already %3.")
                               .arg(current->version)
                               .arg(current->slug, toString(status)));
        if (status == PageStatus::Published) {
            // One live version per slug: the one live before goes to the archive.
            auto archive = m_db.exec(QStringLiteral("UPDATE pages SET status = 'archived', "
                                                    "row_version = row_version + 1 WHERE slug = "
                                                    ":slug AND status = 'published' AND id <> :id"),
                                     {{"slug", current->slug}, {"id", id}});
            if (!archive)
                return std::unexpected(archive.error());
        }
        auto q = m_db.exec(QStringLiteral("UPDATE pages SET status = :status, published_at = "
                                          ":published_at, row_version = row_version + 1 WHERE id "
                                          "= :id AND row_version = :rv"),
                           {{"status", toString(status)},
                            {"published_at", status == PageStatus::Published
                                                 ? timestampValue(at)
                                                 : timestampValue(current->publishedAt)},
                            {"id", id},
                            {"rv", rowVersion}});
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return failure(ErrorCode::StaleRow,
                           Tr::tr("Version %1 of the page %2 was changed by someone else since you "
                                  "opened it; reload it and try again.")
                               .arg(current->version)
                               .arg(current->slug));
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return find(id);
}

} // namespace ic
