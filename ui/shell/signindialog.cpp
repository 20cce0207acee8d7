#include "ui/shell/signindialog.h"

#include "services/security/staffauth.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ic {

SignInDialog::SignInDialog(StaffAuth &auth, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_mode(mode)
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_demo(new QLabel(this))
    , m_submit(nullptr)
{
    const bool first = mode == Mode::FirstAdmin;
    setWindowTitle(first ? tr("Create the first admin") : tr("Sign in"));
    m_username->setObjectName(QStringLiteral("username"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_demo->setObjectName(QStringLiteral("demoAccounts"));
    m_demo->setWordWrap(true);
    m_demo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demo->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    if (first)
        form->addRow(tr("&Name shown:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    if (first)
        form->addRow(tr("&Repeat the password:"), m_confirm);
    m_displayName->setVisible(first);
    m_confirm->setVisible(first);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_submit = buttons->button(QDialogButtonBox::Ok);
    m_submit->setText(first ? tr("Create and sign in") : tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (first) {
        auto *intro = new QLabel(tr("This book has no staff account yet. The first account is "
                                    "an admin, who can then add the others."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addWidget(m_demo);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Wide enough for a sentence (and the demo accounts) on one line each.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    m_username->setFocus();
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void SignInDialog::showDemoAccounts(const QList<DemoAccount> &accounts)
{
    QStringList lines;
    for (const DemoAccount &a : accounts)
        lines.append(tr("%1: user name <b>%2</b>, password <b>%3</b>")
                         .arg(roleDisplayName(a.role), a.username.toHtmlEscaped(),
                              a.password.toHtmlEscaped()));
    m_demo->setText(tr("This is the demo book. Sign in with one of its accounts:") + u"<br>" +
                    lines.join(u"<br>"));
    m_demo->setVisible(!accounts.isEmpty());
}

QString SignInDialog::demoAccountsText() const
{
    return m_demo->isHidden() ? QString() : m_demo->text();
}

void SignInDialog::showError(const QString &sentence)
{
    m_error->setText(sentence);
    m_error->show();
    m_password->clear();
    m_confirm->clear();
    m_password->setFocus();
}

void SignInDialog::submit()
{
    Result<Session> result;
    if (m_mode == Mode::FirstAdmin) {
        if (m_password->text() != m_confirm->text()) {
            showError(tr("The two passwords differ; type them again."));
            return;
        }
        result =
            m_auth.createFirstAdmin(m_username->text(), m_displayName->text(), m_password->text());
    } else {
        result = m_auth.signIn(m_username->text(), m_password->text());
    }
    if (!result) {
        showError(result.error().message);
        return;
    }
    m_session = *result;
    m_error->clear();
    accept();
}

} // namespace ic
