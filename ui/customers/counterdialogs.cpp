#include "ui/customers/counterdialogs.h"

#include "models/tr.h"
#include "services/billing/subscriptionlifecycle.h"
#include "services/gateways/gatewayregistry.h"
#include "services/security/session.h"
#include "services/storage/database.h"
#include "ui/common/fielderror.h"

#include <QButtonGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ic {

namespace {

QString money(qint64 minor, const QString &currency)
{
    return Money(minor, currency).format(QLocale());
}

QString planLabel(const Plan &plan)
{
    if (plan.trialDays > 0)
        return Tr::tr("%1 — %2-day trial").arg(plan.name).arg(plan.trialDays);
    return Tr::tr("%1 — %2 every %n month(s)", nullptr, plan.intervalMonths)
        .arg(plan.name, plan.price.format(QLocale()));
}

// Lines and totals of an invoice, as HTML for the label and as plain text for reading back.
std::pair<QString, QString> invoiceSummary(const QList<InvoiceItem> &items, qint64 subtotal,
                                           qint64 discount, qint64 tax, qint64 total,
                                           const QString &currency)
{
    QString html = u"<table cellspacing='4'>"_qs;
    QStringList plain;
    for (const InvoiceItem &item : items) {
        const QString amount = money(item.totalMinor - item.taxMinor, currency);
        html += u"<tr><td>" + item.description.toHtmlEscaped() + u"</td><td align='right'>" +
                amount + u"</td></tr>";
        plain.append(item.description + u'\t' + amount);
    }
    const auto row = [&](const QString &label, qint64 minor, bool bold = false) {
        const QString amount = money(minor, currency);
        if (bold)
            html += u"<tr><td><b>" + label + u"</b></td><td align='right'><b>" + amount +
                    u"</b></td></tr>";
        else
            html += u"<tr><td>" + label + u"</td><td align='right'>" + amount + u"</td></tr>";
        plain.append(label + u'\t' + amount);
    };
    if (discount != 0)
        row(Tr::tr("Discount"), -discount);
    row(Tr::tr("Subtotal"), subtotal);
    row(Tr::tr("Tax"), tax);
    row(Tr::tr("Total"), total, true);
    html += u"</table>"_qs;
    return {html, plain.join(u'\n')};
}

} // namespace

// ---- new subscription ------------------------------------------------------------------

