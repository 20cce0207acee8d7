#pragma once

#include <QLabel>

namespace ic {

// A form label whose mnemonic (&N) focuses `buddy`, for rows whose field is a layout
// (QFormLayout only makes the buddy itself for a widget).
inline QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace ic
