#include "services/homepage/editing.h"

#include "models/tr.h"
#include "services/publish/renderer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace ic {

namespace {

const QRegularExpression &pathPattern()
{
    static const QRegularExpression re(u"^s(\\d+)\\.(?:svc(\\d+)\\.)?([A-Za-z][A-Za-z0-9.]*)$"_qs);
    return re;
}

QJsonValue toJson(const QVariant &value)
{
    if (value.typeId() == QMetaType::QJsonArray)
        return value.toJsonArray();
    if (value.typeId() == QMetaType::QJsonObject)
        return value.toJsonObject();
    return QJsonValue::fromVariant(value);
}

QVariant fromJson(const QJsonValue &value)
{
    if (value.isArray())
        return QVariant::fromValue(value.toArray());
    if (value.isObject())
        return QVariant::fromValue(value.toObject());
    if (value.isDouble())
        return value.toInt();
    if (value.isBool())
        return value.toBool();
    return value.toString();
}

} // namespace

FieldPath FieldPath::parse(const QString &path)
{
    FieldPath p;
    if (path.startsWith(u"page.")) {
        p.key = path.mid(5);
        return p;
    }
    const auto m = pathPattern().match(path);
    if (!m.hasMatch())
        return p;
    p.section = m.captured(1).toInt();
    p.service = m.captured(2).isEmpty() ? -1 : m.captured(2).toInt();
    p.key = m.captured(3);
    return p;
}

QString FieldPath::toString() const
{
    if (section < 0)
        return u"page."_qs + key;
    return service < 0 ? fieldPath(section, key) : servicePath(section, service, key);
}

QString fieldPath(int section, const QString &key)
{
    return u's' + QString::number(section) + u'.' + key;
}

QString servicePath(int section, int service, const QString &key)
{
    return u's' + QString::number(section) + u".svc"_qs + QString::number(service) + u'.' + key;
}

QVariant fieldValue(const Page &page, const QString &path)
{
    const FieldPath p = FieldPath::parse(path);
    if (!p.isValid())
        return {};
    if (p.section < 0) {
        if (p.key == u"title")
            return page.title;
        if (p.key == u"slug")
            return page.slug;
        if (p.key == u"metaTitle")
            return page.metaTitle;
        if (p.key == u"metaDescription")
            return page.metaDescription;
        if (p.key == u"ogImage")
            return page.ogImage;
        return {};
    }
    if (p.section >= page.sections.size())
        return {};
    const Section &section = page.sections.at(p.section);
    if (p.service >= 0) {
        if (p.service >= section.services.size())
            return {};
        const Service &s = section.services.at(p.service);
        if (p.key == u"name")
            return s.name;
        if (p.key == u"description")
            return s.description;
        if (p.key == u"advantages")
            return s.advantages;
        if (p.key == u"icon")
            return s.icon;
        if (p.key == u"image")
            return s.image;
        if (p.key == u"link")
            return s.link;
        if (p.key == u"badge")
            return toString(s.badge);
        if (p.key == u"isActive")
            return s.isActive;
        return {};
    }
    if (p.key == u"isActive")
        return section.isActive;
    const QStringList parts = p.key.split(u'.');
    QJsonValue v = section.config.value(parts.first());
    if (parts.size() == 2)
        v = v.toObject().value(parts.at(1));
    if (v.isUndefined() || v.isNull()) {
        // What an editor shows for a setting never written.
        if (p.key == u"columns")
            return 3;
        if (p.key == u"formFields" || p.key == u"items")
            return QVariant::fromValue(QJsonArray());
        return QString();
    }
    return fromJson(v);
}

