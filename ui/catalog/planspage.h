#pragma once

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

Q_SIGNALS:
    // The History button: the audit log filtered to this record (MainWindow::showHistory).
    void historyRequested(const QString &entity, qint64 id);

private:
    void showStatus();
    void updateHistoryButton();
    bool mayLeaveEditor();

    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_history = nullptr;
    GridModel *m_model;
    GridView *m_view;
    PlanEditor *m_editor;
    QLineEdit *m_filter;
    QLabel *m_status;
};

} // namespace ic
