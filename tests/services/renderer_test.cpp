#include "services/publish/renderer.h"
#include "tests/services/publishfixtures.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

const RenderOptions kOptions{u"https://www.acme.example/"_qs};

QString fileOf(const RenderedSite &site, const QString &path)
{
    for (const RenderedFile &f : site.files)
        if (f.path == path)
            return QString::fromUtf8(f.bytes);
    ADD_FAILURE() << "no " << path.toStdString();
    return {};
}

QString indexOf(const Page &page, const QList<Plan> &plans = catalogue())
{
    auto site = Renderer::render(page, plans, kOptions);
    EXPECT_TRUE(site.has_value()) << (site ? "" : site.error().message.toStdString());
    return site ? fileOf(*site, u"index.html"_qs) : QString();
}

int count(const QString &text, const QString &what)
{
    return int(text.count(what));
}

void expectOneSentence(const QString &text)
{
    EXPECT_FALSE(text.contains(u'\n')) << text.toStdString();
    EXPECT_TRUE(text.endsWith(u'.')) << text.toStdString();
}

} // namespace

TEST(Renderer, FullPageIsSemanticAndComplete)
{
    auto site = Renderer::render(fullPage(), catalogue(), kOptions);
    ASSERT_TRUE(site) << site.error().message.toStdString();
    QStringList paths;
    for (const RenderedFile &f : site->files)
        paths.append(f.path);
    ASSERT_EQ(paths.size(), 4);
    EXPECT_TRUE(
        QRegularExpression(u"^assets/site\\.[0-9a-f]{12}\\.css$"_qs).match(paths.at(0)).hasMatch())
        << paths.at(0).toStdString();
    EXPECT_EQ(paths.mid(1), (QStringList{u"index.html"_qs, u"robots.txt"_qs, u"sitemap.xml"_qs}));
    EXPECT_TRUE(site->files.at(0).isHashed);
    EXPECT_EQ(site->files.at(1).contentType, "text/html; charset=utf-8");
    EXPECT_EQ(site->referencedAssets,
              (QStringList{u"assets/hero.jpg"_qs, u"assets/og.png"_qs, u"assets/search.png"_qs}));

    const QString html = fileOf(*site, u"index.html"_qs);
    // landmarks, one h1 (the hero's), an h2 per other section, h3 per card
    for (const QString &tag :
         {u"<header"_qs, u"<nav aria-label=\"Main\">"_qs, u"<main id=\"main\">"_qs, u"<footer"_qs})
        EXPECT_EQ(count(html, tag), 1) << tag.toStdString();
    EXPECT_EQ(count(html, u"<h1"_qs), 1);
    EXPECT_EQ(count(html, u"<h2"_qs), 4);
    EXPECT_LT(html.indexOf(u"<h1"_qs), html.indexOf(u"<h2"_qs));
    EXPECT_TRUE(html.contains(u"<html lang=\"en\">"_qs));
    // SEO
    EXPECT_TRUE(html.contains(u"<title>Acme: campaigns</title>"_qs));
    EXPECT_TRUE(
        html.contains(u"<meta name=\"description\" content=\"Plan and measure campaigns.\">"_qs));
    EXPECT_TRUE(html.contains(u"<meta property=\"og:title\" content=\"Acme: campaigns\">"_qs));
    EXPECT_TRUE(html.contains(
        u"<meta property=\"og:image\" content=\"https://www.acme.example/assets/og.png\">"_qs));
    EXPECT_TRUE(html.contains(u"<link rel=\"canonical\" href=\"https://www.acme.example/\">"_qs));
    EXPECT_TRUE(html.contains(u"<link rel=\"stylesheet\" href=\"%1\">"_qs.arg(paths.at(0))));
    // no external request: the only http(s) addresses are links and meta, never a src or stylesheet
    EXPECT_FALSE(html.contains(u"src=\"http"_qs));
    EXPECT_FALSE(fileOf(*site, paths.at(0)).contains(u"url("_qs));
    EXPECT_FALSE(fileOf(*site, paths.at(0)).contains(u"@import"_qs));
    // images: decorative hero background with empty alt, service image with its name
    EXPECT_TRUE(
        html.contains(u"<img class=\"hero-background\" src=\"assets/hero.jpg\" alt=\"\""_qs));
    EXPECT_TRUE(html.contains(u"<img src=\"assets/search.png\" alt=\"Search\""_qs));
    // a URL with a space is percent-encoded
    EXPECT_TRUE(html.contains(u"href=\"https://docs.example.com/a%20b\""_qs));
    // services: active ones in position order, with badges and advantages
    EXPECT_FALSE(html.contains(u"Hidden service"_qs));
    EXPECT_LT(html.indexOf(u">Search"_qs), html.indexOf(u">Payments"_qs));
    EXPECT_TRUE(html.contains(u"<span class=\"badge badge-coming-soon\">Coming soon</span>"_qs));
    EXPECT_TRUE(html.contains(u"<li>Precise</li>"_qs));
    EXPECT_TRUE(html.contains(u"class=\"cards columns-3\""_qs));
    // contact: every field has its label
    EXPECT_TRUE(html.contains(u"<label for=\"contact-email\">Email"_qs));
    EXPECT_TRUE(html.contains(
        u"<input id=\"contact-email\" name=\"email\" type=\"email\" autocomplete=\"email\" required>"_qs));
    EXPECT_TRUE(html.contains(u"<label for=\"contact-message\">Message</label>"_qs));
    EXPECT_TRUE(html.contains(
        u"<textarea id=\"contact-message\" name=\"message\" rows=\"5\"></textarea>"_qs));
    EXPECT_TRUE(html.contains(u"<a href=\"mailto:hello@acme.example\">hello@acme.example</a>"_qs));
    EXPECT_TRUE(html.contains(u"<summary>Trial?</summary>"_qs));
    // sitemap and robots
    EXPECT_TRUE(
        fileOf(*site, u"sitemap.xml"_qs)
            .contains(u"<loc>https://www.acme.example/</loc>\n<lastmod>2026-03-14</lastmod>"_qs));
    EXPECT_EQ(fileOf(*site, u"robots.txt"_qs),
              u"User-agent: *\nAllow: /\nSitemap: https://www.acme.example/sitemap.xml\n"_qs);
}

