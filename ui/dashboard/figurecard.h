#pragma once

#include <QFrame>

class QLabel;

namespace ic {

// One figure of the overview: a small title over a large value, and an optional caption.
class FigureCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureCard)

public:
    explicit FigureCard(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setCaption(const QString &caption);
    // Draws the value in the palette's warning colour (money or customers at risk).
    void setAttention(bool attention);

    QString title() const;
    QString value() const;
    QString caption() const;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace ic
