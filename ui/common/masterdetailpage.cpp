#include "ui/common/masterdetailpage.h"

#include "services/security/session.h"
#include "services/storage/database.h"
#include "ui/common/editingheader.h"
#include "ui/common/gridmodel.h"
#include "ui/common/gridview.h"
#include "ui/common/recordeditor.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace ic {

MasterDetailPage::MasterDetailPage(std::unique_ptr<GridSource> grid, const QString &settingsKey,
                                   QWidget *parent)
    : QWidget(parent)
    , m_model(new GridModel(std::move(grid), this))
    , m_view(new GridView(m_model, settingsKey, this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
{
}

MasterDetailPage::~MasterDetailPage() = default;

QWidget *MasterDetailPage::scrolled(RecordEditor *editor)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void MasterDetailPage::buildPage(RecordEditor *editor, const Texts &texts, QWidget *detail,
                                 const QList<QWidget *> &tools)
{
    m_editor = editor;
    m_texts = texts;
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(texts.filterPlaceholder);
    m_filter->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("status"));

    m_new = new QPushButton(texts.newButton, this);
    m_new->setObjectName(QLatin1String(texts.newName));
    m_history = new QPushButton(tr("&History"), this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setToolTip(texts.historyTip);
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("export"));
    QHBoxLayout *top = editingHeader(this, texts.title, editor->undoStack());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *toolRow = new QHBoxLayout;
    toolRow->addWidget(m_filter, 1);
    toolRow->addWidget(m_new);
    for (QWidget *tool : tools)
        toolRow->addWidget(tool);
    toolRow->addWidget(m_history);
    toolRow->addWidget(m_export);
    leftLayout->addLayout(toolRow);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_status);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_model, &GridModel::setFilter);
    connect(m_model, &GridModel::reloaded, this, &MasterDetailPage::showStatus);
    connect(m_model, &GridModel::rowsInserted, this, &MasterDetailPage::showStatus);
    connect(m_model, &GridModel::loadFailed, this, &MasterDetailPage::setStatus);
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && m_model->idAt(current.row()) != m_editor->recordId())
                    openRow(current.row());
            });
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (m_editor->recordId() != 0)
            Q_EMIT historyRequested(m_texts.entity, m_editor->recordId());
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (!mayLeaveEditor())
            return;
        newRecord();
        updateHistoryButton();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_db)
            m_view->exportView(m_db->spec());
    });
    connect(m_editor, &RecordEditor::saved, this, [this](qint64 id) {
        updateHistoryButton();
        m_view->reloadSelecting(id);
    });
}

void MasterDetailPage::setSession(const Session *session)
{
    m_session = session;
    m_view->setSession(session);
    m_editor->setSession(session);
    m_new->setVisible(session && session->may(Permission::EditCatalog));
    m_history->setVisible(session && session->may(Permission::ReadAudit));
    // Exports are for the roles that may export (not support).
    m_export->setVisible(session && session->may(Permission::Export));
    sessionChanged();
    updateHistoryButton();
}

void MasterDetailPage::updateHistoryButton()
{
    m_history->setEnabled(m_db && m_editor->recordId() != 0);
}

void MasterDetailPage::setDatabase(Database *db)
{
    m_db = db;
    m_editor->setDatabase(db);
    databaseChanged();
    m_model->setDatabase(db);
    updateHistoryButton();
}

void MasterDetailPage::reload()
{
    m_model->reload();
    reloaded();
}

void MasterDetailPage::setStatus(const QString &sentence)
{
    m_status->setText(sentence);
}

void MasterDetailPage::showStatus()
{
    if (!m_model->errorText().isEmpty()) {
        m_status->setText(m_model->errorText());
        return;
    }
    m_status->setText(countText(int(m_model->totalRows())));
}

bool MasterDetailPage::mayLeaveEditor()
{
    if (!m_editor->isModified())
        return true;
    const auto answer =
        QMessageBox::question(this, tr("Unsaved changes"), m_texts.unsavedQuestion,
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void MasterDetailPage::openRow(int row)
{
    if (!m_db)
        return;
    const qint64 id = m_model->idAt(row);
    if (id == 0 || id == m_editor->recordId())
        return;
    if (!mayLeaveEditor())
        return;
    if (openRecord(id))
        updateHistoryButton();
}

} // namespace ic
