#include "services/homepage/versionsdiff.h"

#include "models/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace ic {

namespace {

const QString kSectionMarker = u"section"_qs;
const QString kServiceMarker = u"service"_qs;

void flattenObject(PageFields::Map &out, const QString &prefix, const QJsonObject &object)
{
    if (object.isEmpty()) {
        out.insert(prefix, QJsonObject{});
        return;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix + u'/' + it.key();
        if (it->isObject())
            flattenObject(out, key, it->toObject());
        else
            out.insert(key, *it);
    }
}

void insertPath(QJsonObject &object, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    if (path.isEmpty()) {
        object.insert(head, value);
        return;
    }
    QJsonObject child = object.value(head).toObject();
    insertPath(child, path, value);
    object.insert(head, child);
}

// The section keys of a page in page order: "hero", "services", "faq", "faq#2".
QStringList sectionKeys(const Page &page)
{
    QHash<SectionType, int> seen;
    QStringList keys;
    for (const Section &s : page.sections) {
        const int rank = ++seen[s.type];
        keys.append(rank == 1 ? toString(s.type) : toString(s.type) + u'#' + QString::number(rank));
    }
    return keys;
}

// "services/service 2/name" → "services/service 2"; "" when the key is in no service.
QString serviceGroupOf(const QString &key)
{
    const QStringList parts = key.split(u'/');
    if (parts.size() >= 3 && parts.at(1).startsWith(u"service "))
        return parts.at(0) + u'/' + parts.at(1);
    return {};
}

bool isUnder(const QString &key, const QString &group)
{
    return key.startsWith(group + u'/');
}

} // namespace

PageFields::Map PageFields::flatten(const Page &page)
{
    Map out;
    out.insert(u"page/title"_qs, page.title);
    out.insert(u"page/metaTitle"_qs, page.metaTitle);
    out.insert(u"page/metaDescription"_qs, page.metaDescription);
    out.insert(u"page/ogImage"_qs, page.ogImage);
    out.insert(u"page/language"_qs, page.language);
    const QStringList keys = sectionKeys(page);
    for (qsizetype i = 0; i < page.sections.size(); ++i) {
        const Section &s = page.sections.at(i);
        const QString k = keys.at(i);
        out.insert(k + u'/' + kSectionMarker, true);
        out.insert(k + u"/position", int(i));
        out.insert(k + u"/active", s.isActive);
        if (!s.config.isEmpty())
            flattenObject(out, k + u"/config", s.config);
        for (qsizetype n = 0; n < s.services.size(); ++n) {
            const Service &v = s.services.at(n);
            const QString g = k + u"/service " + QString::number(n + 1) + u'/';
            out.insert(g + kServiceMarker, true);
            out.insert(g + u"name", v.name);
            out.insert(g + u"description", v.description);
            out.insert(g + u"advantages", QJsonArray::fromStringList(v.advantages));
            out.insert(g + u"icon", v.icon);
            out.insert(g + u"image", v.image);
            out.insert(g + u"link", v.link);
            out.insert(g + u"badge", toString(v.badge));
            out.insert(g + u"active", v.isActive);
        }
    }
    return out;
}

