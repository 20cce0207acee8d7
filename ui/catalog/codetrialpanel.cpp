#include "ui/catalog/codetrialpanel.h"

#include "models/clock.h"
#include "services/catalog/catalogservice.h"
#include "services/storage/customerrepository.h"
#include "services/storage/database.h"
#include "services/storage/planrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QStyle>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ic {

CodeTrialPanel::CodeTrialPanel(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_customer(new QLineEdit(this))
    , m_suggestions(new QStringListModel(this))
    , m_plan(new QComboBox(this))
    , m_code(new QLineEdit(this))
    , m_firstPayment(new QCheckBox(tr("The customer's first payment"), this))
    , m_try(new QPushButton(tr("&Try the Code"), this))
    , m_steps(new QTreeWidget(this))
    , m_verdict(new QLabel(this))
    , m_initial(new QLabel(this))
    , m_discount(new QLabel(this))
    , m_final(new QLabel(this))
{
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setPlaceholderText(tr("the customer's e-mail address"));
    auto *completer = new QCompleter(m_suggestions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_customer->setCompleter(completer);
    connect(m_customer, &QLineEdit::textEdited, this, &CodeTrialPanel::suggestCustomers);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("the code as the customer typed it"));
    m_firstPayment->setObjectName(QStringLiteral("firstPayment"));
    m_firstPayment->setChecked(true);
    m_try->setObjectName(QStringLiteral("try"));
    m_try->setDefault(true);
    connect(m_try, &QPushButton::clicked, this, &CodeTrialPanel::tryCode);
    connect(m_code, &QLineEdit::returnPressed, this, &CodeTrialPanel::tryCode);

    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({tr("Check"), tr("Outcome")});
    m_steps->setRootIsDecorated(false);
    m_steps->setWordWrap(true);
    m_steps->header()->setStretchLastSection(true);
    m_steps->setColumnWidth(0, 230);
    m_steps->setMinimumHeight(220);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_initial->setObjectName(QStringLiteral("initial"));
    m_discount->setObjectName(QStringLiteral("discount"));
    m_final->setObjectName(QStringLiteral("final"));
    QFont bold = m_final->font();
    bold.setWeight(QFont::Bold);
    m_final->setFont(bold);
    for (QLabel *l : {m_initial, m_discount, m_final})
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *form = new QFormLayout;
    form->addRow(tr("C&ustomer:"), m_customer);
    form->addRow(tr("&Plan:"), m_plan);
    form->addRow(tr("C&ode:"), m_code);
    form->addRow(QString(), m_firstPayment);
    form->addRow(QString(), m_try);

    auto *amounts = new QFormLayout;
    amounts->addRow(tr("Plan price:"), m_initial);
    amounts->addRow(tr("Discount:"), m_discount);
    amounts->addRow(tr("To pay:"), m_final);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_verdict);
    layout->addLayout(amounts);
    clearResult();
}

CodeTrialPanel::~CodeTrialPanel() = default;

QString CodeTrialPanel::verdictText() const
{
    return m_verdict->text();
}
QString CodeTrialPanel::initialText() const
{
    return m_initial->text();
}
QString CodeTrialPanel::discountText() const
{
    return m_discount->text();
}
QString CodeTrialPanel::finalText() const
{
    return m_final->text();
}

void CodeTrialPanel::setDatabase(Database *db)
{
    m_db = db;
    reloadPlans();
    clearResult();
}

void CodeTrialPanel::setCode(const QString &code)
{
    m_code->setText(code);
}

void CodeTrialPanel::reloadPlans()
{
    const qint64 current = m_plan->currentData().toLongLong();
    m_plan->clear();
    if (!m_db)
        return;
    auto plans = PlanRepository(*m_db).list();
    if (!plans) {
        m_verdict->setText(plans.error().message);
        return;
    }
    for (const Plan &p : std::as_const(*plans))
        m_plan->addItem(tr("%1 — %2").arg(p.name, p.price.format(locale())), p.id);
    const int index = m_plan->findData(current);
    if (index >= 0)
        m_plan->setCurrentIndex(index);
}

void CodeTrialPanel::suggestCustomers(const QString &typed)
{
    if (!m_db || typed.trimmed().size() < 2)
        return;
    auto found = CustomerRepository(*m_db).searchPrefix(typed.trimmed(), 12);
    if (!found)
        return;
    QStringList emails;
    for (const Customer &c : std::as_const(*found))
        emails.append(c.email);
    m_suggestions->setStringList(emails);
}

void CodeTrialPanel::clearResult()
{
    m_steps->clear();
    m_verdict->clear();
    m_initial->setText(QStringLiteral("–"));
    m_discount->setText(QStringLiteral("–"));
    m_final->setText(QStringLiteral("–"));
}

void CodeTrialPanel::tryCode()
{
    clearResult();
    if (!m_db)
        return;
    if (m_plan->currentIndex() < 0) {
        m_verdict->setText(tr("Choose a plan."));
        return;
    }
    const QDate today = m_clock.today(QTimeZone::systemTimeZone());
    auto trial = CatalogService(*m_db, m_clock)
                     .tryCode(m_customer->text(), m_plan->currentData().toLongLong(),
                              m_code->text(), m_firstPayment->isChecked(), today);
    if (!trial) {
        m_verdict->setText(trial.error().message);
        return;
    }
    const QIcon passed = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon failed = style()->standardIcon(QStyle::SP_DialogCancelButton);
    for (const PromotionCheckStep &step : trial->report.steps) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(0, step.label);
        switch (step.outcome) {
        case CheckOutcome::Passed:
            item->setIcon(0, passed);
            item->setText(1, tr("passed"));
            break;
        case CheckOutcome::Failed:
            item->setIcon(0, failed);
            item->setText(1, step.reason);
            item->setForeground(1, QColor(0xb0, 0x2a, 0x1e));
            break;
        case CheckOutcome::NotRun:
            item->setText(1, tr("not checked"));
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
            item->setForeground(1, palette().color(QPalette::Disabled, QPalette::Text));
            break;
        }
        item->setToolTip(1, item->text(1));
    }
    const QLocale loc = locale();
    m_initial->setText(trial->initial.format(loc));
    m_discount->setText(trial->discount.isZero() ? trial->discount.format(loc)
                                                 : trial->discount.negated().format(loc));
    m_final->setText(trial->final.format(loc));
    if (trial->report.isAccepted()) {
        m_verdict->setText(trial->discounts.size() > 1
                               ? tr("The code is accepted for %1 on %2; with the automatic "
                                    "promotions it combines with, %n promotion(s) apply.",
                                    nullptr, int(trial->discounts.size()))
                                     .arg(trial->customerName, trial->planName)
                               : tr("The code is accepted for %1 on %2.")
                                     .arg(trial->customerName, trial->planName));
        m_verdict->setStyleSheet(QStringLiteral("color: #1e7a34;"));
    } else {
        m_verdict->setText(trial->report.reason());
        m_verdict->setStyleSheet(QStringLiteral("color: #b02a1e;"));
    }
}

} // namespace ic
