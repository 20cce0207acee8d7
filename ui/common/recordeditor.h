#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace ic {

class Clock;
class Database;
class FieldError;
struct Session;
class UndoableForm;

// What every editor of one catalogue record shares: the form with its undo stack (every edit
// undoable), the title, the line saying why the form is read-only (a role that may not change
// the catalogue, or nobody signed in), the banner for a refusal not tied to one field, a
// sentence beside each field, and Save and Revert, enabled while the record has changes. A
// subclass builds its fields into form() and says how to save and revert. Object names:
// "save", "revert", "banner", "readOnlyNote", "<field>Error".
class RecordEditor : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordEditor)

public:
    ~RecordEditor() override;

    void setDatabase(Database *db);
    // Who edits: a role that may not change the catalogue (or nobody) sees the form
    // read-only, with one line saying why. Saving goes through CatalogService with it.
    void setSession(const Session *session);
    bool isReadOnly() const { return m_readOnly; }
    // The line saying why the form is read-only, empty when it is not.
    QString readOnlyText() const;
    bool hasRecord() const { return m_hasRecord; }
    // The id of the record shown, 0 for a new one.
    qint64 recordId() const { return m_recordId; }
    // Shown, and changed since it was loaded (a new record counts as changed).
    bool isModified() const;

    // Saves; false when refused (the sentences are on screen, nothing typed is lost).
    virtual bool save() = 0;
    // Reads the record again from the book, dropping what was typed.
    virtual void revert() = 0;

    QUndoStack *undoStack() const;
    // The sentence beside a field, empty when none.
    QString fieldError(int field) const;
    // The sentence above the form (a refusal not tied to one field), empty when none.
    QString bannerText() const;
    QLineEdit *lineEdit(int field) const { return m_edits.value(field); }

Q_SIGNALS:
    void saved(qint64 id);

protected:
    RecordEditor(const Clock &clock, QWidget *parent);

    // Lays out the title, the read-only line, the banner, `form` and the buttons (Revert and
    // Save on the right; `extraButton`, if any, on the left).
    void finishLayout(QFormLayout *form, QPushButton *extraButton = nullptr);
    // A line edit bound to `field` of the form, named `name`; `label` names the field in the
    // undo history.
    QLineEdit *newLineEdit(int field, const QString &label, const char *name,
                           const QString &placeholder = {});
    // The sentence beside `field`, named `name` + "Error", to put into the layout.
    FieldError *newFieldError(int field, const char *name);

    // Before the fields are loaded: this record (id 0: a new one) is shown under `title`,
    // with no sentence left from the last one.
    void beginLoad(qint64 id, const QString &title);
    // After: the undo history starts again.
    void endLoad();
    // Another book or another person: no record stays open (choosing the row of the same id
    // opens it again).
    virtual void forgetRecord() = 0;

    void clearErrors();
    void setError(int field, const QString &sentence);
    void showBanner(const QString &sentence);
    void updateButtons();
    // The sentence for saving with nobody signed in.
    static QString signInFirst();

    const Clock &m_clock;
    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    UndoableForm *m_form;
    QHash<int, QLineEdit *> m_edits;

private:
    bool m_readOnly = true;
    bool m_hasRecord = false;
    qint64 m_recordId = 0;
    QLabel *m_title;
    QLabel *m_readOnlyNote;
    QLabel *m_banner;
    QPushButton *m_save;
    QPushButton *m_revert;
    QHash<int, FieldError *> m_errors;
};

} // namespace ic
