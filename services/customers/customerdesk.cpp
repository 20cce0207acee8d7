#include "services/customers/customerdesk.h"

#include "models/billingcalendar.h"
#include "models/notifications.h"
#include "models/records.h"
#include "models/tr.h"
#include "services/billing/invoicing.h"
#include "services/billing/promotionengine.h"
#include "services/billing/settlement.h"
#include "services/billing/subscriptionlifecycle.h"
#include "services/gateways/gatewayregistry.h"
#include "services/security/audittrail.h"
#include "services/storage/creditrepository.h"
#include "services/storage/customerrepository.h"
#include "services/storage/database.h"
#include "services/storage/invoicerepository.h"
#include "services/storage/outboxrepository.h"
#include "services/storage/paymentmethodrepository.h"
#include "services/storage/paymentrepository.h"
#include "services/storage/planrepository.h"
#include "services/storage/settings.h"
#include "services/storage/subscriptionrepository.h"

#include <QJsonObject>

#include <algorithm>

namespace ic {

namespace {

constexpr int kNoteLimit = 2000;

QJsonObject creditJson(const UserCredit &c)
{
    return {{u"customer_id"_qs, c.customerId},
            {u"amount_minor"_qs, c.amount.minor()},
            {u"currency"_qs, c.amount.currency()},
            {u"type"_qs, toString(c.type)},
            {u"reason"_qs, c.reason}};
}

} // namespace

CustomerDesk::CustomerDesk(Database &db, const Clock &clock, const Session *session,
                           const GatewayRegistry *gateways)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_gateways(gateways)
{
}

QString CustomerDesk::chargingGateway() const
{
    return Subscription().gateway; // what a new subscription is charged through
}

bool CustomerDesk::canCharge() const
{
    const PaymentGateway *gateway = m_gateways ? m_gateways->find(chargingGateway()) : nullptr;
    return gateway && gateway->chargesAutomatically();
}

QString CustomerDesk::actor() const
{
    // one rule for who acts: the lifecycle's (the session's person, or "system")
    return SubscriptionLifecycle(m_db, m_clock, m_session).actor();
}

Result<CustomerFile> CustomerDesk::load(qint64 customerId) const
{
    if (auto allowed = require(m_session, Permission::ReadCustomers); !allowed)
        return std::unexpected(allowed.error());
    CustomerFile file;
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    file.customer = *customer;

    SubscriptionRepository subscriptions(m_db);
    auto subs = subscriptions.listByCustomer(customerId);
    if (!subs)
        return std::unexpected(subs.error());
    file.subscriptions = *subs;
    std::ranges::sort(file.subscriptions,
                      [](const Subscription &a, const Subscription &b) { return a.id > b.id; });
    PlanRepository plans(m_db);
    for (const Subscription &s : std::as_const(file.subscriptions)) {
        auto events = subscriptions.events(s.id);
        if (!events)
            return std::unexpected(events.error());
        file.events.insert(s.id, *events);
        QList<qint64> planIds{s.planId, s.scheduledPlanId};
        for (const SubscriptionEvent &e : std::as_const(*events))
            planIds << e.fromPlanId << e.toPlanId;
        for (qint64 planId : std::as_const(planIds)) {
            if (planId == 0 || file.plans.contains(planId))
                continue;
            auto plan = plans.find(planId);
            if (!plan)
                return std::unexpected(plan.error());
            file.plans.insert(planId, *plan);
        }
    }

    auto invoices = InvoiceRepository(m_db).listByCustomer(customerId);
    if (!invoices)
        return std::unexpected(invoices.error());
    file.invoices = *invoices;
    std::ranges::reverse(file.invoices);

    auto payments = PaymentRepository(m_db).listByCustomer(customerId);
    if (!payments)
        return std::unexpected(payments.error());
    file.payments = *payments;

    auto credits = CreditRepository(m_db).listByCustomer(customerId);
    if (!credits)
        return std::unexpected(credits.error());
    file.credits = *credits;
    std::ranges::sort(file.credits,
                      [](const UserCredit &a, const UserCredit &b) { return a.id > b.id; });

    auto methods = PaymentMethodRepository(m_db).listByCustomer(customerId);
    if (!methods)
        return std::unexpected(methods.error());
    file.paymentMethods = *methods;
    return file;
}

Result<QList<Plan>> CustomerDesk::plansOnSale() const
{
    auto list = PlanRepository(m_db).list(true);
    if (!list)
        return list;
    std::ranges::stable_sort(
        *list, [](const Plan &a, const Plan &b) { return a.sortOrder < b.sortOrder; });
    return list;
}

Result<QString> CustomerDesk::checkCode(qint64 customerId, qint64 planId, const QString &code) const
{
    auto quoted = quote(customerId, planId, code);
    if (!quoted)
        return std::unexpected(quoted.error());
    return quoted->promotionName;
}

Result<CounterQuote> CustomerDesk::quote(qint64 customerId, qint64 planId,
                                         const QString &code) const
{
    auto plan = PlanRepository(m_db).find(planId);
    if (!plan)
        return std::unexpected(plan.error());
    CounterQuote quote;
    quote.plan = *plan;
    const QString typed = code.trimmed();
    const bool nothingToPay =
        plan->trialDays > 0 || (plan->price.minor() == 0 && plan->setupFee.minor() == 0);
    if (nothingToPay) {
        if (!typed.isEmpty())
            return failure(ErrorCode::Invalid,
                           Tr::tr("Plan \"%1\" starts with nothing to pay, so there is nothing "
                                  "for a promotion code to discount.")
                               .arg(plan->name));
        return quote;
    }
    auto today = Settings(m_db).businessToday(m_clock);
    if (!today)
        return std::unexpected(today.error());
    // The period and the request of SubscriptionLifecycle::create for a paid plan.
    InvoiceRequest request;
    request.customerId = customerId;
    request.planId = plan->id;
    request.periodStart = *today;
    request.periodEnd = addMonthsAnchored(*today, plan->intervalMonths, today->day());
    request.issueDate = *today;
    request.dueDate = *today;
    request.firstPayment = true;
    request.promotionCode = typed;
    auto draft = Invoicing(m_db, m_clock).draftForSubscriptionPeriod(request);
    if (!draft)
        return std::unexpected(draft.error());
    quote.invoice = *draft;
    if (!typed.isEmpty()) {
        PromotionQuery query;
        query.customerId = customerId;
        query.planId = plan->id;
        query.firstPayment = true;
        query.amount = plan->price;
        query.today = *today;
        auto report = PromotionEngine(m_db).checkCode(typed, query);
        if (!report)
            return std::unexpected(report.error());
        if (!report->isAccepted())
            return failure(ErrorCode::Invalid, report->reason());
        quote.promotionName = report->promotion ? report->promotion->name : typed;
    }
    return quote;
}

Result<CounterSale> CustomerDesk::newSubscription(qint64 customerId, qint64 planId,
                                                  const QString &code, CounterPayment payment,
                                                  const QString &reference)
{
    // What the person may not do is refused before anything is written.
    if (auto allowed = require(m_session, Permission::ManageSubscriptions); !allowed)
        return std::unexpected(allowed.error());
    if (payment == CounterPayment::Manual) {
        if (auto allowed = require(m_session, Permission::RecordPayments); !allowed)
            return std::unexpected(allowed.error());
    }
    if (payment == CounterPayment::Gateway && !canCharge())
        return failure(ErrorCode::Invalid,
                       Tr::tr("No payment gateway is set up here; record the payment as manual "
                              "or leave it for the daily run."));
    auto customer = CustomerRepository(m_db).find(customerId);
    if (!customer)
        return std::unexpected(customer.error());

    SubscriptionLifecycle lifecycle(m_db, m_clock, m_session);
    auto created = m_db.transaction([&]() -> Result<LifecycleOutcome> {
        auto outcome = lifecycle.create(customerId, planId, actor(), code);
        if (!outcome)
            return outcome;
        // The customer's confirmation, in the same transaction as the subscription.
        SubscriptionConfirmation confirmation;
        confirmation.customerName = customer->name;
        confirmation.subscriptionId = outcome->subscription.id;
        confirmation.planId = outcome->subscription.planId;
        confirmation.status = toString(outcome->subscription.status);
        if (auto q = OutboxRepository(m_db).notify(*customer, confirmation,
                                                   u"subscription-started-"_qs +
                                                       QString::number(outcome->subscription.id),
                                                   m_clock.now());
            !q)
            return std::unexpected(q.error());
        return outcome;
    });
    if (!created)
        return std::unexpected(created.error());

    CounterSale sale;
    sale.subscription = created->subscription;
    sale.invoice = created->invoice;
    if (!sale.invoice || sale.invoice->status == InvoiceStatus::Paid ||
        payment == CounterPayment::Later)
        return sale; // nothing due (trial, free plan, paid by credits) or left for later

    if (payment == CounterPayment::Manual) {
        Invoicing invoicing(m_db, m_clock, m_session);
        auto due = invoicing.amountDue(sale.invoice->id);
        if (!due)
            return std::unexpected(due.error());
        auto paid = invoicing.recordManualPayment(sale.invoice->id, *due, PaymentMethod::Manual,
                                                  reference, actor());
        if (!paid) {
            sale.paymentProblem = paid.error().message;
            return sale;
        }
        sale.payment = *paid;
        auto after = InvoiceRepository(m_db).header(sale.invoice->id);
        if (after)
            sale.invoice = *after;
        return sale;
    }

    auto charged = chargeInvoice(sale.invoice->id);
    if (!charged) {
        sale.paymentProblem = charged.error().message;
        return sale;
    }
    sale.invoice = charged->invoice;
    sale.payment = charged->payment;
    sale.paymentProblem = charged->paymentProblem;
    auto current = SubscriptionRepository(m_db).find(sale.subscription.id);
    if (current)
        sale.subscription = *current;
    return sale;
}

Result<CounterSale> CustomerDesk::chargeInvoice(qint64 invoiceId)
{
    if (auto allowed = require(m_session, Permission::ManageSubscriptions); !allowed)
        return std::unexpected(allowed.error());
    InvoiceRepository invoices(m_db);
    auto invoice = invoices.header(invoiceId);
    if (!invoice)
        return std::unexpected(invoice.error());
    const qint64 due = invoice->totalMinor - invoice->amountPaidMinor;
    CounterSale sale;
    sale.invoice = *invoice;
    if (due <= 0 || invoice->status == InvoiceStatus::Paid)
        return sale;
    if (!m_gateways)
        return failure(ErrorCode::Invalid,
                       Tr::tr("No payment gateway is set up here; record the payment as manual "
                              "or leave it for the daily run."));
    Result<ChosenGateway> chosen = std::unexpected(Error{});
    if (invoice->subscriptionId != 0) {
        auto subscription = SubscriptionRepository(m_db).find(invoice->subscriptionId);
        if (!subscription)
            return std::unexpected(subscription.error());
        chosen = m_gateways->forSubscription(m_db, *subscription);
    } else {
        chosen = m_gateways->forCustomer(m_db, invoice->customerId, chargingGateway());
    }
    if (!chosen)
        return std::unexpected(chosen.error());
    PaymentGateway &gateway = *chosen->gateway;
    if (!gateway.chargesAutomatically()) {
        sale.paymentProblem = Tr::tr("The %1 gateway does not charge cards: record the payment "
                                     "when the money arrives.")
                                  .arg(gateway.name());
        return sale;
    }

    // 1. The attempt on record, with its key, before money can move.
    PaymentRepository payments(m_db);
    auto earlier = payments.listByInvoice(invoiceId);
    if (!earlier)
        return std::unexpected(earlier.error());
    const qint64 attempts = std::ranges::count_if(
        *earlier, [](const Payment &p) { return p.method == PaymentMethod::Card; });
    Settlement settlement(m_db, m_clock, actor());
    auto recorded =
        settlement.recordAttempt(*invoice, Money(due, invoice->currency), gateway.name(),
                                 u"counter-%1-attempt-%2"_qs.arg(invoiceId).arg(attempts + 1));
    if (!recorded)
        return std::unexpected(recorded.error());

    // 2. The gateway, with the key, outside any transaction.
    ChargeRequest request;
    request.idempotencyKey = recorded->idempotencyKey;
    request.invoiceId = invoiceId;
    request.customerId = invoice->customerId;
    request.paymentToken = chosen->method ? chosen->method->token : QString();
    request.amount = recorded->amount;
    request.description = invoice->number;
    auto answer = gateway.charge(request);
    if (!answer || answer->outcome == ChargeOutcome::TimedOut) {
        // Left pending: the daily run asks again with the same key.
        sale.payment = *recorded;
        sale.paymentProblem =
            Tr::tr("The gateway did not answer; the daily run will ask again without charging "
                   "twice.");
        return sale;
    }

    // 3. The outcome and its consequences, in one transaction.
    auto settled = settlement.apply(*recorded, *answer);
    if (!settled)
        return std::unexpected(settled.error());
    sale.payment = settled->payment;
    sale.invoice = settled->invoice;
    if (answer->outcome == ChargeOutcome::RequiresAction)
        sale.paymentProblem = Tr::tr("The customer's bank asks them to confirm this payment; "
                                     "they have been sent a message to do so, and the invoice "
                                     "stays due until they do.");
    else if (answer->outcome != ChargeOutcome::Succeeded)
        sale.paymentProblem =
            Tr::tr("The card was declined (%1); the invoice stays due.")
                .arg(answer->message.isEmpty() ? answer->declineCode : answer->message);
    return sale;
}

Result<Customer> CustomerDesk::addNote(qint64 customerId, const QString &text)
{
    if (auto allowed = require(m_session, Permission::CustomerNotes); !allowed)
        return std::unexpected(allowed.error());
    const QString note = text.trimmed();
    if (note.isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Write the note first."));
    if (note.size() > kNoteLimit)
        return failure(ErrorCode::Invalid,
                       Tr::tr("A note holds at most %1 characters; this one has %2.")
                           .arg(kNoteLimit)
                           .arg(note.size()));
    return m_db.transaction([&]() -> Result<Customer> {
        CustomerRepository customers(m_db);
        auto customer = customers.find(customerId);
        if (!customer)
            return customer;
        const QString before = customer->notes;
        const QString stamp =
            m_clock.now().toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_qs) + u" · " + actor();
        const QString entry = stamp + u'\n' + note;
        auto saved = customers.updateNotes(customerId, customer->rowVersion,
                                           before.isEmpty() ? entry : entry + u"\n\n" + before);
        if (!saved)
            return saved;
        if (auto a = recordAudit(m_db, m_clock, actor(), u"customer"_qs, customerId, u"note"_qs,
                                 {{u"notes"_qs, before}}, {{u"notes"_qs, saved->notes}});
            !a)
            return std::unexpected(a.error());
        return saved;
    });
}

Result<UserCredit> CustomerDesk::addCredit(qint64 customerId, const Money &amount,
                                           const QString &reason)
{
    if (auto allowed = require(m_session, Permission::GrantCredit); !allowed)
        return std::unexpected(allowed.error());
    if (amount.minor() <= 0)
        return failure(ErrorCode::Invalid, Tr::tr("A credit must be more than nothing."));
    if (auto allowed = requireCredit(m_session, amount); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Say why the customer receives this credit."));
    return m_db.transaction([&]() -> Result<UserCredit> {
        auto customer = CustomerRepository(m_db).find(customerId);
        if (!customer)
            return std::unexpected(customer.error());
        UserCredit credit;
        credit.customerId = customerId;
        credit.type = CreditType::Manual;
        credit.amount = amount;
        credit.reason = reason.trimmed();
        credit.createdBy = actor();
        credit.createdAt = m_clock.now();
        auto saved = CreditRepository(m_db).insert(credit);
        if (!saved)
            return saved;
        if (auto a = recordAudit(m_db, m_clock, actor(), u"credit"_qs, saved->id, u"grant"_qs, {},
                                 creditJson(*saved));
            !a)
            return std::unexpected(a.error());
        return saved;
    });
}

Result<Payment> CustomerDesk::recordPayment(qint64 invoiceId, const Money &amount,
                                            PaymentMethod method, const QString &reference)
{
    return Invoicing(m_db, m_clock, m_session)
        .recordManualPayment(invoiceId, amount, method, reference, actor());
}

} // namespace ic
