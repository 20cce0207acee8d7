#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace ic {

struct Session;
class Clock;
class CodeTrialPanel;
class Database;
class GridModel;
class GridView;
class PromotionEditor;

// The Promotions area: the grid of promotions, the editor of the one chosen, and the
// "try a code" panel.
class PromotionsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromotionsPage)

public:
    explicit PromotionsPage(const Clock &clock, QWidget *parent = nullptr);
    ~PromotionsPage() override;

    void setDatabase(Database *db);
    // Who is signed in (null: nobody): a role that may not change the catalogue gets the
    // editor read-only and no New button.
    void setSession(const Session *session);
    void reload();

    GridModel *model() const { return m_model; }
    GridView *view() const { return m_view; }
    PromotionEditor *editor() const { return m_editor; }
    CodeTrialPanel *trialPanel() const { return m_trial; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTabWidget *tabs() const { return m_tabs; }
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
    PromotionEditor *m_editor;
    CodeTrialPanel *m_trial;
    QLineEdit *m_filter;
    QLabel *m_status;
    QTabWidget *m_tabs;
};

} // namespace ic
