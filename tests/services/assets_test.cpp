// The homepage's images: checked, resized (never upscaled), content-hashed, kept in the book,
// rendered with srcset, uploaded with the page and deleted once no version shown uses them.
#include "services/demo/democatalog.h"
#include "services/homepage/assets.h"
#include "services/publish/publisher.h"
#include "services/publish/s3client.h"
#include "services/storage/pagerepository.h"
#include "tests/services/publishfixtures.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <QCryptographicHash>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

// A photo-like picture: a gradient, so the JPEG encoder has something to do.
QString writePhoto(const QTemporaryDir &dir, const QString &name, int w, int h, const char *format)
{
    QImage image(w, h, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient g(0, 0, w, h);
    g.setColorAt(0, QColor(30, 90, 200));
    g.setColorAt(1, QColor(240, 180, 40));
    painter.fillRect(image.rect(), g);
    painter.end();
    const QString path = dir.filePath(name);
    EXPECT_TRUE(image.save(path, format));
    return path;
}

QString sha12(const QByteArray &bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(12));
}

} // namespace

class PageAssetsTest : public BothDatabases {
protected:
    FixedClock m_clock{utc(2026, 3, 14, 9, 0)};
    QTemporaryDir m_files;
};

TEST_P(PageAssetsTest, APhotoIsResizedTo480960And1600WithHashedNames)
{
    const QString photo = writePhoto(m_files, u"team photo.jpg"_qs, 2000, 1000, "JPEG");
    PageAssets assets(db(), m_clock);
    auto path = assets.import(photo);
    ASSERT_TRUE(path) << path.error().message.toStdString();
    auto variants = assets.variantsOf(*path);
    ASSERT_TRUE(variants);
    // 2000 × 1000 scaled to the three widths keeps its 2:1 ratio: 480 × 240, 960 × 480, 1600 × 800.
    ASSERT_EQ(variants->size(), 3);
    const int widths[] = {480, 960, 1600};
    const int heights[] = {240, 480, 800};
    for (int i = 0; i < 3; ++i) {
        const SiteImage &v = variants->at(i);
        EXPECT_EQ(v.width, widths[i]);
        EXPECT_EQ(v.height, heights[i]);
        EXPECT_EQ(v.contentType, QByteArray("image/jpeg"));
        EXPECT_EQ(v.path, u"assets/img/"_qs + sha12(v.bytes) + u'-' + QString::number(widths[i]) +
                              u".jpg"_qs);
        const QImage decoded = QImage::fromData(v.bytes);
        EXPECT_EQ(decoded.width(), widths[i]);
        EXPECT_EQ(decoded.height(), heights[i]);
    }
    EXPECT_EQ(*path, variants->at(2).path); // the page points to the widest
    // The same file again: the same path, nothing new stored.
    auto again = assets.import(photo);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *path);
    EXPECT_EQ(countRows(db(), u"page_assets"_qs), 3);
}

