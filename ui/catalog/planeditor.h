#pragma once

#include "models/plan.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace ic {

class Clock;
class Database;
class FieldError;
struct Session;
class UndoableForm;

// One plan of the catalogue, every field editable, every edit undoable. Save refuses what
// does not make sense with a sentence beside the field (a price that does not parse in the
// person's locale, a slug already taken) and keeps everything typed; a plan someone else
// saved meanwhile is refused with the repository's sentence and their values shown.
class PlanEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanEditor)

public:
    enum Field {
        Name,
        Slug,
        Description,
        Type,
        Cycle,
        IntervalMonths,
        Price,
        Currency,
        SetupFee,
        TrialDays,
        IsPublic,
        IsActive,
        SortOrder,
        SignupUrl,
        Features,
        LimitProjects,
        LimitStorageGb,
        LimitUsers,
        LimitApiCalls,
        FieldCount
    };

    PlanEditor(const Clock &clock, QWidget *parent = nullptr);
    ~PlanEditor() override;

    void setDatabase(Database *db);
    // Who edits: a role that may not change the catalogue (or nobody) sees the form
    // read-only, with one line saying why. Saving goes through CatalogService with it.
    void setSession(const Session *session);
    bool isReadOnly() const { return m_readOnly; }
    // The line saying why the form is read-only, empty when it is not.
    QString readOnlyText() const;
    // Shows this plan; the undo history starts again.
    void load(const Plan &plan);
    void newPlan();
    bool hasPlan() const { return m_hasPlan; }
    qint64 planId() const { return m_original.id; }
    bool isModified() const;

    // Saves; false when refused (the sentences are on screen, nothing typed is lost).
    bool save();
    // Reads the plan again from the book, dropping what was typed.
    void revert();
    // After a refusal because someone else saved first: saves what is on screen over theirs.
    bool saveOverTheirs();

    QUndoStack *undoStack() const;
    // The sentence beside a field, empty when none.
    QString fieldError(Field field) const;
    // The sentence above the form (a refusal not tied to one field), empty when none.
    QString bannerText() const;

    // Widgets, for tests and for the page's focus order.
    QLineEdit *lineEdit(Field field) const;
    QListWidget *featureList() const { return m_features; }

Q_SIGNALS:
    void saved(qint64 planId);

private:
    void buildForm();
    void loadForm(const Plan &plan);
    // The plan on screen, or nullopt with the sentences put beside the fields.
    std::optional<Plan> planFromForm();
    void clearErrors();
    void setError(Field field, const QString &sentence);
    void showBanner(const QString &sentence, bool offerOverwrite);
    void updateButtons();
    void editFeatures(const QString &what);
    void showFeatures(const QVariant &value);
    QString theirChanges(const Plan &theirs) const;
    bool write(Plan plan);

    const Clock &m_clock;
    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    bool m_readOnly = true;
    QLabel *m_readOnlyNote = nullptr;
    Plan m_original;
    bool m_hasPlan = false;
    UndoableForm *m_form;
    QLabel *m_title;
    QLabel *m_banner;
    QPushButton *m_overwrite;
    QPushButton *m_save;
    QPushButton *m_revert;
    QHash<int, QLineEdit *> m_edits;
    QHash<int, FieldError *> m_errors;
    QComboBox *m_type;
    QComboBox *m_cycle;
    QComboBox *m_currency;
    QSpinBox *m_interval;
    QSpinBox *m_trialDays;
    QSpinBox *m_sortOrder;
    QCheckBox *m_public;
    QCheckBox *m_active;
    QListWidget *m_features;
};

} // namespace ic
