#include "ui/common/gridmodel.h"

#include "services/storage/database.h"
#include "ui/common/gridfetcher.h"

#include <QDate>
#include <QLocale>
#include <QPointer>
#include <QThread>

namespace ic {

GridModel::GridModel(std::unique_ptr<GridSource> source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(std::move(source))
    , m_columns(m_source->columns())
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
}

GridModel::~GridModel()
{
    if (!m_thread)
        return;
    m_latest->store(0); // what is still queued is not run
    // The connection is closed on the thread that opened it, after the read under way.
    QMetaObject::invokeMethod(m_fetcher, &GridFetcher::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_fetcher;
}

void GridModel::startWorker()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("grid-fetcher"));
    m_fetcher = new GridFetcher(*m_source, m_latest);
    m_fetcher->moveToThread(m_thread);
    m_thread->start();
}

void GridModel::setDatabase(Database *db)
{
    m_db = db;
    if (db || m_thread) {
        startWorker();
        std::optional<ConnectionSpec> spec;
        if (db)
            spec = db->spec();
        QMetaObject::invokeMethod(
            m_fetcher, [fetcher = m_fetcher, spec] { fetcher->setSpec(spec); },
            Qt::QueuedConnection);
    }
    reload();
}

void GridModel::setFilter(const QString &filter)
{
    if (filter == m_request.filter)
        return;
    m_request.filter = filter;
    reload();
}

void GridModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_request.sortColumn = column;
    m_request.descending = order == Qt::DescendingOrder;
    reload();
}

void GridModel::reload()
{
    ++m_generation;
    m_latest->store(m_generation);
    m_error.clear();
    if (!m_db) {
        // No book: empty at once.
        m_busy = true;
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        m_atEnd = true;
        m_reloading = m_pageInFlight = m_countPending = false;
        endResetModel();
        m_busy = false;
        Q_EMIT reloaded();
        return;
    }
    // The rows shown stay until the new first page replaces them.
    m_reloading = true;
    request(true, true);
}

void GridModel::request(bool isFirst, bool withCount)
{
    m_pageInFlight = true;
    m_countPending = m_countPending || withCount;
    QPointer<GridModel> self(this);
    const quint64 generation = m_generation;
    const GridRequest request = m_request;
    const qint64 offset = isFirst ? 0 : m_rows.size();
    const std::optional<GridKey> after = isFirst ? std::nullopt : std::optional<GridKey>(m_last);
    GridFetcher::PageReply onPage = [self](quint64 g, qint64 o, GridPage page, QString error) {
        if (self)
            self->takePage(g, o, page, error);
    };
    GridFetcher::CountReply onCount = [self](quint64 g, qint64 total, QString error) {
        if (self)
            self->takeCount(g, total, error);
    };
    QMetaObject::invokeMethod(
        m_fetcher,
        [fetcher = m_fetcher, generation, request, after, offset, withCount, context = this, onPage,
         onCount] {
            fetcher->fetch(generation, request, after, offset, kPageSize, withCount, context,
                           onPage, onCount);
        },
        Qt::QueuedConnection);
}

void GridModel::takePage(quint64 generation, qint64 offset, const GridPage &page,
                         const QString &error)
{
    if (generation != m_generation)
        return; // an answer to a request since replaced
    m_pageInFlight = false;
    if (!error.isEmpty()) {
        m_atEnd = true;
        m_error = error;
        if (offset == 0) {
            m_busy = true;
            beginResetModel();
            m_rows.clear();
            m_reloading = false;
            endResetModel();
            m_busy = false;
        }
        Q_EMIT loadFailed(m_error);
        return;
    }
    const QList<GridRow> &rows = page.rows;
    m_atEnd = rows.size() < kPageSize;
    // Not again from a handler of the reset or insert signals: the same page would come twice.
    m_busy = true;
    if (offset == 0) {
        beginResetModel();
        m_rows = rows;
        m_last = page.last;
        m_reloading = false;
        endResetModel();
    } else if (offset == m_rows.size() && !rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        m_last = page.last;
        endInsertRows();
    }
    m_busy = false;
    Q_EMIT pageArrived(offset, int(rows.size()));
    if (!m_countPending && offset == 0)
        Q_EMIT reloaded();
}

void GridModel::takeCount(quint64 generation, qint64 total, const QString &error)
{
    if (generation != m_generation)
        return;
    m_countPending = false;
    m_total = total;
    if (!error.isEmpty() && m_error.isEmpty()) {
        m_error = error;
        Q_EMIT loadFailed(m_error);
    }
    if (!m_reloading)
        Q_EMIT reloaded();
}

bool GridModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db && !m_atEnd && !m_busy && !m_reloading;
}

void GridModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_pageInFlight)
        return;
    request(false, false);
}

int GridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

qint64 GridModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int GridModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QString GridModel::displayText(int column, const QVariant &raw) const
{
    if (raw.isNull() || column < 0 || column >= m_columns.size())
        return {};
    const GridColumn &c = m_columns.at(column);
    const QLocale loc;
    if (raw.metaType() == QMetaType::fromType<Money>())
        return raw.value<Money>().format(loc);
    switch (c.kind) {
    case ColumnKind::Integer:
        return loc.toString(raw.toLongLong());
    case ColumnKind::Percent:
        return loc.toString(double(raw.toLongLong()) / 100, 'f', raw.toLongLong() % 100 ? 2 : 0) +
               (loc.language() == QLocale::French ? u"\u202f%"_qs : u"%"_qs);
    case ColumnKind::Date:
        return loc.toString(raw.toDate(), QLocale::ShortFormat);
    case ColumnKind::Boolean:
        return raw.toBool() ? tr("Yes") : tr("No");
    case ColumnKind::Text:
        return c.labels.value(raw.toString(), raw.toString());
    case ColumnKind::Money:
        break;
    }
    return raw.toString();
}

QVariant GridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GridRow &row = m_rows.at(index.row());
    const QVariant raw = row.values.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.column(), raw);
    case Qt::ToolTipRole:
        if (m_columns.at(index.column()).kind == ColumnKind::Text)
            return displayText(index.column(), raw);
        return {};
    case Qt::TextAlignmentRole: {
        const ColumnKind kind = m_columns.at(index.column()).kind;
        if (kind == ColumnKind::Integer || kind == ColumnKind::Money || kind == ColumnKind::Percent)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case RawRole:
        return raw;
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant GridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    return {};
}

} // namespace ic
