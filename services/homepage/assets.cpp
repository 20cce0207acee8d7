#include "services/homepage/assets.h"

#include "models/tr.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

namespace ic {

namespace {

constexpr qint64 kLargestFile = 40 * 1024 * 1024;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

struct Encoded {
    QByteArray bytes;
    QByteArray contentType;
    QString extension;
};

// PNG keeps transparency; everything else is a JPEG at quality 85 (photos, screenshots
// without alpha). Metadata of the original (EXIF, GPS) is not carried over.
Encoded encode(const QImage &image)
{
    Encoded e;
    QBuffer buffer(&e.bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.hasAlphaChannel()) {
        QImageWriter writer(&buffer, "png");
        writer.write(image.convertToFormat(QImage::Format_ARGB32));
        e.contentType = "image/png";
        e.extension = u"png"_qs;
    } else {
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(85);
        writer.setOptimizedWrite(true);
        writer.write(image.convertToFormat(QImage::Format_RGB32));
        e.contentType = "image/jpeg";
        e.extension = u"jpg"_qs;
    }
    return e;
}

} // namespace

Result<QString> PageAssets::import(const QString &file)
{
    const QFileInfo info(file);
    const QString name = info.fileName();
    if (!info.exists() || !info.isFile())
        return failure(ErrorCode::NotFound, Tr::tr("There is no file \"%1\".").arg(file));
    if (info.size() > kLargestFile)
        return failure(ErrorCode::Invalid,
                       Tr::tr("\"%1\" is larger than 40 MB; choose a smaller image.").arg(name));
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return failure(ErrorCode::Io,
                       Tr::tr("\"%1\" cannot be read: %2").arg(name, in.errorString()));
    const QByteArray original = in.readAll();
    QBuffer buffer;
    buffer.setData(original);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // a phone photo taken upright stays upright
    const QImage image = reader.canRead() ? reader.read() : QImage();
    if (image.isNull())
        return failure(
            ErrorCode::Invalid,
            Tr::tr("\"%1\" is not an image: choose a PNG, JPEG, GIF, WebP or BMP file.").arg(name));

    const QString source = sha256Hex(original);
    auto existing = m_db.exec(
        u"SELECT path FROM page_assets WHERE source_hash = :source ORDER BY width DESC"_qs,
        {{"source", source}});
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->next())
        return existing->value(0).toString();

    QList<int> widths;
    for (int w : kWidths)
        if (w < image.width())
            widths.append(w);
    if (const int widest = std::min(image.width(), kWidths[std::size(kWidths) - 1]);
        !widths.contains(widest))
        widths.append(widest);

    const QDateTime now = m_clock.now();
    auto widest = m_db.transaction([&]() -> Result<QString> {
        QString path;
        for (int width : widths) {
            const QImage scaled = width == image.width()
                                      ? image
                                      : image.scaledToWidth(width, Qt::SmoothTransformation);
            const Encoded e = encode(scaled);
            path = u"assets/img/"_qs + sha256Hex(e.bytes).left(12) + u'-' + QString::number(width) +
                   u'.' + e.extension;
            auto stored = m_db.exec(
                u"INSERT INTO page_assets (path, source_hash, source_name, width, height, "
                u"content_type, bytes, created_at) VALUES (:path, :source, :name, :width, "
                u":height, :type, :bytes, :at)"_qs,
                {{"path", path},
                 {"source", source},
                 {"name", name},
                 {"width", scaled.width()},
                 {"height", scaled.height()},
                 {"type", QString::fromLatin1(e.contentType)},
                 {"bytes", e.bytes},
                 {"at", timestampValue(now)}});
            if (!stored)
                return std::unexpected(stored.error());
        }
        return path;
    });
    return widest;
}

Result<QList<SiteImage>> PageAssets::variantsOf(const QString &path) const
{
    auto q = m_db.exec(
        u"SELECT v.path, v.width, v.height, v.content_type, v.bytes FROM page_assets v JOIN "
        u"page_assets p ON p.source_hash = v.source_hash WHERE p.path = :path ORDER BY v.width, v.path"_qs,
        {{"path", path}});
    if (!q)
        return std::unexpected(q.error());
    QList<SiteImage> variants;
    while (q->next())
        variants.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt(),
                         q->value(3).toString().toLatin1(), q->value(4).toByteArray()});
    return variants;
}

QStringList PageAssets::referencedBy(const Page &page)
{
    QStringList paths;
    auto add = [&](const QString &p) {
        const QString t = p.trimmed();
        if (!t.isEmpty() && !t.contains(u':'))
            paths.append(t);
    };
    add(page.ogImage);
    for (const Section &s : page.sections) {
        add(s.config.value(u"backgroundImage").toString());
        for (const Service &v : s.services)
            add(v.image);
    }
    paths.removeDuplicates();
    return paths;
}

Done PageAssets::writeTo(const QString &folder, const Page &page) const
{
    auto images = imagesFor(page);
    if (!images)
        return std::unexpected(images.error());
    const QDir root(folder);
    for (const QList<SiteImage> &variants : std::as_const(*images))
        for (const SiteImage &v : variants) {
            const QString path = root.filePath(v.path);
            if (QFileInfo::exists(path))
                continue;
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                return failure(ErrorCode::Io,
                               Tr::tr("The folder for %1 cannot be created.").arg(path));
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(v.bytes) != v.bytes.size())
                return failure(ErrorCode::Io,
                               Tr::tr("%1 cannot be written: %2").arg(path, out.errorString()));
        }
    return {};
}

Result<QHash<QString, QList<SiteImage>>> PageAssets::imagesFor(const Page &page) const
{
    QHash<QString, QList<SiteImage>> images;
    for (const QString &path : referencedBy(page)) {
        auto variants = variantsOf(path);
        if (!variants)
            return std::unexpected(variants.error());
        if (!variants->isEmpty())
            images.insert(path, *variants);
    }
    return images;
}

} // namespace ic
