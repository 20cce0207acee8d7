#pragma once

#include "models/clock.h"
#include "models/page.h"
#include "models/result.h"
#include "services/publish/renderer.h"
#include "services/storage/database.h"

#include <QList>
#include <QString>

namespace ic {

// The homepage's images. Importing a file from disk checks that it is an image, resizes it
// with QImage to 480, 960 and 1600 pixels wide (never wider than the original: a 1200-pixel
// photo gives 480, 960 and 1200), names each variant by the hash of its bytes and keeps the
// variants in the book (table page_assets), so they travel with the versions that point to
// them on SQLite and on a shared PostgreSQL alike. The page refers to the widest variant
// ("assets/img/3f2a9c1b5d7e-1600.jpg"); the renderer offers the others in srcset and the
// publisher uploads them with the page.
class PageAssets final {
public:
    static constexpr int kWidths[] = {480, 960, 1600};

    PageAssets(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    // The page-relative path to put in the page (a service's image, the hero's background,
    // the Open Graph image). Importing the same file twice gives the same path. A file that
    // is missing or not an image is one sentence; nothing is written.
    Result<QString> import(const QString &file);

    // The variants of every image `page` points to, for RenderOptions::images.
    Result<QHash<QString, QList<SiteImage>>> imagesFor(const Page &page) const;
    // The variants of one image path (any of them), narrowest first; empty if not ours.
    Result<QList<SiteImage>> variantsOf(const QString &path) const;

    // Writes the variants of every image `page` shows under `folder` at their page-relative
    // paths (folder/assets/img/…), so a preview whose base is `folder` shows them; files
    // already there are left as they are (a hashed name never changes content).
    Done writeTo(const QString &folder, const Page &page) const;

    // The image paths a page points to (relative ones only).
    static QStringList referencedBy(const Page &page);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace ic
