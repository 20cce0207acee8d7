#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace ic {

class Database;
class FieldError;
class SecretStore;

// Where the homepage is published: endpoint, region, bucket and path style in the book's
// settings; the access key id and secret in the system keychain, never in the book. A
// value that is refused is said under its field; nothing typed is lost.
class S3SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(S3SettingsDialog)

public:
    S3SettingsDialog(Database &db, SecretStore &keychain, QWidget *parent = nullptr);

    QLineEdit *endpointEdit() const { return m_endpoint; }
    QLineEdit *regionEdit() const { return m_region; }
    QLineEdit *bucketEdit() const { return m_bucket; }
    QCheckBox *pathStyleBox() const { return m_pathStyle; }
    QLineEdit *siteUrlEdit() const { return m_siteUrl; }
    QLineEdit *accessKeyIdEdit() const { return m_accessKeyId; }
    QLineEdit *secretEdit() const { return m_secret; }
    FieldError *errorFor(const QString &field) const;
    FieldError *errorLabel() const { return m_error; }

    // Validates, writes the settings and (when typed) the keys; true when all is saved.
    bool save();

private:
    void load();

    Database &m_db;
    SecretStore &m_keychain;
    QLineEdit *m_endpoint;
    QLineEdit *m_region;
    QLineEdit *m_bucket;
    QCheckBox *m_pathStyle;
    QLineEdit *m_siteUrl;
    QLineEdit *m_accessKeyId;
    QLineEdit *m_secret;
    QLabel *m_keysState;
    FieldError *m_endpointError;
    FieldError *m_regionError;
    FieldError *m_bucketError;
    FieldError *m_siteUrlError;
    FieldError *m_keysError;
    FieldError *m_error;
};

} // namespace ic
