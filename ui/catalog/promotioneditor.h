#pragma once

#include "models/promotion.h"
#include "ui/common/recordeditor.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QListWidget;

namespace ic {

// One promotion, every field of the specification: code, name, discount, limits of use,
// validity, the plans and services it is limited to, and the auto-apply conditions. Edits
// are undoable; a refused value is named beside its field (a code already taken, a
// percentage over 100, an end before the start, an amount that does not parse) and nothing
// typed is lost.
class PromotionEditor final : public RecordEditor {
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

    void load(const Promotion &promotion);
    void newPromotion();
    bool hasPromotion() const { return hasRecord(); }
    qint64 promotionId() const { return m_original.id; }
    bool save() override;
    void revert() override;

    QDateEdit *dateEdit(Field field) const;
    QComboBox *typeBox() const { return m_type; }

protected:
    void forgetRecord() override { m_original = Promotion(); }

private:
    void buildForm();
    void loadChoices();
    void showIds(QListWidget *list, const QVariant &value);
    QVariantList checkedIds(QListWidget *list) const;
    // promotionform.cpp: the promotion on screen, or nullopt with the sentences put beside
    // the fields.
    std::optional<Promotion> promotionFromForm();

    Promotion m_original;
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
