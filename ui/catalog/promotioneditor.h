#pragma once

#include "models/promotion.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace ic {

class Clock;
class Database;
class FieldError;
struct Session;
class UndoableForm;

// One promotion, every field of the specification: code, name, discount, limits of use,
// validity, the plans and services it is limited to, and the auto-apply conditions. Edits
// are undoable; a refused value is named beside its field (a code already taken, a
// percentage over 100, an end before the start, an amount that does not parse) and nothing
// typed is lost.
class PromotionEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromotionEditor)

public:
    enum Field {
        Code,
        Name,
        Description,
        Type,
        Value,
        Currency,
        MaxUses,
        MaxUsesPerCustomer,
        AppliesTo,
        StartsOn,
        EndsOn,
        IsActive,
        AutoApply,
        AutoNewCustomersOnly,
        AutoMinimum,
        IsStackable,
        Plans,
        Services,
        FieldCount
    };

    explicit PromotionEditor(const Clock &clock, QWidget *parent = nullptr);
    ~PromotionEditor() override;

    void setDatabase(Database *db);
    // Who edits: a role that may not change the catalogue (or nobody) sees the form
    // read-only, with one line saying why. Saving goes through CatalogService with it.
    void setSession(const Session *session);
    bool isReadOnly() const { return m_readOnly; }
    // The line saying why the form is read-only, empty when it is not.
    QString readOnlyText() const;
    void load(const Promotion &promotion);
    void newPromotion();
    bool hasPromotion() const { return m_hasPromotion; }
    qint64 promotionId() const { return m_original.id; }
    bool isModified() const;
    bool save();
    void revert();

    QUndoStack *undoStack() const;
    QString fieldError(Field field) const;
    QString bannerText() const;
    QLineEdit *lineEdit(Field field) const;
    QDateEdit *dateEdit(Field field) const;
    QComboBox *typeBox() const { return m_type; }

Q_SIGNALS:
    void saved(qint64 promotionId);

private:
    void buildForm();
    void loadChoices();
    std::optional<Promotion> promotionFromForm();
    void clearErrors();
    void setError(Field field, const QString &sentence);
    void showBanner(const QString &sentence);
    void updateButtons();
    void showIds(QListWidget *list, const QVariant &value);
    QVariantList checkedIds(QListWidget *list) const;

    const Clock &m_clock;
    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    bool m_readOnly = true;
    QLabel *m_readOnlyNote = nullptr;
    Promotion m_original;
    bool m_hasPromotion = false;
    UndoableForm *m_form;
    QLabel *m_title;
    QLabel *m_banner;
    QPushButton *m_save;
    QPushButton *m_revert;
    QHash<int, QLineEdit *> m_edits;
    QHash<int, FieldError *> m_errors;
    QComboBox *m_type;
    QComboBox *m_currency;
    QComboBox *m_appliesTo;
    QDateEdit *m_startsOn;
    QDateEdit *m_endsOn;
    QCheckBox *m_active;
    QCheckBox *m_autoApply;
    QCheckBox *m_newOnly;
    QCheckBox *m_stackable;
    QListWidget *m_plans;
    QListWidget *m_services;
};

} // namespace ic
