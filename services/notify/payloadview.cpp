#include "services/notify/payloadview.h"

#include "models/money.h"

#include <QDate>
#include <QJsonValue>
#include <QRegularExpression>

#include <functional>

namespace ic {

namespace {

QString firstText(const QJsonObject &d, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const QJsonValue v = d.value(QString::fromUtf16(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toInteger());
    }
    return {};
}

QString dateField(const QJsonObject &d, std::initializer_list<const char16_t *> keys,
                  const QLocale &locale)
{
    const QString iso = firstText(d, keys);
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? customerDate(date, locale) : iso;
}

// An amount: "<name>_minor" with "currency" (the typed payloads), else an already formatted
// text ("amount"), else a decimal string with its currency ("total": "120.00").
QString amountField(const QJsonObject &d, std::initializer_list<const char16_t *> minorKeys,
                    std::initializer_list<const char16_t *> textKeys, const QLocale &locale)
{
    const QString currency = d.value(u"currency").toString(u"EUR"_qs);
    for (const char16_t *key : minorKeys) {
        const QJsonValue v = d.value(QString::fromUtf16(key));
        if (v.isDouble())
            return Money(v.toInteger(), currency).format(locale);
    }
    for (const char16_t *key : textKeys) {
        const QString text = d.value(QString::fromUtf16(key)).toString();
        if (text.isEmpty())
            continue;
        // "120.00" (Invoicing's decimal string) is formatted here; "68,75 €" was already.
        static const QRegularExpression decimal(u"^-?[0-9]+(\\.[0-9]+)?$"_qs);
        if (decimal.match(text).hasMatch())
            if (auto m = Money::parseDecimal(text, currency))
                return m->format(locale);
        return text;
    }
    return {};
}

QString customerName(const QJsonObject &d)
{
    return firstText(d, {u"customer_name", u"customer"});
}
QString invoiceNumber(const QJsonObject &d)
{
    return firstText(d, {u"invoice_number", u"number", u"invoice"});
}

using Adapter = std::function<TemplateFields(const QJsonObject &, const QLocale &)>;

struct Shape {
    QStringList fields;
    Adapter read;
};

// An invoice that is (or will be) due: reminders, dunning steps, invoice issued, SCA.
const Shape kInvoiceDue{
    {u"customer_name"_qs, u"invoice_number"_qs, u"amount"_qs, u"due_date"_qs, u"day_offset"_qs},
    [](const QJsonObject &d, const QLocale &l) {
        return TemplateFields{
            {u"customer_name"_qs, customerName(d)},
            {u"invoice_number"_qs, invoiceNumber(d)},
            {u"amount"_qs, amountField(d, {u"amount_due_minor", u"amount_minor", u"total_minor"},
                                       {u"amount", u"total"}, l)},
            {u"due_date"_qs, dateField(d, {u"due_date", u"dueDate"}, l)},
            {u"day_offset"_qs, firstText(d, {u"day_offset"})}};
    }};

// A payment received on an invoice (payment_confirmation, payment_received). Before the
// typed payloads the daily run's "amount" was the balance left (0 once paid), not the
// payment: only a plain decimal "amount" (Invoicing's payment_received) is the payment's.
const Shape kPayment{
    {u"customer_name"_qs, u"invoice_number"_qs, u"amount"_qs, u"still_due"_qs, u"paid_in_full"_qs,
     u"paid_on"_qs},
    [](const QJsonObject &d, const QLocale &l) {
        static const QRegularExpression decimal(u"^[0-9]+(\\.[0-9]+)?$"_qs);
        QString amount = amountField(d, {u"amount_minor", u"total_minor"}, {}, l);
        if (amount.isEmpty() && decimal.match(d.value(u"amount").toString()).hasMatch())
            amount = amountField(d, {}, {u"amount"}, l);
        const QJsonValue left = d.value(u"still_due_minor");
        const bool known = left.isDouble();
        return TemplateFields{
            {u"customer_name"_qs, customerName(d)},
            {u"invoice_number"_qs, invoiceNumber(d)},
            {u"amount"_qs, amount},
            // Said only when the payload tells: a part payment is not "paid in full".
            {u"still_due"_qs, known && left.toInteger() > 0
                                  ? amountField(d, {u"still_due_minor"}, {}, l)
                                  : QString()},
            {u"paid_in_full"_qs, known && left.toInteger() == 0 ? u"yes"_qs : QString()},
            {u"paid_on"_qs, dateField(d, {u"paid_on"}, l)}};
    }};

const Shape kSubscription{
    {u"customer_name"_qs, u"plan_name"_qs}, [](const QJsonObject &d, const QLocale &) {
        return TemplateFields{{u"customer_name"_qs, customerName(d)},
                              {u"plan_name"_qs, firstText(d, {u"plan_name"})}};
    }};

const Shape kTrialEnded{{u"customer_name"_qs, u"ended_on"_qs},
                        [](const QJsonObject &d, const QLocale &l) {
                            return TemplateFields{{u"customer_name"_qs, customerName(d)},
                                                  {u"ended_on"_qs, dateField(d, {u"ended_on"}, l)}};
                        }};

const Shape kCancelled{
    {u"customer_name"_qs, u"invoice_number"_qs, u"amount"_qs, u"cancelled_on"_qs},
    [](const QJsonObject &d, const QLocale &l) {
        return TemplateFields{{u"customer_name"_qs, customerName(d)},
                              {u"invoice_number"_qs, invoiceNumber(d)},
                              {u"amount"_qs, amountField(d, {u"amount_due_minor"}, {u"amount"}, l)},
                              {u"cancelled_on"_qs, dateField(d, {u"cancelled_on"}, l)}};
    }};

const Shape kCreditNote{
    {u"customer_name"_qs, u"invoice_number"_qs, u"credited_invoice_number"_qs, u"amount"_qs},
    [](const QJsonObject &d, const QLocale &l) {
        QJsonObject positive = d;
        // A credit note's total is negative; the e-mail says "a credit of 20 €".
        if (d.value(u"total_minor").isDouble())
            positive.insert(u"total_minor"_qs, std::abs(d.value(u"total_minor").toInteger()));
        QString amount = amountField(positive, {u"total_minor"}, {u"total"}, l);
        if (amount.startsWith(u'-'))
            amount.remove(0, 1);
        return TemplateFields{{u"customer_name"_qs, customerName(d)},
                              {u"invoice_number"_qs, invoiceNumber(d)},
                              {u"credited_invoice_number"_qs,
                               firstText(d, {u"credited_invoice_number", u"credited_invoice"})},
                              {u"amount"_qs, amount}};
    }};

const Shape kSignUp{{u"customer_name"_qs, u"confirm_url"_qs},
                    [](const QJsonObject &d, const QLocale &) {
                        return TemplateFields{{u"customer_name"_qs, customerName(d)},
                                              {u"confirm_url"_qs, firstText(d, {u"confirm_url"})}};
                    }};

const Shape kWelcome{{u"customer_name"_qs}, [](const QJsonObject &d, const QLocale &) {
                         return TemplateFields{{u"customer_name"_qs, customerName(d)}};
                     }};

const Shape kPromotion{
    {u"customer_name"_qs, u"promotion_code"_qs, u"discount"_qs},
    [](const QJsonObject &d, const QLocale &l) {
        QString discount = amountField(d, {u"discount_minor"}, {}, l);
        if (discount.isEmpty() && d.value(u"percent_bp").isDouble())
            // basis points: 1500 = 15 %
            discount = l.toString(d.value(u"percent_bp").toInteger() / 100.0, 'g', 4) +
                       (l.language() == QLocale::French ? u"\u00a0%"_qs : u"%"_qs);
        return TemplateFields{{u"customer_name"_qs, customerName(d)},
                              {u"promotion_code"_qs, firstText(d, {u"promotion_code", u"code"})},
                              {u"discount"_qs, discount}};
    }};

const Shape *shapeOf(const QString &key)
{
    static const QMap<QString, const Shape *> shapes{
        {u"renewal_reminder"_qs, &kInvoiceDue},
        {u"invoice_issued"_qs, &kInvoiceDue},
        {u"payment_failed"_qs, &kInvoiceDue},
        {u"payment_reminder"_qs, &kInvoiceDue},
        {u"payment_reminder_sms"_qs, &kInvoiceDue},
        {u"final_notice"_qs, &kInvoiceDue},
        {u"authentication_required"_qs, &kInvoiceDue},
        {u"payment_confirmation"_qs, &kPayment},
        {u"payment_received"_qs, &kPayment},
        {u"payment_succeeded"_qs, &kPayment},
        {u"subscription_confirmation"_qs, &kSubscription},
        {u"trial_ended"_qs, &kTrialEnded},
        {u"subscription_cancelled"_qs, &kCancelled},
        {u"credit_note_issued"_qs, &kCreditNote},
        {u"signup_confirmation"_qs, &kSignUp},
        {u"welcome"_qs, &kWelcome},
        {u"promotion_applied"_qs, &kPromotion},
    };
    return shapes.value(key, nullptr);
}

} // namespace

QString customerDate(const QDate &date, const QLocale &locale)
{
    // "4 décembre 2026" / "4 December 2026": the day first in both, the month's name in the
    // customer's language (no day name: it reads as a form letter).
    // French writes the first of the month "1er".
    if (locale.language() == QLocale::French && date.day() == 1)
        return locale.toString(date, u"d'er' MMMM yyyy"_qs);
    return locale.toString(date, u"d MMMM yyyy"_qs);
}

QStringList payloadFieldNames(const QString &templateKey)
{
    const Shape *shape = shapeOf(templateKey);
    return shape ? shape->fields : QStringList();
}

TemplateFields payloadView(const QString &templateKey, const QJsonObject &data,
                           const QLocale &locale)
{
    const Shape *shape = shapeOf(templateKey);
    return shape ? shape->read(data, locale) : TemplateFields();
}

} // namespace ic
