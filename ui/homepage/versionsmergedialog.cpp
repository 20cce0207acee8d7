#include "ui/homepage/versionsmergedialog.h"

#include "ui/common/fielderror.h"
#include "ui/homepage/versionscomparedialog.h"
#include "ui/homepage/versionscomparemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ic {

VersionsMergeDialog::VersionsMergeDialog(PageVersions &versions, PageVersions::Merge merge,
                                         Page mine, QWidget *parent)
    : QDialog(parent)
    , m_versions(versions)
    , m_merge(std::move(merge))
    , m_mine(std::move(mine))
    , m_summary(new QLabel(this))
    , m_theirChange(new QTableView(this))
    , m_conflicts(new QTableWidget(this))
    , m_error(new FieldError(this))
{
    const Page &theirs = m_merge.theirs;
    setWindowTitle(tr("Merge Your Change with Version %1").arg(theirs.version));
    const int n = int(m_merge.merge.conflicts.size());
    QString summary =
        tr("%1 saved version %2 at %3 after you opened version %4.")
            .arg(theirs.createdBy)
            .arg(theirs.version)
            .arg(QLocale().toString(theirs.createdAt.toLocalTime(), QLocale::ShortFormat))
            .arg(m_merge.base.version);
    summary += u' ';
    summary += n == 0 ? tr("Your changes and theirs touch different fields: both are kept.")
                      : tr("Both of you changed %n field(s): choose which to keep; everything else "
                           "is merged.",
                           nullptr, n);
    m_summary->setWordWrap(true);
    m_summary->setText(summary);

    auto *theirModel = new VersionsCompareModel(this);
    theirModel->setChanges(PageDiff::compare(m_merge.base, theirs),
                           VersionsCompareDialog::versionTitle(m_merge.base),
                           VersionsCompareDialog::versionTitle(theirs));
    m_theirChange->setModel(theirModel);
    m_theirChange->verticalHeader()->hide();
    m_theirChange->horizontalHeader()->setStretchLastSection(true);
    m_theirChange->resizeColumnsToContents();

    m_conflicts->setColumnCount(5);
    m_conflicts->setHorizontalHeaderLabels(
        {tr("Field"), tr("Before (version %1)").arg(m_merge.base.version), tr("Yours"),
         tr("Theirs (version %1)").arg(theirs.version), tr("Keep")});
    m_conflicts->setRowCount(n);
    m_conflicts->verticalHeader()->hide();
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < n; ++row) {
        const MergeConflict &c = m_merge.merge.conflicts.at(row);
        const QString section = VersionsCompareModel::sectionTitle(PageFields::sectionOf(c.key));
        const QString field = c.isWhole()
                                  ? tr("(the whole section or service)")
                                  : VersionsCompareModel::fieldTitle(PageFields::fieldOf(c.key));
        auto shown = [&](const QJsonValue &v) {
            if (c.isWhole())
                return v.isUndefined() ? tr("removed") : tr("kept, with its changes");
            return v.isUndefined() ? tr("(none)") : PageFields::display(v);
        };
        m_conflicts->setItem(row, 0, new QTableWidgetItem(section + u" › " + field));
        m_conflicts->setItem(row, 1, new QTableWidgetItem(shown(c.base)));
        m_conflicts->setItem(row, 2, new QTableWidgetItem(shown(c.mine)));
        m_conflicts->setItem(row, 3, new QTableWidgetItem(shown(c.theirs)));
        auto *keep = new QComboBox(m_conflicts);
        keep->addItem(tr("Yours"), int(MergeConflict::Choice::Mine));
        keep->addItem(tr("Theirs"), int(MergeConflict::Choice::Theirs));
        keep->addItem(tr("Before"), int(MergeConflict::Choice::Base));
        keep->setObjectName(u"keep%1"_qs.arg(row));
        connect(keep, &QComboBox::currentIndexChanged, this, [this, row, keep] {
            m_merge.merge.conflicts[row].choice =
                MergeConflict::Choice(keep->currentData().toInt());
        });
        m_conflicts->setCellWidget(row, 4, keep);
    }
    m_conflicts->resizeColumnsToContents();
    m_conflicts->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *save = buttons->addButton(tr("&Save Merged"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"saveMerged"_qs);
    connect(save, &QPushButton::clicked, this, &VersionsMergeDialog::saveMerged);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("What they changed:"), this));
    layout->addWidget(m_theirChange, 1);
    if (n > 0) {
        layout->addWidget(new QLabel(tr("Changed by both of you:"), this));
        layout->addWidget(m_conflicts, 1);
    } else {
        m_conflicts->hide();
    }
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(980, 560);
}

void VersionsMergeDialog::saveMerged()
{
    auto saved = m_versions.saveMerged(m_merge, m_mine);
    if (!saved) {
        m_error->setSentence(saved.error().message);
        return;
    }
    m_saved = *saved;
    accept();
}

std::optional<Page> VersionsMergeDialog::saveOrMerge(PageVersions &versions, const Page &edited,
                                                     QWidget *parent)
{
    const Page &mine = edited;
    {
        auto saved = versions.save(mine);
        if (saved)
            return *saved;
        if (saved.error().code != ErrorCode::StaleRow) {
            QMessageBox::warning(parent, tr("Page Not Saved"), saved.error().message);
            return std::nullopt;
        }
        QMessageBox ask(QMessageBox::Warning, tr("Page Not Saved"), saved.error().message,
                        QMessageBox::Cancel, parent);
        ask.setInformativeText(tr("Your version is kept in the editor until you save it."));
        auto *merge = ask.addButton(tr("See and &Merge…"), QMessageBox::AcceptRole);
        ask.exec();
        if (ask.clickedButton() != merge)
            return std::nullopt;
        auto prepared = versions.mergeWithLatest(mine);
        if (!prepared) {
            QMessageBox::warning(parent, tr("Page Not Saved"), prepared.error().message);
            return std::nullopt;
        }
        VersionsMergeDialog dialog(versions, *prepared, mine, parent);
        if (dialog.exec() == QDialog::Accepted && dialog.saved())
            return dialog.saved();
        return std::nullopt;
    }
}

} // namespace ic
