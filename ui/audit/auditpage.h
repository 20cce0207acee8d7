#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ic {

class AuditGrid;
class Clock;
class Database;
class GridModel;
class GridView;
struct Session;

// The Audit log area: every change made through the services, newest first, filtered by
// person (typed, in part), record kind, one record, and a date range, in SQL; the entry
// chosen is shown beside the grid as its fields before and after, the changed ones first.
// Shown to the roles that may read the log (Permission::ReadAudit).
class AuditPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(const Clock &clock, QWidget *parent = nullptr);
    ~AuditPage() override;

    void setDatabase(Database *db);
    void setSession(const Session *session);
    void reload();

    // The history of one record: the filters cleared, then only its entries.
    void showRecord(const QString &entity, qint64 id);
    // Back to every record (the record filter's Clear button).
    void clearRecord();

    GridModel *model() const { return m_model; }
    GridView *view() const { return m_view; }
    const AuditGrid &grid() const;
    QLineEdit *personEdit() const { return m_person; }
    QComboBox *entityBox() const { return m_entity; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QTreeWidget *diffView() const { return m_diff; }
    // The line above the diff ("anne changed Plan 12 on …"), empty when none is chosen.
    QString detailTitle() const;
    // The sentence shown when the person may not read the log or a read failed.
    QString statusText() const;

private:
    void applyCriteria();
    void loadEntities();
    void showEntry(qint64 id);
    void showStatus();

    const Clock &m_clock;
    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    AuditGrid *m_grid; // owned by m_model
    GridModel *m_model;
    GridView *m_view;
    QLineEdit *m_person;
    QComboBox *m_entity;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_record;
    QPushButton *m_clearRecord;
    QString m_recordEntity;
    QString m_recordId;
    QLabel *m_status;
    QLabel *m_detail;
    QTreeWidget *m_diff;
};

} // namespace ic
