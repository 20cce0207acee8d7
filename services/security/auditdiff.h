#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace ic {

// One field of an audited record, before and after the change, as a person reads it.
struct AuditFieldChange {
    QString key;    // the JSON key ("price_minor")
    QString label;  // "Price"
    QString before; // "20.00 EUR"; empty when the field was not there or empty
    QString after;
    bool isChanged = false;
};

// Field by field: the changed fields first (in key order), then the unchanged ones. An amount
// in minor units beside a "currency" field reads as money ("price_minor": 2000 → "20.00
// EUR", labelled "Price"); yes/no for booleans; a list's items joined by commas.
QList<AuditFieldChange> auditDiff(const QJsonObject &before, const QJsonObject &after);
// The labels of the changed fields, joined by commas ("Price, Name"); for a creation, empty.
QString auditChangedSummary(const QJsonObject &before, const QJsonObject &after);

// "Plan", "Promotion", "Staff account", … for the entity names the services write; an
// unknown one is shown with its underscores as spaces.
QMap<QString, QString> auditEntityLabels();
QString auditEntityLabel(const QString &entity);
// "Created", "Changed", …
QMap<QString, QString> auditActionLabels();

} // namespace ic
