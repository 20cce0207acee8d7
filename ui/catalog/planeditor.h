#pragma once

#include "models/plan.h"
#include "ui/common/recordeditor.h"

#include <optional>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace ic {

// One plan of the catalogue, every field editable, every edit undoable. Save refuses what
// does not make sense with a sentence beside the field (a price that does not parse in the
// person's locale, a slug already taken) and keeps everything typed; a plan someone else
// saved meanwhile is refused with the repository's sentence and their values shown.
class PlanEditor final : public RecordEditor {
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

    // Shows this plan; the undo history starts again.
    void load(const Plan &plan);
    void newPlan();
    bool hasPlan() const { return hasRecord(); }
    qint64 planId() const { return m_original.id; }

    bool save() override;
    void revert() override;
    // After a refusal because someone else saved first: saves what is on screen over theirs.
    bool saveOverTheirs();

    // Widgets, for tests and for the page's focus order.
    QListWidget *featureList() const { return m_features; }

protected:
    void forgetRecord() override { m_original = Plan(); }

private:
    void buildForm();
    void buildFeatures(QFormLayout *form);
    void loadForm(const Plan &plan);
    // The plan on screen, or nullopt with the sentences put beside the fields.
    std::optional<Plan> planFromForm();
    using RecordEditor::showBanner;
    void showBanner(const QString &sentence, bool offerOverwrite);
    void editFeatures(const QString &what);
    void showFeatures(const QVariant &value);
    // planeditorsave.cpp: saving, with what happens to the subscribers of a plan taken off
    // sale and what someone else changed meanwhile.
    bool write(Plan plan);
    // What happens to the subscribers when `plan` goes off sale: nullopt when the person
    // cancelled, else the plan they move to at their next period (0: they keep theirs).
    std::optional<qint64> askAboutSubscribers(const Plan &plan);
    QString theirChanges(const Plan &theirs) const;

    Plan m_original;
    QPushButton *m_overwrite;
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
