#pragma once

#include <QString>
#include <QTableView>

#include <functional>

class QMenu;

namespace ic {

struct Session;

struct ConnectionSpec;
class GridModel;

// The table of a grid area: the header's context menu chooses the columns; columns, widths
// and sort are kept under `settingsKey` in QSettings; Ctrl+C copies the selected cells as
// tab-separated text; exportTo() writes the current filtered, sorted view to CSV or XLSX on
// a worker thread with its own connection, behind a progress dialog that can cancel.
class GridView final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridView)

public:
    GridView(GridModel *model, const QString &settingsKey, QWidget *parent = nullptr);
    ~GridView() override;

    GridModel *gridModel() const { return m_model; }
    // The menu of columns the header shows on a right click.
    QMenu *columnMenu() const { return m_columnMenu; }
    void setColumnShown(int column, bool shown);

    // The selected cells as tab-separated lines (visible columns, in view order).
    QString selectionText() const;
    void copySelection();

    void saveState() const;
    void restoreState();

    // Asks for a file and exports the view to it (CSV or XLSX by the chosen filter).
    void exportView(const ConnectionSpec &spec);
    // Reads the grid again and selects the row of `id` once it is back (the grid reads on its
    // worker thread), without announcing the selection as the person's; then calls `done`.
    void reloadSelecting(qint64 id, std::function<void()> done = {});
    // Who exports (null: nobody signed in, the system): the export service checks the role.
    void setSession(const Session *session) { m_session = session; }
    // Exports without asking for the file; returns the sentence of a failure, empty when the
    // file was written (or the person cancelled: then `cancelled` is set).
    QString exportTo(const ConnectionSpec &spec, const QString &path, bool *cancelled = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuildColumnMenu();
    GridModel *m_model;
    QString m_settingsKey;
    QMenu *m_columnMenu;
    bool m_fitColumns = false;
    const Session *m_session = nullptr;
};

} // namespace ic
