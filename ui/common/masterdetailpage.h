#pragma once

#include <QString>
#include <QWidget>

#include <memory>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ic {

class Database;
class GridModel;
class GridSource;
class GridView;
class RecordEditor;
struct Session;

// An area that edits the records of one grid: its title line (heading, Undo and Redo of the
// editor), the grid on the left (filter, New, History, Export, a status line counting the
// rows) and the editor of the row chosen on the right. Choosing another row, New, signing
// out or another book ask first when the editor holds unsaved changes. A subclass says how a
// record opens and how many rows read, and adds what only it has.
class MasterDetailPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MasterDetailPage)

public:
    ~MasterDetailPage() override;

    // The connection of the GUI thread; null: no book.
    void setDatabase(Database *db);
    // Who is signed in (null: nobody): a role that may not change the catalogue gets the
    // editor read-only and no New button; History and Export follow their permissions.
    void setSession(const Session *session);
    void reload();

    GridModel *model() const { return m_model; }
    GridView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    // Opens the record of this grid row in the editor (asks first if edits would be lost).
    void openRow(int row);
    // Before the window lets go of the book (sign-out, another book): asks whether unsaved
    // edits may be dropped; false keeps them.
    bool mayLeave() { return mayLeaveEditor(); }

Q_SIGNALS:
    // The History button: the audit log filtered to this record (MainWindow::showHistory).
    void historyRequested(const QString &entity, qint64 id);

protected:
    // The words of one area, translated by the subclass.
    struct Texts {
        QString title;             // the heading
        QString filterPlaceholder; // in the empty filter
        QString newButton;         // "&New Plan"
        const char *newName;       // its object name
        QString historyTip;        // the History button's tool tip
        QString entity;            // the audit log's name of the records: "plan"
        QString unsavedQuestion;   // asked before edits are dropped
    };

    MasterDetailPage(std::unique_ptr<GridSource> grid, const QString &settingsKey, QWidget *parent);
    // Lays the page out around `editor`, shown in `detail` (the editor in a scroll area, or
    // tabs holding it); `tools` go between New and History above the grid. Call once, from
    // the subclass's constructor.
    void buildPage(RecordEditor *editor, const Texts &texts, QWidget *detail,
                   const QList<QWidget *> &tools = {});
    // The editor in a frameless scroll area, for `detail`.
    QWidget *scrolled(RecordEditor *editor);

    // Shows the record with this id in the editor; false with the sentence in the status line.
    virtual bool openRecord(qint64 id) = 0;
    // New: an empty record in the editor.
    virtual void newRecord() = 0;
    // The status line under the grid: "3 plans".
    virtual QString countText(int rows) const = 0;
    // After the base has followed a new session, book or reload.
    virtual void sessionChanged() {}
    virtual void databaseChanged() {}
    virtual void reloaded() {}

    bool mayLeaveEditor();
    void setStatus(const QString &sentence);
    void updateHistoryButton();

    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    GridModel *m_model;
    GridView *m_view;

private:
    void showStatus();

    RecordEditor *m_editor = nullptr;
    Texts m_texts;
    QLineEdit *m_filter;
    QLabel *m_status;
    QPushButton *m_new = nullptr;
    QPushButton *m_history = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace ic
