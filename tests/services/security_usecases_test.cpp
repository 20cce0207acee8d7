// The use cases check the signed-in person's role before writing anything, and every change
// they make leaves an audit entry (who, when, what, before and after) in the same
// transaction; the audit log itself cannot be changed, on either database.
//
// The book is billingfixtures.h's: plan "pro" at 20.00 € a month with a 5.00 € setup fee, a
// French customer (20 % VAT), the clock on 15 March 2026 at 10:00 UTC. A subscription created
// that day issues its first invoice: (20.00 + 5.00) × 1.20 = 30.00 € (3000 minor), due today.

#include "services/billing/dunningactions.h"
#include "services/billing/subscriptionlifecycle.h"
#include "services/security/session.h"
#include "services/storage/auditrepository.h"
#include "services/storage/dunningcaserepository.h"
#include "services/storage/subscriptionrepository.h"
#include "tests/services/billingfixtures.h"

namespace ic::test {

namespace {

Session sessionAs(Role role, const QString &username, qint64 limitMinor = 0)
{
    Session s;
    s.staffId = 1;
    s.username = username;
    s.displayName = username;
    s.role = role;
    s.creditLimitMinor = limitMinor;
    return s;
}

class SecuredUseCases : public BillingBook {
protected:
    const Session admin = sessionAs(Role::Admin, QStringLiteral("anne.admin"));
    const Session accountant = sessionAs(Role::Accountant, QStringLiteral("paul.compta"));
    const Session support = sessionAs(Role::Support, QStringLiteral("sam.support"), 2500);

    QList<AuditEntry> audit(const QString &entity = {})
    {
        AuditFilter f;
        f.entity = entity;
        auto list = AuditRepository(db()).list(f);
        EXPECT_TRUE(list.has_value()) << list.error().message.toStdString();
        return list ? *list : QList<AuditEntry>();
    }