NewSubscriptionDialog::NewSubscriptionDialog(CustomerDesk &desk, qint64 customerId,
                                             bool mayRecordPayments, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_customerId(customerId)
    , m_plan(new QComboBox(this))
    , m_code(new QLineEdit(this))
    , m_codeStatus(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_charge(new QRadioButton(tr("Charge the customer's card now (%1 gateway)")
                                    .arg(desk.canCharge() ? desk.chargingGateway() : tr("no"))))
    , m_manual(new QRadioButton(tr("Record it as paid at the counter (manual payment)")))
    , m_later(new QRadioButton(tr("Leave it due: the daily run charges it")))
    , m_reference(new QLineEdit(this))
    , m_error(new FieldError(this))
    , m_working(new QLabel(this))
    , m_check(new QTimer(this))
{
    const bool canCharge = desk.canCharge();
    setWindowTitle(tr("New Subscription"));
    setModal(true);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("Optional"));
    m_codeStatus->setObjectName(QStringLiteral("codeStatus"));
    m_codeStatus->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("Cheque number, transfer reference…"));
    m_error->setObjectName(QStringLiteral("error"));
    m_charge->setObjectName(QStringLiteral("charge"));
    m_manual->setObjectName(QStringLiteral("manual"));
    m_later->setObjectName(QStringLiteral("later"));

    auto plans = m_desk.plansOnSale();
    if (plans) {
        for (const Plan &plan : *plans)
            m_plan->addItem(planLabel(plan), plan.id);
    } else {
        m_error->setSentence(plans.error().message);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Plan:"), m_plan);
    form->addRow(tr("Promotion &code:"), m_code);
    form->addRow(QString(), m_codeStatus);

    auto *payment = new QGroupBox(tr("First payment"), this);
    auto *paymentLayout = new QVBoxLayout(payment);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_charge, m_manual, m_later}) {
        b->setParent(payment);
        group->addButton(b);
        paymentLayout->addWidget(b);
    }
    paymentLayout->addWidget(m_reference);
    m_charge->setEnabled(canCharge);
    m_manual->setEnabled(mayRecordPayments);
    if (!mayRecordPayments)
        m_manual->setToolTip(tr("Your role may not record payments."));
    (canCharge ? m_charge : m_later)->setChecked(true);
    m_reference->setEnabled(false);
    connect(m_manual, &QRadioButton::toggled, m_reference, &QLineEdit::setEnabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create Subscription"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewSubscriptionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewSubscriptionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("First invoice:"), this));
    layout->addWidget(m_summary);
    layout->addWidget(payment);
    layout->addWidget(m_error);
    m_working->setObjectName(QStringLiteral("working"));
    m_working->setWordWrap(true);
    m_working->hide();
    layout->addWidget(m_working);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(&m_watcher, &QFutureWatcher<Result<CounterSale>>::finished, this,
            &NewSubscriptionDialog::finished);

    // The code is checked as it is typed, once typing rests.
    m_check->setSingleShot(true);
    m_check->setInterval(kCodeCheckMs);
    connect(m_code, &QLineEdit::textChanged, m_check, qOverload<>(&QTimer::start));
    connect(m_check, &QTimer::timeout, this, &NewSubscriptionDialog::refresh);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &NewSubscriptionDialog::refresh);
    refresh();
}

qint64 NewSubscriptionDialog::planId() const
{
    return m_plan->currentData().toLongLong();
}

QString NewSubscriptionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NewSubscriptionDialog::refresh()
{
    m_check->stop();
    if (planId() == 0)
        return;
    const QString code = m_code->text().trimmed();
    auto quote = m_desk.quote(m_customerId, planId(), code);
    if (!quote && !code.isEmpty()) {
        // The code is refused: say why beside it, and show the price without it.
        m_codeStatus->setText(u"✗ "_qs + quote.error().message);
        m_codeStatus->setStyleSheet(QStringLiteral("color: #b02a1e;"));
        quote = m_desk.quote(m_customerId, planId(), {});
    } else if (!code.isEmpty()) {
        m_codeStatus->setText(u"✓ "_qs + tr("%1 applies.").arg(quote->promotionName));
        m_codeStatus->setStyleSheet(QStringLiteral("color: #1e7b34;"));
    } else {
        m_codeStatus->clear();
    }
    if (!quote) {
        m_summary->setText(quote.error().message.toHtmlEscaped());
        m_summaryText = quote.error().message;
        return;
    }
    if (!quote->invoice) {
        m_summaryText = quote->plan.trialDays > 0 ? tr("A %n-day trial: nothing to pay today.",
                                                       nullptr, quote->plan.trialDays)
                                                  : tr("A free plan: nothing to pay.");
        m_summary->setText(m_summaryText.toHtmlEscaped());
        return;
    }
    const Invoice &inv = *quote->invoice;
    auto [html, plain] = invoiceSummary(inv.items, inv.subtotalMinor, inv.discountMinor,
                                        inv.taxMinor, inv.totalMinor, inv.currency);
    m_summary->setText(html);
    m_summaryText = plain;
}

NewSubscriptionDialog::~NewSubscriptionDialog()
{
    // the charge holds the desk's database and this dialog's answers: let it end first
    m_watcher.waitForFinished();
}

