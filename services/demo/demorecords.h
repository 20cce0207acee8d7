#pragma once

#include "models/dunningladder.h"
#include "models/invoicemath.h"
#include "models/statuses.h"
#include "models/usercredit.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>
#include <vector>

namespace ic {

// The demo history's days: day 0 is the first day of the history.
class DemoDays final {
public:
    DemoDays(QDate start, QDate end)
        : m_start(start)
    {
        const int days = int(start.daysTo(end)) + 1;
        m_text.reserve(size_t(std::max(days, 0)));
        for (int d = 0; d < days; ++d)
            m_text.push_back(start.addDays(d).toString(Qt::ISODate));
    }

    int count() const { return int(m_text.size()); }
    int index(QDate d) const { return int(m_start.daysTo(d)); }
    QDate date(int day) const { return m_start.addDays(day); }
    const QString &text(int day) const { return m_text[size_t(day)]; }
    // An instant of that day in UTC, as the rows store it: "2026-03-15T10:00:00.000Z".
    QString stamp(int day, int minuteOfDay) const
    {
        return text(day) + u'T' + QString::number(minuteOfDay / 60).rightJustified(2, u'0') + u':' +
               QString::number(minuteOfDay % 60).rightJustified(2, u'0') + u":00.000Z";
    }

private:
    QDate m_start;
    std::vector<QString> m_text;
};

// An invoice of the demo book until it is written: its lines, its payments and, once a
// payment failed, its dunning case on the ladder.
struct DemoInvoice {
    qint64 id = 0;
    QString number;
    QString kind = QStringLiteral("invoice");
    qint64 creditFor = 0;
    qint64 customerId = 0;
    qint64 subscriptionId = 0;
    int customer = 0;
    QString status = QStringLiteral("sent");
    InvoiceAmounts amounts;
    qint64 paid = 0;
    int issueDay = 0;
    QDate periodStart;
    QDate periodEnd;
    int paidDay = -1;
    bool reverseCharge = false;
    QString notes;
    QList<QVariantList> items; // rows of invoice_items
    QList<QVariantList> payments;
    // dunning: dunning.id is 0 until a payment fails
    DunningCase dunning;
    int failedDay = -1;
    int lastContactDay = -1;
};

struct DemoSubscription {
    qint64 id = 0;
    int customer = 0;
    int plan = 0;
    SubscriptionStatus status = SubscriptionStatus::Active;
    int startedDay = 0;
    QDate trialEnds;
    QDate periodStart;
    QDate periodEnd;
    QDate nextBilling;
    int anchorDay = 1;
    bool cancelAtPeriodEnd = false;
    int cancelledDay = -1;
    int pausedDay = -1;
    qint64 promotionId = 0; // the promotion its first invoice took
    qint64 price = 0;
    int invoices = 0;
    int actionDay = -1;
    std::optional<DemoInvoice> open;
};

struct DemoCredit {
    qint64 id = 0;
    qint64 customerId = 0;
    CreditType type = CreditType::Manual;
    qint64 amount = 0;
    qint64 used = 0;
    QString reason;
    qint64 sourceInvoice = 0;
    int expiresDay = -1; // -1: never
    int createdDay = 0;
};

} // namespace ic