bool setFieldValue(Page &page, const QString &path, const QVariant &value)
{
    const FieldPath p = FieldPath::parse(path);
    if (!p.isValid())
        return false;
    if (p.section < 0) {
        QString *target = p.key == u"title"             ? &page.title
                          : p.key == u"slug"            ? &page.slug
                          : p.key == u"metaTitle"       ? &page.metaTitle
                          : p.key == u"metaDescription" ? &page.metaDescription
                          : p.key == u"ogImage"         ? &page.ogImage
                                                        : nullptr;
        if (!target)
            return false;
        *target = value.toString();
        return true;
    }
    if (p.section >= page.sections.size())
        return false;
    Section &section = page.sections[p.section];
    if (p.service >= 0) {
        if (p.service >= section.services.size())
            return false;
        Service &s = section.services[p.service];
        if (p.key == u"name")
            s.name = value.toString();
        else if (p.key == u"description")
            s.description = value.toString();
        else if (p.key == u"advantages")
            s.advantages = value.toStringList();
        else if (p.key == u"icon")
            s.icon = value.toString();
        else if (p.key == u"image")
            s.image = value.toString();
        else if (p.key == u"link")
            s.link = value.toString();
        else if (p.key == u"badge")
            s.badge = serviceBadgeFromString(value.toString()).value_or(ServiceBadge::None);
        else if (p.key == u"isActive")
            s.isActive = value.toBool();
        else
            return false;
        return true;
    }
    if (p.key == u"isActive") {
        section.isActive = value.toBool();
        return true;
    }
    const QStringList parts = p.key.split(u'.');
    if (parts.size() == 1) {
        section.config.insert(parts.first(), toJson(value));
    } else if (parts.size() == 2) {
        QJsonObject inner = section.config.value(parts.first()).toObject();
        inner.insert(parts.at(1), toJson(value));
        section.config.insert(parts.first(), inner);
    } else {
        return false;
    }
    return true;
}

FieldKind fieldKind(const QString &path)
{
    const QString key = FieldPath::parse(path).key;
    if (key == u"link" || key.endsWith(u".link"))
        return FieldKind::Link;
    if (key == u"email")
        return FieldKind::Email;
    if (key == u"image" || key == u"backgroundImage" || key == u"ogImage")
        return FieldKind::Image;
    return FieldKind::Text;
}

QString fieldProblem(FieldKind kind, const QString &input, const QString &what,
                     const QString &assetsDir)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    switch (kind) {
    case FieldKind::Text:
        return {};
    case FieldKind::Link: {
        auto link = Renderer::safeLink(text, what);
        return link ? QString() : link.error().message;
    }
    case FieldKind::Email: {
        // The renderer's own test of an address (services/publish/renderer.cpp, contact()).
        static const QRegularExpression plausible(
            u"^[^@\\s<>\"'/:]+@[^@\\s<>\"'/:]+\\.[^@\\s<>\"'/:]+$"_qs);
        if (plausible.match(text).hasMatch())
            return {};
        return Tr::tr("\"%1\" is not an email address: write it as name@example.com.").arg(text);
    }
    case FieldKind::Image: {
        const QFileInfo file(text);
        if (file.isAbsolute()) {
            if (file.isFile() && file.isReadable())
                return {};
            return Tr::tr("There is no file \"%1\" on this computer for %2.").arg(text, what);
        }
        auto image = Renderer::safeImage(text, what);
        if (!image)
            return image.error().message;
        if (!assetsDir.isEmpty() && !image->contains(u':') &&
            !QFileInfo::exists(QDir(assetsDir).filePath(*image)))
            return Tr::tr("There is no file \"%1\" in the page's assets for %2.").arg(text, what);
        return {};
    }
    }
    return {};
}

void renumber(Page &page)
{
    for (int i = 0; i < page.sections.size(); ++i) {
        Section &section = page.sections[i];
        section.position = i + 1;
        for (int j = 0; j < section.services.size(); ++j)
            section.services[j].position = j + 1;
    }
}

Section newSection(SectionType type)
{
    Section s;
    s.type = type;
    switch (type) {
    case SectionType::Hero:
        s.config = {{u"title"_qs, Tr::tr("A title that says what you offer")},
                    {u"primaryCta"_qs, QJsonObject{{u"text"_qs, Tr::tr("Start now")},
                                                   {u"link"_qs, u"#pricing"_qs},
                                                   {u"style"_qs, u"primary"_qs}}}};
        break;
    case SectionType::Services:
        s.config = {{u"title"_qs, Tr::tr("Services")}, {u"columns"_qs, 3}};
        s.services.append(newService(Tr::tr("New service")));
        break;
    case SectionType::Pricing:
        s.config = {{u"title"_qs, Tr::tr("Pricing")}};
        break;
    case SectionType::Contact:
        s.config = {{u"title"_qs, Tr::tr("Contact")},
                    {u"formFields"_qs, QJsonArray{QJsonObject{{u"name"_qs, u"email"_qs},
                                                              {u"label"_qs, Tr::tr("Email")},
                                                              {u"type"_qs, u"email"_qs},
                                                              {u"required"_qs, true}}}}};
        break;
    case SectionType::Faq:
        s.config = {{u"title"_qs, Tr::tr("Questions")}, {u"items"_qs, QJsonArray()}};
        break;
    }
    return s;
}

