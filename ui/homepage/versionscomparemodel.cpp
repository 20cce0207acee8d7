#include "ui/homepage/versionscomparemodel.h"

namespace ic {

VersionsCompareModel::VersionsCompareModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VersionsCompareModel::setChanges(const QList<FieldChange> &changes, const QString &beforeTitle,
                                      const QString &afterTitle)
{
    beginResetModel();
    m_changes = changes;
    m_beforeTitle = beforeTitle;
    m_afterTitle = afterTitle;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, Before, After);
}

int VersionsCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int VersionsCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VersionsCompareModel::sectionTitle(const QString &key)
{
    const QString type = key.section(u'#', 0, 0);
    const QString rank = key.section(u'#', 1);
    QString title;
    if (type == u"page")
        title = tr("Page");
    else if (type == u"hero")
        title = tr("Hero");
    else if (type == u"services")
        title = tr("Services");
    else if (type == u"pricing")
        title = tr("Pricing");
    else if (type == u"contact")
        title = tr("Contact");
    else if (type == u"faq")
        title = tr("FAQ");
    else
        title = type;
    return rank.isEmpty() ? title : title + u' ' + rank;
}

QString VersionsCompareModel::fieldTitle(const QString &field)
{
    QString f = field;
    if (f.startsWith(u"config/"))
        f = f.mid(7);
    return f.replace(u'/', u" › "_qs);
}

QVariant VersionsCompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const FieldChange &c = m_changes.at(index.row());
    if (role == KindRole)
        return int(c.kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Section:
        return sectionTitle(c.section);
    case Field:
        return c.field.isEmpty() ? tr("(whole section)") : fieldTitle(c.field);
    case Change:
        switch (c.kind) {
        case FieldChange::Kind::Added:
            return tr("added");
        case FieldChange::Kind::Removed:
            return tr("removed");
        case FieldChange::Kind::Changed:
            return tr("changed");
        }
        return {};
    case Before:
        return PageFields::display(c.before);
    case After:
        return PageFields::display(c.after);
    default:
        return {};
    }
}

QVariant VersionsCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Section:
        return tr("Section");
    case Field:
        return tr("Field");
    case Change:
        return tr("Change");
    case Before:
        return m_beforeTitle.isEmpty() ? tr("Before") : m_beforeTitle;
    case After:
        return m_afterTitle.isEmpty() ? tr("After") : m_afterTitle;
    default:
        return {};
    }
}

} // namespace ic
