#pragma once

#include "models/page.h"

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace ic {

// A page version as a flat list of fields, so two versions can be compared and three merged
// field by field. Keys read "page/title", "hero/config/primaryCta/text",
// "services/service 2/name". Sections are matched across versions by type and rank among
// the sections of that type ("faq", "faq#2"); services by their place in their section.
// Arrays (FAQ items, form fields, advantages) are one field each.
class PageFields final {
public:
    using Map = QMap<QString, QJsonValue>;
    static Map flatten(const Page &page);
    // Rebuilds the page's content from `fields`; identity (slug, id, status, author) comes
    // from `identity`.
    static Page unflatten(const Map &fields, const Page &identity);
    // "hero", "services#2": the section a key belongs to ("page" for the page's own fields).
    static QString sectionOf(const QString &key);
    // The key without its section: "config/title".
    static QString fieldOf(const QString &key);
    // A value as a person reads it in a table cell.
    static QString display(const QJsonValue &value);
};

// What changed from version A to version B, section by section.
struct FieldChange {
    enum class Kind { Added, Removed, Changed };
    QString section; // "page", "hero", "services#2"
    QString field;   // "" for a whole section added or removed
    Kind kind = Kind::Changed;
    QJsonValue before;
    QJsonValue after;
};

class PageDiff final {
public:
    // Sections in the order of B (then those only in A), their fields in key order.
    static QList<FieldChange> compare(const Page &a, const Page &b);
};

// A three-way merge of two versions edited from the same base.
struct MergeConflict {
    QString key;
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;
    enum class Choice { Mine, Theirs, Base } choice = Choice::Mine;
    // The whole section or service (one side removed it, the other changed it); `key` is
    // its marker ("faq/section", "services/service 2/service"), the values true or undefined.
    bool isWhole() const;
};

struct PageMerge {
    PageFields::Map merged;         // fields changed on one side only, taken from that side
    QList<MergeConflict> conflicts; // fields changed differently on both sides
    int takenFromTheirs = 0;
    int keptFromMine = 0;
    PageFields::Map base, mine, theirs;
    // The merged page, with each conflict resolved by its choice; saving it makes a draft
    // whose parent is `theirs` (the newest version).
    Page result(const Page &theirs) const;
};

class PageMerger final {
public:
    static PageMerge merge(const Page &base, const Page &mine, const Page &theirs);
};

} // namespace ic