void NewSubscriptionDialog::accept()
{
    if (m_watcher.isRunning())
        return;
    m_check->stop();
    m_error->setSentence({});
    const CounterPayment how = m_charge->isChecked()   ? CounterPayment::Gateway
                               : m_manual->isChecked() ? CounterPayment::Manual
                                                       : CounterPayment::Later;
    const QString code = m_code->text();
    const QString reference = m_reference->text().trimmed();
    if (how != CounterPayment::Gateway) {
        // nothing leaves the program: written at once
        auto sale = m_desk.newSubscription(m_customerId, planId(), code, how, reference);
        if (!sale) {
            m_error->setSentence(sale.error().message);
            return;
        }
        m_sale = *sale;
        QDialog::accept();
        return;
    }
    // A code that fails its checks is refused here, before any work starts.
    if (!code.trimmed().isEmpty())
        if (auto quoted = m_desk.quote(m_customerId, planId(), code); !quoted) {
            m_error->setSentence(quoted.error().message);
            return;
        }
    // The gateway may take seconds: the sale runs on a thread of its own, with its own
    // connection to the book, as the same person with the same gateways.
    Database &db = m_desk.database();
    const Clock &clock = m_desk.clock();
    const Session *session = m_desk.session();
    const GatewayRegistry *gateways = m_desk.gateways();
    const qint64 customerId = m_customerId;
    const qint64 plan = planId();
    setWorking(true);
    m_watcher.setFuture(QtConcurrent::run([&db, &clock, session, gateways, customerId, plan, code,
                                           reference]() -> Result<CounterSale> {
        auto own = db.clone(); // opened on this thread, closed on it when the sale is done
        if (!own)
            return std::unexpected(own.error());
        return CustomerDesk(*own, clock, session, gateways)
            .newSubscription(customerId, plan, code, CounterPayment::Gateway, reference);
    }));
}

void NewSubscriptionDialog::finished()
{
    setWorking(false);
    const Result<CounterSale> sale = m_watcher.result();
    if (!sale) {
        m_error->setSentence(sale.error().message);
        return;
    }
    m_sale = *sale;
    QDialog::accept();
}

