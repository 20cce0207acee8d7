#pragma once

// The words a person reads for the catalogue's stored keys (plan types, cycles, discount
// types, scopes, limit keys), translated, for grids and editors alike.

#include <QMap>
#include <QString>

namespace ic {

QMap<QString, QString> planTypeLabels();
QMap<QString, QString> billingCycleLabels();
QMap<QString, QString> discountTypeLabels();
QMap<QString, QString> promotionScopeLabels();

// The known limit keys in the order an editor lists them, and their names.
QList<QString> knownLimitKeys();
QString limitLabel(const QString &key);
// "projects 10 · users unlimited", for a grid cell; empty when there are none.
QString limitsSummary(const QMap<QString, qint64> &limits);

} // namespace ic