Page PageFields::unflatten(const Map &fields, const Page &identity)
{
    Page page = identity;
    page.title = fields.value(u"page/title"_qs).toString();
    page.metaTitle = fields.value(u"page/metaTitle"_qs).toString();
    page.metaDescription = fields.value(u"page/metaDescription"_qs).toString();
    page.ogImage = fields.value(u"page/ogImage"_qs).toString();
    page.language = fields.value(u"page/language"_qs).toString(identity.language);
    page.sections.clear();

    struct Pending {
        QString key;
        int position = 0;
        Section section;
        QMap<int, Service> services;
        QSet<int> presentServices;
    };
    QMap<QString, Pending> sections;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (it.key().endsWith(u'/' + kSectionMarker) && it.key().count(u'/') == 1) {
            Pending p;
            p.key = sectionOf(it.key());
            p.section.type =
                sectionTypeFromString(p.key.section(u'#', 0, 0)).value_or(SectionType::Hero);
            sections.insert(p.key, p);
        }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString sectionKey = sectionOf(it.key());
        auto at = sections.find(sectionKey);
        if (at == sections.end())
            continue;
        const QStringList path = fieldOf(it.key()).split(u'/');
        if (path.first() == u"position")
            at->position = it->toInt();
        else if (path.first() == u"active")
            at->section.isActive = it->toBool();
        else if (path.first() == u"config" && path.size() > 1)
            insertPath(at->section.config, path.mid(1), *it);
        else if (path.first().startsWith(u"service ") && path.size() == 2) {
            const int n = path.first().mid(8).toInt();
            Service &v = at->services[n];
            const QString &f = path.at(1);
            if (f == kServiceMarker)
                at->presentServices.insert(n);
            else if (f == u"name")
                v.name = it->toString();
            else if (f == u"description")
                v.description = it->toString();
            else if (f == u"advantages") {
                for (const QJsonValue &a : it->toArray())
                    v.advantages.append(a.toString());
            } else if (f == u"icon")
                v.icon = it->toString();
            else if (f == u"image")
                v.image = it->toString();
            else if (f == u"link")
                v.link = it->toString();
            else if (f == u"badge")
                v.badge = serviceBadgeFromString(it->toString()).value_or(ServiceBadge::None);
            else if (f == u"active")
                v.isActive = it->toBool();
        }
    }
    QList<Pending> ordered = sections.values();
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Pending &a, const Pending &b) { return a.position < b.position; });
    for (Pending &p : ordered) {
        int position = 0;
        for (auto it = p.services.begin(); it != p.services.end(); ++it)
            if (p.presentServices.contains(it.key())) {
                it->position = position++;
                p.section.services.append(*it);
            }
        p.section.position = int(page.sections.size());
        page.sections.append(p.section);
    }
    return page;
}

QString PageFields::sectionOf(const QString &key)
{
    return key.section(u'/', 0, 0);
}

QString PageFields::fieldOf(const QString &key)
{
    return key.section(u'/', 1);
}

QString PageFields::display(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject()) {
                QStringList parts;
                const QJsonObject o = item.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    parts.append(display(*it));
                items.append(parts.join(u" — "));
            } else
                items.append(display(item));
        }
        return items.join(u"; ");
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QList<FieldChange> PageDiff::compare(const Page &a, const Page &b)
{
    const PageFields::Map fa = PageFields::flatten(a);
    const PageFields::Map fb = PageFields::flatten(b);
    QStringList order{u"page"_qs};
    for (const QString &k : sectionKeys(b))
        order.append(k);
    for (const QString &k : sectionKeys(a))
        if (!order.contains(k))
            order.append(k);
    QList<FieldChange> changes;
    for (const QString &section : order) {
        const QString marker = section + u'/' + kSectionMarker;
        if (section != u"page" && fa.contains(marker) != fb.contains(marker)) {
            FieldChange c;
            c.section = section;
            c.kind = fb.contains(marker) ? FieldChange::Kind::Added : FieldChange::Kind::Removed;
            changes.append(c);
            continue;
        }
        QStringList keys;
        for (auto it = fa.cbegin(); it != fa.cend(); ++it)
            if (PageFields::sectionOf(it.key()) == section)
                keys.append(it.key());
        for (auto it = fb.cbegin(); it != fb.cend(); ++it)
            if (PageFields::sectionOf(it.key()) == section && !fa.contains(it.key()))
                keys.append(it.key());
        std::sort(keys.begin(), keys.end());
        for (const QString &key : keys) {
            const QJsonValue before = fa.value(key, QJsonValue::Undefined);
            const QJsonValue after = fb.value(key, QJsonValue::Undefined);
            if (before == after || key == marker)
                continue;
            FieldChange c;
            c.section = section;
            c.field = PageFields::fieldOf(key);
            c.kind = before.isUndefined()  ? FieldChange::Kind::Added
                     : after.isUndefined() ? FieldChange::Kind::Removed
                                           : FieldChange::Kind::Changed;
            c.before = before;
            c.after = after;
            changes.append(c);
        }
    }
    return changes;
}

namespace {

struct Sides {
    PageFields::Map base, mine, theirs;
};

} // namespace

