#include "ui/catalog/promotionspage.h"

#include "services/catalog/promotiongrid.h"
#include "services/security/session.h"
#include "services/storage/database.h"
#include "services/storage/promotionrepository.h"
#include "ui/catalog/codetrialpanel.h"
#include "ui/catalog/promotioneditor.h"
#include "ui/common/editingheader.h"
#include "ui/common/gridmodel.h"
#include "ui/common/gridview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ic {

PromotionsPage::PromotionsPage(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new GridModel(std::make_unique<PromotionGrid>(), this))
    , m_view(new GridView(m_model, QStringLiteral("grids/promotions"), this))
    , m_editor(new PromotionEditor(clock, this))
    , m_trial(new CodeTrialPanel(clock, this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{

    m_view->setObjectName(QStringLiteral("promotionsGrid"));
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by code or name"));
    m_filter->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("status"));

    auto *newPromotion = m_new = new QPushButton(tr("&New Promotion"), this);
    m_history = new QPushButton(tr("&History"), this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setToolTip(tr("Every change of this promotion in the audit log"));
    newPromotion->setObjectName(QStringLiteral("newPromotion"));
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("export"));
    QHBoxLayout *top = editingHeader(this, tr("Promotions"), m_editor->undoStack());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(newPromotion);
    tools->addWidget(m_history);
    tools->addWidget(exportButton);
    leftLayout->addLayout(tools);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_status);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(scroll, tr("Promotion"));
    m_tabs->addTab(m_trial, tr("Try a Code"));
    m_tabs->setMinimumWidth(400);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_model, &GridModel::setFilter);
    connect(m_model, &GridModel::reloaded, this, &PromotionsPage::showStatus);
    connect(m_model, &GridModel::rowsInserted, this, &PromotionsPage::showStatus);
    connect(m_model, &GridModel::loadFailed, this,
            [this](const QString &sentence) { m_status->setText(sentence); });
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && m_model->idAt(current.row()) != m_editor->promotionId())
                    openRow(current.row());
            });
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (m_editor->promotionId() != 0)
            Q_EMIT historyRequested(QStringLiteral("promotion"), m_editor->promotionId());
    });
    connect(newPromotion, &QPushButton::clicked, this, [this] {
        if (!mayLeaveEditor())
            return;
        m_editor->newPromotion();
        updateHistoryButton();
        m_tabs->setCurrentIndex(0);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (m_db)
            m_view->exportView(m_db->spec());
    });
    connect(m_editor, &PromotionEditor::saved, this, [this](qint64 id) {
        updateHistoryButton();
        m_view->reloadSelecting(id);
    });
}

PromotionsPage::~PromotionsPage() = default;

void PromotionsPage::setSession(const Session *session)
{
    m_session = session;
    m_view->setSession(session);
    m_editor->setSession(session);
    m_new->setVisible(session && session->may(Permission::EditCatalog));
    m_history->setVisible(session && session->may(Permission::ReadAudit));
    // Exports are for the roles that may export (not support).
    if (auto *exportButton = findChild<QPushButton *>(QStringLiteral("export")))
        exportButton->setVisible(session && session->may(Permission::Export));
    updateHistoryButton();
}

void PromotionsPage::updateHistoryButton()
{
    m_history->setEnabled(m_db && m_editor->promotionId() != 0);
}

void PromotionsPage::setDatabase(Database *db)
{
    m_db = db;
    m_editor->setDatabase(db);
    m_trial->setDatabase(db);
    m_model->setDatabase(db);
    updateHistoryButton();
}

void PromotionsPage::reload()
{
    m_model->reload();
    m_trial->reloadPlans();
}

void PromotionsPage::showStatus()
{
    if (!m_model->errorText().isEmpty()) {
        m_status->setText(m_model->errorText());
        return;
    }
    m_status->setText(tr("%n promotion(s)", nullptr, int(m_model->totalRows())));
}

bool PromotionsPage::mayLeaveEditor()
{
    if (!m_editor->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The promotion you are editing has changes that are not saved. Drop them?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void PromotionsPage::openRow(int row)
{
    if (!m_db)
        return;
    const qint64 id = m_model->idAt(row);
    if (id == 0 || id == m_editor->promotionId())
        return;
    if (!mayLeaveEditor())
        return;
    auto promotion = PromotionRepository(*m_db).find(id);
    if (!promotion) {
        m_status->setText(promotion.error().message);
        return;
    }
    m_editor->load(*promotion);
    m_trial->setCode(promotion->code);
    updateHistoryButton();
}

} // namespace ic