TEST_P(PageAssetsTest, ASmallImageIsNeverUpscaledAndTransparencyStaysPng)
{
    QImage logo(300, 120, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    QPainter painter(&logo);
    painter.fillRect(20, 20, 100, 80, QColor(200, 30, 30, 180));
    painter.end();
    const QString file = m_files.filePath(u"logo.png"_qs);
    ASSERT_TRUE(logo.save(file, "PNG"));
    PageAssets assets(db(), m_clock);
    auto path = assets.import(file);
    ASSERT_TRUE(path) << path.error().message.toStdString();
    auto variants = assets.variantsOf(*path);
    ASSERT_EQ(variants->size(), 1);
    EXPECT_EQ(variants->at(0).width, 300);
    EXPECT_EQ(variants->at(0).contentType, QByteArray("image/png"));
    EXPECT_TRUE(path->endsWith(u"-300.png"_qs));
    EXPECT_TRUE(QImage::fromData(variants->at(0).bytes).hasAlphaChannel());

    // 1200 wide: 480, 960 and 1200 (not 1600).
    auto mid = assets.import(writePhoto(m_files, u"mid.png"_qs, 1200, 600, "PNG"));
    ASSERT_TRUE(mid);
    QList<int> widths;
    const auto midVariants = assets.variantsOf(*mid);
    ASSERT_TRUE(midVariants);
    for (const SiteImage &v : *midVariants)
        widths.append(v.width);
    EXPECT_EQ(widths, (QList<int>{480, 960, 1200}));
}

TEST_P(PageAssetsTest, AFileThatIsNotAnImageIsOneSentenceAndNothingIsStored)
{
    const QString fake = m_files.filePath(u"notes.png"_qs);
    QFile f(fake);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("these are my notes, not a picture\n");
    f.close();
    PageAssets assets(db(), m_clock);
    auto refused = assets.import(fake);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_EQ(refused.error().message,
              u"\"notes.png\" is not an image: choose a PNG, JPEG, GIF, WebP or BMP file."_qs);
    auto missing = assets.import(m_files.filePath(u"gone.jpg"_qs));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(countRows(db(), u"page_assets"_qs), 0);
}

TEST_P(PageAssetsTest, TheRendererOffersTheVariantsInSrcsetAndShipsThem)
{
    PageAssets assets(db(), m_clock);
    auto path = assets.import(writePhoto(m_files, u"search.jpg"_qs, 2000, 1000, "JPEG"));
    ASSERT_TRUE(path);
    Page page = fullPage();
    page.sections[1].services[1].image = *path; // "Search", shown
    RenderOptions options{u"https://www.example.com/"_qs};
    auto images = assets.imagesFor(page);
    ASSERT_TRUE(images);
    options.images = *images;
    auto site = Renderer::render(page, catalogue(), options);
    ASSERT_TRUE(site) << site.error().message.toStdString();
    const auto variants = *assets.variantsOf(*path);
    QString html;
    for (const RenderedFile &f : site->files)
        if (f.path == u"index.html")
            html = QString::fromUtf8(f.bytes);
    const QString srcset = variants[0].path + u" 480w, "_qs + variants[1].path + u" 960w, "_qs +
                           variants[2].path + u" 1600w"_qs;
    EXPECT_TRUE(html.contains(u"<img src=\""_qs + *path + u"\" srcset=\""_qs + srcset + u'"'))
        << html.toStdString();
    for (const SiteImage &v : variants) {
        const auto it = std::find_if(site->files.cbegin(), site->files.cend(),
                                     [&](const RenderedFile &f) { return f.path == v.path; });
        ASSERT_NE(it, site->files.cend()) << v.path.toStdString();
        EXPECT_TRUE(it->isHashed);
        EXPECT_EQ(it->bytes, v.bytes);
        EXPECT_EQ(it->contentType, QByteArray("image/jpeg"));
        EXPECT_EQ(Publisher::cacheControlFor(*it),
                  QByteArray("public, max-age=31536000, immutable"));
    }
}

TEST_P(PageAssetsTest, AFolderForThePreviewHoldsTheImagesThePageShows)
{
    PageAssets assets(db(), m_clock);
    auto path = assets.import(writePhoto(m_files, u"search.jpg"_qs, 700, 300, "JPEG"));
    ASSERT_TRUE(path);
    Page page = fullPage();
    page.sections[1].services[1].image = *path;
    QTemporaryDir preview;
    ASSERT_TRUE(assets.writeTo(preview.path(), page));
    const auto variants = assets.variantsOf(*path);
    ASSERT_TRUE(variants);
    ASSERT_EQ(variants->size(), 2); // 480 and 700
    for (const SiteImage &v : *variants) {
        QFile f(preview.filePath(v.path));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << v.path.toStdString();
        EXPECT_EQ(f.readAll(), v.bytes);
    }
}

IC_BOTH_DATABASES(PageAssetsTest);

// Against the s3rver scripts/test starts: the images go up with the page, and the publish
// after the image was taken off the page deletes them from the bucket.
TEST(PageAssetsPublish, ImagesAreUploadedWithThePageAndDeletedOnceUnused)
{
    auto book = freshBook(Dialect::SQLite);
    ASSERT_TRUE(book);
    Database &db = *book->db;
    ASSERT_TRUE(writeDemoCatalog(db, QDate(2026, 1, 1)));
    FixedClock clock(utc(2026, 3, 14, 9, 0));
    QTemporaryDir dir;
    auto path = PageAssets(db, clock).import(writePhoto(dir, u"hero.jpg"_qs, 1000, 500, "JPEG"));
    ASSERT_TRUE(path);
    const auto variants = *PageAssets(db, clock).variantsOf(*path);
    ASSERT_EQ(variants.size(), 3); // 480, 960, 1000

    PageRepository pages(db);
    auto live = pages.latest(u"home"_qs);
    ASSERT_TRUE(live);
    Page withImage = *live;
    for (Section &s : withImage.sections)
        if (s.type == SectionType::Hero)
            s.config.insert(u"backgroundImage"_qs, *path);
    withImage.createdBy = u"test"_qs;
    auto v2 = pages.saveDraft(withImage);
    ASSERT_TRUE(v2) << v2.error().message.toStdString();

    S3Config config;
    config.endpoint = QUrl(qEnvironmentVariable("IC_TEST_S3_ENDPOINT"));
    ASSERT_FALSE(config.endpoint.isEmpty())
        << "IC_TEST_S3_ENDPOINT is not set: run the tests with scripts/test";
    config.bucket = u"ic-"_qs + QUuid::createUuid().toString(QUuid::Id128).left(20);
    config.pathStyle = true;
    config.accessKeyId = config.secretAccessKey = u"S3RVER"_qs;
    S3Client client(config);
    ASSERT_TRUE(client.createBucket());
    Publisher publisher(db, client, clock, u"test "_qs + config.bucket);
    const RenderOptions options{u"https://www.example.com/"_qs};
    auto first = publisher.publish(u"home"_qs, v2->version, options, false, u"test"_qs);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    for (const SiteImage &v : variants) {
        EXPECT_TRUE(first->uploaded.contains(v.path)) << v.path.toStdString();
        auto stored = client.getObject(v.path);
        ASSERT_TRUE(stored);
        EXPECT_EQ(*stored, v.bytes);
    }
    EXPECT_EQ(first->uploaded.last(), u"index.html"_qs);

    Page without = *pages.find(v2->id);
    for (Section &s : without.sections)
        s.config.remove(u"backgroundImage"_qs);
    without.createdBy = u"test"_qs;
    auto v3 = pages.saveDraft(without);
    ASSERT_TRUE(v3);
    auto second = publisher.publish(u"home"_qs, v3->version, options, false, u"test"_qs);
    ASSERT_TRUE(second) << second.error().message.toStdString();
    QStringList expected;
    for (const SiteImage &v : variants)
        expected.append(v.path);
    expected.sort();
    EXPECT_EQ(second->deleted, expected);
    for (const SiteImage &v : variants)
        EXPECT_EQ(client.headObject(v.path).error().code, ErrorCode::NotFound);
}
