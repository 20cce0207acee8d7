#include "ui/homepage/versionscomparedialog.h"

#include "ui/homepage/versionscomparemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace ic {

QString VersionsCompareDialog::versionTitle(const Page &page)
{
    return tr("Version %1 (%2)").arg(page.version).arg(toString(page.status));
}

VersionsCompareDialog::VersionsCompareDialog(const Page &before, const Page &after, QWidget *parent)
    : QDialog(parent)
    , m_model(new VersionsCompareModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Compare Versions %1 and %2").arg(before.version).arg(after.version));
    m_model->setChanges(PageDiff::compare(before, after), versionTitle(before),
                        versionTitle(after));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    const int n = m_model->rowCount();
    m_summary->setWordWrap(true);
    m_summary->setText(
        n == 0
            ? tr("Versions %1 and %2 have the same content.").arg(before.version).arg(after.version)
            : tr("%n change(s) from version %1 to version %2.", nullptr, n)
                  .arg(before.version)
                  .arg(after.version));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

} // namespace ic
