#include "services/publish/renderer.h"

#include "models/tr.h"
#include "services/publish/sigv4.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <kainjow/mustache.hpp>

#include <algorithm>

namespace ic {

namespace {

using Data = kainjow::mustache::data;

std::string s(const QString &text)
{
    return text.toStdString();
}

Data object()
{
    return Data(Data::type::object);
}
Data list()
{
    return Data(Data::type::list);
}

// The words the page itself shows, in the page's language (not the admin's: the site reads
// the same whoever publishes it).
struct PageWords {
    const char16_t *skip, *menu, *services, *pricing, *contact, *faq, *subscribe, *popular, *isNew,
        *comingSoon, *mostPopular, *perMonth, *perYear, *perMonths, *free, *setupFee, *trial,
        *notIncluded, *send, *writeTo, *learnMore;
};

const PageWords kEnglish{u"Skip to content",
                         u"Main",
                         u"Services",
                         u"Pricing",
                         u"Contact",
                         u"Questions",
                         u"Subscribe",
                         u"Popular",
                         u"New",
                         u"Coming soon",
                         u"Most popular",
                         u"per month",
                         u"per year",
                         u"every %1 months",
                         u"Free",
                         u"plus %1 setup fee",
                         u"%1-day free trial",
                         u"Not included",
                         u"Send",
                         u"Or write to",
                         u"Learn more"};
const PageWords kFrench{u"Aller au contenu",
                        u"Principal",
                        u"Services",
                        u"Tarifs",
                        u"Contact",
                        u"Questions",
                        u"S’abonner",
                        u"Populaire",
                        u"Nouveau",
                        u"Bientôt disponible",
                        u"Le plus choisi",
                        u"par mois",
                        u"par an",
                        u"tous les %1 mois",
                        u"Gratuit",
                        u"plus %1 de frais de mise en service",
                        u"Essai gratuit de %1 jours",
                        u"Non inclus",
                        u"Envoyer",
                        u"Ou écrivez à",
                        u"En savoir plus"};

const PageWords &wordsFor(const QString &language)
{
    return language == u"fr" ? kFrench : kEnglish;
}
QString w(const char16_t *text)
{
    return QString::fromUtf16(text);
}

Result<QString> resource(const QString &name)
{
    QFile file(u":/homepage/"_qs + name);
    if (!file.open(QIODevice::ReadOnly))
        return failure(ErrorCode::Io,
                       Tr::tr("The homepage template %1 is missing from the program.").arg(name));
    return QString::fromUtf8(file.readAll());
}

Result<QString> renderTemplate(const QString &name, const Data &data)
{
    auto text = resource(name);
    if (!text)
        return std::unexpected(text.error());
    kainjow::mustache::mustache tmpl(s(*text));
    if (!tmpl.is_valid())
        return failure(ErrorCode::Invalid,
                       Tr::tr("The homepage template %1 does not parse: %2.")
                           .arg(name, QString::fromStdString(tmpl.error_message())));
    const std::string out = tmpl.render(data);
    if (!tmpl.is_valid())
        return failure(ErrorCode::Invalid,
                       Tr::tr("The homepage template %1 could not be rendered: %2.")
                           .arg(name, QString::fromStdString(tmpl.error_message())));
    return QString::fromStdString(out);
}

QString str(const QJsonObject &o, const char16_t *key)
{
    return o.value(QStringView(key)).toString().trimmed();
}

QString sectionLabel(const Section &section, int index)
{
    return Tr::tr("section %1 (%2)").arg(index + 1).arg(toString(section.type));
}

// Section ids: the type, numbered from the second one of a type ("services", "services-2").
QString anchorFor(SectionType type, QMap<SectionType, int> &seen)
{
    const int n = ++seen[type];
    return n == 1 ? toString(type) : toString(type) + u'-' + QString::number(n);
}

// "a-480.jpg 480w, a-960.jpg 960w" for an image of ours with more than one width.
QString srcsetOf(const QString &image, const RenderOptions &options)
{
    const auto it = options.images.constFind(image);
    if (it == options.images.cend() || it->size() < 2)
        return {};
    QStringList parts;
    for (const SiteImage &v : *it)
        parts.append(v.path + u' ' + QString::number(v.width) + u'w');
    return parts.join(u", ");
}

Result<Data> hero(const Section &section, const QString &id, const QString &what, const Page &page,
                  const RenderOptions &options)
{
    const QJsonObject &c = section.config;
    Data d = object();
    d.set("id", s(id));
    const QString title = str(c, u"title");
    d.set("title", s(title.isEmpty() ? page.title : title));
    if (const QString sub = str(c, u"subtitle"); !sub.isEmpty())
        d.set("subtitle", s(sub));
    if (const QString image = str(c, u"backgroundImage"); !image.isEmpty()) {
        auto safe = Renderer::safeImage(image, Tr::tr("the background image of %1").arg(what));
        if (!safe)
            return std::unexpected(safe.error());
        d.set("backgroundImage", s(*safe));
        if (const QString srcset = srcsetOf(*safe, options); !srcset.isEmpty())
            d.set("backgroundSrcset", s(srcset));
    }
    Data ctas = list();
    bool any = false;
    for (const char16_t *key : {u"primaryCta", u"secondaryCta"}) {
        const QJsonObject cta = c.value(QStringView(key)).toObject();
        const QString text = str(cta, u"text");
        if (text.isEmpty())
            continue;
        auto link = Renderer::safeLink(str(cta, u"link"),
                                       Tr::tr("the button \"%1\" of %2").arg(text, what));
        if (!link)
            return std::unexpected(link.error());
        static const QStringList styles{u"primary"_qs, u"secondary"_qs, u"outline"_qs};
        const QString style = str(cta, u"style");
        Data one = object();
        one.set("text", s(text));
        one.set("link", s(*link));
        one.set("style", s(styles.contains(style)
                               ? style
                               : (key == std::u16string_view(u"primaryCta") ? u"primary"_qs
                                                                            : u"outline"_qs)));
        ctas.push_back(one);
        any = true;
    }
    d.set("ctas", ctas);
    d.set("has_ctas", any);
    return d;
}

Result<Data> services(const Section &section, const QString &id, const QString &what,
                      const PageWords &words, QStringList &assets, const RenderOptions &options)
{
    const QJsonObject &c = section.config;
    Data d = object();
    d.set("id", s(id));
    const QString title = str(c, u"title");
    d.set("title", s(title.isEmpty() ? w(words.services) : title));
    const int columns = c.value(u"columns").toInt(3);
    d.set("columns", std::to_string(std::clamp(columns, 2, 4)));
    QList<Service> shown;
    for (const Service &service : section.services)
        if (service.isActive)
            shown.append(service);
    std::stable_sort(shown.begin(), shown.end(),
                     [](const Service &a, const Service &b) { return a.position < b.position; });
    Data items = list();
    for (const Service &service : shown) {
        const QString serviceWhat = Tr::tr("the service \"%1\" of %2").arg(service.name, what);
        Data one = object();
        one.set("name", s(service.name.trimmed()));
        if (!service.description.trimmed().isEmpty())
            one.set("description", s(service.description.trimmed()));
        Data advantages = list();
        for (const QString &advantage : service.advantages)
            if (!advantage.trimmed().isEmpty())
                advantages.push_back(Data(s(advantage.trimmed())));
        one.set("has_advantages", !advantages.list_value().empty());
        one.set("advantages", advantages);
        static const QRegularExpression iconName(u"^[a-z0-9-]{1,40}$"_qs);
        if (iconName.match(service.icon).hasMatch())
            one.set("icon", s(service.icon));
        if (!service.image.trimmed().isEmpty()) {
            auto image =
                Renderer::safeImage(service.image, Tr::tr("the image of %1").arg(serviceWhat));
            if (!image)
                return std::unexpected(image.error());
            one.set("image", s(*image));
            if (const QString srcset = srcsetOf(*image, options); !srcset.isEmpty())
                one.set("imageSrcset", s(srcset));
            one.set("imageAlt", s(service.name.trimmed()));
            if (!image->contains(u':'))
                assets.append(*image);
        }
        if (!service.link.trimmed().isEmpty()) {
            auto link = Renderer::safeLink(service.link, Tr::tr("the link of %1").arg(serviceWhat));
            if (!link)
                return std::unexpected(link.error());
            one.set("link", s(*link));
            one.set("learnMore", s(w(words.learnMore)));
        }
        const char16_t *badge = nullptr;
        switch (service.badge) {
        case ServiceBadge::Popular:
            badge = words.popular;
            break;
        case ServiceBadge::New:
            badge = words.isNew;
            break;
        case ServiceBadge::ComingSoon:
            badge = words.comingSoon;
            break;
        case ServiceBadge::None:
            break;
        }
        if (badge) {
            one.set("badge", s(w(badge)));
            one.set("badgeKind", s(toString(service.badge).replace(u'_', u'-')));
        }
        items.push_back(one);
    }
    d.set("has_services", !shown.isEmpty());
    d.set("services", items);
    return d;
}

Result<Data> pricing(const Section &section, const QString &id, const QList<Plan> &catalogue,
                     const Page &page, const PageWords &words)
{
    const QJsonObject &c = section.config;
    const QLocale locale(page.language);
    Data d = object();
    d.set("id", s(id));
    const QString title = str(c, u"title");
    d.set("title", s(title.isEmpty() ? w(words.pricing) : title));
    QList<Plan> shown;
    for (const Plan &plan : catalogue)
        if (plan.isPublic && plan.isActive)
            shown.append(plan);
    std::stable_sort(shown.begin(), shown.end(), [](const Plan &a, const Plan &b) {
        return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.name < b.name;
    });
    const QString highlighted = str(c, u"highlightedPlanSlug");
    Data plans = list();
    for (const Plan &plan : shown) {
        Data one = object();
        one.set("name", s(plan.name));
        if (!plan.description.trimmed().isEmpty())
            one.set("description", s(plan.description.trimmed()));
        const bool isHighlighted =
            !highlighted.isEmpty() && plan.slug.compare(highlighted, Qt::CaseInsensitive) == 0;
        one.set("highlighted", isHighlighted);
        one.set("highlightLabel", s(w(words.mostPopular)));
        if (plan.price.isZero()) {
            one.set("price", s(w(words.free)));
        } else {
            one.set("price", s(plan.price.format(locale)));
            QString period;
            if (plan.cycle == BillingCycle::Monthly)
                period = w(words.perMonth);
            else if (plan.cycle == BillingCycle::Annual)
                period = w(words.perYear);
            else if (plan.intervalMonths > 0)
                period = w(words.perMonths).arg(plan.intervalMonths);
            if (!period.isEmpty())
                one.set("period", s(period));
        }
        if (!plan.setupFee.isZero())
            one.set("setupFee", s(w(words.setupFee).arg(plan.setupFee.format(locale))));
        if (plan.trialDays > 0)
            one.set("trial", s(w(words.trial).arg(plan.trialDays)));
        Data features = list();
        for (const PlanFeature &feature : plan.features) {
            Data f = object();
            f.set("label", s(feature.label));
            f.set("included", feature.isIncluded);
            features.push_back(f);
        }
        one.set("has_features", !plan.features.isEmpty());
        one.set("features", features);
        one.set("notIncluded", s(w(words.notIncluded)));
        if (!plan.signupUrl.trimmed().isEmpty()) {
            auto link = Renderer::safeLink(
                plan.signupUrl, Tr::tr("the signup link of the plan \"%1\"").arg(plan.name));
            if (!link)
                return std::unexpected(link.error());
            one.set("signupUrl", s(*link));
            one.set("subscribe", s(w(words.subscribe)));
        }
        plans.push_back(one);
    }
    d.set("has_plans", !shown.isEmpty());
    d.set("plans", plans);
    return d;
}

Result<Data> contact(const Section &section, const QString &id, const QString &what,
                     const PageWords &words)
{
    const QJsonObject &c = section.config;
    Data d = object();
    d.set("id", s(id));
    const QString title = str(c, u"title");
    d.set("title", s(title.isEmpty() ? w(words.contact) : title));
    if (const QString email = str(c, u"email"); !email.isEmpty()) {
        static const QRegularExpression plausible(
            u"^[^@\\s<>\"'/:]+@[^@\\s<>\"'/:]+\\.[^@\\s<>\"'/:]+$"_qs);
        if (!plausible.match(email).hasMatch())
            return failure(
                ErrorCode::Invalid,
                Tr::tr("The email \"%1\" of %2 is not an email address.").arg(email, what));
        d.set("email", s(email));
        d.set("mailto",
              s(u"mailto:"_qs +
                QString::fromLatin1(sigV4Encode(email, false)).replace(u"%40"_qs, u"@"_qs)));
        d.set("writeTo", s(w(words.writeTo)));
    }
    Data fields = list();
    bool any = false;
    static const QRegularExpression fieldName(u"^[A-Za-z][A-Za-z0-9_-]{0,39}$"_qs);
    static const QStringList inputTypes{u"text"_qs, u"email"_qs, u"tel"_qs, u"url"_qs,
                                        u"number"_qs};
    for (const QJsonValue &value : c.value(u"formFields").toArray()) {
        const QJsonObject field = value.toObject();
        const QString name = str(field, u"name");
        if (!fieldName.match(name).hasMatch())
            return failure(ErrorCode::Invalid,
                           Tr::tr("The form field name \"%1\" of %2 must be letters, digits, - or "
                                  "_, starting with a letter.")
                               .arg(name, what));
        const QString type = str(field, u"type");
        const QString label = str(field, u"label");
        Data one = object();
        one.set("name", s(name));
        one.set("fieldId", s(id + u'-' + name));
        one.set("label", s(label.isEmpty() ? name : label));
        one.set("required", field.value(u"required").toBool());
        one.set("textarea", type == u"textarea");
        one.set("type", s(inputTypes.contains(type) ? type : u"text"_qs));
        if (type == u"email")
            one.set("autocomplete", "email");
        else if (name == u"name")
            one.set("autocomplete", "name");
        fields.push_back(one);
        any = true;
    }
    d.set("has_fields", any);
    d.set("fields", fields);
    d.set("send", s(w(words.send)));
    return d;
}

Data faq(const Section &section, const QString &id, const PageWords &words)
{
    const QJsonObject &c = section.config;
    Data d = object();
    d.set("id", s(id));
    const QString title = str(c, u"title");
    d.set("title", s(title.isEmpty() ? w(words.faq) : title));
    Data items = list();
    for (const QJsonValue &value : c.value(u"items").toArray()) {
        const QJsonObject item = value.toObject();
        if (str(item, u"question").isEmpty())
            continue;
        Data one = object();
        one.set("question", s(str(item, u"question")));
        one.set("answer", s(str(item, u"answer")));
        items.push_back(one);
    }
    d.set("items", items);
    return d;
}

QString shortHash(const QByteArray &bytes)
{
    return QString::fromLatin1(sha256Hex(bytes).left(12));
}

} // namespace

Result<QString> Renderer::safeLink(const QString &link, const QString &what)
{
    const QString text = link.trimmed();
    static const QRegularExpression anchor(u"^#[A-Za-z][A-Za-z0-9_:.-]*$"_qs);
    if (anchor.match(text).hasMatch())
        return text;
    const QUrl url(text, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    const bool web = (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
    const bool mail = scheme == u"mailto" && !url.path().isEmpty();
    if (!url.isValid() || !(web || mail) || url.userInfo().size() > 0)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The link \"%1\" of %2 is refused: a link must start with https://, "
                              "http:// or mailto:, or be an anchor such as #pricing.")
                           .arg(text, what));
    return QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded));
}