Service newService(const QString &name)
{
    Service s;
    s.name = name;
    return s;
}

QString previewSiteUrl()
{
    return u"https://preview.invalid/"_qs;
}

namespace {

// The indexes of the active items (sections, services) in the renderer's order: by
// position, ties kept as listed.
template <typename T> QList<int> shownInOrder(const QList<T> &items)
{
    QList<int> order;
    for (int i = 0; i < items.size(); ++i)
        if (items.at(i).isActive)
            order.append(i);
    std::stable_sort(order.begin(), order.end(), [&items](int a, int b) {
        return items.at(a).position < items.at(b).position;
    });
    return order;
}

} // namespace

QByteArray previewMap(const Page &page)
{
    const QList<int> order = shownInOrder(page.sections);
    QJsonArray sections;
    for (int i : order) {
        const Section &section = page.sections.at(i);
        QJsonObject one{{u"index"_qs, i}, {u"type"_qs, toString(section.type)}};
        if (section.type == SectionType::Hero) {
            QJsonArray ctas;
            for (const QString &key : {u"primaryCta"_qs, u"secondaryCta"_qs})
                if (!section.config.value(key)
                         .toObject()
                         .value(u"text")
                         .toString()
                         .trimmed()
                         .isEmpty())
                    ctas.append(key);
            one.insert(u"ctas"_qs, ctas);
        } else if (section.type == SectionType::Services) {
            QJsonArray services;
            for (int j : shownInOrder(section.services))
                services.append(j);
            one.insert(u"services"_qs, services);
        } else if (section.type == SectionType::Faq) {
            QJsonArray items;
            const QJsonArray all = section.config.value(u"items").toArray();
            for (int k = 0; k < all.size(); ++k)
                if (!all.at(k).toObject().value(u"question").toString().trimmed().isEmpty())
                    items.append(k);
            one.insert(u"items"_qs, items);
        }
        sections.append(one);
    }
    return QJsonDocument(QJsonObject{{u"sections"_qs, sections}}).toJson(QJsonDocument::Compact);
}

Result<PreviewDocument> renderPreview(const Page &page, const QList<Plan> &catalogue,
                                      const QHash<QString, QList<SiteImage>> &images)
{
    RenderOptions options;
    options.siteUrl = previewSiteUrl();
    options.images = images;
    auto site = Renderer::render(page, catalogue, options);
    if (!site)
        return std::unexpected(site.error());
    QString html;
    QString css;
    QString cssPath;
    for (const RenderedFile &file : site->files) {
        if (file.path == u"index.html")
            html = QString::fromUtf8(file.bytes);
        else if (file.path.endsWith(u".css")) {
            css = QString::fromUtf8(file.bytes);
            cssPath = file.path;
        }
    }
    PreviewDocument doc;
    const QString link = u"<link rel=\"stylesheet\" href=\""_qs + cssPath + u"\">"_qs;
    doc.html = html;
    doc.html.replace(link, u"<style>\n"_qs + css + u"</style>"_qs);
    const qsizetype open = html.indexOf(u"<body>"_qs);
    const qsizetype close = html.lastIndexOf(u"</body>"_qs);
    if (open >= 0 && close > open)
        doc.body = html.mid(open + 6, close - open - 6);
    const qsizetype t0 = html.indexOf(u"<title>"_qs);
    const qsizetype t1 = html.indexOf(u"</title>"_qs);
    if (t0 >= 0 && t1 > t0)
        doc.title = html.mid(t0 + 7, t1 - t0 - 7);
    doc.mapJson = previewMap(page);
    return doc;
}

} // namespace ic

namespace ic {
QString formFieldsProblem(const QJsonArray &fields)
{
    static const QRegularExpression fieldName(u"^[A-Za-z][A-Za-z0-9_-]{0,39}$"_qs);
    QStringList seen;
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).toObject().value(u"name").toString().trimmed();
        if (!fieldName.match(name).hasMatch())
            return Tr::tr("The name \"%1\" of form field %2 must be letters, digits, - or _, "
                          "starting with a letter.")
                .arg(name)
                .arg(i + 1);
        if (seen.contains(name))
            return Tr::tr("Two form fields are named \"%1\": give each its own name.").arg(name);
        seen << name;
    }
    return {};
}
} // namespace ic
