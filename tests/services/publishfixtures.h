#pragma once

// A homepage with every section filled and a small catalogue, written in the test so the
// renderer's fixtures need no database.

#include "models/page.h"
#include "models/plan.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ic::test {

inline Section section(SectionType type, int position, QJsonObject config)
{
    Section s;
    s.type = type;
    s.position = position;
    s.config = std::move(config);
    return s;
}

inline Page fullPage(const QString &language = u"en"_qs)
{
    Page page;
    page.id = 7;
    page.slug = u"home"_qs;
    page.title = u"Acme"_qs;
    page.metaTitle = u"Acme: campaigns"_qs;
    page.metaDescription = u"Plan and measure campaigns."_qs;
    page.ogImage = u"assets/og.png"_qs;
    page.language = language;
    page.version = 3;
    page.createdAt = QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC);
    page.sections.append(
        section(SectionType::Hero, 1,
                {{u"title"_qs, u"Campaigns without spreadsheets"_qs},
                 {u"subtitle"_qs, u"Find creators and pay them."_qs},
                 {u"primaryCta"_qs, QJsonObject{{u"text"_qs, u"Start"_qs},
                                                {u"link"_qs, u"#pricing"_qs},
                                                {u"style"_qs, u"primary"_qs}}},
                 {u"secondaryCta"_qs, QJsonObject{{u"text"_qs, u"Docs"_qs},
                                                  {u"link"_qs, u"https://docs.example.com/a b"_qs},
                                                  {u"style"_qs, u"outline"_qs}}},
                 {u"backgroundImage"_qs, u"assets/hero.jpg"_qs}}));
    Section services =
        section(SectionType::Services, 2, {{u"title"_qs, u"What we do"_qs}, {u"columns"_qs, 3}});
    Service search;
    search.name = u"Search"_qs;
    search.description = u"Find creators."_qs;
    search.advantages = {u"Fast"_qs, u"Precise"_qs};
    search.icon = u"search"_qs;
    search.image = u"assets/search.png"_qs;
    search.link = u"#contact"_qs;
    search.badge = ServiceBadge::Popular;
    search.position = 1;
    Service hidden = search;
    hidden.name = u"Hidden service"_qs;
    hidden.isActive = false;
    hidden.position = 2;
    Service pay = search;
    pay.name = u"Payments"_qs;
    pay.image.clear();
    pay.badge = ServiceBadge::ComingSoon;
    pay.position = 3;
    services.services = {pay, search, hidden};
    page.sections.append(services);
    page.sections.append(
        section(SectionType::Pricing, 3,
                {{u"title"_qs, u"Pricing"_qs}, {u"highlightedPlanSlug"_qs, u"pro"_qs}}));
    page.sections.append(
        section(SectionType::Contact, 4,
                {{u"title"_qs, u"Talk to us"_qs},
                 {u"email"_qs, u"hello@acme.example"_qs},
                 {u"formFields"_qs, QJsonArray{QJsonObject{{u"name"_qs, u"email"_qs},
                                                           {u"label"_qs, u"Email"_qs},
                                                           {u"type"_qs, u"email"_qs},
                                                           {u"required"_qs, true}},
                                               QJsonObject{{u"name"_qs, u"message"_qs},
                                                           {u"label"_qs, u"Message"_qs},
                                                           {u"type"_qs, u"textarea"_qs},
                                                           {u"required"_qs, false}}}}}));
    page.sections.append(
        section(SectionType::Faq, 5,
                {{u"title"_qs, u"Questions"_qs},
                 {u"items"_qs, QJsonArray{QJsonObject{{u"question"_qs, u"Trial?"_qs},
                                                      {u"answer"_qs, u"14 days."_qs}}}}}));
    return page;
}

inline Plan plan(const QString &slug, const QString &name, qint64 priceMinor, int sortOrder)
{
    Plan p;
    p.slug = slug;
    p.name = name;
    p.description = name + u" plan."_qs;
    p.price = Money(priceMinor, u"EUR"_qs);
    p.setupFee = Money(0, u"EUR"_qs);
    p.sortOrder = sortOrder;
    p.signupUrl = u"https://app.example.com/signup?plan="_qs + slug;
    p.features = {PlanFeature{0, 0, 1, u"10 projects"_qs, true},
                  PlanFeature{0, 0, 2, u"SSO"_qs, false}};
    return p;
}

inline QList<Plan> catalogue()
{
    Plan pro = plan(u"pro"_qs, u"Pro"_qs, 490000, 2); // 4,900.00 € a month: shows grouping
    pro.setupFee = Money(5000, u"EUR"_qs);
    pro.trialDays = 14;
    Plan secret = plan(u"secret"_qs, u"Secret"_qs, 100, 0);
    secret.isPublic = false;
    Plan retired = plan(u"old"_qs, u"Retired"_qs, 100, 0);
    retired.isActive = false;
    Plan annual = plan(u"annual"_qs, u"Annual"_qs, 19000, 3);
    annual.cycle = BillingCycle::Annual;
    annual.type = PlanType::Annual;
    return {annual, pro, plan(u"free"_qs, u"Free"_qs, 0, 1), secret, retired};
}

} // namespace ic::test
