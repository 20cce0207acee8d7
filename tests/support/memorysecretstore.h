#pragma once

// A SecretStore kept in memory: for tests of what reads and writes the S3 keys, where the
// system keychain itself is not what is tested (tests/services/keys_test.cpp tests that).

#include "services/security/keys.h"

#include <QHash>

namespace ic::test {

class MemorySecretStore final : public SecretStore {
public:
    Result<QString> read(const QString &key) override
    {
        if (!m_values.contains(key))
            return failure(ErrorCode::NotFound, QStringLiteral("none"));
        return m_values.value(key);
    }
    Done write(const QString &key, const QString &secret) override
    {
        m_values.insert(key, secret);
        return {};
    }
    Done remove(const QString &key) override
    {
        m_values.remove(key);
        return {};
    }
    QHash<QString, QString> m_values;
};

} // namespace ic::test
