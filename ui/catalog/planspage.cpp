#include "ui/catalog/planspage.h"

#include "services/catalog/plangrid.h"
#include "services/security/session.h"
#include "services/storage/database.h"
#include "services/storage/planrepository.h"
#include "ui/catalog/planeditor.h"
#include "ui/common/gridmodel.h"
#include "ui/common/gridview.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ic {

PlansPage::PlansPage(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new GridModel(std::make_unique<PlanGrid>(), this))
    , m_view(new GridView(m_model, QStringLiteral("grids/plans"), this))
    , m_editor(new PlanEditor(clock, this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this)) {
    auto *heading = new QLabel(tr("Plans"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setWeight(QFont::Bold);
    heading->setFont(headingFont);

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
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("export"));
    auto *undo = new QPushButton(tr("Undo"), this);
    undo->setObjectName(QStringLiteral("undo"));
    auto *redo = new QPushButton(tr("Redo"), this);
    redo->setObjectName(QStringLiteral("redo"));
    QUndoStack *stack = m_editor->undoStack();
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    connect(undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    // Ctrl+Z / Ctrl+Shift+Z anywhere on the page.
    QAction *undoAction = stack->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);
    QAction *redoAction = stack->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redoAction);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(undo);
    top->addWidget(redo);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(newPlan);
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
    connect(m_model, &GridModel::rowsInserted, this, &PlansPage::showStatus);
    connect(m_model, &GridModel::loadFailed, this,
            [this](const QString &sentence) { m_status->setText(sentence); });
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && m_model->idAt(current.row()) != m_editor->planId())
                    openRow(current.row());
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
        // The grid reads on its worker thread: the saved row is selected once it is back.
        connect(
            m_model, &GridModel::reloaded, this,
            [this, id] {
                const int row = m_model->rowOfId(id);
                if (row >= 0) {
                    const QSignalBlocker block(m_view->selectionModel());
                    m_view->selectRow(row);
                }
            },
            Qt::SingleShotConnection);
        m_model->reload();
    });
}

PlansPage::~PlansPage() = default;

void PlansPage::setSession(const Session *session) {
    m_session = session;
    m_editor->setSession(session);
    m_new->setVisible(session && session->may(Permission::EditCatalog));
    m_history->setVisible(session && session->may(Permission::ReadAudit));
    // Exports are for the roles that may export (not support).
    if (auto *exportButton = findChild<QPushButton *>(QStringLiteral("export")))
        exportButton->setVisible(session && session->may(Permission::Export));
    updateHistoryButton();
}

void PlansPage::updateHistoryButton() {
    m_history->setEnabled(m_db && m_editor->planId() != 0);
}

void PlansPage::setDatabase(Database *db) {
    m_db = db;
    m_editor->setDatabase(db);
    m_model->setDatabase(db);
    updateHistoryButton();
}

void PlansPage::reload() {
    m_model->reload();
}

void PlansPage::showStatus() {
    if (!m_model->errorText().isEmpty()) {
        m_status->setText(m_model->errorText());
        return;
    }
    m_status->setText(tr("%n plan(s)", nullptr, int(m_model->totalRows())));
}

bool PlansPage::mayLeaveEditor() {
    if (!m_editor->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The plan you are editing has changes that are not saved. Drop them?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void PlansPage::openRow(int row) {
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

} // namespace ic
