#include "ui/dashboard/figurecard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ic {

FigureCard::FigureCard(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_caption(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_title->setObjectName(QStringLiteral("title"));
    // The labels sit on the card's Base background, so they draw with the Text role.
    QPalette muted = m_title->palette();
    muted.setColor(QPalette::Text, muted.color(QPalette::PlaceholderText));
    m_title->setPalette(muted);

    m_value->setObjectName(QStringLiteral("value"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setWeight(QFont::DemiBold);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setPalette(muted);
    // Every card keeps a caption line, so the cards of a row are as tall as each other.
    m_caption->setMinimumHeight(m_caption->fontMetrics().height());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
}

void FigureCard::setValue(const QString &value)
{
    m_value->setText(value);
}

void FigureCard::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void FigureCard::setAttention(bool attention)
{
    QPalette p = palette();
    if (attention)
        p.setColor(QPalette::Text, QColor(0xb0, 0x2a, 0x1e));
    m_value->setPalette(p);
}

QString FigureCard::title() const
{
    return m_title->text();
}
QString FigureCard::value() const
{
    return m_value->text();
}
QString FigureCard::caption() const
{
    return m_caption->text();
}

} // namespace ic
