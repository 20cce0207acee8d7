#pragma once

#include "services/homepage/versionsdiff.h"

#include <QAbstractTableModel>

namespace ic {

// The changes between two versions, one row per section added or removed and per field
// changed, in the order of the page.
class VersionsCompareModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionsCompareModel)

public:
    enum Column { Section, Field, Change, Before, After, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 };
    explicit VersionsCompareModel(QObject *parent = nullptr);

    void setChanges(const QList<FieldChange> &changes, const QString &beforeTitle,
                    const QString &afterTitle);
    const QList<FieldChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Hero", "Services 2", "Page".
    static QString sectionTitle(const QString &sectionKey);
    // "config/primaryCta/text" → "primaryCta › text".
    static QString fieldTitle(const QString &field);

private:
    QList<FieldChange> m_changes;
    QString m_beforeTitle;
    QString m_afterTitle;
};

} // namespace ic
