#pragma once

#include "services/catalog/gridsource.h"

#include <QAbstractTableModel>

#include <memory>

namespace ic {

class Database;

// A table over a paged GridSource: rows arrive a page at a time as the view scrolls
// (canFetchMore/fetchMore); sort() and setFilter() ask the database again, never sort or
// filter the rows held. Qt::DisplayRole is the text in the person's locale, RawRole the
// source's raw value (Money, QDate, qint64, bool, key), IdRole the row's id.
class GridModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridModel)

public:
    enum Role { RawRole = Qt::UserRole, IdRole };
    static constexpr int kPageSize = 200;

    GridModel(std::unique_ptr<GridSource> source, QObject *parent = nullptr);
    ~GridModel() override;

    // The connection to read from (of the GUI thread); null clears the grid.
    void setDatabase(Database *db);
    void setFilter(const QString &filter);
    const GridRequest &request() const { return m_request; }
    const GridSource &source() const { return *m_source; }
    const QList<GridColumn> &columns() const { return m_columns; }
    // Reads the first page again, keeping filter and sort.
    void reload();
    // Rows matching the filter in the database (not only those fetched).
    qint64 totalRows() const { return m_total; }
    // The sentence of the last failed read, empty when it worked.
    QString errorText() const { return m_error; }
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The display text of a raw value of `column`, as the grid shows it.
    QString displayText(int column, const QVariant &raw) const;

Q_SIGNALS:
    void loadFailed(const QString &sentence);
    void reloaded();

private:
    std::unique_ptr<GridSource> m_source;
    QList<GridColumn> m_columns;
    Database *m_db = nullptr;
    GridRequest m_request;
    QList<GridRow> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    bool m_busy = false; // resetting or inserting: no fetch from the signals' handlers
    QString m_error;
};

} // namespace ic
