#include "ui/catalog/planspage.h"

#include "services/catalog/catalogservice.h"
#include "services/catalog/plangrid.h"
#include "services/security/session.h"
#include "services/storage/database.h"
#include "services/storage/planrepository.h"
#include "ui/catalog/planeditor.h"
#include "ui/common/editingheader.h"
#include "ui/common/gridmodel.h"
#include "ui/common/gridview.h"

#include <QAction>
#include <QApplication>
#include <QDrag>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ic {

PlansPage::PlansPage(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_model(new GridModel(std::make_unique<PlanGrid>(), this))
    , m_view(new GridView(m_model, QStringLiteral("grids/plans"), this))
    , m_editor(new PlanEditor(clock, this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
{

    m_view->setObjectName(QStringLiteral("plansGrid"));
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by name or slug"));
    m_filter->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("status"));

    auto *newPlan = m_new = new QPushButton(tr("&New Plan"), this);
    m_history = new QPushButton(tr("&History"), this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setToolTip(tr("Every change of this plan in the audit log"));
    newPlan->setObjectName(QStringLiteral("newPlan"));
    // The catalogue's order (the homepage's): drag a row, or Alt+Up / Alt+Down.
    m_moveUp = new QPushButton(tr("Move &Up"), this);
    m_moveUp->setObjectName(QStringLiteral("moveUp"));
    m_moveUp->setToolTip(tr("Show this plan earlier on the homepage (Alt+Up)"));
    m_moveDown = new QPushButton(tr("Move &Down"), this);
    m_moveDown->setObjectName(QStringLiteral("moveDown"));
    m_moveDown->setToolTip(tr("Show this plan later on the homepage (Alt+Down)"));
    const auto moveCurrent = [this](int by) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            moveRow(current.row(), current.row() + by);
    };
    connect(m_moveUp, &QPushButton::clicked, this, [moveCurrent] { moveCurrent(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [moveCurrent] { moveCurrent(1); });
    for (const auto &[key, by] : {std::pair{Qt::Key_Up, -1}, std::pair{Qt::Key_Down, 1}}) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::ALT | key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [moveCurrent, by = by] { moveCurrent(by); });
        m_view->addAction(action);
    }
    m_view->viewport()->installEventFilter(this);
    m_view->viewport()->setAcceptDrops(true);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("export"));
    QHBoxLayout *top = editingHeader(this, tr("Plans"), m_editor->undoStack());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(newPlan);
    tools->addWidget(m_moveUp);
    tools->addWidget(m_moveDown);
    tools->addWidget(m_history);
    tools->addWidget(exportButton);
    leftLayout->addLayout(tools);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_status);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(380);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_model, &GridModel::setFilter);
    connect(m_model, &GridModel::reloaded, this, &PlansPage::showStatus);
    connect(m_model, &GridModel::reloaded, this, &PlansPage::updateMoveButtons);
    connect(m_model, &GridModel::rowsInserted, this, &PlansPage::showStatus);
    connect(m_model, &GridModel::loadFailed, this,
            [this](const QString &sentence) { m_status->setText(sentence); });
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && m_model->idAt(current.row()) != m_editor->planId())
                    openRow(current.row());
                updateMoveButtons();
            });
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (m_editor->planId() != 0)
            Q_EMIT historyRequested(QStringLiteral("plan"), m_editor->planId());
    });
    connect(newPlan, &QPushButton::clicked, this, [this] {
        if (mayLeaveEditor())
            m_editor->newPlan();
        updateHistoryButton();
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (m_db)
            m_view->exportView(m_db->spec());
    });
    connect(m_editor, &PlanEditor::saved, this, [this](qint64 id) {
        updateHistoryButton();
        m_view->reloadSelecting(id);
    });
}

PlansPage::~PlansPage() = default;

void PlansPage::setSession(const Session *session)
{
    m_session = session;
    m_view->setSession(session);
    m_editor->setSession(session);
    m_new->setVisible(session && session->may(Permission::EditCatalog));
    m_history->setVisible(session && session->may(Permission::ReadAudit));
    // Exports are for the roles that may export (not support).
    if (auto *exportButton = findChild<QPushButton *>(QStringLiteral("export")))
        exportButton->setVisible(session && session->may(Permission::Export));
    m_moveUp->setVisible(session && session->may(Permission::EditCatalog));
    m_moveDown->setVisible(m_moveUp->isVisibleTo(this));
    updateHistoryButton();
    updateMoveButtons();
}

