#pragma once

#include "models/page.h"
#include "models/plan.h"
#include "models/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ic {

// One file of the static site.
struct RenderedFile {
    QString path; // "index.html", "assets/site.3f2a….css"
    QByteArray bytes;
    QByteArray contentType; // "text/html; charset=utf-8"
    bool isHashed = false;  // its name carries its content's hash: cacheable for ever
};

struct RenderedSite {
    QList<RenderedFile> files;    // sorted by path; index.html among them
    QStringList referencedAssets; // relative image paths the page points to (kept in the bucket)
};

// One resized variant of an image of the page (services/homepage/assets.h).
struct SiteImage {
    QString path; // "assets/img/3f2a9c1b5d7e-960.jpg"
    int width = 0;
    int height = 0;
    QByteArray contentType;
    QByteArray bytes;
};

struct RenderOptions {
    // The address the site is served from, ending with '/': "https://www.example.com/".
    // Canonical link, Open Graph, sitemap.xml and robots.txt use it.
    QString siteUrl;
    // The images of the page kept in the book, by the path the page uses: their variants
    // are files of the site (hashed names) and are offered in srcset. A relative path not
    // listed here is left as it is and kept in the bucket.
    QHash<QString, QList<SiteImage>> images;
};

// The homepage as a static site: HTML from the templates in :/homepage (kainjow mustache),
// one stylesheet with a hashed name, sitemap.xml and robots.txt. Every text is escaped for
// where it lands; links must be http(s), mailto or an anchor. The bytes depend only on the
// page version, the catalogue and the options: the same input gives the same bytes.
class Renderer final {
public:
    // `catalogue`: the plans as PlanRepository::list() gives them; the public active ones
    // are shown, by sort order. A page with no active section, a refused link or an
    // unreadable template is an error with one sentence.
    static Result<RenderedSite> render(const Page &page, const QList<Plan> &catalogue,
                                       const RenderOptions &options);

    // "https://…", "http://…", "mailto:…" or "#anchor", trimmed and percent-encoded where
    // needed; anything else (javascript:, data:, a relative path) is refused, naming `what`.
    static Result<QString> safeLink(const QString &link, const QString &what);
    // An image: an http(s) URL or a relative path inside the site (assets/hero.jpg).
    static Result<QString> safeImage(const QString &source, const QString &what);
};

} // namespace ic
