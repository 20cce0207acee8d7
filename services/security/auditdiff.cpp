#include "services/security/auditdiff.h"

#include "models/money.h"
#include "models/tr.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace ic {

namespace {

const QString kMinor = QStringLiteral("_minor");

// "setup_fee" → "Setup fee"
QString humanized(QString key)
{
    key.replace(u'_', u' ');
    if (!key.isEmpty())
        key[0] = key.at(0).toUpper();
    return key;
}

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return v.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items.append(valueText(item));
        return items.join(u", ");
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            items.append(humanized(it.key()) + u": " + valueText(it.value()));
        return items.join(u", ");
    }
    }
    return QString();
}

// An amount in minor units reads as money when its record says the currency.
QString fieldText(const QJsonObject &record, const QString &key)
{
    const QJsonValue v = record.value(key);
    const QString currency = record.value(QStringLiteral("currency")).toString();
    if (key.endsWith(kMinor) && v.isDouble() && !currency.isEmpty())
        return Money(qint64(v.toDouble()), currency).toDecimalString() + u' ' + currency;
    return valueText(v);
}

QString labelOf(const QString &key)
{
    return humanized(key.endsWith(kMinor) ? key.chopped(kMinor.size()) : key);
}

} // namespace

QList<AuditFieldChange> auditDiff(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys = before.keys() + after.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QList<AuditFieldChange> changed;
    QList<AuditFieldChange> same;
    for (const QString &key : std::as_const(keys)) {
        AuditFieldChange c;
        c.key = key;
        c.label = labelOf(key);
        c.before = fieldText(before, key);
        c.after = fieldText(after, key);
        // Compared as read: the same amount in another currency is a change, too.
        c.isChanged = c.before != c.after || before.value(key) != after.value(key);
        (c.isChanged ? changed : same).append(c);
    }
    return changed + same;
}

QString auditChangedSummary(const QJsonObject &before, const QJsonObject &after)
{
    if (before.isEmpty())
        return QString();
    QStringList labels;
    for (const AuditFieldChange &c : auditDiff(before, after))
        if (c.isChanged)
            labels.append(c.label);
    return labels.join(u", ");
}

QMap<QString, QString> auditEntityLabels()
{
    return {
        {QStringLiteral("plan"), Tr::tr("Plan")},
        {QStringLiteral("promotion"), Tr::tr("Promotion")},
        {QStringLiteral("subscription"), Tr::tr("Subscription")},
        {QStringLiteral("invoice"), Tr::tr("Invoice")},
        {QStringLiteral("payment"), Tr::tr("Payment")},
        {QStringLiteral("credit"), Tr::tr("Credit")},
        {QStringLiteral("dunning_case"), Tr::tr("Dunning case")},
        {QStringLiteral("customer"), Tr::tr("Customer")},
        {QStringLiteral("staff_user"), Tr::tr("Staff account")},
        {QStringLiteral("page"), Tr::tr("Homepage")},
    };
}

QString auditEntityLabel(const QString &entity)
{
    return auditEntityLabels().value(entity, humanized(entity));
}

QMap<QString, QString> auditActionLabels()
{
    return {
        {QStringLiteral("create"), Tr::tr("Created")},
        {QStringLiteral("update"), Tr::tr("Changed")},
        {QStringLiteral("delete"), Tr::tr("Deleted")},
        {QStringLiteral("status"), Tr::tr("Status changed")},
        {QStringLiteral("reorder"), Tr::tr("Moved in the order")},
        {QStringLiteral("issue"), Tr::tr("Issued")},
        {QStringLiteral("credit_note"), Tr::tr("Credit note")},
        {QStringLiteral("password"), Tr::tr("Password changed")},
    };
}

} // namespace ic
