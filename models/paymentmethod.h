#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ic {

// What a customer pays with at one gateway: the gateway's token or agreement id (a Stripe
// payment method, a PayPal billing agreement, a simulated tok_…) and what a person needs to
// recognise it. Never a card number, never a CVC: those stay at the gateway.
struct CustomerPaymentMethod {
    qint64 id = 0;
    qint64 customerId = 0;
    QString gateway; // "simulated", "stripe", "paypal", ...
    QString token;
    QString brand;    // "visa", "mastercard", "paypal", ... empty when unknown
    QString lastFour; // four digits, empty when there are none (an agreement)
    int expMonth = 0; // 1-12, 0 when it does not expire
    int expYear = 0;
    bool isDefault = false; // the one the renewals charge, one per customer and gateway
    QDateTime createdAt;
    int rowVersion = 0;

    bool expires() const { return expMonth > 0 && expYear > 0; }
    // Expired once the last day of its expiry month is past.
    bool isExpiredOn(const QDate &day) const
    {
        return expires() && QDate(expYear, expMonth, 1).addMonths(1) <= day;
    }
    // "**** 4242" (or empty without digits): all a page shows of the number.
    QString maskedNumber() const
    {
        return lastFour.isEmpty() ? QString() : QStringLiteral("**** ") + lastFour;
    }
};

} // namespace ic
