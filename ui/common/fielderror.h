#pragma once

#include <QLabel>

namespace ic {

// The one sentence shown under a field whose value was refused; hidden when empty.
class FieldError final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldError)

public:
    explicit FieldError(QWidget *parent = nullptr)
        : QLabel(parent)
    {
        setWordWrap(true);
        setStyleSheet(QStringLiteral("color: #b02a1e;"));
        hide();
    }
    void setSentence(const QString &sentence)
    {
        setText(sentence);
        setVisible(!sentence.isEmpty());
    }
};

} // namespace ic
