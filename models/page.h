#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ic {

enum class PageStatus { Draft, Published, Archived };
enum class SectionType { Hero, Services, Pricing, Contact, Faq };
enum class ServiceBadge { None, Popular, New, ComingSoon };

QString toString(PageStatus s);
QString toString(SectionType t);
QString toString(ServiceBadge b);
std::optional<PageStatus> pageStatusFromString(const QString &s);
std::optional<SectionType> sectionTypeFromString(const QString &s);
std::optional<ServiceBadge> serviceBadgeFromString(const QString &s);

// One offer shown in a "services" section.
struct Service {
    qint64 id = 0;
    qint64 sectionId = 0;
    QString name;
    QString description;
    QStringList advantages;
    QString icon;
    QString image;
    QString link;
    ServiceBadge badge = ServiceBadge::None;
    int position = 0;
    bool isActive = true;
};

// A block of the homepage. Its settings live in `config`, shaped by its type:
//  hero:     title, subtitle, primaryCta{text,link,style}, secondaryCta{...}, backgroundImage
//  services: title, columns (2, 3 or 4)
//  pricing:  title, highlightedPlanSlug
//  contact:  title, email, formFields[{name,label,type,required}]
//  faq:      title, items[{question,answer}]
struct Section {
    qint64 id = 0;
    qint64 pageId = 0;
    SectionType type = SectionType::Hero;
    int position = 0;
    bool isActive = true;
    QJsonObject config;
    QList<Service> services; // only for SectionType::Services
};

// One version of a page: saving makes a new version whose parent is the one edited.
struct Page {
    qint64 id = 0;
    QString slug;
    QString title;
    QString metaTitle;
    QString metaDescription;
    QString ogImage;
    QString language = QStringLiteral("en");
    PageStatus status = PageStatus::Draft;
    int version = 1;
    qint64 parentId = 0;
    QString createdBy;
    QDateTime createdAt;
    QDateTime publishedAt;
    QList<Section> sections;
    int rowVersion = 0;
};

} // namespace ic
