#include "ui/audit/auditpage.h"

#include "services/security/auditdiff.h"
#include "services/security/auditgrid.h"
#include "services/security/session.h"
#include "services/storage/auditrepository.h"
#include "services/storage/database.h"
#include "ui/common/buddylabel.h"
#include "ui/common/gridmodel.h"
#include "ui/common/gridview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ic {

namespace {

// A date edit at this date means "no bound" (shown as its special text).
const QDate kNoBound(2000, 1, 1);

QDateEdit *boundEdit(QWidget *parent, const char *name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoBound);
    edit->setSpecialValueText(AuditPage::tr("any day"));
    edit->setDate(kNoBound);
    return edit;
}

} // namespace

AuditPage::AuditPage(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_grid(new AuditGrid)
    , m_model(new GridModel(std::unique_ptr<GridSource>(m_grid), this))
    , m_view(new GridView(m_model, QStringLiteral("grids/audit"), this))
    , m_person(new QLineEdit(this))
    , m_entity(new QComboBox(this))
    , m_from(boundEdit(this, "from"))
    , m_to(boundEdit(this, "to"))
    , m_record(new QLabel(this))
    , m_clearRecord(new QPushButton(tr("Show &All Records"), this))
    , m_status(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_diff(new QTreeWidget(this))
{
    auto *heading = new QLabel(tr("Audit log"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setWeight(QFont::Bold);
    heading->setFont(headingFont);

    m_view->setObjectName(QStringLiteral("auditGrid"));
    m_person->setObjectName(QStringLiteral("person"));
    m_person->setPlaceholderText(tr("Who (part of the name)"));
    m_person->setClearButtonEnabled(true);
    m_entity->setObjectName(QStringLiteral("entity"));
    m_entity->addItem(tr("Every kind of record"), QString());
    m_record->setObjectName(QStringLiteral("record"));
    m_clearRecord->setObjectName(QStringLiteral("clearRecord"));
    m_record->hide();
    m_clearRecord->hide();
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    QFont detailFont = m_detail->font();
    detailFont.setWeight(QFont::Bold);
    m_detail->setFont(detailFont);
    m_diff->setObjectName(QStringLiteral("diff"));
    m_diff->setColumnCount(3);
    m_diff->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_diff->setRootIsDecorated(false);
    m_diff->setAlternatingRowColors(true);
    m_diff->setWordWrap(true);
    m_diff->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_diff->header()->setStretchLastSection(true);
    m_diff->setColumnWidth(0, 130);
    m_diff->setColumnWidth(1, 150);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("export"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_person, 2);
    filters->addWidget(m_entity, 1);
    filters->addWidget(buddyLabel(tr("&From:"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(buddyLabel(tr("&To:"), m_to));
    filters->addWidget(m_to);
    filters->addWidget(exportButton);
    auto *recordRow = new QHBoxLayout;
    recordRow->addWidget(m_record);
    recordRow->addWidget(m_clearRecord);
    recordRow->addStretch(1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addLayout(recordRow);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_status);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail);
    rightLayout->addWidget(m_diff, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    right->setMinimumWidth(400);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->addWidget(heading);
    layout->addWidget(splitter, 1);

    // Newest first until the person sorts otherwise.
    m_model->sort(AuditGrid::When, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSortIndicator(AuditGrid::When, Qt::DescendingOrder);

    connect(m_person, &QLineEdit::textChanged, m_model, &GridModel::setFilter);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditPage::applyCriteria);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::applyCriteria);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::applyCriteria);
    connect(m_clearRecord, &QPushButton::clicked, this, &AuditPage::clearRecord);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (m_db)
            m_view->exportView(m_db->spec());
    });
    connect(m_model, &GridModel::reloaded, this, &AuditPage::showStatus);
    connect(m_model, &GridModel::rowsInserted, this, &AuditPage::showStatus);
    connect(m_model, &GridModel::loadFailed, this,
            [this](const QString &sentence) { m_status->setText(sentence); });
    connect(m_model, &GridModel::modelReset, this, [this] {
        m_detail->clear();
        m_diff->clear();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showEntry(m_model->idAt(current.row()));
            });
}

AuditPage::~AuditPage() = default;

const AuditGrid &AuditPage::grid() const
{
    return *m_grid;
}

void AuditPage::setDatabase(Database *db)
{
    m_db = db;
    m_detail->clear();
    m_diff->clear();
    // Only for a person who may read the log (the window gives none to the others).
    const bool may = m_session && m_session->may(Permission::ReadAudit);
    m_model->setDatabase(may ? db : nullptr);
    loadEntities();
    showStatus();
}

void AuditPage::setSession(const Session *session)
{
    m_session = session;
    m_view->setSession(session);
}

void AuditPage::reload()
{
    loadEntities();
    m_model->reload();
}

void AuditPage::loadEntities()
{
    const QString current = m_entity->currentData().toString();
    const QSignalBlocker block(m_entity);
    while (m_entity->count() > 1)
        m_entity->removeItem(1);
    if (m_db && m_session && m_session->may(Permission::ReadAudit))
        if (auto names = AuditGrid::entities(*m_db); names)
            for (const QString &name : std::as_const(*names))
                m_entity->addItem(auditEntityLabel(name), name);
    if (!current.isEmpty() && m_entity->findData(current) < 0)
        m_entity->addItem(auditEntityLabel(current), current);
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(current)));
}

void AuditPage::applyCriteria()
{
    AuditCriteria c;
    c.entity = m_entity->currentData().toString();
    // A record's history stays while its kind is the one chosen.
    if (!m_recordId.isEmpty() && c.entity == m_recordEntity)
        c.entityId = m_recordId;
    else if (!m_recordId.isEmpty()) {
        m_recordId.clear();
        m_recordEntity.clear();
        m_record->hide();
        m_clearRecord->hide();
    }
    // Dates are the person's days: from the start of the first to the end of the last.
    if (m_from->date() > kNoBound)
        c.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    if (m_to->date() > kNoBound)
        c.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    if (c == m_grid->criteria())
        return;
    m_grid->setCriteria(c);
    m_model->reload();
}

void AuditPage::showRecord(const QString &entity, qint64 id)
{
    m_recordEntity = entity;
    m_recordId = QString::number(id);
    {
        const QSignalBlocker blockPerson(m_person);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        const QSignalBlocker blockEntity(m_entity);
        m_person->clear();
        m_model->setFilter(QString());
        m_from->setDate(kNoBound);
        m_to->setDate(kNoBound);
        if (m_entity->findData(entity) < 0)
            m_entity->addItem(auditEntityLabel(entity), entity);
        m_entity->setCurrentIndex(m_entity->findData(entity));
    }
    m_record->setText(tr("History of %1 %2").arg(auditEntityLabel(entity), m_recordId));
    m_record->show();
    m_clearRecord->show();
    applyCriteria();
}

void AuditPage::clearRecord()
{
    m_recordId.clear();
    m_recordEntity.clear();
    m_record->hide();
    m_clearRecord->hide();
    applyCriteria();
}

void AuditPage::showEntry(qint64 id)
{
    m_diff->clear();
    m_detail->clear();
    if (!m_db || id == 0)
        return;
    auto entry = AuditRepository(*m_db).find(id);
    if (!entry) {
        m_detail->setText(entry.error().message);
        return;
    }
    const QString action = auditActionLabels().value(entry->action, entry->action);
    m_detail->setText(
        tr("%1 · %2 %3 · %4 by %5")
            .arg(QLocale().toString(entry->occurredAt.toLocalTime(), QLocale::ShortFormat),
                 auditEntityLabel(entry->entity), entry->entityId, action, entry->actor));
    QFont changedFont = m_diff->font();
    changedFont.setWeight(QFont::Bold);
    const QBrush unchanged = palette().brush(QPalette::Disabled, QPalette::Text);
    for (const AuditFieldChange &c : auditDiff(entry->before, entry->after)) {
        auto *item = new QTreeWidgetItem(m_diff, {c.label, c.before.isEmpty() ? u"—"_qs : c.before,
                                                  c.after.isEmpty() ? u"—"_qs : c.after});
        item->setData(0, Qt::UserRole, c.key);
        item->setData(0, Qt::UserRole + 1, c.isChanged);
        for (int col = 0; col < 3; ++col) {
            item->setToolTip(col, item->text(col));
            if (c.isChanged)
                item->setFont(col, changedFont);
            else
                item->setForeground(col, unchanged);
        }
    }
}

QString AuditPage::detailTitle() const
{
    return m_detail->text();
}

QString AuditPage::statusText() const
{
    return m_status->text();
}

void AuditPage::showStatus()
{
    if (!m_session || !m_session->may(Permission::ReadAudit)) {
        const Done may = m_session ? require(*m_session, Permission::ReadAudit) : Done();
        m_status->setText(may ? QString() : may.error().message);
        return;
    }
    if (!m_model->errorText().isEmpty()) {
        m_status->setText(m_model->errorText());
        return;
    }
    m_status->setText(tr("%n entry(ies)", nullptr, int(m_model->totalRows())));
}

} // namespace ic
