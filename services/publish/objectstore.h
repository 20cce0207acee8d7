#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ic {

// One object of a bucket as a listing shows it.
struct StoredObject {
    QString key;
    QByteArray etag; // lower-case hex without quotes; the MD5 of a single-part upload
    qint64 size = 0;
};

// What publishing needs of a bucket. S3Client is the one implementation the application
// uses; tests wrap it to make one call fail.
class ObjectStore {
public:
    virtual ~ObjectStore() = default;
    virtual Result<QList<StoredObject>> listObjects(const QString &prefix = {}) = 0;
    // Returns the ETag the server gave the new object.
    virtual Result<QByteArray> putObject(const QString &key, const QByteArray &body,
                                         const QByteArray &contentType,
                                         const QByteArray &cacheControl) = 0;
    virtual Result<QByteArray> getObject(const QString &key) = 0;
    virtual Done deleteObject(const QString &key) = 0;
};

} // namespace ic
