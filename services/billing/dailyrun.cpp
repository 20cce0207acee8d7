#include "services/billing/dailyrun.h"
#include "services/storage/settings.h"

#include "models/billingcalendar.h"
#include "models/notifications.h"
#include "models/tr.h"
#include "services/billing/invoicing.h"
#include "services/storage/billingqueries.h"
#include "services/storage/customerrepository.h"
#include "services/storage/dunningcaserepository.h"
#include "services/storage/invoicerepository.h"
#include "services/storage/outboxrepository.h"
#include "services/storage/paymentrepository.h"
#include "services/storage/planrepository.h"
#include "services/storage/subscriptionrepository.h"

#include <QJsonDocument>
#include <QLocale>

namespace ic {

namespace {

const QString kActor = QStringLiteral("daily-run");

QString attemptKey(qint64 invoiceId, int attempt)
{
    return u"inv-"_qs + QString::number(invoiceId) + u"-attempt-" + QString::number(attempt);
}

Money stillDue(const Invoice &invoice)
{
    return Money(invoice.totalMinor - invoice.amountPaidMinor, invoice.currency);
}

} // namespace

QJsonObject DailyRunSummary::toJson() const
{
    return {{u"days"_qs, days},
            {u"trialsEnded"_qs, trialsEnded},
            {u"invoicesCreated"_qs, invoicesCreated},
            {u"remindersQueued"_qs, remindersQueued},
            {u"chargesTried"_qs, chargesTried},
            {u"chargesSucceeded"_qs, chargesSucceeded},
            {u"chargesFailed"_qs, chargesFailed},
            {u"chargesPending"_qs, chargesPending},
            {u"chargesAwaitingCustomer"_qs, chargesAwaitingCustomer},
            {u"casesOpened"_qs, casesOpened},
            {u"casesAdvanced"_qs, casesAdvanced},
            {u"casesResolved"_qs, casesResolved},
            {u"suspensions"_qs, suspensions},
            {u"cancellations"_qs, cancellations},
            {u"problems"_qs, int(problems.size())}};
}

QString DailyRunSummary::toText() const
{
    QString text =
        Tr::tr("%1 day(s) run: %2 invoices created, %3 reminders queued, %4 charges tried "
               "(%5 succeeded, %6 failed, %7 awaiting the gateway), %8 dunning cases opened, "
               "%9 advanced, %10 resolved, %11 suspensions, %12 cancellations, %13 trials ended.")
            .arg(days)
            .arg(invoicesCreated)
            .arg(remindersQueued)
            .arg(chargesTried)
            .arg(chargesSucceeded)
            .arg(chargesFailed)
            .arg(chargesPending)
            .arg(casesOpened)
            .arg(casesAdvanced)
            .arg(casesResolved)
            .arg(suspensions)
            .arg(cancellations)
            .arg(trialsEnded);
    if (chargesAwaitingCustomer > 0)
        text += u' ' + Tr::tr("%n charge(s) wait for the customer to authenticate.", nullptr,
                              chargesAwaitingCustomer);
    for (const QString &problem : problems)
        text += u'\n' + problem;
    return text;
}

DailyRun::DailyRun(Database &db, const Clock &clock, const GatewayRegistry &gateways)
    : m_db(db)
    , m_clock(clock)
    , m_gateways(gateways)
{
}

DailyRun::DailyRun(Database &db, const Clock &clock, QHash<QString, PaymentGateway *> gateways)
    : m_db(db)
    , m_clock(clock)
    , m_gateways(m_ownGateways)
{
    for (PaymentGateway *gateway : std::as_const(gateways))
        m_ownGateways.add(gateway);
}

bool DailyRun::keepGoing(const Error &error, DailyRunSummary &summary, const QString &what)
{
    // A lost connection or a broken database stops the run (it is rerun later); anything
    // else concerns one subscription, which is left as it was and named in the summary.
    if (error.code == ErrorCode::Unavailable || error.code == ErrorCode::Database ||
        error.code == ErrorCode::Cancelled)
        return false;
    summary.problems.append(what + u": " + error.message);
    return true;
}

Result<DunningLadder> DailyRun::policy()
{
    if (m_policyLoaded)
        return m_policy;
    auto ladder = DunningCaseRepository(m_db).ladder();
    if (!ladder)
        return std::unexpected(ladder.error());
    m_policy = *ladder;
    m_policyLoaded = true;
    return m_policy;
}

Result<Plan> DailyRun::planOf(qint64 id)
{
    if (auto it = m_plans.constFind(id); it != m_plans.cend())
        return *it;
    auto plan = PlanRepository(m_db).header(id);
    if (plan)
        m_plans.insert(id, *plan);
    return plan;
}

Result<DailyRunSummary> DailyRun::run(QDate asOf, const JobContext &job)
{
    m_plans.clear();
    if (!asOf.isValid())
        return failure(ErrorCode::Invalid, Tr::tr("The daily run needs a business date."));
    BillingQueries queries(m_db);
    auto last = queries.lastFinishedRun();
    if (!last)
        return std::unexpected(last.error());
    Settings settings(m_db);
    if (auto days = settings.number(u"billing.invoice_days_before"_qs, 7); days)
        m_invoiceDaysBefore = *days;
    if (auto days = settings.number(u"billing.reminder_days_before"_qs, 3); days)
        m_reminderDaysBefore = *days;
    // Catch up: every day after the last finished one, in order, up to asOf. A day already
    // finished is run again as asked (and changes nothing).
    QDate from = asOf;
    if (last->isValid() && *last < asOf)
        from = last->addDays(1);
    if (from.daysTo(asOf) > 366)
        return failure(
            ErrorCode::Invalid,
            Tr::tr("The last daily run was on %1, more than a year before %2; run the days "
                   "in between in smaller steps with --as-of.")
                .arg(last->toString(Qt::ISODate), asOf.toString(Qt::ISODate)));
    DailyRunSummary summary;
    for (QDate day = from; day <= asOf; day = day.addDays(1)) {
        if (auto r = runDay(day, summary, job, from < asOf); !r)
            return std::unexpected(r.error());
        ++summary.days;
    }
    return summary;
}

Done DailyRun::runDay(QDate day, DailyRunSummary &summary, const JobContext &job, bool isCatchingUp)
{
    BillingQueries queries(m_db);
    if (auto r = queries.startRun(day, m_clock.now()); !r)
        return r;
    m_invoicing = std::make_unique<Invoicing>(m_db, m_clock);

    // The day's work, step by step; each step's list is read when the step begins, since
    // the steps before it change what it finds (an ended trial is invoiced, a failed charge
    // opens a case).
    enum Step { Trials, Cancellations, Renewals, Reminders, Charges, Cases, StepCount };
    const auto listOf = [&](int step) -> Result<QList<qint64>> {
        switch (step) {
        case Trials:
            return queries.trialsEnded(day);
        case Cancellations:
            return queries.cancellationsDue(day);
        case Renewals:
            return queries.subscriptionsToInvoice(day, m_invoiceDaysBefore);
        case Reminders:
            return queries.invoicesToRemind(day, m_reminderDaysBefore);
        case Charges:
            return queries.invoicesToCharge(day);
        default:
            return queries.dunningCasesDue(day);
        }
    };
    // For the progress: the units of every step as the day began (a later step's count is
    // corrected when it begins), read only when somebody listens.
    qint64 expected[StepCount] = {};
    if (job)
        for (int step = 0; step < StepCount; ++step)
            if (auto ids = listOf(step); ids)
                expected[step] = ids->size();
    qint64 done = 0;
    const auto sentenceFor = [&](int step, qint64 id) -> QString {
        QString what;
        QString number;
        if (step == Reminders || step == Charges) {
            auto n = m_db.scalar(u"SELECT number FROM invoices WHERE id = :id"_qs, {{"id", id}});
            number = n ? n->toString() : QString::number(id);
        }
        switch (step) {
        case Trials:
            what = Tr::tr("Ending the trial of subscription %1").arg(id);
            break;
        case Cancellations:
            what = Tr::tr("Cancelling subscription %1 at the end of its period").arg(id);
            break;
        case Renewals:
            what = Tr::tr("Invoicing the renewal of subscription %1").arg(id);
            break;
        case Reminders:
            what = Tr::tr("Reminding invoice %1").arg(number);
            break;
        case Charges:
            what = Tr::tr("Charging invoice %1").arg(number);
            break;
        default:
            what = Tr::tr("Following up dunning case %1").arg(id);
            break;
        }
        return isCatchingUp ? Tr::tr("%1 (business day %2)").arg(what, day.toString(Qt::ISODate))
                            : what;
    };
    const auto each = [&](int step, auto unit, const char *what) -> Done {
        auto ids = listOf(step);
        if (!ids)
            return std::unexpected(ids.error());
        expected[step] = ids->size();
        qint64 total = done;
        for (qint64 n : expected)
            total += n;
        for (int s = 0; s < step; ++s)
            total -= expected[s]; // the steps done are in `done` already
        for (qint64 id : std::as_const(*ids)) {
            if (job.isCancelled() || (job && !job(done, total, sentenceFor(step, id))))
                return failure(ErrorCode::Cancelled,
                               Tr::tr("The daily run was stopped; what it finished is kept."));
            if (auto r = (this->*unit)(id, day, summary);
                !r && !keepGoing(r.error(), summary,
                                 QString::fromLatin1(what) + u' ' + QString::number(id)))
                return r;
            ++done;
        }
        if (job)
            job(done, total);
        return {};
    };
    if (auto r = each(Trials, &DailyRun::endTrial, "subscription"); !r)
        return r;
    if (auto r = each(Cancellations, &DailyRun::cancelAtPeriodEnd, "subscription"); !r)
        return r;
    if (auto r = each(Renewals, &DailyRun::invoiceRenewal, "subscription"); !r)
        return r;
    if (auto r = each(Reminders, &DailyRun::remind, "invoice"); !r)
        return r;
    if (auto r = each(Charges, &DailyRun::chargeDue, "invoice"); !r)
        return r;
    if (auto r = each(Cases, &DailyRun::advanceCase, "dunning case"); !r)
        return r;
    return queries.finishRun(
        day, m_clock.now(),
        QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact)));
}

