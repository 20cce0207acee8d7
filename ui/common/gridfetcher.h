#pragma once

#include "services/grid/gridsource.h"
#include "services/storage/connectionspec.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ic {

class Database;

// The reading half of a GridModel, living on the model's worker thread: it opens its own
// connection to the book (a connection belongs to the thread that opened it) and runs the
// source's page and count queries there. Each answer goes back to the model by a queued call
// with the generation it was asked for; a request that is already stale when its turn comes
// (the person typed again, sorted again) is not run at all.
class GridFetcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridFetcher)

public:
    using PageReply =
        std::function<void(quint64 generation, qint64 offset, GridPage page, QString error)>;
    using CountReply = std::function<void(quint64 generation, qint64 total, QString error)>;

    GridFetcher(const GridSource &source, std::shared_ptr<const std::atomic<quint64>> latest);
    ~GridFetcher() override;

    // On the worker thread. A new spec closes the connection; the next read opens it.
    void setSpec(const std::optional<ConnectionSpec> &spec);
    // One page: the rows after the key `after` (from the first row without it), which go at
    // row `offset` of the model; then (withCount) the rows matching the filter. Replies are
    // delivered to `context`'s thread.
    void fetch(quint64 generation, const GridRequest &request, const std::optional<GridKey> &after,
               qint64 offset, int limit, bool withCount, QObject *context, const PageReply &onPage,
               const CountReply &onCount);
    void close();

private:
    Result<Database *> connection();
    const GridSource &m_source;
    std::shared_ptr<const std::atomic<quint64>> m_latest;
    std::optional<ConnectionSpec> m_spec;
    std::unique_ptr<Database> m_db;
};

} // namespace ic
