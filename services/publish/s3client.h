#pragma once

#include "models/clock.h"
#include "services/publish/objectstore.h"
#include "services/publish/sigv4.h"

#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>

namespace ic {

struct S3Config {
    QUrl endpoint; // https://s3.eu-west-3.amazonaws.com, http://127.0.0.1:4568
    QString bucket;
    QString region = QStringLiteral("us-east-1");
    bool pathStyle = false; // endpoint/bucket/key instead of bucket.endpoint/key
    QString accessKeyId;
    QString secretAccessKey;
    int timeoutMs = 30000;
};

// A small S3 client of our own: the object calls publishing needs, signed with AWS
// Signature Version 4, over QNetworkAccessManager. Calls are synchronous (they run a local
// event loop), so it belongs to the thread that made it: a GUI runs it off its own thread.
// Every failure is one sentence: endpoint unreachable, keys refused, bucket missing, ...
class S3Client final : public ObjectStore {
public:
    explicit S3Client(S3Config config, const Clock *clock = nullptr);
    ~S3Client() override;
    Q_DISABLE_COPY_MOVE(S3Client)

    const S3Config &config() const { return m_config; }

    Result<QList<StoredObject>> listObjects(const QString &prefix = {}) override;
    Result<QByteArray> putObject(const QString &key, const QByteArray &body,
                                 const QByteArray &contentType,
                                 const QByteArray &cacheControl) override;
    Result<QByteArray> getObject(const QString &key) override;
    Done deleteObject(const QString &key) override;
    // NotFound when there is no such object.
    Result<StoredObject> headObject(const QString &key);
    // For tests and first setup; a bucket that is already ours is fine.
    Done createBucket();

    // Where a request for `key` goes ("" for the bucket itself), and the path that is signed.
    struct Target {
        QUrl url;
        QString path;
        QByteArray host;
    };
    Target targetFor(const QString &key) const;

private:
    struct Reply {
        int status = 0;
        QByteArray body;
        QByteArray etag;
        qint64 length = 0;
    };
    Result<Reply> send(const QByteArray &method, const QString &key,
                       const QList<std::pair<QString, QString>> &query, const QByteArray &body,
                       const QList<std::pair<QByteArray, QByteArray>> &extraHeaders);
    Error errorOf(const QByteArray &method, const QString &key, const Reply &reply) const;

    S3Config m_config;
    const Clock *m_clock;
    SystemClock m_systemClock;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace ic
