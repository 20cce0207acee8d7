#pragma once

#include "models/money.h"
#include "models/payment.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace ic {

// The data of each notification template, one struct a template, written as the JSON of
// outbox_messages.data. The e-mail and SMS layer formats the amounts and dates in the
// customer's language; the JSON is therefore typed and stable:
//   - an amount is two keys, "<name>_minor" (integer minor units) and "currency" (ISO 4217,
//     one currency a message);
//   - a date is "YYYY-MM-DD";
//   - ids are integers, names and numbers strings, as stored.
// Every payload carries "customer_name". A key is never renamed or given another meaning;
// a new field is a new key.

// payment_confirmation: a payment was received on an invoice (card, transfer, cash…), in full
// or in part. "amount_minor" is the payment's amount, "invoice_total_minor" the invoice's
// total and "still_due_minor" what is left to pay after this payment.
struct PaymentConfirmation {
    QString templateKey() const { return QStringLiteral("payment_confirmation"); }
    QString customerName;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    qint64 paymentId = 0;
    Money amount;
    Money invoiceTotal;
    Money stillDue;
    PaymentMethod method = PaymentMethod::Card;
    QDate paidOn;
    QJsonObject toJson() const;
};

// authentication_required: an off-session charge needs the customer to authenticate (strong
// customer authentication); nothing was paid and the invoice waits for them.
struct AuthenticationRequired {
    QString templateKey() const { return QStringLiteral("authentication_required"); }
    QString customerName;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    qint64 paymentId = 0;
    Money amount;
    QDate dueDate;
    QString gateway;
    QJsonObject toJson() const;
};

// renewal_reminder: a renewal invoice falls due in a few days.
struct RenewalReminder {
    QString templateKey() const { return QStringLiteral("renewal_reminder"); }
    QString customerName;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    Money amountDue;
    QDate dueDate;
    QJsonObject toJson() const;
};

// The dunning calendar's reminders (payment_failed, payment_reminder, payment_reminder_sms,
// final_notice, or any template the dunning_policy names): the template key is the step's.
// "day_offset" is the step's day counted from the due date (J+3 = 3).
struct DunningReminder {
    QString stepTemplate; // the dunning_policy step's email or SMS template
    QString templateKey() const { return stepTemplate; }
    QString customerName;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    Money amountDue;
    QDate dueDate;
    int dayOffset = 0;
    QJsonObject toJson() const;
};

// subscription_cancelled: the subscription ended because an invoice stayed unpaid.
struct SubscriptionCancelled {
    QString templateKey() const { return QStringLiteral("subscription_cancelled"); }
    QString customerName;
    qint64 subscriptionId = 0;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    Money amountDue;
    QDate cancelledOn;
    QJsonObject toJson() const;
};

// trial_ended: a trial ended without a plan being chosen.
struct TrialEnded {
    QString templateKey() const { return QStringLiteral("trial_ended"); }
    QString customerName;
    qint64 subscriptionId = 0;
    QDate endedOn;
    QJsonObject toJson() const;
};

// subscription_confirmation: a subscription was taken at the counter.
struct SubscriptionConfirmation {
    QString templateKey() const { return QStringLiteral("subscription_confirmation"); }
    QString customerName;
    qint64 subscriptionId = 0;
    qint64 planId = 0;
    QString status; // the subscription's status as stored ("active", "trialing")
    QJsonObject toJson() const;
};

// invoice_issued and credit_note_issued: a document was issued; "credited_invoice_number"
// names the invoice a credit note corrects (empty for an invoice).
struct InvoiceIssued {
    QString templateKey() const { return QStringLiteral("invoice_issued"); }
    QString customerName;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    Money total;
    QDate dueDate;
    QJsonObject toJson() const;
};
struct CreditNoteIssued {
    QString templateKey() const { return QStringLiteral("credit_note_issued"); }
    QString customerName;
    qint64 invoiceId = 0; // the credit note's id
    QString invoiceNumber;
    QString creditedInvoiceNumber;
    Money total; // negative
    QJsonObject toJson() const;
};

} // namespace ic
