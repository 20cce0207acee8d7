#include "ui/homepage/versionsdialog.h"

#include "services/homepage/versions.h"
#include "ui/common/fielderror.h"
#include "ui/homepage/versionscomparedialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ic {

namespace {

QString statusText(PageStatus s)
{
    switch (s) {
    case PageStatus::Draft:
        return VersionsDialog::tr("draft");
    case PageStatus::Published:
        return VersionsDialog::tr("published");
    case PageStatus::Archived:
        return VersionsDialog::tr("archived");
    }
    return {};
}

} // namespace

VersionsDialog::VersionsDialog(PageVersions &versions, const QString &slug, QWidget *parent)
    : QDialog(parent)
    , m_versions(versions)
    , m_slug(slug)
    , m_list(new QTreeWidget(this))
    , m_compare(new QPushButton(tr("&Compare…"), this))
    , m_restore(new QPushButton(tr("&Restore as Draft"), this))
    , m_error(new FieldError(this))
{
    setWindowTitle(tr("Versions of the Page \"%1\"").arg(slug));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Version"), tr("Status"), tr("Saved by"), tr("Saved at"),
                             tr("Published at"), tr("Edited from")});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_compare, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    m_compare->setToolTip(
        tr("Select two versions, or one to compare it with the version it was edited from."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_compare, &QPushButton::clicked, this, &VersionsDialog::compareSelected);
    connect(m_restore, &QPushButton::clicked, this, &VersionsDialog::restoreSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &VersionsDialog::updateButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

void VersionsDialog::reload()
{
    m_list->clear();
    auto history = m_versions.history(m_slug);
    if (!history) {
        m_error->setSentence(history.error().message);
        m_history.clear();
        updateButtons();
        return;
    }
    m_history = *history;
    QHash<qint64, int> versionOf;
    for (const Page &p : m_history)
        versionOf.insert(p.id, p.version);
    const QLocale locale;
    for (const Page &p : m_history) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(p.version));
        item->setText(1, statusText(p.status));
        item->setText(2, p.createdBy);
        item->setText(3, locale.toString(p.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(4, p.publishedAt.isValid()
                             ? locale.toString(p.publishedAt.toLocalTime(), QLocale::ShortFormat)
                             : QString());
        item->setText(5, p.parentId != 0 && versionOf.contains(p.parentId)
                             ? tr("version %1").arg(versionOf.value(p.parentId))
                             : QString());
        item->setData(0, Qt::UserRole, p.id);
    }
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QList<qint64> VersionsDialog::selectedIds() const
{
    QList<qint64> ids;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        ids.append(item->data(0, Qt::UserRole).toLongLong());
    return ids;
}

void VersionsDialog::updateButtons()
{
    const QList<qint64> ids = selectedIds();
    bool hasParent = false;
    if (ids.size() == 1)
        for (const Page &p : m_history)
            if (p.id == ids.first())
                hasParent = p.parentId != 0;
    m_compare->setEnabled(ids.size() == 2 || hasParent);
    m_restore->setEnabled(ids.size() == 1);
}

void VersionsDialog::compareSelected()
{
    QList<qint64> ids = selectedIds();
    if (ids.size() == 1) {
        const qint64 one = ids.first();
        for (const Page &p : m_history)
            if (p.id == one)
                ids.prepend(p.parentId);
    }
    if (ids.size() != 2)
        return;
    auto a = m_versions.load(ids.at(0));
    auto b = a ? m_versions.load(ids.at(1)) : a;
    if (!a || !b) {
        m_error->setSentence(!a ? a.error().message : b.error().message);
        return;
    }
    m_error->setSentence({});
    const bool aFirst = a->version < b->version;
    VersionsCompareDialog dialog(aFirst ? *a : *b, aFirst ? *b : *a, this);
    dialog.exec();
}

void VersionsDialog::restoreSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    auto page = m_versions.restore(ids.first());
    if (!page) {
        m_error->setSentence(page.error().message);
        return;
    }
    m_error->setSentence({});
    reload();
    Q_EMIT restored(*page);
}

} // namespace ic
