#include "ui/homepage/fieldbinder.h"

#include "services/homepage/editing.h"
#include "ui/common/fielderror.h"
#include "ui/homepage/pagedocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QUndoStack>

namespace ic {

FieldBinder::FieldBinder(PageDocument *doc, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
{
}

FieldBinder::~FieldBinder() = default;

void FieldBinder::bind(QLineEdit *edit, PathFn path, const QString &what, FieldError *error)
{
    Binding b{edit, path, nullptr, error, what};
    b.show = [this, edit, error, what, path](const QVariant &v) {
        if (edit->text() != v.toString()) {
            const QSignalBlocker block(edit);
            edit->setText(v.toString());
        }
        if (error)
            check(Binding{edit, path, nullptr, error, what}, v.toString());
    };
    connect(edit, &QLineEdit::textEdited, this,
            [this, edit, path, what, error](const QString &text) {
                if (error)
                    check(Binding{edit, path, nullptr, error, what}, text);
                m_doc->edit(path(), text, what);
            });
    watch(edit);
    m_bindings.append(b);
}

void FieldBinder::bind(QPlainTextEdit *edit, PathFn path, const QString &what)
{
    Binding b{edit, path, nullptr, nullptr, what};
    b.show = [edit](const QVariant &v) {
        if (edit->toPlainText() == v.toString())
            return;
        const QSignalBlocker block(edit);
        edit->setPlainText(v.toString());
    };
    connect(edit, &QPlainTextEdit::textChanged, this,
            [this, edit, path, what] { m_doc->edit(path(), edit->toPlainText(), what); });
    watch(edit);
    m_bindings.append(b);
}

void FieldBinder::bind(QComboBox *combo, PathFn path, const QString &what)
{
    Binding b{combo, path, nullptr, nullptr, what};
    b.show = [combo](const QVariant &v) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(v)));
    };
    connect(combo, &QComboBox::activated, this,
            [this, combo, path, what] { m_doc->edit(path(), combo->currentData(), what, false); });
    watch(combo);
    m_bindings.append(b);
}

void FieldBinder::bind(QCheckBox *check, PathFn path, const QString &what)
{
    Binding b{check, path, nullptr, nullptr, what};
    b.show = [check](const QVariant &v) {
        const QSignalBlocker block(check);
        check->setChecked(v.toBool());
    };
    connect(check, &QCheckBox::toggled, this,
            [this, path, what](bool on) { m_doc->edit(path(), on, what, false); });
    watch(check);
    m_bindings.append(b);
}

void FieldBinder::bindCustom(QWidget *widget, PathFn path,
                             std::function<void(const QVariant &)> show)
{
    m_bindings.append(Binding{widget, path, std::move(show), nullptr, {}});
    watch(widget);
}

void FieldBinder::watch(QWidget *widget)
{
    widget->installEventFilter(this);
}

void FieldBinder::check(const Binding &binding, const QString &text)
{
    const QString path = binding.path();
    binding.error->setSentence(fieldProblem(fieldKind(path), text, binding.what, m_assetsDir));
}

void FieldBinder::refresh()
{
    for (const Binding &b : std::as_const(m_bindings))
        b.show(fieldValue(m_doc->page(), b.path()));
}

QWidget *FieldBinder::widgetFor(const QString &path) const
{
    for (const Binding &b : m_bindings)
        if (b.path() == path)
            return b.widget;
    return nullptr;
}

QString FieldBinder::problemFor(const QString &path) const
{
    for (const Binding &b : m_bindings)
        if (b.path() == path && b.error)
            return b.error->text();
    return {};
}

bool FieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::FocusOut:
        m_doc->breakMerge();
        break;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool isUndo = key->matches(QKeySequence::Undo);
        const bool isRedo = key->matches(QKeySequence::Redo);
        if (!isUndo && !isRedo)
            break;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // comes back as a key press, handled below
            return true;
        }
        if (isUndo)
            m_doc->undoStack()->undo();
        else
            m_doc->undoStack()->redo();
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ic