Done DailyRun::endTrial(qint64 subscriptionId, QDate day, DailyRunSummary &summary)
{
    return m_db.transaction([&]() -> Done {
        SubscriptionRepository subscriptions(m_db);
        auto s = subscriptions.find(subscriptionId);
        if (!s)
            return std::unexpected(s.error());
        auto changed = subscriptions.changeStatus(
            s->id, s->rowVersion, SubscriptionStatus::Expired, kActor,
            Tr::tr("The trial ended without a plan being chosen."), m_clock.now());
        if (!changed)
            return std::unexpected(changed.error());
        ++summary.trialsEnded;
        auto customer = CustomerRepository(m_db).find(s->customerId);
        if (!customer)
            return std::unexpected(customer.error());
        TrialEnded ended;
        ended.customerName = customer->name;
        ended.subscriptionId = s->id;
        ended.endedOn = day;
        return OutboxRepository(m_db).notify(
            *customer, ended, u"trial-ended-"_qs + QString::number(s->id), m_clock.now());
    });
}

Done DailyRun::cancelAtPeriodEnd(qint64 subscriptionId, QDate day, DailyRunSummary &summary)
{
    return m_db.transaction([&]() -> Done {
        SubscriptionRepository subscriptions(m_db);
        auto s = subscriptions.find(subscriptionId);
        if (!s)
            return std::unexpected(s.error());
        auto changed = subscriptions.changeStatus(
            s->id, s->rowVersion, SubscriptionStatus::Cancelled, kActor,
            Tr::tr("Cancelled at the end of the period, as the customer asked."), m_clock.now());
        if (!changed)
            return std::unexpected(changed.error());
        Subscription ended = *changed;
        ended.nextBillingOn = {};
        if (auto saved = subscriptions.update(ended); !saved)
            return std::unexpected(saved.error());
        ++summary.cancellations;
        auto customer = CustomerRepository(m_db).find(s->customerId);
        if (!customer)
            return std::unexpected(customer.error());
        SubscriptionCancelled cancelled;
        cancelled.customerName = customer->name;
        cancelled.subscriptionId = s->id;
        cancelled.cancelledOn = day;
        return OutboxRepository(m_db).notify(
            *customer, cancelled, u"cancelled-"_qs + QString::number(s->id), m_clock.now());
    });
}

