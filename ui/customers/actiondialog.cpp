#include "ui/customers/actiondialog.h"

#include "ui/common/fielderror.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ic {

ActionDialog::ActionDialog(const QString &title, const QString &intro, const QString &okText,
                           QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_error(new FieldError(this))
{
    setWindowTitle(title);
    setModal(true);
    m_error->setObjectName(QStringLiteral("error"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(okText);
    m_ok->setObjectName(QStringLiteral("ok"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto *label = new QLabel(intro, this);
        label->setObjectName(QStringLiteral("intro"));
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void ActionDialog::addRow(const QString &label, QWidget *field)
{
    m_form->addRow(label, field);
}

void ActionDialog::addRow(QWidget *field)
{
    m_form->addRow(field);
}

void ActionDialog::showError(const QString &sentence)
{
    m_error->setSentence(sentence);
}

QString ActionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ActionDialog::accept()
{
    const QString refusal = m_action ? m_action() : QString();
    showError(refusal);
    if (refusal.isEmpty())
        QDialog::accept();
}

} // namespace ic
