#pragma once

#include "services/grid/gridsource.h"

#include <QAbstractTableModel>

#include <atomic>
#include <memory>

class QThread;

namespace ic {

class Database;
class GridFetcher;

// A table over a paged GridSource: rows arrive a page at a time as the view scrolls
// (canFetchMore/fetchMore), each asked for as "the page after the last row's key", so the
// last page of 100,000 rows costs what the first does; sort() and setFilter() ask the
// database again, never sort or filter the rows held. Qt::DisplayRole is the text in the person's
// locale, RawRole the source's raw value (Money, QDate, qint64, bool, key), IdRole the row's id.
//
// The queries run on the model's own worker thread, with its own connection to the book
// (opened from the ConnectionSpec of the Database given): the GUI never waits for them. A
// reload keeps the rows shown until the first page of the new answer arrives, then resets;
// each request carries a generation number and an answer to an older one (the person typed
// or sorted again meanwhile) is dropped.
class GridModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridModel)

public:
    enum Role { RawRole = Qt::UserRole, IdRole };
    static constexpr int kPageSize = 200;

    GridModel(std::unique_ptr<GridSource> source, QObject *parent = nullptr);
    ~GridModel() override;

    // The book to read from (the GUI thread's connection: the model reads through its own
    // connection to the same book on its worker thread); null clears the grid.
    void setDatabase(Database *db);
    void setFilter(const QString &filter);
    const GridRequest &request() const { return m_request; }
    const GridSource &source() const { return *m_source; }
    const QList<GridColumn> &columns() const { return m_columns; }
    // Reads the first page again, keeping filter and sort. Returns at once: the rows come
    // with rowsInserted/modelReset, then reloaded() once the total is known too.
    void reload();
    // A page or the count is being read.
    bool isLoading() const { return m_pageInFlight || m_countPending; }
    // The generation of the current request (grows with each reload).
    quint64 generation() const { return m_generation; }
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
    // The first page of the current request and its total are both in.
    void reloaded();
    // A page of the current request arrived (offset 0: the first).
    void pageArrived(qint64 offset, int rows);

private:
    void startWorker();
    void request(bool isFirst, bool withCount);
    void takePage(quint64 generation, qint64 offset, const GridPage &page, const QString &error);
    void takeCount(quint64 generation, qint64 total, const QString &error);

    std::unique_ptr<GridSource> m_source;
    QList<GridColumn> m_columns;
    Database *m_db = nullptr;
    GridRequest m_request;
    QList<GridRow> m_rows;
    GridKey m_last; // the key of m_rows.last(): the next page is the rows after it
    qint64 m_total = 0;
    bool m_atEnd = true;
    bool m_busy = false;         // resetting or inserting: no fetch from the signals' handlers
    bool m_reloading = false;    // the first page of the current generation is not in yet
    bool m_pageInFlight = false; // a page request is out
    bool m_countPending = false;
    QString m_error;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QThread *m_thread = nullptr;
    GridFetcher *m_fetcher = nullptr; // lives on m_thread
};

} // namespace ic
