#include "services/publish/sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QStringList>

#include <algorithm>
#include <map>

namespace ic {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// Resolves "." and "..", merges repeated slashes, keeps a trailing slash.
QString normalizedPath(const QString &path)
{
    QStringList kept;
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty() || part == u".")
            continue;
        if (part == u"..") {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept.append(part);
    }
    QString result = u'/' + kept.join(u'/');
    if (!kept.isEmpty() && path.endsWith(u'/'))
        result += u'/';
    return result;
}

// Header values: leading and trailing spaces removed, inner runs of spaces made one.
QByteArray trimmedValue(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    bool space = false;
    for (char c : value.trimmed()) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace

QByteArray sigV4Encode(const QString &text, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (unsigned char c : text.toUtf8()) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                                c == '~';
        if (unreserved || (keepSlash && c == '/')) {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray sigV4Sign(const QByteArray &stringToSign, const SigV4Key &key)
{
    // The signing key, derived from the secret through the date, region and service.
    const QByteArray date = stringToSign.split('\n').value(2).left(8);
    const QByteArray kDate = hmac("AWS4" + key.secretAccessKey.toUtf8(), date);
    const QByteArray kRegion = hmac(kDate, key.region.toUtf8());
    const QByteArray kService = hmac(kRegion, key.service.toUtf8());
    const QByteArray kSigning = hmac(kService, "aws4_request");
    return hmac(kSigning, stringToSign).toHex();
}

SigV4Signature signV4(const SigV4Request &request, const SigV4Key &key, const QByteArray &amzDate,
                      SigV4Path pathRule)
{
    // 1. The canonical request.
    const QString path = pathRule == SigV4Path::Normalized
                             ? normalizedPath(request.path)
                             : (request.path.isEmpty() ? u"/"_qs : request.path);
    QList<std::pair<QByteArray, QByteArray>> query;
    for (const auto &[name, value] : request.query)
        query.append({sigV4Encode(name, false), sigV4Encode(value, false)});
    std::sort(query.begin(), query.end()); // by encoded name, then encoded value
    QByteArrayList queryParts;
    for (const auto &[name, value] : query)
        queryParts.append(name + '=' + value);

    // Headers by lower-case name; a name sent twice keeps its values in order, comma-joined.
    std::map<QByteArray, QByteArrayList> headers;
    for (const auto &[name, value] : request.headers)
        headers[name.trimmed().toLower()].append(trimmedValue(value));
    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (const auto &[name, values] : headers) {
        canonicalHeaders += name + ':' + values.join(',') + '\n';
        names.append(name);
    }
    SigV4Signature s;
    s.signedHeaders = names.join(';');
    s.canonicalRequest = request.method + '\n' + sigV4Encode(path, true) + '\n' +
                         queryParts.join('&') + '\n' + canonicalHeaders + '\n' + s.signedHeaders +
                         '\n' + request.payloadHash;

    // 2. The string to sign.
    const QByteArray date = amzDate.left(8);
    const QByteArray scope =
        date + '/' + key.region.toUtf8() + '/' + key.service.toUtf8() + "/aws4_request";
    s.stringToSign =
        "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' + sha256Hex(s.canonicalRequest);

    // 3. The signature.
    s.signature = sigV4Sign(s.stringToSign, key);
    s.authorization = "AWS4-HMAC-SHA256 Credential=" + key.accessKeyId.toUtf8() + '/' + scope +
                      ", SignedHeaders=" + s.signedHeaders + ", Signature=" + s.signature;
    return s;
}

} // namespace ic
