#include "services/publish/s3client.h"

#include "models/tr.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QXmlStreamReader>

namespace ic {

namespace {

QByteArray unquoted(QByteArray etag)
{
    etag = etag.trimmed();
    if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
        etag = etag.mid(1, etag.size() - 2);
    return etag.toLower();
}

// The <Code> of an S3 error document, or empty.
QString errorCode(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (reader.readNextStartElement()) {
        if (reader.name() == u"Error")
            continue; // descend into it
        if (reader.name() == u"Code")
            return reader.readElementText();
        reader.skipCurrentElement();
    }
    return {};
}

} // namespace

S3Client::S3Client(S3Config config, const Clock *clock)
    : m_config(std::move(config))
    , m_clock(clock ? clock : &m_systemClock)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

S3Client::~S3Client() = default;

S3Client::Target S3Client::targetFor(const QString &key) const
{
    Target t;
    QUrl url = m_config.endpoint;
    QString host = url.host();
    if (m_config.pathStyle) {
        t.path = u'/' + m_config.bucket + (key.isEmpty() ? QString() : u'/' + key);
    } else {
        host = m_config.bucket + u'.' + host;
        url.setHost(host);
        t.path = u'/' + key;
    }
    // The base path of an endpoint (a proxy that serves S3 under /s3) comes first.
    QString base = m_config.endpoint.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    t.path = base + t.path;
    url.setPath(QString::fromLatin1(sigV4Encode(t.path, true)), QUrl::StrictMode);
    t.url = url;
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    t.host = host.toUtf8();
    if (url.port() != -1 && url.port() != defaultPort)
        t.host += ':' + QByteArray::number(url.port());
    return t;
}

Result<S3Client::Reply> S3Client::send(const QByteArray &method, const QString &key,
                                       const QList<std::pair<QString, QString>> &query,
                                       const QByteArray &body,
                                       const QList<std::pair<QByteArray, QByteArray>> &extraHeaders)
{
    Target target = targetFor(key);
    QByteArrayList queryParts;
    for (const auto &[name, value] : query)
        queryParts.append(sigV4Encode(name, false) + '=' + sigV4Encode(value, false));
    if (!queryParts.isEmpty())
        target.url.setQuery(QString::fromLatin1(queryParts.join('&')), QUrl::StrictMode);

    const QByteArray amzDate =
        m_clock->now().toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_qs).toLatin1();
    SigV4Request signing;
    signing.method = method;
    signing.path = target.path;
    signing.query = query;
    signing.payloadHash = sha256Hex(body);
    signing.headers = {{"host", target.host},
                       {"x-amz-date", amzDate},
                       {"x-amz-content-sha256", signing.payloadHash}};
    signing.headers.append(extraHeaders);
    const SigV4Signature signature =
        signV4(signing, {m_config.accessKeyId, m_config.secretAccessKey, m_config.region, u"s3"_qs},
               amzDate);

    QNetworkRequest request(target.url);
    request.setTransferTimeout(m_config.timeoutMs);
    for (const auto &[name, value] : signing.headers)
        if (name != "host")
            request.setRawHeader(name, value);
    request.setRawHeader("Authorization", signature.authorization);

    // HEAD through head(): sent as a custom verb, Qt would wait for the body its
    // Content-Length announces (s3rver's 404 announces one), until the server hangs up.
    QNetworkReply *reply = method == "HEAD" ? m_network->head(request)
                                            : m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owned(
        reply, [](QNetworkReply *r) { r->deleteLater(); });

    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (r.status == 0) {
        const QString endpoint = m_config.endpoint.toString(QUrl::RemoveUserInfo);
        if (reply->error() == QNetworkReply::OperationCanceledError ||
            reply->error() == QNetworkReply::TimeoutError)
            return failure(ErrorCode::Unavailable,
                           Tr::tr("The S3 endpoint %1 did not answer within %2 seconds; check the "
                                  "address and the network.")
                               .arg(endpoint)
                               .arg(m_config.timeoutMs / 1000));
        return failure(
            ErrorCode::Unavailable,
            Tr::tr("The S3 endpoint %1 cannot be reached (%2); check the address and the network.")
                .arg(endpoint, reply->errorString()));
    }
    r.body = reply->readAll();
    r.etag = unquoted(reply->rawHeader("ETag"));
    r.length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (r.status >= 300)
        return std::unexpected(errorOf(method, key, r));
    return r;
}

