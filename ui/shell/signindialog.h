#pragma once

#include "services/security/demostaff.h"
#include "services/security/session.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ic {

class StaffAuth;

// Signing in to an embedded book, or, on its first start (no staff account yet), creating the
// first admin. A refusal is shown as one sentence under the fields; the user name stays as
// typed and the password is cleared for the next try. The dialog accepts once signed in.
class SignInDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    enum class Mode { SignIn, FirstAdmin };

    SignInDialog(StaffAuth &auth, Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    const std::optional<Session> &session() const { return m_session; }
    QString errorText() const;
    // On the demo book only: lists its accounts and their public passwords.
    void showDemoAccounts(const QList<DemoAccount> &accounts);
    QString demoAccountsText() const;

    QLineEdit *usernameField() const { return m_username; }
    QLineEdit *displayNameField() const { return m_displayName; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmField() const { return m_confirm; }
    QPushButton *signInButton() const { return m_submit; }

private:
    void submit();
    void showError(const QString &sentence);

    StaffAuth &m_auth;
    Mode m_mode;
    std::optional<Session> m_session;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
    QLabel *m_demo;
    QPushButton *m_submit;
};

} // namespace ic
