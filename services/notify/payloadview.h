#pragma once

#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ic {

// Reads an outbox message's JSON (outbox_messages.data) into the fields its template may
// use, formatted for the customer's language: amounts with Money::format, dates written out
// ("4 décembre 2026", "4 December 2026"). One adapter a payload shape, in this one file, so
// that the payloads' field names are matched to the templates' in one place.
//
// Both spellings are read: the typed payloads ("customer_name", "invoice_number",
// "amount_due_minor" + "currency", "due_date" as YYYY-MM-DD) and what the engine wrote before
// them ("customer", "invoice", "amount" already formatted, "dueDate").
using TemplateFields = QMap<QString, QString>;

// The fields the payload of `templateKey` gives its template (empty for an unknown key).
QStringList payloadFieldNames(const QString &templateKey);
TemplateFields payloadView(const QString &templateKey, const QJsonObject &data,
                           const QLocale &locale);
// A date as a customer reads it in their language.
QString customerDate(const QDate &date, const QLocale &locale);

} // namespace ic
