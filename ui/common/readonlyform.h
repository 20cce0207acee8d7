#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace ic {

// Makes every input of `form` read-only (text stays selectable) or editable again, for a
// person whose role may look but not change. Buttons, boxes and lists are switched off.
inline void setFormReadOnly(QWidget *form, bool readOnly)
{
    for (QWidget *w : form->findChildren<QWidget *>()) {
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            // The line edit inside a spin or combo box follows its box.
            if (!qobject_cast<QAbstractSpinBox *>(w->parentWidget()) &&
                !qobject_cast<QComboBox *>(w->parentWidget()))
                line->setReadOnly(readOnly);
        } else if (auto *text = qobject_cast<QTextEdit *>(w)) {
            text->setReadOnly(readOnly);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            plain->setReadOnly(readOnly);
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            spin->setReadOnly(readOnly);
        } else if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w) ||
                   qobject_cast<QAbstractItemView *>(w)) {
            w->setEnabled(!readOnly);
        }
    }
}

} // namespace ic
