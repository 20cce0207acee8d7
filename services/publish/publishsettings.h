#pragma once

#include "models/result.h"
#include "services/publish/s3client.h"
#include "services/security/keys.h"
#include "services/storage/database.h"

#include <QString>
#include <QUrl>

namespace ic {

// Where the homepage is published. Endpoint, region, bucket, path style and the site's
// address are the book's settings (publish.s3.*); the access key id and secret are in the
// system keychain, under the endpoint, never in the book.
struct PublishSettings {
    QUrl endpoint;
    QString region = QStringLiteral("us-east-1");
    QString bucket;
    bool pathStyle = false;
    QString siteUrl; // empty: the bucket's own address

    // One sentence naming the first field that is wrong (endpoint, then bucket, region, site).
    struct Problem {
        QString field; // "endpoint", "bucket", "region", "siteUrl"
        QString message;
    };
    std::optional<Problem> problem() const;
    bool isConfigured() const { return !endpoint.isEmpty() && !bucket.isEmpty(); }
    // "http://127.0.0.1:4568 site": how the publishes table names the target.
    QString target() const;

    static Result<PublishSettings> load(Database &db);
    Done save(Database &db) const;

    // The keychain entries of an endpoint.
    static QString accessKeyIdKey(const QUrl &endpoint);
    static QString secretKeyKey(const QUrl &endpoint);
    static Done storeKeys(SecretStore &store, const QUrl &endpoint, const QString &accessKeyId,
                          const QString &secretAccessKey);
    static Done forgetKeys(SecretStore &store, const QUrl &endpoint);

    // The client configuration with the keys from the keychain. (The CLI's AWS_* variables
    // override them before this is called.)
    Result<S3Config> clientConfig(SecretStore &store) const;
};

} // namespace ic