void PlansPage::updateHistoryButton()
{
    m_history->setEnabled(m_db && m_editor->planId() != 0);
}

void PlansPage::setDatabase(Database *db)
{
    m_db = db;
    m_editor->setDatabase(db);
    m_model->setDatabase(db);
    updateHistoryButton();
}

void PlansPage::reload()
{
    m_model->reload();
}

void PlansPage::showStatus()
{
    if (!m_model->errorText().isEmpty()) {
        m_status->setText(m_model->errorText());
        return;
    }
    m_status->setText(tr("%n plan(s)", nullptr, int(m_model->totalRows())));
}

bool PlansPage::mayLeaveEditor()
{
    if (!m_editor->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The plan you are editing has changes that are not saved. Drop them?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void PlansPage::openRow(int row)
{
    if (!m_db)
        return;
    const qint64 id = m_model->idAt(row);
    if (id == 0 || id == m_editor->planId())
        return;
    if (!mayLeaveEditor())
        return;
    auto plan = PlanRepository(*m_db).find(id);
    if (!plan) {
        m_status->setText(plan.error().message);
        return;
    }
    m_editor->load(*plan);
    updateHistoryButton();
}

QString PlansPage::whyNoReorder() const
{
    if (!m_db || !m_session)
        return tr("Open a book and sign in to change the order of the plans.");
    if (!m_session->may(Permission::EditCatalog))
        return tr("Your role may not change the catalogue.");
    const GridRequest &request = m_model->request();
    if (request.sortColumn != PlanGrid::SortOrder || request.descending ||
        !request.filter.isEmpty())
        return tr("To change the order of the plans, sort the grid by Order (ascending) and clear "
                  "the filter.");
    if (m_editor->isModified())
        return tr(
            "Save or undo the changes to the plan you are editing before changing the order.");
    return {};
}

void PlansPage::updateMoveButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool may = whyNoReorder().isEmpty() && current.isValid();
    m_moveUp->setEnabled(may && current.row() > 0);
    m_moveDown->setEnabled(may && current.row() + 1 < m_model->rowCount());
}

bool PlansPage::moveRow(int from, int to)
{
    if (const QString why = whyNoReorder(); !why.isEmpty()) {
        m_status->setText(why);
        return false;
    }
    const qint64 id = m_model->idAt(from);
    if (id == 0 || to < 0 || to >= m_model->totalRows() || to == from)
        return false;
    auto moved = CatalogService(*m_db, m_clock).movePlan(*m_session, id, to);
    if (!moved) {
        m_status->setText(moved.error().message);
        return false;
    }
    // The plan open in the editor got a new number (and row version): show it as saved.
    if (m_editor->planId() != 0)
        for (const Plan &plan : *moved)
            if (plan.id == m_editor->planId())
                m_editor->load(plan);
    m_view->reloadSelecting(id, [this] { updateMoveButtons(); });
    return true;
}

bool PlansPage::eventFilter(QObject *watched, QEvent *event)
{
    // Drag and drop of a row within the grid, done here because the grid's rows come from
    // SQL pages: the drop asks the catalogue to move the plan, and the grid reads again.
    static const QString kMime = QStringLiteral("application/x-influencecore-plan-row");
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        m_dragRow =
            mouse->button() == Qt::LeftButton ? m_view->rowAt(mouse->position().toPoint().y()) : -1;
        m_dragStart = mouse->position().toPoint();
        break;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_dragRow < 0 || !(mouse->buttons() & Qt::LeftButton) ||
            (mouse->position().toPoint() - m_dragStart).manhattanLength() <
                QApplication::startDragDistance() ||
            !whyNoReorder().isEmpty())
            break;
        auto *mime = new QMimeData;
        mime->setData(kMime, QByteArray::number(m_dragRow));
        auto *drag = new QDrag(this);
        drag->setMimeData(mime);
        m_dragRow = -1;
        drag->exec(Qt::MoveAction);
        return true;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (drag->mimeData()->hasFormat(kMime)) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!drop->mimeData()->hasFormat(kMime))
            break;
        const int from = drop->mimeData()->data(kMime).toInt();
        int to = m_view->rowAt(drop->position().toPoint().y());
        if (to < 0)
            to = int(m_model->totalRows()) - 1;
        drop->acceptProposedAction();
        moveRow(from, to);
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ic
