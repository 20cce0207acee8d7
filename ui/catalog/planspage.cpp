#include "ui/catalog/planspage.h"

#include "services/catalog/catalogservice.h"
#include "services/catalog/plangrid.h"
#include "services/security/session.h"
#include "services/storage/planrepository.h"
#include "ui/catalog/planeditor.h"
#include "ui/common/gridmodel.h"
#include "ui/common/gridview.h"

#include <QAction>
#include <QApplication>
#include <QDrag>
#include <QDropEvent>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>

namespace ic {

PlansPage::PlansPage(const Clock &clock, QWidget *parent)
    : MasterDetailPage(std::make_unique<PlanGrid>(), QStringLiteral("grids/plans"), parent)
    , m_clock(clock)
    , m_editor(new PlanEditor(clock, this))
    , m_moveUp(new QPushButton(tr("Move &Up"), this))
    , m_moveDown(new QPushButton(tr("Move &Down"), this))
{
    m_view->setObjectName(QStringLiteral("plansGrid"));
    // The catalogue's order (the homepage's): drag a row, or Alt+Up / Alt+Down.
    m_moveUp->setObjectName(QStringLiteral("moveUp"));
    m_moveUp->setToolTip(tr("Show this plan earlier on the homepage (Alt+Up)"));
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

    QWidget *detail = scrolled(m_editor);
    detail->setMinimumWidth(380);
    buildPage(m_editor,
              {tr("Plans"), tr("Filter by name or slug"), tr("&New Plan"), "newPlan",
               tr("Every change of this plan in the audit log"), QStringLiteral("plan"),
               tr("The plan you are editing has changes that are not saved. Drop them?")},
              detail, {m_moveUp, m_moveDown});
    connect(m_model, &GridModel::reloaded, this, &PlansPage::updateMoveButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlansPage::updateMoveButtons);
}

PlansPage::~PlansPage() = default;

void PlansPage::sessionChanged()
{
    m_moveUp->setVisible(m_session && m_session->may(Permission::EditCatalog));
    m_moveDown->setVisible(m_moveUp->isVisibleTo(this));
    updateMoveButtons();
}

QString PlansPage::countText(int rows) const
{
    return tr("%n plan(s)", nullptr, rows);
}

void PlansPage::newRecord()
{
    m_editor->newPlan();
}

bool PlansPage::openRecord(qint64 id)
{
    auto plan = PlanRepository(*m_db).find(id);
    if (!plan) {
        setStatus(plan.error().message);
        return false;
    }
    m_editor->load(*plan);
    return true;
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
        setStatus(why);
        return false;
    }
    const qint64 id = m_model->idAt(from);
    if (id == 0 || to < 0 || to >= m_model->totalRows() || to == from)
        return false;
    auto moved = CatalogService(*m_db, m_clock, m_session).movePlan(id, to);
    if (!moved) {
        setStatus(moved.error().message);
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
        return MasterDetailPage::eventFilter(watched, event);
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
    return MasterDetailPage::eventFilter(watched, event);
}

} // namespace ic