    // A subscription created by support, its first invoice (3000 minor, unpaid) and an open
    // dunning case on it.
    LifecycleOutcome subscribed()
    {
        auto out = SubscriptionLifecycle(db(), clock, &support).create(fr, plan, support.actor());
        EXPECT_TRUE(out.has_value()) << out.error().message.toStdString();
        return out ? *out : LifecycleOutcome{};
    }
    qint64 openCase(const LifecycleOutcome &out)
    {
        DunningCase c;
        c.invoiceId = out.invoice->id;
        c.subscriptionId = out.subscription.id;
        c.customerId = fr;
        c.openedOn = QDate(2026, 3, 15);
        c.nextActionOn = QDate(2026, 3, 18);
        auto saved = DunningCaseRepository(db()).open(c);
        EXPECT_TRUE(saved.has_value()) << saved.error().message.toStdString();
        return saved ? saved->id : 0;
    }
};

} // namespace

TEST_P(SecuredUseCases, AnAccountantMayNotCreateASubscriptionAndNothingIsWritten)
{
    const auto before = writtenRows(db());
    auto refused =
        SubscriptionLifecycle(db(), clock, &accountant).create(fr, plan, accountant.actor());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(
        refused.error().message,
        QStringLiteral("An accountant may not create or change subscriptions; ask an admin."));
    EXPECT_EQ(writtenRows(db()), before);
    EXPECT_EQ(countRows(db(), QStringLiteral("subscriptions")), 0);
}

TEST_P(SecuredUseCases, SupportMayNotIssueCreditRefundOrRecordPaymentsOutsideACase)
{
    const LifecycleOutcome out = subscribed();
    ASSERT_TRUE(out.invoice);
    EXPECT_EQ(out.invoice->totalMinor, 3000);
    const qint64 invoiceId = out.invoice->id;
    const Money ten(1000, QStringLiteral("EUR"));
    Invoicing asSupport(db(), clock, &support);
    const auto before = writtenRows(db());

    auto note = asSupport.creditNote(invoiceId, std::nullopt, QStringLiteral("wrong plan"),
                                     support.actor());
    ASSERT_FALSE(note);
    EXPECT_EQ(note.error().message,
              QStringLiteral("A support member may not issue credit notes; ask an admin."));
    auto refund =
        asSupport.refundToCredit(invoiceId, ten, QStringLiteral("goodwill"), support.actor());
    ASSERT_FALSE(refund);
    EXPECT_EQ(refund.error().message,
              QStringLiteral("A support member may not refund payments; ask an admin."));
    auto payment = asSupport.recordManualPayment(invoiceId, ten, PaymentMethod::Transfer,
                                                 QStringLiteral("VIR-1"), support.actor());
    ASSERT_FALSE(payment);
    EXPECT_EQ(payment.error().code, ErrorCode::Forbidden);
    auto draft = Invoicing(db(), clock).draftForSubscriptionPeriod(request(fr));
    ASSERT_TRUE(draft);
    auto issued = asSupport.issue(*draft, support.actor());
    ASSERT_FALSE(issued);
    EXPECT_EQ(issued.error().message,
              QStringLiteral("A support member may not issue invoices; ask an admin."));
    EXPECT_EQ(writtenRows(db()), before);

    // The accountant may: a 10.00 € transfer leaves 20.00 € due.
    Invoicing asAccountant(db(), clock, &accountant);
    auto paid = asAccountant.recordManualPayment(invoiceId, ten, PaymentMethod::Transfer,
                                                 QStringLiteral("VIR-1"), accountant.actor());
    ASSERT_TRUE(paid) << paid.error().message.toStdString();
    EXPECT_EQ(asAccountant.amountDue(invoiceId)->minor(), 2000);
    const auto payments = audit(QStringLiteral("payment"));
    ASSERT_EQ(payments.size(), 1);
    EXPECT_EQ(payments.first().actor, QStringLiteral("paul.compta"));
    EXPECT_EQ(payments.first().after.value(QStringLiteral("amount_minor")).toInteger(), 1000);
}

TEST_P(SecuredUseCases, SupportGivesCreditsUpToTheirLimitAndAccountantsWorkNoCases)
{
    const LifecycleOutcome out = subscribed();
    ASSERT_TRUE(out.invoice);
    const qint64 caseId = openCase(out);
    const auto before = writtenRows(db());

    auto tooMuch = DunningActions(db(), clock, &support)
                       .offerCredit(caseId, Money(2501, QStringLiteral("EUR")), support.actor(),
                                    QStringLiteral("sorry"));
    ASSERT_FALSE(tooMuch);
    EXPECT_EQ(tooMuch.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(tooMuch.error().message,
              QStringLiteral("sam.support may give credits of at most 25.00 EUR; 25.01 EUR needs "
                             "an admin."));
    auto notTheirs =
        DunningActions(db(), clock, &accountant).extendDeadline(caseId, 7, accountant.actor());
    ASSERT_FALSE(notTheirs);
    EXPECT_EQ(notTheirs.error().message,
              QStringLiteral("An accountant may not act on dunning cases; ask an admin."));
    EXPECT_EQ(writtenRows(db()), before);

    auto credit = DunningActions(db(), clock, &support)
                      .offerCredit(caseId, Money(2500, QStringLiteral("EUR")), support.actor(),
                                   QStringLiteral("sorry"));
    ASSERT_TRUE(credit) << credit.error().message.toStdString();
    // 30.00 − 25.00 = 5.00 € still due: the case stays open.
    const auto entries = audit(QStringLiteral("dunning_case"));
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().action, QStringLiteral("offer_credit"));
    EXPECT_EQ(entries.first().actor, QStringLiteral("sam.support"));
    EXPECT_EQ(entries.first().entityId, QString::number(caseId));
    EXPECT_EQ(entries.first().after.value(QStringLiteral("credit_minor")).toInteger(), 2500);
    EXPECT_EQ(entries.first().after.value(QStringLiteral("status")).toString(),
              QStringLiteral("open"));

    // An admin has no limit: the last 5.00 € closes the case.
    auto rest = DunningActions(db(), clock, &admin)
                    .offerCredit(caseId, Money(500, QStringLiteral("EUR")), admin.actor(),
                                 QStringLiteral("the rest"));
    ASSERT_TRUE(rest) << rest.error().message.toStdString();
    const auto after = audit(QStringLiteral("dunning_case"));
    ASSERT_EQ(after.size(), 2);
    EXPECT_EQ(after.first().before.value(QStringLiteral("status")).toString(),
              QStringLiteral("open"));
    EXPECT_EQ(after.first().after.value(QStringLiteral("status")).toString(),
              QStringLiteral("resolved"));
}

TEST_P(SecuredUseCases, EveryLifecycleStepLeavesAnEntryWithBeforeAndAfter)
{
    const LifecycleOutcome out = subscribed();
    const qint64 id = out.subscription.id;
    SubscriptionLifecycle lifecycle(db(), clock, &support);
    ASSERT_TRUE(lifecycle.pause(id, support.actor(), QStringLiteral("holiday")));
    ASSERT_TRUE(lifecycle.resume(id, support.actor(), QStringLiteral("back")));
    ASSERT_TRUE(lifecycle.cancelAtPeriodEnd(id, support.actor(), QStringLiteral("leaving")));
    ASSERT_TRUE(lifecycle.cancelNow(id, support.actor(), QStringLiteral("left now")));

    const auto entries = audit(QStringLiteral("subscription")); // newest first
    ASSERT_EQ(entries.size(), 5);
    const QStringList actions = {entries[4].action, entries[3].action, entries[2].action,
                                 entries[1].action, entries[0].action};
    EXPECT_EQ(
        actions,
        (QStringList{QStringLiteral("create"), QStringLiteral("status"), QStringLiteral("resume"),
                     QStringLiteral("cancel_at_period_end"), QStringLiteral("status")}));
    for (const AuditEntry &e : entries) {
        EXPECT_EQ(e.actor, QStringLiteral("sam.support"));
        EXPECT_EQ(e.entityId, QString::number(id));
        EXPECT_EQ(e.occurredAt, clock.now());
    }
    auto status = [](const QJsonObject &o) { return o.value(QStringLiteral("status")).toString(); };
    EXPECT_TRUE(entries[4].before.isEmpty());
    EXPECT_EQ(status(entries[4].after), QStringLiteral("active"));
    EXPECT_EQ(status(entries[3].before), QStringLiteral("active"));
    EXPECT_EQ(status(entries[3].after), QStringLiteral("paused"));
    EXPECT_EQ(status(entries[2].after), QStringLiteral("active"));
    EXPECT_EQ(entries[1].before.value(QStringLiteral("cancel_at_period_end")).toBool(), false);
    EXPECT_EQ(entries[1].after.value(QStringLiteral("cancel_at_period_end")).toBool(), true);
    EXPECT_EQ(status(entries[0].after), QStringLiteral("cancelled"));
    EXPECT_EQ(entries[0].after.value(QStringLiteral("next_billing_on")).toString(), QString());
    // The first invoice, issued inside the creation, has its own entry.
    const auto invoices = audit(QStringLiteral("invoice"));
    ASSERT_EQ(invoices.size(), 1);
    EXPECT_EQ(invoices.first().action, QStringLiteral("issue"));
    EXPECT_EQ(invoices.first().after.value(QStringLiteral("total_minor")).toInteger(), 3000);
}

TEST_P(SecuredUseCases, ARefusedStepWritesNoEntry)
{
    const LifecycleOutcome out = subscribed();
    const int entries = audit().size();
    // Resuming a subscription that is not paused is an illegal move: refused, no entry.
    auto refused = SubscriptionLifecycle(db(), clock, &admin)
                       .resume(out.subscription.id, admin.actor(), QStringLiteral("why not"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(audit().size(), entries);
}

TEST_P(SecuredUseCases, TheAuditLogRefusesUpdatesAndDeletes)
{
    (void)subscribed();
    const qint64 rows = countRows(db(), QStringLiteral("audit_log"));
    ASSERT_EQ(rows, 2); // the subscription and its invoice
    auto update = db().exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'"));
    ASSERT_FALSE(update);
    EXPECT_TRUE(update.error().message.contains(QStringLiteral("append-only")))
        << update.error().message.toStdString();
    auto remove = db().exec(QStringLiteral("DELETE FROM audit_log"));
    ASSERT_FALSE(remove);
    EXPECT_TRUE(remove.error().message.contains(QStringLiteral("append-only")))
        << remove.error().message.toStdString();
    EXPECT_EQ(countRows(db(), QStringLiteral("audit_log")), rows);
    EXPECT_EQ(scalarOf(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = "
                                            "'sam.support'")),
              2);
}

IC_BOTH_DATABASES(SecuredUseCases);

} // namespace ic::test