TEST(Renderer, PricingComesFromTheLiveCatalogueInTheLanguageOfThePage)
{
    const QString en = indexOf(fullPage(u"en"_qs));
    // public active plans only, by sort order: Free (1), Pro (2), Annual (3)
    EXPECT_FALSE(en.contains(u"Secret"_qs));
    EXPECT_FALSE(en.contains(u"Retired"_qs));
    EXPECT_LT(en.indexOf(u"<h3>Free</h3>"_qs), en.indexOf(u"<h3>Pro</h3>"_qs));
    EXPECT_LT(en.indexOf(u"<h3>Pro</h3>"_qs), en.indexOf(u"<h3>Annual</h3>"_qs));
    // Money::format's English pattern: symbol first, comma grouping
    EXPECT_TRUE(
        en.contains(u"<strong>€4,900.00</strong> <span class=\"period\">per month</span>"_qs))
        << en.toStdString();
    EXPECT_TRUE(en.contains(u"<strong>€190.00</strong> <span class=\"period\">per year</span>"_qs));
    EXPECT_TRUE(en.contains(u"plus €50.00 setup fee"_qs));
    EXPECT_TRUE(en.contains(u"14-day free trial"_qs));
    EXPECT_TRUE(en.contains(u"<li class=\"card plan plan-highlighted\">\n<h3>Pro</h3>"_qs));
    EXPECT_TRUE(en.contains(
        u"<a class=\"button button-primary\" href=\"https://app.example.com/signup?plan=pro\">Subscribe<span class=\"visually-hidden\">: Pro</span></a>"_qs));
    EXPECT_TRUE(en.contains(u"<span class=\"visually-hidden\">Not included: </span>SSO"_qs));

    const QString fr = indexOf(fullPage(u"fr"_qs));
    // French: narrow no-break space grouping (U+202F), decimal comma, the sign after
    EXPECT_TRUE(fr.contains(
        u"<strong>4\u202F900,00\u00A0€</strong> <span class=\"period\">par mois</span>"_qs))
        << fr.toStdString();
    EXPECT_TRUE(fr.contains(u"S’abonner"_qs));
    EXPECT_TRUE(fr.contains(u"<html lang=\"fr\">"_qs));
    EXPECT_TRUE(fr.contains(u"og:locale\" content=\"fr_FR\""_qs));
}

TEST(Renderer, EachSectionRendersEmpty)
{
    for (SectionType type : {SectionType::Hero, SectionType::Services, SectionType::Pricing,
                             SectionType::Contact, SectionType::Faq}) {
        Page page;
        page.slug = u"home"_qs;
        page.title = u"Acme"_qs;
        page.sections = {section(type, 1, {})};
        auto site = Renderer::render(page, {}, kOptions);
        ASSERT_TRUE(site) << toString(type).toStdString() << ": "
                          << site.error().message.toStdString();
        const QString html = fileOf(*site, u"index.html"_qs);
        EXPECT_EQ(count(html, u"<h1"_qs), 1) << toString(type).toStdString();
        EXPECT_EQ(count(html, u"<section id=\""_qs + toString(type) + u'"'), 1)
            << html.toStdString();
        EXPECT_FALSE(html.contains(u"<ul"_qs) && type != SectionType::Hero &&
                     html.contains(u"<ul class=\"cards"_qs));
        EXPECT_FALSE(html.contains(u"<form"_qs));
    }
}

