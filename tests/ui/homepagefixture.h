#pragma once

// A homepage written out by hand for the Homepage area's tests (the shape of the demo
// homepage), a small catalogue, and waiting helpers.

#include "models/page.h"
#include "models/plan.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <functional>

namespace ic::test {

inline Page handWrittenHomepage()
{
    Page page;
    page.slug = QStringLiteral("home");
    page.title = QStringLiteral("Acme");
    page.metaTitle = QStringLiteral("Acme: tools");
    page.metaDescription = QStringLiteral("Tools for teams.");
    Section hero;
    hero.type = SectionType::Hero;
    hero.config = {
        {QStringLiteral("title"), QStringLiteral("Ship faster")},
        {QStringLiteral("subtitle"), QStringLiteral("Plan, build and ship in one place.")},
        {QStringLiteral("primaryCta"),
         QJsonObject{{QStringLiteral("text"), QStringLiteral("Start free")},
                     {QStringLiteral("link"), QStringLiteral("#pricing")},
                     {QStringLiteral("style"), QStringLiteral("primary")}}},
        {QStringLiteral("secondaryCta"),
         QJsonObject{{QStringLiteral("text"), QStringLiteral("Learn more")},
                     {QStringLiteral("link"), QStringLiteral("#services")},
                     {QStringLiteral("style"), QStringLiteral("outline")}}}};
    Section services;
    services.type = SectionType::Services;
    services.config = {{QStringLiteral("title"), QStringLiteral("What we do")},
                       {QStringLiteral("columns"), 3}};
    for (const char *name : {"Boards", "Reports", "Billing"}) {
        Service s;
        s.name = QString::fromLatin1(name);
        s.description = QStringLiteral("About ") + s.name;
        s.advantages = {QStringLiteral("Fast"), QStringLiteral("Simple")};
        s.link = QStringLiteral("#contact");
        services.services.append(s);
    }
    Section pricing;
    pricing.type = SectionType::Pricing;
    pricing.config = {{QStringLiteral("title"), QStringLiteral("Prices")},
                      {QStringLiteral("highlightedPlanSlug"), QStringLiteral("pro")}};
    Section contact;
    contact.type = SectionType::Contact;
    contact.config = {{QStringLiteral("title"), QStringLiteral("Write to us")},
                      {QStringLiteral("email"), QStringLiteral("hello@acme.example")},
                      {QStringLiteral("formFields"),
                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("email")},
                                              {QStringLiteral("label"), QStringLiteral("Email")},
                                              {QStringLiteral("type"), QStringLiteral("email")},
                                              {QStringLiteral("required"), true}}}}};
    Section faq;
    faq.type = SectionType::Faq;
    faq.config = {
        {QStringLiteral("title"), QStringLiteral("FAQ")},
        {QStringLiteral("items"),
         QJsonArray{QJsonObject{{QStringLiteral("question"), QStringLiteral("Is it free?")},
                                {QStringLiteral("answer"), QStringLiteral("The Free plan is.")}}}}};
    page.sections = {hero, services, pricing, contact, faq};
    return page;
}

inline QList<Plan> handWrittenCatalogue()
{
    Plan free;
    free.slug = QStringLiteral("free");
    free.name = QStringLiteral("Free");
    free.price = Money(0, QStringLiteral("EUR"));
    free.sortOrder = 1;
    Plan pro;
    pro.slug = QStringLiteral("pro");
    pro.name = QStringLiteral("Pro");
    pro.price = Money(2900, QStringLiteral("EUR"));
    pro.sortOrder = 2;
    Plan hidden; // not public: never offered on the page
    hidden.slug = QStringLiteral("staff");
    hidden.name = QStringLiteral("Staff");
    hidden.price = Money(0, QStringLiteral("EUR"));
    hidden.isPublic = false;
    hidden.sortOrder = 3;
    return {free, pro, hidden};
}

// Runs the event loop until `done` holds or `ms` pass; returns whether it holds.
inline bool waitFor(const std::function<bool()> &done, int ms = 15000)
{
    const QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace ic::test

// Failures name the text, not its bytes.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