void NewSubscriptionDialog::setWorking(bool working)
{
    m_working->setText(working ? tr("Charging the customer's card through the %1 gateway…")
                                     .arg(m_desk.chargingGateway())
                               : QString());
    m_working->setVisible(working);
    auto *box = findChild<QDialogButtonBox *>();
    QWidget *cancel = box ? box->button(QDialogButtonBox::Cancel) : nullptr;
    const std::initializer_list<QWidget *> inputs{m_plan,  m_code,      m_charge, m_manual,
                                                  m_later, m_reference, m_create, cancel};
    if (working) {
        m_enabledBefore.clear();
        for (QWidget *w : inputs) {
            m_enabledBefore.append(w && w->isEnabled());
            if (w)
                w->setEnabled(false);
        }
    } else {
        int i = 0;
        for (QWidget *w : inputs)
            if (const bool was = m_enabledBefore.value(i++, true); w)
                w->setEnabled(was);
    }
    if (working)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void NewSubscriptionDialog::reject()
{
    if (m_watcher.isRunning())
        return; // the gateway is being asked: the answer is written before the dialog closes
    QDialog::reject();
}

void NewSubscriptionDialog::closeEvent(QCloseEvent *event)
{
    if (m_watcher.isRunning()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

// ---- change plan -----------------------------------------------------------------------

ChangePlanDialog::ChangePlanDialog(Database &db, const Clock &clock, const Session *session,
                                   const Subscription &subscription, const QList<Plan> &plans,
                                   QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_subscription(subscription)
    , m_plan(new QComboBox(this))
    , m_now(new QRadioButton(tr("&Now, with the proration below"), this))
    , m_next(new QRadioButton(tr("At the start of the next &period"), this))
    , m_reason(new QLineEdit(tr("At the customer's request"), this))
    , m_preview(new QLabel(this))
    , m_error(new FieldError(this))
{
    setWindowTitle(tr("Change Plan"));
    setModal(true);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_now->setObjectName(QStringLiteral("now"));
    m_next->setObjectName(QStringLiteral("nextPeriod"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_plan->addItem(tr("Choose a plan…"), 0);
    for (const Plan &plan : plans)
        if (plan.id != subscription.planId)
            m_plan->addItem(planLabel(plan), plan.id);
    m_now->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("New &plan:"), m_plan);
    form->addRow(QString(), m_now);
    form->addRow(QString(), m_next);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("&Confirm Change"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePlanDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &ChangePlanDialog::preview);
    connect(m_now, &QRadioButton::toggled, this, &ChangePlanDialog::preview);
    preview();
}

qint64 ChangePlanDialog::planId() const
{
    return m_plan->currentData().toLongLong();
}

QString ChangePlanDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChangePlanDialog::preview()
{
    m_error->setSentence({});
    m_confirm->setEnabled(planId() != 0);
    if (planId() == 0) {
        m_previewText.clear();
        m_preview->clear();
        return;
    }
    if (m_next->isChecked()) {
        m_previewText =
            tr("The plan changes on %1, when the next period starts; nothing is "
               "charged or given back now.")
                .arg(QLocale().toString(m_subscription.currentPeriodEnd, QLocale::ShortFormat));
        m_preview->setText(m_previewText.toHtmlEscaped());
        return;
    }
    auto change = SubscriptionLifecycle(m_db, m_clock, m_session)
                      .previewPlanChange(m_subscription.id, planId());
    if (!change) {
        m_previewText.clear();
        m_preview->clear();
        m_error->setSentence(change.error().message);
        return;
    }
    const QString currency = change->total.currency();
    auto [html, plain] = invoiceSummary(change->lines, change->subtotal.minor(), 0,
                                        change->tax.minor(), change->total.minor(), currency);
    QString head;
    if (change->proration)
        head = tr("%1 of %2 days left in the period %3 – %4.")
                   .arg(change->proration->remainingDays)
                   .arg(change->proration->periodDays)
                   .arg(QLocale().toString(change->periodStart, QLocale::ShortFormat),
                        QLocale().toString(change->periodEnd.addDays(-1), QLocale::ShortFormat));
    else if (change->startsNewPeriod)
        head = tr("A new period starts today, until %1.")
                   .arg(QLocale().toString(change->periodEnd.addDays(-1), QLocale::ShortFormat));
    const QString tail =
        change->isCredit()
            ? tr("The customer receives %1 as a credit for the next invoices.")
                  .arg(change->total.negated().format(QLocale()))
            : tr("An invoice of %1 is issued now.").arg(change->total.format(QLocale()));
    m_preview->setText(head.toHtmlEscaped() + html + tail.toHtmlEscaped());
    m_previewText = head + u'\n' + plain + u'\n' + tail;
}

void ChangePlanDialog::accept()
{
    if (planId() == 0) {
        m_error->setSentence(tr("Choose the new plan first."));
        return;
    }
    SubscriptionLifecycle lifecycle(m_db, m_clock, m_session);
    const QString actor = lifecycle.actor();
    if (m_next->isChecked()) {
        auto done = lifecycle.changePlanAtNextPeriod(m_subscription.id, planId(), actor,
                                                     m_reason->text().trimmed());
        if (!done) {
            m_error->setSentence(done.error().message);
            return;
        }
        m_outcome = tr("The plan changes at the next period.");
        QDialog::accept();
        return;
    }
    auto done =
        lifecycle.changePlanNow(m_subscription.id, planId(), actor, m_reason->text().trimmed());
    if (!done) {
        m_error->setSentence(done.error().message);
        return;
    }
    if (done->invoice)
        m_outcome = tr("Plan changed; invoice %1 of %2 issued.")
                        .arg(done->invoice->number, done->invoice->total().format(QLocale()));
    else if (done->credit)
        m_outcome = tr("Plan changed; %1 credited to the customer.")
                        .arg(done->credit->amount.format(QLocale()));
    else
        m_outcome = tr("Plan changed.");
    QDialog::accept();
}

} // namespace ic
