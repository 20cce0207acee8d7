#pragma once

#include "models/result.h"

#include <QString>

namespace ic {

// Where secrets live: never in the book, never in QSettings.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    // NotFound when nothing is stored under `key`.
    virtual Result<QString> read(const QString &key) = 0;
    virtual Done write(const QString &key, const QString &secret) = 0;
    // Deleting what is not there is fine.
    virtual Done remove(const QString &key) = 0;
};

// The system keychain through QtKeychain (the Secret Service of GNOME Keyring or KWallet on
// Linux). Its calls are asynchronous; these wait for them in a local event loop, so call
// them from a thread with a QCoreApplication. A keychain that is missing or locked is one
// sentence (ErrorCode::Unavailable).
class SystemKeychain final : public SecretStore {
public:
    explicit SystemKeychain(QString service = QStringLiteral("InfluenceCore"));
    Result<QString> read(const QString &key) override;
    Done write(const QString &key, const QString &secret) override;
    Done remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace ic
