#include "ui/customers/customerview.h"

#include "models/tr.h"
#include "services/billing/subscriptionlifecycle.h"
#include "services/gateways/gatewayregistry.h"
#include "services/security/session.h"
#include "services/storage/database.h"
#include "ui/common/fielderror.h"
#include "ui/customers/actiondialog.h"
#include "ui/customers/counterdialogs.h"
#include "ui/customers/recordtablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ic {

namespace {

QString date(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString moment(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString amount(qint64 minor, const QString &currency)
{
    return Money(minor, currency).format(QLocale());
}

QString methodName(PaymentMethod m)
{
    switch (m) {
    case PaymentMethod::Card:
        return Tr::tr("Card");
    case PaymentMethod::PayPal:
        return Tr::tr("PayPal");
    case PaymentMethod::Transfer:
        return Tr::tr("Transfer");
    case PaymentMethod::Manual:
        return Tr::tr("Manual");
    case PaymentMethod::Credit:
        return Tr::tr("Credit");
    }
    return {};
}

QTableView *table(RecordTableModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

CustomerView::CustomerView(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_name(new QLabel(this))
    , m_profile(new QLabel(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_subscriptions(new RecordTableModel({{tr("Plan")},
                                            {tr("Status")},
                                            {tr("Started")},
                                            {tr("Period")},
                                            {tr("Next billing")},
                                            {tr("Price"), true},
                                            {tr("Ends")}},
                                           this))
    , m_events(new RecordTableModel(
          {{tr("When")}, {tr("From")}, {tr("To")}, {tr("Plan")}, {tr("Who")}, {tr("Why")}}, this))
    , m_invoices(new RecordTableModel({{tr("Number")},
                                       {tr("Issued")},
                                       {tr("Due")},
                                       {tr("Status")},
                                       {tr("Total"), true},
                                       {tr("Paid"), true}},
                                      this))
    , m_payments(new RecordTableModel({{tr("When")},
                                       {tr("Invoice")},
                                       {tr("Method")},
                                       {tr("Amount"), true},
                                       {tr("Status")},
                                       {tr("Reference")}},
                                      this))
    , m_methods(new RecordTableModel(
          {{tr("Brand")}, {tr("Number")}, {tr("Expires")}, {tr("Default")}, {tr("Gateway")}}, this))
    , m_credits(new RecordTableModel({{tr("Given")},
                                      {tr("Amount"), true},
                                      {tr("Left"), true},
                                      {tr("Reason")},
                                      {tr("By")},
                                      {tr("Expires")}},
                                     this))
    , m_notes(new QPlainTextEdit(this))
    , m_noteEdit(new QPlainTextEdit(this))
    , m_noteError(new FieldError(this))
{
    auto *back = new QPushButton(tr("← Customers"), this);
    back->setObjectName(QStringLiteral("back"));
    back->setFlat(true);
    connect(back, &QPushButton::clicked, this, &CustomerView::backRequested);
    m_name->setObjectName(QStringLiteral("name"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setWeight(QFont::Bold);
    m_name->setFont(nameFont);
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->setWordWrap(true);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();

    const struct {
        Action action;
        QString text;
        const char *name;
    } actions[] = {
        {Action::NewSubscription, tr("&New Subscription…"), "newSubscription"},
        {Action::ChangePlan, tr("C&hange Plan…"), "changePlan"},
        {Action::Pause, tr("&Pause…"), "pause"},
        {Action::Resume, tr("&Resume…"), "resume"},
        {Action::Cancel, tr("Cance&l…"), "cancel"},
        {Action::AddCredit, tr("Add C&redit…"), "addCredit"},
        {Action::RecordPayment, tr("Record Pa&yment…"), "recordPayment"},
    };
    auto *bar = new QHBoxLayout;
    for (const auto &a : actions) {
        auto *button = new QPushButton(a.text, this);
        button->setObjectName(QLatin1String(a.name));
        bar->addWidget(button);
        m_buttons.append(button);
    }
    bar->addStretch(1);
    m_history = new QPushButton(tr("Hi&story"), this);
    m_history->setObjectName(QStringLiteral("history"));
    auto *historyMenu = new QMenu(m_history);
    historyMenu->addAction(tr("This Customer"), this, &CustomerView::showCustomerHistory)
        ->setObjectName(QStringLiteral("customerHistory"));
    m_subscriptionHistory = historyMenu->addAction(tr("The Subscription Chosen"), this,
                                                   &CustomerView::showSubscriptionHistory);
    m_subscriptionHistory->setObjectName(QStringLiteral("subscriptionHistory"));
    m_history->setMenu(historyMenu);
    bar->addWidget(m_history);
    connect(m_buttons[0], &QPushButton::clicked, this, &CustomerView::newSubscription);
    connect(m_buttons[1], &QPushButton::clicked, this, &CustomerView::changePlan);
    connect(m_buttons[2], &QPushButton::clicked, this, &CustomerView::pause);
    connect(m_buttons[3], &QPushButton::clicked, this, &CustomerView::resume);
    connect(m_buttons[4], &QPushButton::clicked, this, &CustomerView::cancel);
    connect(m_buttons[5], &QPushButton::clicked, this, &CustomerView::addCredit);
    connect(m_buttons[6], &QPushButton::clicked, this, &CustomerView::recordPayment);

    // Subscriptions, and the history of the one chosen under them.
    auto *subscriptionsTab = new QSplitter(Qt::Vertical, this);
    m_subscriptionsTable = table(m_subscriptions, QStringLiteral("subscriptions"), this);
    subscriptionsTab->addWidget(m_subscriptionsTable);
    subscriptionsTab->addWidget(table(m_events, QStringLiteral("events"), this));
    connect(m_subscriptionsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] {
                showEvents();
                updateActions();
            });
    m_tabs->addTab(subscriptionsTab, tr("&Subscriptions"));
    m_tabs->addTab(table(m_invoices, QStringLiteral("invoices"), this), tr("&Invoices"));
    // Payments: the methods on file above, the payments and attempts under them.
    auto *paymentsTab = new QWidget(this);
    auto *paymentsLayout = new QVBoxLayout(paymentsTab);
    auto *methodsTable = table(m_methods, QStringLiteral("paymentMethods"), paymentsTab);
    methodsTable->setMaximumHeight(methodsTable->verticalHeader()->defaultSectionSize() * 4 +
                                   methodsTable->horizontalHeader()->sizeHint().height() + 4);
    paymentsLayout->addWidget(new QLabel(tr("Payment methods on file:"), paymentsTab));
    paymentsLayout->addWidget(methodsTable);
    paymentsLayout->addWidget(new QLabel(tr("Payments and attempts:"), paymentsTab));
    paymentsLayout->addWidget(table(m_payments, QStringLiteral("payments"), paymentsTab), 1);
    m_tabs->addTab(paymentsTab, tr("Pa&yments"));
    m_tabs->addTab(table(m_credits, QStringLiteral("credits"), this), tr("Cre&dits"));

    auto *notesTab = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesTab);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setReadOnly(true);
    m_noteEdit->setObjectName(QStringLiteral("newNote"));
    m_noteEdit->setPlaceholderText(tr("A new note…"));
    m_noteEdit->setMaximumHeight(90);
    m_noteError->setObjectName(QStringLiteral("noteError"));
    auto *addNote = new QPushButton(tr("&Add Note"), notesTab);
    addNote->setObjectName(QStringLiteral("addNote"));
    m_buttons.append(addNote);
    connect(addNote, &QPushButton::clicked, this, &CustomerView::addNote);
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addWidget(m_noteEdit);
    notesLayout->addWidget(m_noteError);
    auto *noteBar = new QHBoxLayout;
    noteBar->addStretch(1);
    noteBar->addWidget(addNote);
    notesLayout->addLayout(noteBar);
    m_tabs->addTab(notesTab, tr("&Notes"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addStretch(1);
    layout->addLayout(top);
    layout->addWidget(m_name);
    layout->addWidget(m_profile);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    updateActions();
}

CustomerView::~CustomerView() = default;

void CustomerView::setDatabase(Database *db)
{
    m_db = db;
    m_file = {};
    fill();
}

void CustomerView::setSession(const Session *session)
{
    m_session = session;
    updateActions();
}

void CustomerView::setGateways(const GatewayRegistry *gateways)
{
    m_gateways = gateways;
}

bool CustomerView::may(Permission permission) const
{
    return !m_session || m_session->may(permission);
}

QPushButton *CustomerView::actionButton(Action action) const
{
    return m_buttons.value(int(action));
}

QString CustomerView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString CustomerView::noteError() const
{
    return m_noteError->isHidden() ? QString() : m_noteError->text();
}

QString CustomerView::profileText() const
{
    return m_profile->text();
}

void CustomerView::say(const QString &sentence, bool refused)
{
    m_message->setText(sentence);
    m_message->setStyleSheet(refused ? QStringLiteral("color: #b02a1e;")
                                     : QStringLiteral("color: #1e5b8c;"));
    m_message->setVisible(!sentence.isEmpty());
}

bool CustomerView::mayLeave()
{
    if (m_noteEdit->toPlainText().trimmed().isEmpty())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Note not added"),
        tr("The note you are writing for %1 is not added yet. Drop it?").arg(m_file.customer.name),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_noteEdit->clear();
    return true;
}

void CustomerView::open(qint64 customerId)
{
    say({});
    if (customerId != m_file.customer.id) {
        // Another customer: a fresh page (the person agreed to drop a note being written).
        m_noteEdit->clear();
        m_noteError->setSentence({});
        m_tabs->setCurrentIndex(0);
    }
    m_file = {};
    m_file.customer.id = customerId;
    reload();
}

void CustomerView::reload()
{
    if (!m_db || m_file.customer.id == 0)
        return;
    const qint64 keep = m_subscriptions->idAt(m_subscriptionsTable->currentIndex().row());
    auto file = CustomerDesk(*m_db, m_clock, m_session).load(m_file.customer.id);
    if (!file) {
        say(file.error().message, true);
        return;
    }
    m_file = *file;
    fill();
    const int row = m_subscriptions->rowOfId(keep);
    m_subscriptionsTable->selectRow(row >= 0 ? row : 0);
}

void CustomerView::fill()
{
    const Customer &c = m_file.customer;
    m_name->setText(c.name);
    QStringList profile;
    if (!c.email.isEmpty())
        profile.append(c.email);
    if (!c.company.isEmpty())
        profile.append(c.company);
    if (!c.vatNumber.isEmpty())
        profile.append(tr("VAT %1").arg(c.vatNumber));
    if (!c.phone.isEmpty())
        profile.append(c.phone);
    if (!c.country.isEmpty())
        profile.append(c.country);
    if (!c.language.isEmpty())
        profile.append(c.language == u"fr" ? tr("writes in French") : tr("writes in English"));
    if (c.createdAt.isValid())
        profile.append(tr("customer since %1").arg(date(c.createdAt.date())));
    m_profile->setText(profile.join(u"  ·  "_qs));

    QList<RecordTableModel::Record> subs;
    for (const Subscription &s : std::as_const(m_file.subscriptions)) {
        const QString plan = m_file.plans.value(s.planId).name;
        QString ends;
        if (s.cancelAtPeriodEnd)
            ends = tr("cancels on %1").arg(date(s.currentPeriodEnd));
        else if (s.scheduledPlanId != 0)
            ends = tr("moves to %1 on %2")
                       .arg(m_file.plans.value(s.scheduledPlanId).name, date(s.currentPeriodEnd));
        subs.append({s.id,
                     {plan, displayName(s.status), date(s.startedOn),
                      date(s.currentPeriodStart) + u" – " + date(s.currentPeriodEnd.addDays(-1)),
                      date(s.nextBillingOn), s.price.format(QLocale()), ends},
                     {plan, toString(s.status), s.startedOn, s.currentPeriodStart, s.nextBillingOn,
                      QVariant::fromValue(s.price), ends}});
    }
    m_subscriptions->setRecords(subs);

    QList<RecordTableModel::Record> invoices;
    for (const Invoice &i : std::as_const(m_file.invoices))
        invoices.append({i.id,
                         {i.number.isEmpty() ? tr("(draft)") : i.number, date(i.issueDate),
                          date(i.dueDate), displayName(i.status), amount(i.totalMinor, i.currency),
                          amount(i.amountPaidMinor, i.currency)},
                         {i.number, i.issueDate, i.dueDate, toString(i.status),
                          QVariant::fromValue(Money(i.totalMinor, i.currency)),
                          QVariant::fromValue(Money(i.amountPaidMinor, i.currency))}});
    m_invoices->setRecords(invoices);

    QHash<qint64, QString> numbers;
    for (const Invoice &i : std::as_const(m_file.invoices))
        numbers.insert(i.id, i.number);
    QList<RecordTableModel::Record> payments;
    for (const Payment &p : std::as_const(m_file.payments))
        payments.append({p.id,
                         {moment(p.settledAt.isValid() ? p.settledAt : p.attemptedAt),
                          numbers.value(p.invoiceId), methodName(p.method),
                          p.amount.format(QLocale()), displayName(p.status),
                          p.failureMessage.isEmpty() ? p.gatewayReference : p.failureMessage},
                         {p.attemptedAt, numbers.value(p.invoiceId), toString(p.method),
                          QVariant::fromValue(p.amount), toString(p.status), p.gatewayReference}});
    m_payments->setRecords(payments);

    QList<RecordTableModel::Record> methods;
    for (const CustomerPaymentMethod &m : std::as_const(m_file.paymentMethods)) {
        const QString expiry =
            m.expires()
                ? QStringLiteral("%1/%2").arg(m.expMonth, 2, 10, QLatin1Char('0')).arg(m.expYear)
                : QString();
        const bool expired = m.isExpiredOn(m_clock.now().date());
        methods.append(
            {m.id,
             {m.brand.isEmpty() ? tr("(unknown)") : m.brand.toUpper(), m.maskedNumber(),
              expired ? tr("%1 (expired)").arg(expiry) : expiry,
              m.isDefault ? tr("default") : QString(), m.gateway},
             {m.brand, m.lastFour, m.expires() ? QDate(m.expYear, m.expMonth, 1) : QDate(),
              m.isDefault, m.gateway}});
    }
    m_methods->setRecords(methods);

    QList<RecordTableModel::Record> credits;
    for (const UserCredit &u : std::as_const(m_file.credits))
        credits.append({u.id,
                        {date(u.createdAt.date()), u.amount.format(QLocale()),
                         u.available().format(QLocale()), u.reason, u.createdBy, date(u.expiresOn)},
                        {u.createdAt, QVariant::fromValue(u.amount),
                         QVariant::fromValue(u.available()), u.reason, u.createdBy, u.expiresOn}});
    m_credits->setRecords(credits);

    m_notes->setPlainText(c.notes);
    showEvents();
    updateActions();
    for (QTableView *view : findChildren<QTableView *>())
        view->resizeColumnsToContents();
}

const Subscription *CustomerView::selectedSubscription() const
{
    const qint64 id = m_subscriptions->idAt(m_subscriptionsTable->currentIndex().row());
    for (const Subscription &s : m_file.subscriptions)
        if (s.id == id)
            return &s;
    return nullptr;
}

void CustomerView::showEvents()
{
    QList<RecordTableModel::Record> rows;
    if (const Subscription *s = selectedSubscription()) {
        const auto events = m_file.events.value(s->id);
        // Newest first, as a history reads.
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            const SubscriptionEvent &e = *it;
            QString plan = m_file.plans.value(e.toPlanId).name;
            if (e.fromPlanId != 0 && e.fromPlanId != e.toPlanId)
                plan = m_file.plans.value(e.fromPlanId).name + u" → " + plan;
            rows.append(
                {e.id,
                 {moment(e.occurredAt), e.fromStatus ? displayName(*e.fromStatus) : QString(),
                  displayName(e.toStatus), plan, e.actor, e.reason},
                 {e.occurredAt, e.fromStatus ? toString(*e.fromStatus) : QString(),
                  toString(e.toStatus), plan, e.actor, e.reason}});
        }
    }
    m_events->setRecords(rows);
    if (auto *events = findChild<QTableView *>(u"events"_qs))
        events->resizeColumnsToContents();
}

void CustomerView::updateActions()
{
    const bool open = m_db && m_file.customer.id != 0;
    const bool chosen = selectedSubscription() != nullptr;
    const bool manage = may(Permission::ManageSubscriptions);
    const QString roleRefusal = tr("Your role may not do this.");
    const auto set = [&](Action a, bool allowed, bool applicable) {
        QPushButton *b = actionButton(a);
        b->setEnabled(open && allowed && applicable);
        b->setToolTip(allowed ? QString() : roleRefusal);
    };
    set(Action::NewSubscription, manage, true);
    set(Action::ChangePlan, manage, chosen);
    set(Action::Pause, manage, chosen);
    set(Action::Resume, manage, chosen);
    set(Action::Cancel, manage, chosen);
    set(Action::AddCredit, may(Permission::GrantCredit), true);
    set(Action::RecordPayment, may(Permission::RecordPayments), !m_file.invoices.isEmpty());
    set(Action::AddNote, may(Permission::CustomerNotes), true);
    // The window shows the audit log to the roles that may read it.
    m_history->setVisible(m_session && m_session->may(Permission::ReadAudit));
    m_history->setEnabled(open);
    m_subscriptionHistory->setEnabled(chosen);
    m_noteEdit->setReadOnly(!may(Permission::CustomerNotes));
}

void CustomerView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

// ---- actions ---------------------------------------------------------------------------

void CustomerView::showCustomerHistory()
{
    if (m_file.customer.id != 0)
        Q_EMIT historyRequested(QStringLiteral("customer"), m_file.customer.id);
}

void CustomerView::showSubscriptionHistory()
{
    if (const Subscription *s = selectedSubscription())
        Q_EMIT historyRequested(QStringLiteral("subscription"), s->id);
}

void CustomerView::newSubscription()
{
    if (!m_db)
        return;
    CustomerDesk desk(*m_db, m_clock, m_session, m_gateways);
    NewSubscriptionDialog dialog(desk, m_file.customer.id, may(Permission::RecordPayments), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.sale())
        return;
    const CounterSale &sale = *dialog.sale();
    reload();
    QString sentence =
        tr("Subscription to %1 started.").arg(m_file.plans.value(sale.subscription.planId).name);
    if (sale.invoice) {
        const Invoice &inv = *sale.invoice;
        sentence += u' ' + (inv.status == InvoiceStatus::Paid ? tr("Invoice %1 of %2 is paid.")
                                                              : tr("Invoice %1 of %2 is due."))
                               .arg(inv.number, inv.total().format(QLocale()));
    }
    if (!sale.paymentProblem.isEmpty())
        sentence += u' ' + sale.paymentProblem;
    const int row = m_subscriptions->rowOfId(sale.subscription.id);
    if (row >= 0)
        m_subscriptionsTable->selectRow(row);
    say(sentence, !sale.paymentProblem.isEmpty());
    Q_EMIT changed();
}

void CustomerView::changePlan()
{
    const Subscription *s = selectedSubscription();
    if (!m_db || !s) {
        say(tr("Choose a subscription in the list first."), true);
        return;
    }
    auto plans = CustomerDesk(*m_db, m_clock, m_session).plansOnSale();
    if (!plans) {
        say(plans.error().message, true);
        return;
    }
    ChangePlanDialog dialog(*m_db, m_clock, m_session, *s, *plans, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    say(dialog.outcomeText());
    Q_EMIT changed();
}

void CustomerView::lifecycleStep(const QString &title, const QString &intro, const QString &okText,
                                 const std::function<QString(qint64, const QString &)> &step)
{
    const Subscription *s = selectedSubscription();
    if (!m_db || !s) {
        say(tr("Choose a subscription in the list first."), true);
        return;
    }
    const qint64 id = s->id;
    ActionDialog dialog(title, intro, okText, this);
    auto *reason = new QLineEdit(tr("At the customer's request"), &dialog);
    reason->setObjectName(QStringLiteral("reason"));
    dialog.addRow(tr("&Reason:"), reason);
    dialog.setAction([&] { return step(id, reason->text().trimmed()); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT changed();
}

void CustomerView::pause()
{
    const Subscription *s = selectedSubscription();
    const QString plan = s ? m_file.plans.value(s->planId).name : QString();
    lifecycleStep(
        tr("Pause Subscription"),
        tr("Billing of %1 stops while it is paused; the period already paid is kept.").arg(plan),
        tr("&Pause"), [this](qint64 id, const QString &reason) {
            SubscriptionLifecycle lifecycle(*m_db, m_clock, m_session);
            auto done = lifecycle.pause(id, lifecycle.actor(), reason);
            if (!done)
                return done.error().message;
            say(tr("The subscription is paused."));
            return QString();
        });
}

void CustomerView::resume()
{
    lifecycleStep(tr("Resume Subscription"),
                  tr("Billing starts again; after the end of the paid period a new period and its "
                     "invoice start today."),
                  tr("&Resume"), [this](qint64 id, const QString &reason) {
                      SubscriptionLifecycle lifecycle(*m_db, m_clock, m_session);
                      auto done = lifecycle.resume(id, lifecycle.actor(), reason);
                      if (!done)
                          return done.error().message;
                      say(done->invoice ? tr("The subscription is active again; invoice %1 "
                                             "issued.")
                                              .arg(done->invoice->number)
                                        : tr("The subscription is active again."));
                      return QString();
                  });
}

void CustomerView::cancel()
{
    const Subscription *s = selectedSubscription();
    if (!m_db || !s) {
        say(tr("Choose a subscription in the list first."), true);
        return;
    }
    const qint64 id = s->id;
    ActionDialog dialog(tr("Cancel Subscription"), QString(), tr("Cancel &Subscription"), this);
    auto *now = new QRadioButton(tr("&Now: billing stops today, nothing is given back"), &dialog);
    now->setObjectName(QStringLiteral("now"));
    auto *atEnd = new QRadioButton(
        tr("At the &end of the period (%1)").arg(date(s->currentPeriodEnd.addDays(-1))), &dialog);
    atEnd->setObjectName(QStringLiteral("atPeriodEnd"));
    atEnd->setChecked(true);
    auto *reason = new QLineEdit(tr("At the customer's request"), &dialog);
    reason->setObjectName(QStringLiteral("reason"));
    dialog.addRow(now);
    dialog.addRow(atEnd);
    dialog.addRow(tr("&Reason:"), reason);
    dialog.setAction([&]() -> QString {
        SubscriptionLifecycle lifecycle(*m_db, m_clock, m_session);
        const QString actor = lifecycle.actor();
        auto done = now->isChecked()
                        ? lifecycle.cancelNow(id, actor, reason->text().trimmed())
                        : lifecycle.cancelAtPeriodEnd(id, actor, reason->text().trimmed());
        if (!done)
            return done.error().message;
        say(now->isChecked()
                ? tr("The subscription is cancelled.")
                : tr("The subscription ends on %1.").arg(date(done->currentPeriodEnd.addDays(-1))));
        return QString();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT changed();
}

void CustomerView::addCredit()
{
    if (!m_db)
        return;
    ActionDialog dialog(tr("Add Credit"),
                        tr("A credit the next invoices of %1 use before anything is charged.")
                            .arg(m_file.customer.name),
                        tr("&Add Credit"), this);
    auto *amountEdit = new QLineEdit(&dialog);
    amountEdit->setObjectName(QStringLiteral("amount"));
    auto *currency = new QComboBox(&dialog);
    currency->setObjectName(QStringLiteral("currency"));
    QStringList currencies{u"EUR"_qs};
    for (const Invoice &i : std::as_const(m_file.invoices))
        if (!currencies.contains(i.currency))
            currencies.append(i.currency);
    currency->addItems(currencies);
    if (!m_file.invoices.isEmpty())
        currency->setCurrentText(m_file.invoices.first().currency);
    auto *row = new QWidget(&dialog);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(amountEdit, 1);
    rowLayout->addWidget(currency);
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("reason"));
    dialog.addRow(tr("&Amount:"), row);
    dialog.addRow(tr("&Reason:"), reason);
    if (m_session && m_session->role == Role::Support)
        dialog.addRow(
            new QLabel(tr("Your limit: %1 a credit.")
                           .arg(amount(m_session->creditLimitMinor, currency->currentText())),
                       &dialog));
    dialog.setAction([&]() -> QString {
        auto money = Money::parse(amountEdit->text(), currency->currentText(), QLocale());
        if (!money)
            return money.error().message;
        auto done = CustomerDesk(*m_db, m_clock, m_session)
                        .addCredit(m_file.customer.id, *money, reason->text());
        if (!done)
            return done.error().message;
        say(tr("%1 credited to %2.").arg(done->amount.format(QLocale()), m_file.customer.name));
        return QString();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_tabs->setCurrentIndex(3);
    Q_EMIT changed();
}

void CustomerView::recordPayment()
{
    if (!m_db)
        return;
    ActionDialog dialog(tr("Record Payment"),
                        tr("Money received outside the gateway (a transfer, a cheque, cash)."),
                        tr("&Record Payment"), this);
    auto *invoice = new QComboBox(&dialog);
    invoice->setObjectName(QStringLiteral("invoice"));
    for (const Invoice &i : std::as_const(m_file.invoices)) {
        const qint64 due = i.totalMinor - i.amountPaidMinor;
        if (i.kind != InvoiceKind::Invoice || due <= 0 ||
            (i.status != InvoiceStatus::Sent && i.status != InvoiceStatus::Overdue))
            continue;
        invoice->addItem(tr("%1 — %2 due").arg(i.number, amount(due, i.currency)), i.id);
    }
    auto *amountEdit = new QLineEdit(&dialog);
    amountEdit->setObjectName(QStringLiteral("amount"));
    auto *method = new QComboBox(&dialog);
    method->setObjectName(QStringLiteral("method"));
    method->addItem(methodName(PaymentMethod::Transfer), int(PaymentMethod::Transfer));
    method->addItem(tr("Cheque or cash"), int(PaymentMethod::Manual));
    auto *reference = new QLineEdit(&dialog);
    reference->setObjectName(QStringLiteral("reference"));
    const auto fillDue = [this, invoice, amountEdit] {
        for (const Invoice &i : std::as_const(m_file.invoices))
            if (i.id == invoice->currentData().toLongLong()) {
                QString text =
                    Money(i.totalMinor - i.amountPaidMinor, i.currency).toDecimalString();
                text.replace(u'.', QLocale().decimalPoint());
                amountEdit->setText(text);
            }
    };
    connect(invoice, &QComboBox::currentIndexChanged, &dialog, fillDue);
    fillDue();
    dialog.addRow(tr("&Invoice:"), invoice);
    dialog.addRow(tr("&Amount:"), amountEdit);
    dialog.addRow(tr("&Method:"), method);
    dialog.addRow(tr("Re&ference:"), reference);
    if (invoice->count() == 0) {
        dialog.showError(tr("Nothing is due on this customer's invoices."));
        dialog.okButton()->setEnabled(false);
    }
    dialog.setAction([&]() -> QString {
        const qint64 invoiceId = invoice->currentData().toLongLong();
        QString currency;
        for (const Invoice &i : std::as_const(m_file.invoices))
            if (i.id == invoiceId)
                currency = i.currency;
        auto money = Money::parse(amountEdit->text(), currency, QLocale());
        if (!money)
            return money.error().message;
        auto done =
            CustomerDesk(*m_db, m_clock, m_session)
                .recordPayment(invoiceId, *money, PaymentMethod(method->currentData().toInt()),
                               reference->text().trimmed());
        if (!done)
            return done.error().message;
        say(tr("Payment of %1 recorded.").arg(done->amount.format(QLocale())));
        return QString();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_tabs->setCurrentIndex(2);
    Q_EMIT changed();
}

void CustomerView::addNote()
{
    if (!m_db)
        return;
    auto saved = CustomerDesk(*m_db, m_clock, m_session)
                     .addNote(m_file.customer.id, m_noteEdit->toPlainText());
    if (!saved) {
        m_noteError->setSentence(saved.error().message); // the note stays as typed
        return;
    }
    m_noteError->setSentence({});
    m_noteEdit->clear();
    m_file.customer = *saved;
    m_notes->setPlainText(saved->notes);
}

} // namespace ic