Done DailyRun::invoiceRenewal(qint64 subscriptionId, QDate day, DailyRunSummary &summary)
{
    return m_db.transaction([&]() -> Done {
        auto s = SubscriptionRepository(m_db).find(subscriptionId);
        if (!s)
            return std::unexpected(s.error());
        auto plan = planOf(s->planForNextPeriod());
        if (!plan)
            return std::unexpected(plan.error());
        if (plan->intervalMonths <= 0)
            return {}; // nothing to renew on a plan without a cycle
        InvoiceRequest request;
        request.customerId = s->customerId;
        request.subscriptionId = s->id;
        request.planId = plan->id;
        request.periodStart = s->nextBillingOn;
        request.periodEnd = addMonthsAnchored(s->nextBillingOn, plan->intervalMonths, s->anchorDay);
        request.issueDate = day;
        request.dueDate = s->nextBillingOn;
        request.firstPayment = false;
        request.subscription = &*s;
        request.plan = &*plan;
        Invoicing &invoicing = *m_invoicing;
        auto draft = invoicing.draftForSubscriptionPeriod(request);
        if (!draft)
            return std::unexpected(draft.error());
        auto issued = invoicing.issue(*draft, kActor);
        if (!issued)
            return std::unexpected(issued.error());
        ++summary.invoicesCreated;
        return {};
    });
}

