#include "ui/common/gridmodel.h"

#include "services/storage/database.h"

#include <QDate>
#include <QLocale>

namespace ic {

GridModel::GridModel(std::unique_ptr<GridSource> source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(std::move(source))
    , m_columns(m_source->columns()) {}

GridModel::~GridModel() = default;

void GridModel::setDatabase(Database *db) {
    m_db = db;
    reload();
}

void GridModel::setFilter(const QString &filter) {
    if (filter == m_request.filter)
        return;
    m_request.filter = filter;
    reload();
}

void GridModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= m_columns.size())
        return;
    m_request.sortColumn = column;
    m_request.descending = order == Qt::DescendingOrder;
    reload();
}

void GridModel::reload() {
    // Nothing is fetched while the reset is under way (a view or a tester may ask from its
    // handlers of the reset signals): the first page comes after it.
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_atEnd = true;
    m_error.clear();
    if (m_db) {
        auto total = m_source->count(*m_db, m_request);
        if (total) {
            m_total = *total;
            m_atEnd = m_total == 0;
        } else {
            m_error = total.error().message;
        }
    }
    endResetModel();
    m_busy = false;
    if (!m_error.isEmpty())
        Q_EMIT loadFailed(m_error);
    // The first page at once, so a view shows rows without scrolling first.
    if (canFetchMore())
        fetchMore();
    Q_EMIT reloaded();
}

bool GridModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_db && !m_atEnd && !m_busy;
}

void GridModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    auto page = m_source->fetch(*m_db, m_request, m_rows.size(), kPageSize);
    if (!page) {
        m_atEnd = true;
        m_error = page.error().message;
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_atEnd = page->size() < kPageSize;
    if (page->isEmpty())
        return;
    // Not again from a handler of the insert signals: the same page would come twice.
    m_busy = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
    m_busy = false;
}

int GridModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GridModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

qint64 GridModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int GridModel::rowOfId(qint64 id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QString GridModel::displayText(int column, const QVariant &raw) const {
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

QVariant GridModel::data(const QModelIndex &index, int role) const {
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

QVariant GridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    return {};
}

} // namespace ic
