#include "ui/common/gridview.h"

#include "services/security/session.h"

#include "services/documents/gridexport.h"
#include "services/storage/database.h"
#include "ui/common/gridmodel.h"
#include "ui/common/jobrunner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMap>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>

#include <memory>

namespace ic {

GridView::GridView(GridModel *model, const QString &settingsKey, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_settingsKey(settingsKey)
    , m_columnMenu(new QMenu(this))
{
    setModel(model);
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &at) {
                rebuildColumnMenu();
                m_columnMenu->popup(horizontalHeader()->mapToGlobal(at));
            });
    // Column changes are kept as they happen, so a crash loses none.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] { saveState(); });
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, [this] { saveState(); });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] { saveState(); });

    auto *copy = new QAction(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyCells"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &GridView::copySelection);
    addAction(copy);

    restoreState();
}

GridView::~GridView() = default;

void GridView::rebuildColumnMenu()
{
    m_columnMenu->clear();
    const auto &columns = m_model->columns();
    for (int c = 0; c < columns.size(); ++c) {
        QAction *a = m_columnMenu->addAction(columns.at(c).title);
        a->setObjectName(u"column_" + columns.at(c).key);
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
    }
}

void GridView::setColumnShown(int column, bool shown)
{
    // The last visible column stays: a grid without columns cannot be brought back.
    if (!shown) {
        int visible = 0;
        for (int c = 0; c < m_model->columnCount(); ++c)
            visible += isColumnHidden(c) ? 0 : 1;
        if (visible <= 1)
            return;
    }
    setColumnHidden(column, !shown);
    if (shown && columnWidth(column) < 20)
        resizeColumnToContents(column);
    saveState();
}

void GridView::saveState() const
{
    QSettings settings;
    settings.setValue(m_settingsKey + u"/header", horizontalHeader()->saveState());
}

void GridView::restoreState()
{
    const QByteArray state = QSettings().value(m_settingsKey + u"/header").toByteArray();
    if (!state.isEmpty() && horizontalHeader()->restoreState(state)) {
        const GridRequest &r = m_model->request();
        const int column = horizontalHeader()->sortIndicatorSection();
        if (column >= 0 && (column != r.sortColumn || (horizontalHeader()->sortIndicatorOrder() ==
                                                       Qt::DescendingOrder) != r.descending))
            m_model->sort(column, horizontalHeader()->sortIndicatorOrder());
        return;
    }
    const auto &columns = m_model->columns();
    for (int c = 0; c < columns.size(); ++c)
        setColumnHidden(c, !columns.at(c).isVisibleByDefault);
    horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    // No widths kept yet: fit the first page, within reason.
    m_fitColumns = true;
    connect(m_model, &GridModel::reloaded, this, [this] {
        if (!m_fitColumns || m_model->rowCount() == 0)
            return;
        m_fitColumns = false;
        resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            setColumnWidth(c, std::min(columnWidth(c), 260));
    });
}

QString GridView::selectionText() const
{
    const QModelIndexList selected =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (selected.isEmpty())
        return {};
    // Rows in model order, columns in the order the person sees them.
    QMap<int, QMap<int, QString>> cells;
    for (const QModelIndex &i : selected)
        if (!isColumnHidden(i.column()))
            cells[i.row()][horizontalHeader()->visualIndex(i.column())] = i.data().toString();
    QStringList lines;
    for (const auto &row : std::as_const(cells)) {
        QStringList values;
        for (const QString &v : row) {
            QString clean = v;
            clean.replace(u'\t', u' ').replace(u'\n', u' ');
            values.append(clean);
        }
        lines.append(values.join(u'\t'));
    }
    return lines.join(u'\n');
}

void GridView::copySelection()
{
    const QString text = selectionText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void GridView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void GridView::reloadSelecting(qint64 id, std::function<void()> done)
{
    connect(
        m_model, &GridModel::reloaded, this,
        [this, id, done = std::move(done)] {
            const int row = m_model->rowOfId(id);
            if (row >= 0) {
                const QSignalBlocker block(selectionModel());
                selectRow(row);
            }
            if (done)
                done();
        },
        Qt::SingleShotConnection);
    m_model->reload();
}

void GridView::exportView(const ConnectionSpec &spec)
{
    const QString csv = tr("CSV (comma-separated) (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QString chosen;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export"), QString(), xlsx + u";;" + csv, &chosen);
    if (path.isEmpty())
        return;
    const bool isCsv = chosen == csv;
    if (!path.endsWith(isCsv ? u".csv"_qs : u".xlsx"_qs, Qt::CaseInsensitive))
        path += isCsv ? u".csv"_qs : u".xlsx"_qs;
    const QString failure = exportTo(spec, path);
    if (!failure.isEmpty())
        Q_EMIT m_model->loadFailed(failure);
}

QString GridView::exportTo(const ConnectionSpec &spec, const QString &path, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    QList<int> columns;
    for (int visual = 0; visual < horizontalHeader()->count(); ++visual) {
        const int logical = horizontalHeader()->logicalIndex(visual);
        if (!isColumnHidden(logical))
            columns.append(logical);
    }
    const ExportFormat format =
        path.endsWith(u".csv"_qs, Qt::CaseInsensitive) ? ExportFormat::Csv : ExportFormat::Xlsx;

    const GridSource *source = &m_model->source();
    const GridRequest request = m_model->request();
    const QString sheet = tr("Export");
    // The worker gets its own copy of who exports.
    const std::optional<Session> by = m_session ? std::optional<Session>(*m_session) : std::nullopt;

    // On the runner's worker thread, with a connection of its own (the grid's belongs to the
    // GUI thread); the reading loop is exportGrid's, a page at a time.
    JobRunner runner(this);
    JobRunner::Options options;
    options.title = tr("Export");
    options.text = tr("Exporting…");
    const Result<qint64> result =
        runner.run(options, JobBase::Connection{spec}, [=](const JobContext &job) {
            return exportGrid(by ? &*by : nullptr, *job.db(), *source, request, columns, path,
                              format, sheet, job);
        });
    if (result)
        return {};
    if (result.error().code == ErrorCode::Cancelled) {
        if (cancelled)
            *cancelled = true;
        return {};
    }
    return result.error().message;
}

} // namespace ic