Done DailyRun::remind(qint64 invoiceId, QDate, DailyRunSummary &summary)
{
    // listed only while its reminder is not queued: each one queued here is new
    return m_db.transaction([&]() -> Done {
        auto invoice = InvoiceRepository(m_db).header(invoiceId);
        if (!invoice)
            return std::unexpected(invoice.error());
        auto customer = CustomerRepository(m_db).find(invoice->customerId);
        if (!customer)
            return std::unexpected(customer.error());
        RenewalReminder reminder;
        reminder.customerName = customer->name;
        reminder.invoiceId = invoice->id;
        reminder.invoiceNumber = invoice->number;
        reminder.amountDue = stillDue(*invoice);
        reminder.dueDate = invoice->dueDate;
        if (auto r = OutboxRepository(m_db).notify(
                *customer, reminder, u"reminder-"_qs + QString::number(invoiceId), m_clock.now());
            !r)
            return r;
        ++summary.remindersQueued;
        return {};
    });
}

Result<DailyRun::Attempt> DailyRun::charge(const Invoice &invoice, const Subscription &subscription,
                                           QDate, DailyRunSummary &summary)
{
    Attempt attempt;
    auto chosen = m_gateways.forSubscription(m_db, subscription);
    if (!chosen)
        return std::unexpected(chosen.error());
    PaymentGateway *gateway = chosen->gateway;
    if (!gateway->chargesAutomatically())
        return attempt; // NotCharged: the invoice waits for a manual payment

    // 1. The attempt is on record, with its key, before money can move. A pending attempt
    //    left by a run that stopped is taken up again with the same key.
    PaymentRepository payments(m_db);
    auto existing = payments.listByInvoice(invoice.id);
    if (!existing)
        return std::unexpected(existing.error());
    Payment payment;
    int settledCardAttempts = 0;
    for (const Payment &p : *existing) {
        if (p.method == PaymentMethod::Credit || p.method == PaymentMethod::Manual ||
            p.method == PaymentMethod::Transfer)
            continue;
        if (p.status == PaymentStatus::Pending)
            payment = p;
        else
            ++settledCardAttempts;
    }
    if (payment.id == 0) {
        auto saved = settlement().recordAttempt(invoice, stillDue(invoice), gateway->name(),
                                                attemptKey(invoice.id, settledCardAttempts + 1));
        if (!saved)
            return std::unexpected(saved.error());
        payment = *saved;
    }
    attempt.payment = payment;
    ++summary.chargesTried;

    // 2. The gateway, with the key: a key it knows is answered from its ledger.
    ChargeRequest request;
    request.idempotencyKey = payment.idempotencyKey;
    request.invoiceId = invoice.id;
    request.customerId = invoice.customerId;
    request.paymentToken = chosen->method ? chosen->method->token : QString();
    request.amount = payment.amount;
    request.description = invoice.number;
    auto result = gateway->charge(request);
    if (!result) {
        ++summary.chargesPending;
        attempt.result = Charged::Pending;
        attempt.answer.message = result.error().message;
        return attempt;
    }
    attempt.answer = *result;
    switch (result->outcome) {
    case ChargeOutcome::Succeeded:
        attempt.result = Charged::Succeeded;
        break;
    case ChargeOutcome::SoftDecline:
    case ChargeOutcome::HardDecline:
        attempt.result = Charged::Declined;
        break;
    case ChargeOutcome::RequiresAction:
        attempt.result = Charged::RequiresAction;
        break;
    case ChargeOutcome::TimedOut:
        attempt.result = Charged::Pending;
        ++summary.chargesPending;
        break;
    case ChargeOutcome::NotCharged:
        attempt.result = Charged::NotCharged;
        break;
    }
    return attempt;
}

