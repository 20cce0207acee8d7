#pragma once

#include "models/page.h"
#include "models/plan.h"
#include "models/result.h"
#include "services/publish/renderer.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace ic {

// The fields of a homepage page, named by a path the editors, the undo commands and the
// preview share:
//   page.title, page.slug, page.metaTitle, page.metaDescription, page.ogImage
//   s<i>.title, s<i>.subtitle, s<i>.primaryCta.text, s<i>.backgroundImage, s<i>.columns, …
//       (section i of Page::sections; the key is the section config's, dotted for nested ones)
//   s<i>.svc<j>.name, .description, .advantages, .icon, .image, .link, .badge, .isActive
//       (service j of that section's services)
// Values are QString, int, bool, QStringList (advantages) or QJsonArray (form fields, FAQ).
struct FieldPath {
    int section = -1; // -1: the page itself
    int service = -1; // -1: the section itself
    QString key;

    static FieldPath parse(const QString &path);
    QString toString() const;
    bool isValid() const { return !key.isEmpty(); }
};

QString fieldPath(int section, const QString &key);
QString servicePath(int section, int service, const QString &key);

QVariant fieldValue(const Page &page, const QString &path);
// False when the path names nothing of this page (no change made).
bool setFieldValue(Page &page, const QString &path, const QVariant &value);

// What a field holds, for checking it as it is typed.
enum class FieldKind { Text, Link, Email, Image };
FieldKind fieldKind(const QString &path);

// One sentence when `text` is not acceptable for a field of this kind (empty when it is;
// an empty field is acceptable: it is left out of the page). `what` names the field in the
// sentence ("the primary button's link"). Links and images follow the renderer's own rules
// (Renderer::safeLink, Renderer::safeImage); an image may also be a file on this computer
// that exists (copied into the page's assets when saved). With `assetsDir`, an image of the
// site (assets/hero.jpg) must exist there.
QString fieldProblem(FieldKind kind, const QString &text, const QString &what,
                     const QString &assetsDir = {});

// Positions follow the order of the list (1, 2, …), for sections and each section's services.
void renumber(Page &page);

// A new section of this type with the settings a person starts from.
Section newSection(SectionType type);
Service newService(const QString &name);

// What the live preview shows: the published index.html with its stylesheet written inline
// (the preview has no folder to fetch it from), its <body> alone for swapping in place, and
// where each element comes from (see previewMap()).
struct PreviewDocument {
    QString html;
    QString body;
    QString title;
    QByteArray mapJson;
};

// The site address the preview renders with (the canonical link and Open Graph tags need
// one; nothing in the body depends on it).
QString previewSiteUrl();

// Renders the page with Renderer::render — the very bytes that are published — and adds
// nothing to them: the preview marks its elements in its own DOM from previewMap().
// `images`: the page's images kept in the book (PageAssets::imagesFor), offered in srcset
// as the published page offers them.
Result<PreviewDocument> renderPreview(const Page &page, const QList<Plan> &catalogue,
                                      const QHash<QString, QList<SiteImage>> &images = {});

// For each active section in the order the page shows them: its index in Page::sections, its
// type, the hero's buttons shown (primaryCta/secondaryCta) and the services shown (indices),
// as JSON for the preview's script.
QByteArray previewMap(const Page &page);

} // namespace ic

namespace ic {
// The contact form's fields: each needs a name of letters, digits, - or _ starting with a
// letter (what the renderer accepts), used once. One sentence for the first that is not.
QString formFieldsProblem(const QJsonArray &fields);
} // namespace ic