Result<QString> Renderer::safeImage(const QString &source, const QString &what)
{
    const QString text = source.trimmed();
    const QUrl url(text, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty() &&
        url.userInfo().isEmpty())
        return QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded));
    static const QRegularExpression relative(u"^[A-Za-z0-9_][A-Za-z0-9_./-]*$"_qs);
    if (scheme.isEmpty() && relative.match(text).hasMatch() && !text.contains(u".."_qs) &&
        !text.contains(u"//"_qs))
        return text;
    return failure(ErrorCode::Invalid,
                   Tr::tr("The image \"%1\" of %2 is refused: an image is an https:// or http:// "
                          "address or a file of the site such as assets/hero.jpg.")
                       .arg(text, what));
}

Result<RenderedSite> Renderer::render(const Page &page, const QList<Plan> &catalogue,
                                      const RenderOptions &options)
{
    QList<Section> active;
    for (const Section &section : page.sections)
        if (section.isActive)
            active.append(section);
    if (active.isEmpty())
        return failure(
            ErrorCode::Invalid,
            Tr::tr(
                "The page \"%1\" has no active section: activate or add one before publishing it.")
                .arg(page.title));
    std::stable_sort(active.begin(), active.end(),
                     [](const Section &a, const Section &b) { return a.position < b.position; });

    QString siteUrl = options.siteUrl.trimmed();
    auto safeSite = safeLink(siteUrl, Tr::tr("the site address"));
    if (!safeSite || safeSite->startsWith(u"mailto:"_qs) || safeSite->startsWith(u'#'))
        return failure(ErrorCode::Invalid,
                       Tr::tr("The site address \"%1\" must be an https:// or http:// address (the "
                              "sitemap and the Open Graph tags need it).")
                           .arg(siteUrl));
    siteUrl = *safeSite;
    if (!siteUrl.endsWith(u'/'))
        siteUrl += u'/';

    const PageWords &words = wordsFor(page.language);
    RenderedSite site;
    QString sectionsHtml;
    Data nav = list();
    QMap<SectionType, int> seen;
    bool hasHero = false;
    for (int i = 0; i < active.size(); ++i) {
        const Section &section = active.at(i);
        const QString id = anchorFor(section.type, seen);
        const QString what = sectionLabel(section, i);
        Result<Data> data = failure(ErrorCode::Invalid, {});
        const char16_t *navLabel = nullptr;
        switch (section.type) {
        case SectionType::Hero:
            if (hasHero) // a hero holds the page's one h1
                return failure(ErrorCode::Invalid,
                               Tr::tr("The page \"%1\" has two active hero sections; keep one.")
                                   .arg(page.title));
            hasHero = true;
            data = hero(section, id, what, page, options);
            break;
        case SectionType::Services:
            data = services(section, id, what, words, site.referencedAssets, options);
            navLabel = words.services;
            break;
        case SectionType::Pricing:
            data = pricing(section, id, catalogue, page, words);
            navLabel = words.pricing;
            break;
        case SectionType::Contact:
            data = contact(section, id, what, words);
            navLabel = words.contact;
            break;
        case SectionType::Faq:
            data = faq(section, id, words);
            navLabel = words.faq;
            break;
        }
        if (!data)
            return std::unexpected(data.error());
        auto html = renderTemplate(toString(section.type) + u".mustache"_qs, *data);
        if (!html)
            return std::unexpected(html.error());
        sectionsHtml += *html;
        if (navLabel) {
            Data item = object();
            item.set("id", s(id));
            const QString title = str(section.config, u"title");
            item.set("label", s(title.isEmpty() ? w(navLabel) : title));
            nav.push_back(item);
        }
    }

    auto css = resource(u"site.css"_qs);
    if (!css)
        return std::unexpected(css.error());
    const QByteArray cssBytes = css->toUtf8();
    const QString cssPath = u"assets/site."_qs + shortHash(cssBytes) + u".css"_qs;

    Data d = object();
    d.set("lang", s(page.language.isEmpty() ? u"en"_qs : page.language));
    d.set("ogLocale", s(page.language == u"fr" ? u"fr_FR"_qs : u"en_US"_qs));
    d.set("title", s(page.title));
    d.set("metaTitle",
          s(page.metaTitle.trimmed().isEmpty() ? page.title : page.metaTitle.trimmed()));
    if (!page.metaDescription.trimmed().isEmpty())
        d.set("metaDescription", s(page.metaDescription.trimmed()));
    d.set("siteUrl", s(siteUrl));
    if (!page.ogImage.trimmed().isEmpty()) {
        auto image = safeImage(page.ogImage, Tr::tr("the Open Graph image of the page"));
        if (!image)
            return std::unexpected(image.error());
        const bool relative = !image->contains(u':');
        if (relative)
            site.referencedAssets.append(*image);
        d.set("ogImage", s(relative ? siteUrl + *image : *image));
    }
    for (const Section &section : active)
        if (section.type == SectionType::Hero) {
            const QString image = str(section.config, u"backgroundImage");
            if (!image.isEmpty() && !image.contains(u':'))
                site.referencedAssets.append(image);
        }
    d.set("stylesheet", s(cssPath));
    d.set("skipText", s(w(words.skip)));
    d.set("menuText", s(w(words.menu)));
    d.set("has_nav", !nav.list_value().empty());
    d.set("nav", nav);
    d.set("pageHeading", !hasHero);
    d.set("sections", s(sectionsHtml));
    auto index = renderTemplate(u"index.html.mustache"_qs, d);
    if (!index)
        return std::unexpected(index.error());

    site.files.append({u"index.html"_qs, index->toUtf8(), "text/html; charset=utf-8", false});
    site.files.append({cssPath, cssBytes, "text/css; charset=utf-8", true});
    {
        Data map = object();
        map.set("siteUrl", s(siteUrl));
        if (page.createdAt.isValid())
            map.set("lastModified", s(page.createdAt.toUTC().date().toString(Qt::ISODate)));
        auto sitemap = renderTemplate(u"sitemap.xml.mustache"_qs, map);
        if (!sitemap)
            return std::unexpected(sitemap.error());
        site.files.append(
            {u"sitemap.xml"_qs, sitemap->toUtf8(), "application/xml; charset=utf-8", false});
        Data robots = object();
        robots.set("sitemapUrl", s(siteUrl + u"sitemap.xml"_qs));
        auto robotsText = renderTemplate(u"robots.txt.mustache"_qs, robots);
        if (!robotsText)
            return std::unexpected(robotsText.error());
        site.files.append(
            {u"robots.txt"_qs, robotsText->toUtf8(), "text/plain; charset=utf-8", false});
    }
    // The images of ours the page shows: every variant is a file of the site.
    site.referencedAssets.removeDuplicates();
    for (const QString &image : std::as_const(site.referencedAssets))
        for (const SiteImage &v : options.images.value(image))
            if (std::none_of(site.files.cbegin(), site.files.cend(),
                             [&](const RenderedFile &f) { return f.path == v.path; }))
                site.files.append({v.path, v.bytes, v.contentType, true});
    std::sort(site.files.begin(), site.files.end(),
              [](const RenderedFile &a, const RenderedFile &b) { return a.path < b.path; });
    site.referencedAssets.sort();
    return site;
}

} // namespace ic