Settlement DailyRun::settlement() const
{
    return Settlement(m_db, m_clock, kActor);
}

Done DailyRun::writeOutcome(const Attempt &attempt, DailyRunSummary &summary)
{
    auto settled = settlement().apply(*attempt.payment, attempt.answer);
    if (!settled)
        return std::unexpected(settled.error());
    if (attempt.result == Charged::Succeeded)
        ++summary.chargesSucceeded;
    else if (attempt.result == Charged::RequiresAction)
        ++summary.chargesAwaitingCustomer;
    else
        ++summary.chargesFailed;
    if (settled->caseResolved)
        ++summary.casesResolved;
    return {};
}

Done DailyRun::chargeDue(qint64 invoiceId, QDate day, DailyRunSummary &summary)
{
    auto invoice = InvoiceRepository(m_db).header(invoiceId);
    if (!invoice)
        return std::unexpected(invoice.error());
    auto subscription = SubscriptionRepository(m_db).find(invoice->subscriptionId);
    if (!subscription)
        return std::unexpected(subscription.error());
    auto attempt = charge(*invoice, *subscription, day, summary);
    if (!attempt)
        return std::unexpected(attempt.error());
    if (attempt->result == Charged::Pending)
        return {}; // asked again, with the same key, on the next run
    auto opened = m_db.transaction([&]() -> Result<qint64> {
        if (attempt->result != Charged::NotCharged) {
            if (auto r = writeOutcome(*attempt, summary); !r)
                return std::unexpected(r.error());
            if (attempt->result == Charged::Succeeded)
                return 0;
        }
        // Unpaid at J+0: the invoice falls overdue, the subscription past due, and a dunning
        // case opens; its J+0 step runs at once below.
        const QString why =
            attempt->result == Charged::NotCharged
                ? Tr::tr("Invoice %1 is unpaid on its due date.").arg(invoice->number)
            : attempt->result == Charged::RequiresAction
                ? Tr::tr("The payment of %1 waits for the customer to confirm it.")
                      .arg(invoice->number)
                : Tr::tr("The payment of %1 failed (%2).")
                      .arg(invoice->number, attempt->answer.declineCode);
        auto saved =
            settlement().openCase(invoiceId, day, attempt->result == Charged::NotCharged ? 0 : 1,
                                  attempt->answer.outcome == ChargeOutcome::HardDecline, why);
        if (!saved)
            return std::unexpected(saved.error());
        ++summary.casesOpened;
        return saved->id;
    });
    if (!opened)
        return std::unexpected(opened.error());
    if (*opened == 0)
        return {};
    return advanceCase(*opened, day, summary);
}

