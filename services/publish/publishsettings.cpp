#include "services/publish/publishsettings.h"

#include "models/tr.h"
#include "services/storage/settings.h"

#include <QRegularExpression>

namespace ic {

namespace {

const QString kEndpoint = u"publish.s3.endpoint"_qs;
const QString kRegion = u"publish.s3.region"_qs;
const QString kBucket = u"publish.s3.bucket"_qs;
const QString kPathStyle = u"publish.s3.path_style"_qs;
const QString kSiteUrl = u"publish.site_url"_qs;

// "http://127.0.0.1:4568", without user, query or trailing slash: one name per endpoint.
QString endpointName(const QUrl &endpoint)
{
    QString name =
        endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (name.endsWith(u'/'))
        name.chop(1);
    return name;
}

} // namespace

std::optional<PublishSettings::Problem> PublishSettings::problem() const
{
    if (endpoint.isEmpty())
        return Problem{u"endpoint"_qs, Tr::tr("Give the endpoint, an address like "
                                              "https://s3.eu-west-3.amazonaws.com.")};
    if (!endpoint.isValid() || endpoint.host().isEmpty() ||
        (endpoint.scheme() != u"https" && endpoint.scheme() != u"http"))
        return Problem{u"endpoint"_qs, Tr::tr("\"%1\" is not an endpoint; write an address like "
                                              "https://s3.eu-west-3.amazonaws.com.")
                                           .arg(endpoint.toString())};
    static const QRegularExpression bucketName(u"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"_qs);
    if (!bucketName.match(bucket).hasMatch())
        return Problem{
            u"bucket"_qs,
            Tr::tr("\"%1\" is not a bucket name: 3 to 63 lower-case letters, digits, dots "
                   "and hyphens.")
                .arg(bucket)};
    static const QRegularExpression regionName(u"^[a-z0-9-]{2,32}$"_qs);
    if (!regionName.match(region).hasMatch())
        return Problem{u"region"_qs,
                       Tr::tr("\"%1\" is not a region; a region reads like eu-west-3 or us-east-1.")
                           .arg(region)};
    if (!siteUrl.isEmpty()) {
        const QUrl site(siteUrl, QUrl::StrictMode);
        if (!site.isValid() || site.host().isEmpty() ||
            (site.scheme() != u"https" && site.scheme() != u"http"))
            return Problem{
                u"siteUrl"_qs,
                Tr::tr("\"%1\" is not a site address; write it like https://www.example.com/, "
                       "or leave it empty.")
                    .arg(siteUrl)};
    }
    return std::nullopt;
}

QString PublishSettings::target() const
{
    return endpointName(endpoint) + u' ' + bucket;
}

Result<PublishSettings> PublishSettings::load(Database &db)
{
    Settings settings(db);
    PublishSettings s;
    auto endpoint = settings.text(kEndpoint, {});
    auto region = settings.text(kRegion, s.region);
    auto bucket = settings.text(kBucket, {});
    auto pathStyle = settings.text(kPathStyle, u"false"_qs);
    auto site = settings.text(kSiteUrl, {});
    for (const auto *r : {&endpoint, &region, &bucket, &pathStyle, &site})
        if (!*r)
            return std::unexpected(r->error());
    s.endpoint = QUrl(*endpoint, QUrl::StrictMode);
    s.region = *region;
    s.bucket = *bucket;
    s.pathStyle = *pathStyle == u"true";
    s.siteUrl = *site;
    return s;
}

Done PublishSettings::save(Database &db) const
{
    if (auto p = problem())
        return failure(ErrorCode::Invalid, p->message);
    Settings settings(db);
    return db.transaction([&]() -> Done {
        for (const auto &[key, value] :
             {std::pair{kEndpoint, endpointName(endpoint)}, std::pair{kRegion, region},
              std::pair{kBucket, bucket},
              std::pair{kPathStyle, pathStyle ? u"true"_qs : u"false"_qs},
              std::pair{kSiteUrl, siteUrl}})
            if (auto ok = settings.setText(key, value); !ok)
                return ok;
        return {};
    });
}

QString PublishSettings::accessKeyIdKey(const QUrl &endpoint)
{
    return u"s3 "_qs + endpointName(endpoint) + u" access key id";
}

QString PublishSettings::secretKeyKey(const QUrl &endpoint)
{
    return u"s3 "_qs + endpointName(endpoint) + u" secret access key";
}

Done PublishSettings::storeKeys(SecretStore &store, const QUrl &endpoint,
                                const QString &accessKeyId, const QString &secretAccessKey)
{
    if (accessKeyId.trimmed().isEmpty() || secretAccessKey.isEmpty())
        return failure(ErrorCode::Invalid,
                       Tr::tr("Give both the access key id and the secret access key."));
    if (auto ok = store.write(accessKeyIdKey(endpoint), accessKeyId.trimmed()); !ok)
        return ok;
    return store.write(secretKeyKey(endpoint), secretAccessKey);
}

Done PublishSettings::forgetKeys(SecretStore &store, const QUrl &endpoint)
{
    if (auto ok = store.remove(accessKeyIdKey(endpoint)); !ok)
        return ok;
    return store.remove(secretKeyKey(endpoint));
}

Result<S3Config> PublishSettings::clientConfig(SecretStore &store) const
{
    if (!isConfigured())
        return failure(ErrorCode::Invalid, Tr::tr("Say where to publish first: the S3 endpoint and "
                                                  "bucket are not set in this book."));
    if (auto p = problem())
        return failure(ErrorCode::Invalid, p->message);
    S3Config config;
    config.endpoint = endpoint;
    config.bucket = bucket;
    config.region = region;
    config.pathStyle = pathStyle;
    auto id = store.read(accessKeyIdKey(endpoint));
    auto secret = id ? store.read(secretKeyKey(endpoint)) : id;
    if (!id || !secret) {
        const Error e = !id ? id.error() : secret.error();
        if (e.code == ErrorCode::NotFound)
            return failure(ErrorCode::NotFound,
                           Tr::tr("No keys are stored for %1: enter them in the S3 settings.")
                               .arg(endpointName(endpoint)));
        return std::unexpected(e);
    }
    config.accessKeyId = *id;
    config.secretAccessKey = *secret;
    return config;
}

} // namespace ic
