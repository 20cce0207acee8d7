#pragma once

#include "models/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ic {

enum class CreditType { Refund, Manual, Promotion, Adjustment };
QString toString(CreditType t);
std::optional<CreditType> creditTypeFromString(const QString &s);

struct UserCredit {
    qint64 id = 0;
    qint64 customerId = 0;
    CreditType type = CreditType::Manual;
    Money amount;
    qint64 usedMinor = 0;
    QString reason;
    qint64 sourceInvoiceId = 0;
    QDate expiresOn; // null = never
    QString createdBy;
    QDateTime createdAt;
    int rowVersion = 0;

    Money available() const { return Money(amount.minor() - usedMinor, amount.currency()); }
    bool isExpiredOn(QDate day) const { return expiresOn.isValid() && day > expiresOn; }
};

} // namespace ic
