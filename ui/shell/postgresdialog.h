#pragma once

#include "services/storage/connectionspec.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace ic {

// Asks where a PostgreSQL book is: host, port, user, database and password. The password
// stays in the returned spec only; nothing here saves it.
class PostgresDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresDialog)

public:
    explicit PostgresDialog(QWidget *parent = nullptr);

    // Fills the fields from a spec (its password too, if it has one).
    void setSpec(const ConnectionSpec &spec);
    ConnectionSpec spec() const;

private:
    void updateButtons();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_database;
    QLineEdit *m_password;
    QDialogButtonBox *m_buttons;
};

} // namespace ic
