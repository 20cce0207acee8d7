#include "ui/common/gridfetcher.h"

#include "models/tr.h"
#include "services/storage/database.h"

namespace ic {

GridFetcher::GridFetcher(const GridSource &source,
                         std::shared_ptr<const std::atomic<quint64>> latest)
    : m_source(source)
    , m_latest(std::move(latest))
{
}

GridFetcher::~GridFetcher() = default;

void GridFetcher::setSpec(const std::optional<ConnectionSpec> &spec)
{
    m_db.reset();
    m_spec = spec;
}

void GridFetcher::close()
{
    m_db.reset();
}

Result<Database *> GridFetcher::connection()
{
    if (m_db)
        return m_db.get();
    if (!m_spec)
        return failure(ErrorCode::NotFound, Tr::tr("No book is open."));
    auto opened = Database::open(*m_spec, Database::Open::MustExist);
    if (!opened)
        return std::unexpected(opened.error());
    m_db = std::make_unique<Database>(std::move(*opened));
    return m_db.get();
}

void GridFetcher::fetch(quint64 generation, const GridRequest &request,
                        const std::optional<GridKey> &after, qint64 offset, int limit,
                        bool withCount, QObject *context, const PageReply &onPage,
                        const CountReply &onCount)
{
    if (generation != m_latest->load())
        return; // the person asked for something else meanwhile
    auto db = connection();
    if (!db) {
        const QString error = db.error().message;
        QMetaObject::invokeMethod(
            context, [=] { onPage(generation, offset, {}, error); }, Qt::QueuedConnection);
        if (withCount)
            QMetaObject::invokeMethod(
                context, [=] { onCount(generation, 0, error); }, Qt::QueuedConnection);
        return;
    }
    auto page = m_source.fetch(**db, request, after, limit);
    if (!page && !(*db)->ping())
        m_db.reset(); // reopened by the next read
    GridPage rows = page ? std::move(*page) : GridPage();
    const QString pageError = page ? QString() : page.error().message;
    QMetaObject::invokeMethod(
        context, [=] { onPage(generation, offset, rows, pageError); }, Qt::QueuedConnection);
    if (!withCount || generation != m_latest->load())
        return;
    if (!m_db) {
        QMetaObject::invokeMethod(
            context, [=] { onCount(generation, 0, pageError); }, Qt::QueuedConnection);
        return;
    }
    auto total = m_source.count(**db, request);
    const qint64 n = total ? *total : 0;
    const QString countError = total ? QString() : total.error().message;
    QMetaObject::invokeMethod(
        context, [=] { onCount(generation, n, countError); }, Qt::QueuedConnection);
}

} // namespace ic
