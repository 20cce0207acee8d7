#include "services/catalog/catalogtext.h"

#include "models/plan.h"
#include "models/tr.h"

#include <QStringList>

namespace ic {

QMap<QString, QString> planTypeLabels()
{
    return {
        {QStringLiteral("free"), Tr::tr("Free", "plan type")},
        {QStringLiteral("trial"), Tr::tr("Trial", "plan type")},
        {QStringLiteral("monthly"), Tr::tr("Monthly", "plan type")},
        {QStringLiteral("annual"), Tr::tr("Annual", "plan type")},
        {QStringLiteral("custom"), Tr::tr("Custom", "plan type")},
    };
}

QMap<QString, QString> billingCycleLabels()
{
    return {
        {QStringLiteral("none"), Tr::tr("None", "billing cycle")},
        {QStringLiteral("monthly"), Tr::tr("Monthly", "billing cycle")},
        {QStringLiteral("annual"), Tr::tr("Annual", "billing cycle")},
        {QStringLiteral("custom"), Tr::tr("Custom", "billing cycle")},
    };
}

QMap<QString, QString> discountTypeLabels()
{
    return {
        {QStringLiteral("percentage"), Tr::tr("Percentage", "discount type")},
        {QStringLiteral("fixed"), Tr::tr("Fixed amount", "discount type")},
    };
}

QMap<QString, QString> promotionScopeLabels()
{
    return {
        {QStringLiteral("first_payment"), Tr::tr("First payment", "promotion scope")},
        {QStringLiteral("renewals"), Tr::tr("Renewals", "promotion scope")},
        {QStringLiteral("both"), Tr::tr("First payment and renewals", "promotion scope")},
    };
}

QList<QString> knownLimitKeys()
{
    return {PlanLimit::Projects, PlanLimit::StorageGb, PlanLimit::Users, PlanLimit::ApiCalls};
}

QString limitLabel(const QString &key)
{
    if (key == PlanLimit::Projects)
        return Tr::tr("Projects");
    if (key == PlanLimit::StorageGb)
        return Tr::tr("Storage (GB)");
    if (key == PlanLimit::Users)
        return Tr::tr("Users");
    if (key == PlanLimit::ApiCalls)
        return Tr::tr("API calls");
    return key;
}

QString limitsSummary(const QMap<QString, qint64> &limits)
{
    QStringList parts;
    for (auto it = limits.begin(); it != limits.end(); ++it)
        parts.append(limitLabel(it.key()) + u' ' +
                     (it.value() < 0 ? Tr::tr("unlimited") : QString::number(it.value())));
    return parts.join(u" · ");
}

} // namespace ic