TEST(Renderer, HostileStringsAreShownAsText)
{
    Page page = fullPage();
    const QString hostile = u"<script>alert(\"x\")</script>&'"_qs;
    page.title = hostile;
    page.metaTitle.clear();
    page.metaDescription = u"\" onload=\"alert(1)"_qs;
    page.sections[0].config[u"title"_qs] = hostile;
    page.sections[1].services[0].name = hostile;
    page.sections[1].services[0].advantages = {u"<img src=x onerror=alert(1)>"_qs};
    page.sections[4].config[u"items"_qs] = QJsonArray{
        QJsonObject{{u"question"_qs, hostile}, {u"answer"_qs, u"</details><script>"_qs}}};
    QList<Plan> plans = catalogue();
    plans[1].name = hostile;
    plans[1].features[0].label = u"{{mustache}} <b>"_qs;
    const QString html = indexOf(page, plans);
    const QString escaped = u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&apos;"_qs;
    EXPECT_FALSE(html.contains(u"<script"_qs));
    EXPECT_FALSE(html.contains(u"<img src=x"_qs));
    EXPECT_FALSE(html.contains(u"<b>"_qs));
    EXPECT_GE(count(html, escaped), 6) << html.toStdString();
    EXPECT_TRUE(html.contains(u"<title>"_qs + escaped + u"</title>"_qs));
    EXPECT_TRUE(html.contains(u"content=\"&quot; onload=&quot;alert(1)\""_qs));
    EXPECT_TRUE(html.contains(u"{{mustache}} &lt;b&gt;"_qs));
}

TEST(Renderer, RefusesLinksThatAreNotWebMailOrAnchor)
{
    for (const QString &bad :
         {u"javascript:alert(1)"_qs, u"  JaVaScRiPt:alert(1)"_qs, u"data:text/html,<b>"_qs,
          u"vbscript:x"_qs, u"//evil.example/"_qs, u"relative/page.html"_qs,
          u"https://user:pw@x.example/"_qs, u"#\" onclick=\"x"_qs}) {
        Page page = fullPage();
        QJsonObject cta{{u"text"_qs, u"Go"_qs}, {u"link"_qs, bad}};
        page.sections[0].config[u"primaryCta"_qs] = cta;
        auto site = Renderer::render(page, catalogue(), kOptions);
        ASSERT_FALSE(site) << bad.toStdString();
        EXPECT_EQ(site.error().code, ErrorCode::Invalid);
        EXPECT_TRUE(site.error().message.contains(u"refused"_qs))
            << site.error().message.toStdString();
        EXPECT_TRUE(site.error().message.contains(u"\"Go\""_qs))
            << site.error().message.toStdString();
        expectOneSentence(site.error().message);
    }
    QList<Plan> plans = catalogue();
    plans[1].signupUrl = u"javascript:alert(document.cookie)"_qs;
    auto site = Renderer::render(fullPage(), plans, kOptions);
    ASSERT_FALSE(site);
    EXPECT_TRUE(site.error().message.contains(u"signup link of the plan \"Pro\""_qs))
        << site.error().message.toStdString();

    Page page = fullPage();
    page.sections[1].services[0].image = u"javascript:alert(1)"_qs;
    EXPECT_FALSE(Renderer::render(page, catalogue(), kOptions));
    EXPECT_EQ(*Renderer::safeLink(u"mailto:a@b.example"_qs, u"x"_qs), u"mailto:a@b.example"_qs);
    EXPECT_EQ(*Renderer::safeLink(u" #pricing "_qs, u"x"_qs), u"#pricing"_qs);
}

TEST(Renderer, SameInputSameBytes)
{
    auto a = Renderer::render(fullPage(), catalogue(), kOptions);
    auto b = Renderer::render(fullPage(), catalogue(), kOptions);
    ASSERT_TRUE(a && b);
    ASSERT_EQ(a->files.size(), b->files.size());
    for (int i = 0; i < a->files.size(); ++i) {
        EXPECT_EQ(a->files[i].path, b->files[i].path);
        EXPECT_EQ(a->files[i].bytes, b->files[i].bytes);
    }
    // a price change in the catalogue changes index.html only
    QList<Plan> plans = catalogue();
    plans[1].price = Money(500000, u"EUR"_qs);
    auto c = Renderer::render(fullPage(), plans, kOptions);
    ASSERT_TRUE(c);
    for (int i = 0; i < a->files.size(); ++i)
        EXPECT_EQ(a->files[i].bytes == c->files[i].bytes, a->files[i].path != u"index.html")
            << a->files[i].path.toStdString();
}

TEST(Renderer, RefusesAPageWithNoActiveSection)
{
    Page page = fullPage();
    for (Section &s : page.sections)
        s.isActive = false;
    auto site = Renderer::render(page, catalogue(), kOptions);
    ASSERT_FALSE(site);
    EXPECT_EQ(
        site.error().message,
        u"The page \"Acme\" has no active section: activate or add one before publishing it."_qs);
    page.sections.clear();
    EXPECT_FALSE(Renderer::render(page, catalogue(), kOptions));
}

TEST(Renderer, NeedsAWebSiteAddress)
{
    auto site = Renderer::render(fullPage(), catalogue(), RenderOptions{u"javascript:x"_qs});
    ASSERT_FALSE(site);
    expectOneSentence(site.error().message);
}
