#pragma once

#include "models/money.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace ic {

enum class PlanType { Free, Trial, Monthly, Annual, Custom };
enum class BillingCycle { None, Monthly, Annual, Custom };

QString toString(PlanType t);
QString toString(BillingCycle c);
std::optional<PlanType> planTypeFromString(const QString &s);
std::optional<BillingCycle> billingCycleFromString(const QString &s);

struct PlanFeature {
    qint64 id = 0;
    qint64 planId = 0;
    int position = 0;
    QString label;
    bool isIncluded = true;
};

// Known limit keys; the value -1 means unlimited.
namespace PlanLimit {
inline const QString Projects = QStringLiteral("projects");
inline const QString StorageGb = QStringLiteral("storage_gb");
inline const QString Users = QStringLiteral("users");
inline const QString ApiCalls = QStringLiteral("api_calls");
} // namespace PlanLimit

struct Plan {
    qint64 id = 0;
    QString slug;
    QString name;
    QString description;
    PlanType type = PlanType::Monthly;
    BillingCycle cycle = BillingCycle::Monthly;
    int intervalMonths = 1; // months between renewals (12 for annual, any for custom)
    Money price;
    Money setupFee;
    int trialDays = 0;
    QMap<QString, qint64> limits;
    bool isPublic = true;
    bool isActive = true;
    int sortOrder = 0;
    QString signupUrl;
    QList<PlanFeature> features;
    QDateTime createdAt;
    int rowVersion = 0;
};

} // namespace ic
