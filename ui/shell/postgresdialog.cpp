#include "ui/shell/postgresdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ic {

PostgresDialog::PostgresDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(QStringLiteral("localhost"), this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to PostgreSQL"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_user->setObjectName(QStringLiteral("user"));
    m_database->setObjectName(QStringLiteral("database"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not saved"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto *intro = new QLabel(tr("The book is a PostgreSQL database shared by the team."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_host, &QLineEdit::textChanged, this, &PostgresDialog::updateButtons);
    connect(m_database, &QLineEdit::textChanged, this, &PostgresDialog::updateButtons);
    updateButtons();
}

void PostgresDialog::setSpec(const ConnectionSpec &spec)
{
    m_host->setText(spec.host);
    m_port->setValue(spec.port);
    m_user->setText(spec.user);
    m_database->setText(spec.database);
    m_password->setText(spec.password);
}

ConnectionSpec PostgresDialog::spec() const
{
    ConnectionSpec spec;
    spec.dialect = Dialect::PostgreSQL;
    spec.host = m_host->text().trimmed();
    spec.port = m_port->value();
    spec.user = m_user->text().trimmed();
    spec.database = m_database->text().trimmed();
    spec.password = m_password->text();
    return spec;
}

void PostgresDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_host->text().trimmed().isEmpty() &&
                     !m_database->text().trimmed().isEmpty());
}

} // namespace ic
