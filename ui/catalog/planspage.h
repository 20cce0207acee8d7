#pragma once

#include <QPoint>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ic {

struct Session;
class Clock;
class Database;
class GridModel;
class GridView;
class PlanEditor;

// The Plans area: the grid of plans (filter, columns, copy, export) and the editor of the
// plan chosen in it.
class PlansPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlansPage)

public:
    explicit PlansPage(const Clock &clock, QWidget *parent = nullptr);
    ~PlansPage() override;

    // The connection of the GUI thread; null: no book.
    void setDatabase(Database *db);
    // Who is signed in (null: nobody): a role that may not change the catalogue gets the
    // editor read-only and no New button.
    void setSession(const Session *session);
    void reload();

    GridModel *model() const { return m_model; }
    GridView *view() const { return m_view; }
    PlanEditor *editor() const { return m_editor; }
    QLineEdit *filterEdit() const { return m_filter; }
    // Opens the plan of this grid row in the editor (asks first if edits would be lost).
    void openRow(int row);
    // Before the window lets go of the book (sign-out, another book): asks whether unsaved
    // edits may be dropped; false keeps them.
    bool mayLeave() { return mayLeaveEditor(); }
    // Moves the plan of grid row `from` to row `to` in the catalogue's order (what a drag
    // and drop in the grid, Alt+Up and Alt+Down do). Only while the grid shows that order:
    // sorted by Order, unfiltered; otherwise the status line says how to get there.
    bool moveRow(int from, int to);
    QPushButton *moveUpButton() const { return m_moveUp; }
    QPushButton *moveDownButton() const { return m_moveDown; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The History button: the audit log filtered to this record (MainWindow::showHistory).
    void historyRequested(const QString &entity, qint64 id);

private:
    void showStatus();
    void updateHistoryButton();
    bool mayLeaveEditor();
    // Empty when the grid may be reordered now, else the sentence saying why not.
    QString whyNoReorder() const;
    void updateMoveButtons();

    const Clock &m_clock;
    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_history = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QPoint m_dragStart;
    int m_dragRow = -1;
    GridModel *m_model;
    GridView *m_view;
    PlanEditor *m_editor;
    QLineEdit *m_filter;
    QLabel *m_status;
};

} // namespace ic