Done DailyRun::advanceCase(qint64 caseId, QDate day, DailyRunSummary &summary)
{
    auto ladder = policy();
    if (!ladder)
        return std::unexpected(ladder.error());
    DunningCaseRepository cases(m_db);
    for (;;) {
        auto c = cases.find(caseId);
        if (!c)
            return std::unexpected(c.error());
        // The ladder says which step is due (models/dunningladder.h, the same code the
        // workbench reads its next step from).
        const std::optional<DunningMove> move = ladder->dueOn(*c, day);
        if (!move)
            return {};
        const DunningStep &step = move->step;
        auto invoice = InvoiceRepository(m_db).header(c->invoiceId);
        if (!invoice)
            return std::unexpected(invoice.error());
        auto subscription = SubscriptionRepository(m_db).find(c->subscriptionId);
        if (!subscription)
            return std::unexpected(subscription.error());

        // A retry is charged before the step is written, so that the step, the charge's
        // outcome and its consequences are saved together. A charge that waits for the
        // customer to authenticate is not tried again behind their back.
        std::optional<Attempt> attempt;
        if (move->retriesPayment && invoice->status == InvoiceStatus::Overdue) {
            auto waiting = settlement().awaitsCustomer(invoice->id);
            if (!waiting)
                return std::unexpected(waiting.error());
            if (!*waiting) {
                auto tried = charge(*invoice, *subscription, day, summary);
                if (!tried)
                    return std::unexpected(tried.error());
                if (tried->result == Charged::Pending)
                    return {}; // the same key is asked again on the next run
                if (tried->result != Charged::NotCharged)
                    attempt = *tried;
            }
        }
        auto done = m_db.transaction([&]() -> Result<bool> {
            if (attempt) {
                // the outcome counts the attempt on the case (and a hard decline)
                if (auto r = writeOutcome(*attempt, summary); !r)
                    return std::unexpected(r.error());
                if (attempt->result == Charged::Succeeded)
                    return true; // settlement resolved the case
            }
            auto current = cases.find(caseId);
            if (!current)
                return std::unexpected(current.error());
            bool suspended = false; // the step suspended the subscription now
            auto customer = CustomerRepository(m_db).find(current->customerId);
            if (!customer)
                return std::unexpected(customer.error());
            OutboxRepository outbox(m_db);
            const QString prefix =
                u"dunning-"_qs + QString::number(caseId) + u'-' + QString::number(step.dayOffset);
            DunningReminder reminder;
            reminder.customerName = customer->name;
            reminder.invoiceId = invoice->id;
            reminder.invoiceNumber = invoice->number;
            reminder.amountDue = stillDue(*invoice);
            reminder.dueDate = invoice->dueDate;
            reminder.dayOffset = step.dayOffset;
            const auto send = [&](const QString &templateKey, OutboxChannel channel,
                                  const QString &dedupeKey) -> Done {
                if (templateKey.isEmpty())
                    return {};
                if (step.cancel && templateKey == SubscriptionCancelled().templateKey()) {
                    SubscriptionCancelled cancelled;
                    cancelled.customerName = customer->name;
                    cancelled.subscriptionId = current->subscriptionId;
                    cancelled.invoiceId = invoice->id;
                    cancelled.invoiceNumber = invoice->number;
                    cancelled.amountDue = stillDue(*invoice);
                    cancelled.cancelledOn = day;
                    return outbox.notify(*customer, cancelled, dedupeKey, m_clock.now(), channel);
                }
                reminder.stepTemplate = templateKey;
                return outbox.notify(*customer, reminder, dedupeKey, m_clock.now(), channel);
            };
            if (auto r = send(step.emailTemplate, OutboxChannel::Email, prefix + u"-email"); !r)
                return std::unexpected(r.error());
            if (auto r = send(step.smsTemplate, OutboxChannel::Sms, prefix + u"-sms"); !r)
                return std::unexpected(r.error());
            SubscriptionRepository subscriptions(m_db);
            auto s = subscriptions.find(current->subscriptionId);
            if (!s)
                return std::unexpected(s.error());
            if (step.suspend && isAllowed(s->status, SubscriptionStatus::Suspended)) {
                if (auto r = subscriptions.changeStatus(
                        s->id, s->rowVersion, SubscriptionStatus::Suspended, kActor,
                        Tr::tr("Invoice %1 is unpaid %2 days after its due date.")
                            .arg(invoice->number)
                            .arg(step.dayOffset),
                        m_clock.now());
                    !r)
                    return std::unexpected(r.error());
                suspended = true;
                ++summary.suspensions;
            }
            if (step.cancel) {
                auto latest = subscriptions.find(current->subscriptionId);
                if (!latest)
                    return std::unexpected(latest.error());
                if (isAllowed(latest->status, SubscriptionStatus::Cancelled)) {
                    auto r = subscriptions.changeStatus(
                        latest->id, latest->rowVersion, SubscriptionStatus::Cancelled, kActor,
                        Tr::tr("Invoice %1 is unpaid %2 days after its due date.")
                            .arg(invoice->number)
                            .arg(step.dayOffset),
                        m_clock.now());
                    if (!r)
                        return std::unexpected(r.error());
                    Subscription ended = *r;
                    ended.nextBillingOn = {};
                    if (auto saved = subscriptions.update(ended); !saved)
                        return std::unexpected(saved.error());
                    ++summary.cancellations;
                }
            }
            DunningCase next = ladder->after(*current, *move, suspended);
            next.lastContactAt = m_clock.now();
            if (auto saved = cases.update(next); !saved)
                return std::unexpected(saved.error());
            ++summary.casesAdvanced;
            return false;
        });
        if (!done)
            return std::unexpected(done.error());
        if (*done)
            return {};
    }
}

} // namespace ic