Error S3Client::errorOf(const QByteArray &method, const QString &key, const Reply &reply) const
{
    const QString code = errorCode(reply.body);
    if (code == u"InvalidAccessKeyId")
        return {ErrorCode::AccessDenied,
                Tr::tr("The S3 server does not know the access key: check the access key id in the "
                       "S3 settings (or AWS_ACCESS_KEY_ID) for %1.")
                    .arg(m_config.endpoint.host())};
    if (code == u"SignatureDoesNotMatch")
        return {ErrorCode::AccessDenied,
                Tr::tr("The S3 server refused the signature: check the secret access key in the S3 "
                       "settings (or AWS_SECRET_ACCESS_KEY) and the region (%1).")
                    .arg(m_config.region)};
    if (code == u"AccessDenied" || reply.status == 403)
        return {ErrorCode::AccessDenied, Tr::tr("The S3 server refused access to the bucket "
                                                "\"%1\": check that these keys may write to it.")
                                             .arg(m_config.bucket)};
    if (code == u"NoSuchBucket")
        return {ErrorCode::NotFound,
                Tr::tr("The bucket \"%1\" does not exist at %2; create it or correct its name.")
                    .arg(m_config.bucket, m_config.endpoint.host())};
    if (code == u"NoSuchKey" || (reply.status == 404 && method == "HEAD"))
        return {ErrorCode::NotFound,
                Tr::tr("The bucket \"%1\" holds no object \"%2\".").arg(m_config.bucket, key)};
    if (code == u"PermanentRedirect" || code == u"AuthorizationHeaderMalformed" ||
        reply.status == 301)
        return {
            ErrorCode::Invalid,
            Tr::tr("The bucket \"%1\" lives in another region than %2: set the bucket's region.")
                .arg(m_config.bucket, m_config.region)};
    return {ErrorCode::Unavailable,
            Tr::tr("The S3 server answered %1 (%2) to %3 %4; try again later.")
                .arg(reply.status)
                .arg(code.isEmpty() ? Tr::tr("no error code") : code, QString::fromLatin1(method),
                     key.isEmpty() ? m_config.bucket : key)};
}

Result<QByteArray> S3Client::putObject(const QString &key, const QByteArray &body,
                                       const QByteArray &contentType,
                                       const QByteArray &cacheControl)
{
    QList<std::pair<QByteArray, QByteArray>> headers{
        {"content-type", contentType},
        {"content-md5", QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64()}};
    if (!cacheControl.isEmpty())
        headers.append({"cache-control", cacheControl});
    auto reply = send("PUT", key, {}, body, headers);
    if (!reply)
        return std::unexpected(reply.error());
    return reply->etag;
}

Result<QByteArray> S3Client::getObject(const QString &key)
{
    auto reply = send("GET", key, {}, {}, {});
    if (!reply)
        return std::unexpected(reply.error());
    return reply->body;
}

Result<StoredObject> S3Client::headObject(const QString &key)
{
    auto reply = send("HEAD", key, {}, {}, {});
    if (!reply)
        return std::unexpected(reply.error());
    return StoredObject{key, reply->etag, reply->length};
}

Done S3Client::deleteObject(const QString &key)
{
    auto reply = send("DELETE", key, {}, {}, {});
    if (!reply)
        return std::unexpected(reply.error());
    return {};
}

Done S3Client::createBucket()
{
    auto reply = send("PUT", {}, {}, {}, {});
    if (!reply) {
        if (reply.error().message.contains(u"BucketAlreadyOwnedByYou"_qs))
            return {};
        return std::unexpected(reply.error());
    }
    return {};
}

Result<QList<StoredObject>> S3Client::listObjects(const QString &prefix)
{
    QList<StoredObject> objects;
    QString token;
    for (;;) {
        QList<std::pair<QString, QString>> query{{u"list-type"_qs, u"2"_qs}};
        if (!prefix.isEmpty())
            query.append({u"prefix"_qs, prefix});
        if (!token.isEmpty())
            query.append({u"continuation-token"_qs, token});
        auto reply = send("GET", {}, query, {}, {});
        if (!reply)
            return std::unexpected(reply.error());
        QXmlStreamReader xml(reply->body);
        bool truncated = false;
        token.clear();
        StoredObject current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == u"Contents")
                    current = {};
                else if (name == u"Key")
                    current.key = xml.readElementText();
                else if (name == u"ETag")
                    current.etag = unquoted(xml.readElementText().toUtf8());
                else if (name == u"Size")
                    current.size = xml.readElementText().toLongLong();
                else if (name == u"IsTruncated")
                    truncated = xml.readElementText() == u"true";
                else if (name == u"NextContinuationToken")
                    token = xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == u"Contents") {
                objects.append(current);
            }
        }
        if (xml.hasError())
            return failure(
                ErrorCode::Unavailable,
                Tr::tr("The S3 server's list of the bucket \"%1\" could not be read (%2).")
                    .arg(m_config.bucket, xml.errorString()));
        if (!truncated || token.isEmpty())
            break;
    }
    return objects;
}

} // namespace ic
