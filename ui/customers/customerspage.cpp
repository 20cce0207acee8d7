#include "ui/customers/customerspage.h"

#include "services/customers/customergrid.h"
#include "services/gateways/gatewayregistry.h"
#include "services/storage/database.h"
#include "ui/common/gridmodel.h"
#include "ui/common/gridview.h"
#include "ui/customers/customerview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ic {

CustomersPage::CustomersPage(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new GridModel(std::make_unique<CustomerGrid>(), this))
    , m_view(new GridView(m_model, QStringLiteral("grids/customers"), this))
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_customer(new CustomerView(clock, this))
{
    auto *list = new QWidget(this);
    auto *heading = new QLabel(tr("Customers"), list);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setWeight(QFont::Bold);
    heading->setFont(headingFont);

    m_view->setObjectName(QStringLiteral("customersGrid"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(
        tr("Search by name, e-mail, company or invoice number — Enter opens"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("status"));
    auto *exportButton = new QPushButton(tr("&Export…"), list);
    exportButton->setObjectName(QStringLiteral("export"));
    auto *open = new QPushButton(tr("&Open"), list);
    open->setObjectName(QStringLiteral("open"));

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(open);
    tools->addWidget(exportButton);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(24, 20, 24, 12);
    listLayout->addWidget(heading);
    listLayout->addLayout(tools);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_status);

    m_stack->addWidget(list);
    m_stack->addWidget(m_customer);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Each keystroke restarts a short wait; the query runs when typing rests, on the grid's
    // worker thread, and an answer overtaken by a newer keystroke is dropped by the model.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CustomersPage::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, &CustomersPage::openCurrent);
    connect(open, &QPushButton::clicked, this, &CustomersPage::openCurrent);
    connect(m_model, &GridModel::reloaded, this, &CustomersPage::showStatus);
    connect(m_model, &GridModel::loadFailed, this,
            [this](const QString &sentence) { m_status->setText(sentence); });
    connect(m_model, &GridModel::reloaded, this, [this] {
        if (!m_openWhenLoaded)
            return;
        m_openWhenLoaded = false;
        openCurrent();
    });
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openCustomer(m_model->idAt(index.row())); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (m_db)
            m_view->exportView(m_db->spec());
    });
    connect(m_customer, &CustomerView::backRequested, this, &CustomersPage::showList);
    connect(m_customer, &CustomerView::historyRequested, this, &CustomersPage::historyRequested);
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::setDatabase(Database *db)
{
    m_db = db;
    m_customer->setGateways(nullptr);
    m_gateways.reset();
    if (db) {
        // no gateway (a book whose settings cannot be read): the counter charges nothing and
        // says so; the rest of the page works
        if (auto gateways = GatewayRegistry::forBook(*db))
            m_gateways = std::make_unique<GatewayRegistry>(std::move(*gateways));
    }
    m_customer->setGateways(m_gateways.get());
    m_customer->setDatabase(db);
    m_stack->setCurrentIndex(0);
    m_model->setDatabase(db);
}

void CustomersPage::setSession(const Session *session)
{
    m_customer->setSession(session);
    m_view->setSession(session);
}

void CustomersPage::reload()
{
    m_model->reload();
    if (isShowingCustomer())
        m_customer->reload();
}

bool CustomersPage::isShowingCustomer() const
{
    return m_stack->currentWidget() == m_customer;
}

void CustomersPage::applySearch()
{
    m_debounce->stop();
    m_model->setFilter(m_search->text());
}

void CustomersPage::showStatus()
{
    if (!m_model->errorText().isEmpty()) {
        m_status->setText(m_model->errorText());
        return;
    }
    const int n = int(m_model->totalRows());
    m_status->setText(m_search->text().trimmed().isEmpty()
                          ? tr("%n customer(s)", nullptr, n)
                          : tr("%n customer(s) found", nullptr, n));
}

void CustomersPage::openCurrent()
{
    // Enter while the last keystroke's search is still to run or to come back: open what it
    // finds.
    if (m_debounce->isActive())
        applySearch();
    if (m_model->isLoading()) {
        m_openWhenLoaded = true;
        return;
    }
    if (m_model->rowCount() == 0) {
        m_status->setText(m_search->text().trimmed().isEmpty()
                              ? tr("There are no customers in this book.")
                              : tr("Nobody matches \"%1\".").arg(m_search->text().trimmed()));
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    openCustomer(m_model->idAt(current.isValid() ? current.row() : 0));
}

bool CustomersPage::mayLeave()
{
    return m_customer->mayLeave();
}

void CustomersPage::openCustomer(qint64 id)
{
    if (!m_db || id == 0)
        return;
    if (id != m_customer->customerId() && !m_customer->mayLeave()) {
        m_stack->setCurrentWidget(m_customer); // back to the note being written
        return;
    }
    m_customer->open(id);
    m_stack->setCurrentWidget(m_customer);
    m_customer->setFocus();
}

void CustomersPage::showList()
{
    m_stack->setCurrentIndex(0);
    m_search->setFocus();
}

bool CustomersPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search box goes to the rows, Enter there opens the one chosen.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ic
