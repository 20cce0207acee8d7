#pragma once

#include <QHash>
#include <QObject>
#include <QVariant>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QUndoStack;
class QWidget;

namespace ic {

// The fields of an editor, each bound to its widget, edited through a QUndoStack: every
// change a person makes is a command, and changes to one field in a row (typing a name,
// stepping a number) merge into one step until the field loses focus. Undo and redo put the
// value back into the widget. Fields are numbered by the editor (its own enum).
class UndoableForm final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoableForm)

public:
    explicit UndoableForm(QObject *parent = nullptr);
    ~UndoableForm() override;

    QUndoStack *undoStack() const { return m_stack; }

    void bind(int field, QLineEdit *edit);
    void bind(int field, QSpinBox *spin);
    // The value is the item's data (Qt::UserRole).
    void bind(int field, QComboBox *combo);
    void bind(int field, QCheckBox *check);
    // A date edit whose minimum date stands for "none" (shown as its special value text); the
    // value is a null QDate then.
    void bind(int field, QDateEdit *date);
    // A field with no widget of its own (a list edited by buttons); `show` puts a value on
    // screen.
    void bindCustom(int field, std::function<void(const QVariant &)> show);

    // The field's name in the Undo menu ("Edit price").
    void setLabel(int field, const QString &label) { m_labels.insert(field, label); }

    QVariant value(int field) const { return m_values.value(field); }
    // Sets a value without an undo step (loading a record); does not touch the stack.
    void load(int field, const QVariant &value);
    // A change made by the person on a custom field: one undo step.
    void edit(int field, const QVariant &value, const QString &text);

    // Puts a value on screen and in the form (for the commands).
    void apply(int field, const QVariant &value);
    // Ends the current run of merged edits (the field lost focus).
    void breakMerge() { ++m_session; }
    int session() const { return m_session; }

Q_SIGNALS:
    // A field's value changed, by the person, by undo or by redo (not by load()).
    void changed(int field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void userChanged(int field, const QVariant &value);
    void watchFocus(QWidget *widget);
    QUndoStack *m_stack;
    QHash<int, QVariant> m_values;
    QHash<int, std::function<void(const QVariant &)>> m_show;
    QHash<int, QString> m_labels;
    int m_session = 0;
    bool m_applying = false;
    bool m_pushing = false;
};

} // namespace ic
