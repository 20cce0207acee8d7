#include "ui/common/undoableform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoCommand>
#include <QUndoStack>

namespace ic {

namespace {

// One field set from one value to another; runs of edits to the same field merge.
class FieldEditCommand final : public QUndoCommand {
public:
    static constexpr int kId = 0x1c0;

    FieldEditCommand(UndoableForm *form, int field, QVariant before, QVariant after,
                     const QString &text)
        : QUndoCommand(text)
        , m_form(form)
        , m_field(field)
        , m_session(form->session())
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void undo() override { m_form->apply(m_field, m_before); }
    void redo() override { m_form->apply(m_field, m_after); }
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const FieldEditCommand *>(other);
        if (next->m_field != m_field || next->m_session != m_session)
            return false;
        m_after = next->m_after;
        // Typed back to where it started: no step at all.
        if (m_after == m_before)
            setObsolete(true);
        return true;
    }

private:
    UndoableForm *m_form;
    int m_field;
    int m_session;
    QVariant m_before;
    QVariant m_after;
};

} // namespace

UndoableForm::UndoableForm(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
    // After an undo or a redo, the next edit is a step of its own.
    connect(m_stack, &QUndoStack::indexChanged, this, [this] {
        if (!m_pushing)
            breakMerge();
    });
}

UndoableForm::~UndoableForm() = default;

void UndoableForm::watchFocus(QWidget *widget)
{
    widget->installEventFilter(this);
}

bool UndoableForm::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::FocusOut:
        breakMerge();
        break;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        // Ctrl+Z in a field undoes the form's last step, not the widget's own typing history
        // (which would only duplicate the form's and make a new step of its own).
        auto *key = static_cast<QKeyEvent *>(event);
        const bool isUndo = key->matches(QKeySequence::Undo);
        const bool isRedo = key->matches(QKeySequence::Redo);
        if (!isUndo && !isRedo)
            break;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // delivered to the field as a key press, handled below
            return true;
        }
        if (isUndo)
            m_stack->undo();
        else
            m_stack->redo();
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void UndoableForm::bind(int field, QLineEdit *edit)
{
    m_show.insert(field, [edit](const QVariant &v) {
        // Only when it differs, so the cursor stays where the person types.
        if (edit->text() == v.toString())
            return;
        const QSignalBlocker block(edit);
        edit->setText(v.toString());
    });
    connect(edit, &QLineEdit::textEdited, this,
            [this, field](const QString &text) { userChanged(field, text); });
    watchFocus(edit);
}

void UndoableForm::bind(int field, QSpinBox *spin)
{
    m_show.insert(field, [spin](const QVariant &v) {
        const QSignalBlocker block(spin);
        spin->setValue(v.toInt());
    });
    connect(spin, &QSpinBox::valueChanged, this,
            [this, field](int value) { userChanged(field, value); });
    watchFocus(spin);
}

void UndoableForm::bind(int field, QComboBox *combo)
{
    m_show.insert(field, [combo](const QVariant &v) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(v)));
    });
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, field, combo] { userChanged(field, combo->currentData()); });
}

void UndoableForm::bind(int field, QCheckBox *check)
{
    m_show.insert(field, [check](const QVariant &v) {
        const QSignalBlocker block(check);
        check->setChecked(v.toBool());
    });
    connect(check, &QCheckBox::toggled, this, [this, field](bool on) { userChanged(field, on); });
}

void UndoableForm::bind(int field, QDateEdit *date)
{
    m_show.insert(field, [date](const QVariant &v) {
        const QSignalBlocker block(date);
        const QDate d = v.toDate();
        date->setDate(d.isValid() ? d : date->minimumDate());
    });
    connect(date, &QDateEdit::dateChanged, this, [this, field, date](const QDate &d) {
        userChanged(field, d == date->minimumDate() ? QDate() : d);
    });
    watchFocus(date);
}

void UndoableForm::bindCustom(int field, std::function<void(const QVariant &)> show)
{
    m_show.insert(field, std::move(show));
}

void UndoableForm::load(int field, const QVariant &value)
{
    m_values.insert(field, value);
    if (const auto show = m_show.value(field))
        show(value);
}

void UndoableForm::apply(int field, const QVariant &value)
{
    m_applying = true;
    load(field, value);
    m_applying = false;
    Q_EMIT changed(field);
}

void UndoableForm::edit(int field, const QVariant &value, const QString &text)
{
    const QVariant before = m_values.value(field);
    if (before == value)
        return;
    breakMerge();
    m_stack->push(new FieldEditCommand(this, field, before, value, text));
    breakMerge();
}

void UndoableForm::userChanged(int field, const QVariant &value)
{
    if (m_applying)
        return;
    const QVariant before = m_values.value(field);
    if (before == value)
        return;
    // The widget already shows the value; the first redo() only records it.
    const QString label = m_labels.value(field);
    m_pushing = true;
    m_stack->push(new FieldEditCommand(this, field, before, value,
                                       label.isEmpty() ? tr("Edit") : tr("Edit %1").arg(label)));
    m_pushing = false;
}

} // namespace ic
