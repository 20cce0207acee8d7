#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace ic {

// AWS Signature Version 4, the signing core alone: no network, no clock. Given a request as
// it will be sent, it returns the canonical request, the string to sign and the signature,
// so it can be checked step by step against AWS's published test vectors.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
struct SigV4Request {
    QByteArray method;                                // "GET", "PUT", ...
    QString path;                                     // decoded: "/bucket/a b.html"
    QList<std::pair<QString, QString>> query;         // decoded names and values, any order
    QList<std::pair<QByteArray, QByteArray>> headers; // as sent; must hold host and x-amz-date
    QByteArray payloadHash;                           // lowercase hex SHA-256 of the body
};

struct SigV4Key {
    QString accessKeyId;
    QString secretAccessKey;
    QString region;  // "us-east-1"
    QString service; // "s3"
};

struct SigV4Signature {
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders; // "host;x-amz-content-sha256;x-amz-date"
    QByteArray signature;     // lowercase hex
    QByteArray authorization; // the Authorization header's value
};

enum class SigV4Path {
    AsIs,      // S3: the path is encoded once and never normalised ("a//b" stays)
    Normalized // every other service: "." and ".." resolved, repeated slashes merged
};

// `amzDate` is the request's instant as in its x-amz-date header: "20150830T123600Z".
SigV4Signature signV4(const SigV4Request &request, const SigV4Key &key, const QByteArray &amzDate,
                      SigV4Path pathRule = SigV4Path::AsIs);

// The signature (lowercase hex) of a string to sign; its date is read from its scope line.
QByteArray sigV4Sign(const QByteArray &stringToSign, const SigV4Key &key);

// RFC 3986 percent-encoding as SigV4 wants it: everything but A-Z a-z 0-9 - . _ ~ is
// encoded in upper-case hex; '/' is kept when `keepSlash`.
QByteArray sigV4Encode(const QString &text, bool keepSlash);

QByteArray sha256Hex(const QByteArray &bytes);

} // namespace ic