PageMerge PageMerger::merge(const Page &base, const Page &mine, const Page &theirs)
{
    const PageFields::Map b = PageFields::flatten(base);
    const PageFields::Map m = PageFields::flatten(mine);
    const PageFields::Map t = PageFields::flatten(theirs);
    QSet<QString> keys;
    for (const auto *map : {&b, &m, &t})
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            keys.insert(it.key());
    QStringList sorted(keys.cbegin(), keys.cend());
    std::sort(sorted.begin(), sorted.end());

    PageMerge result;
    result.base = b;
    result.mine = m;
    result.theirs = t;
    for (const QString &key : sorted) {
        const QJsonValue vb = b.value(key, QJsonValue::Undefined);
        const QJsonValue vm = m.value(key, QJsonValue::Undefined);
        const QJsonValue vt = t.value(key, QJsonValue::Undefined);
        QJsonValue chosen;
        if (vm == vt)
            chosen = vm;
        else if (vm == vb) {
            chosen = vt;
            ++result.takenFromTheirs;
        } else if (vt == vb) {
            chosen = vm;
            ++result.keptFromMine;
        } else {
            result.conflicts.append(MergeConflict{key, vb, vm, vt});
            continue;
        }
        if (!chosen.isUndefined())
            result.merged.insert(key, chosen);
    }

    // A section or service one side removed while the other changed it is one conflict
    // for the whole of it: keeping it brings back every field of the side that kept it.
    QStringList groups;
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        const QString &key = it.key();
        if (key.count(u'/') == 1 && key.endsWith(u'/' + kSectionMarker))
            groups.append(PageFields::sectionOf(key));
        else if (key.endsWith(u'/' + kServiceMarker) && !serviceGroupOf(key).isEmpty())
            groups.append(serviceGroupOf(key));
    }
    QStringList decided;
    for (const QString &group : groups) {
        if (std::any_of(decided.cbegin(), decided.cend(),
                        [&](const QString &d) { return isUnder(group, d); }))
            continue;
        const QString marker =
            group + u'/' + (group.contains(u'/') ? kServiceMarker : kSectionMarker);
        const bool inMine = m.contains(marker);
        const bool inTheirs = t.contains(marker);
        if (inMine == inTheirs)
            continue;
        const PageFields::Map &kept = inMine ? m : t;
        bool keptChanged = false;
        for (auto it = kept.cbegin(); it != kept.cend(); ++it)
            if (isUnder(it.key(), group) && b.value(it.key(), QJsonValue::Undefined) != *it)
                keptChanged = true;
        if (!keptChanged)
            continue; // removed on one side, untouched on the other: removed
        result.conflicts.erase(
            std::remove_if(result.conflicts.begin(), result.conflicts.end(),
                           [&](const MergeConflict &c) { return isUnder(c.key, group); }),
            result.conflicts.end());
        result.conflicts.append(MergeConflict{
            marker, true, inMine ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined),
            inTheirs ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined)});
        decided.append(group);
    }
    return result;
}

bool MergeConflict::isWhole() const
{
    return key.count(u'/') == 1 ? key.endsWith(u"/section") : key.endsWith(u"/service");
}

Page PageMerge::result(const Page &newest) const
{
    PageFields::Map fields = merged;
    auto sideOf = [&](MergeConflict::Choice c) -> const PageFields::Map & {
        return c == MergeConflict::Choice::Mine     ? mine
               : c == MergeConflict::Choice::Theirs ? theirs
                                                    : base;
    };
    for (const MergeConflict &c : conflicts) {
        if (c.isWhole())
            continue;
        const QJsonValue v = sideOf(c.choice).value(c.key, QJsonValue::Undefined);
        if (v.isUndefined())
            fields.remove(c.key);
        else
            fields.insert(c.key, v);
    }
    for (const MergeConflict &c : conflicts) {
        if (!c.isWhole())
            continue;
        const QString group = c.key.section(u'/', 0, -2);
        for (auto it = fields.begin(); it != fields.end();)
            it = isUnder(it.key(), group) ? fields.erase(it) : std::next(it);
        const PageFields::Map &side = sideOf(c.choice);
        for (auto it = side.cbegin(); it != side.cend(); ++it)
            if (isUnder(it.key(), group))
                fields.insert(it.key(), *it);
    }
    Page page = PageFields::unflatten(fields, newest);
    page.id = newest.id;
    return page;
}

} // namespace ic
