#include "services/demo/demohistory.h"
#include "models/tr.h"

#include "models/billingcalendar.h"
#include "models/invoicemath.h"
#include "models/statuses.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <array>
#include <numeric>

namespace ic {

namespace {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

constexpr std::array kFirstNames{
    "Camille", "Léa",    "Manon",   "Chloé",  "Inès",  "Louise", "Jade",  "Lucas",
    "Hugo",    "Louis",  "Gabriel", "Arthur", "Jules", "Noah",   "Emma",  "Anna",
    "Sofia",   "Mia",    "Lena",    "Marie",  "Paul",  "Lukas",  "Finn",  "Mateo",
    "Lucía",   "Giulia", "Marco",   "Sem",    "Daan",  "Olivia", "James", "Amelia",
    "Oliver",  "Ava",    "Ethan",   "Zoé",    "Théo",  "Nathan", "Élise", "Margaux"};
constexpr std::array kLastNames{
    "Martin",  "Bernard",   "Dubois",    "Thomas",   "Robert",   "Richard", "Petit",   "Durand",
    "Leroy",   "Moreau",    "Simon",     "Laurent",  "Lefèvre",  "Michel",  "García",  "Müller",
    "Schmidt", "Schneider", "Fischer",   "Rossi",    "Russo",    "Bianchi", "De Jong", "Jansen",
    "Peeters", "Janssens",  "Fernández", "López",    "Smith",    "Johnson", "Brown",   "Murphy",
    "Kelly",   "Silva",     "Santos",    "Fontaine", "Rousseau", "Vincent", "Muller",  "Lambert"};
constexpr std::array kCompanySuffix{"Studio", "Media", "Agency",    "Digital",  "Conseil",
                                    "Labs",   "Group", "Créations", "Partners", "Collective"};

struct Country {
    const char *code;
    const char *legalForm;
    const char *phonePrefix;
    int weight;
};
constexpr Country kCountries[] = {
    {"FR", "SARL", "+33 6", 52}, {"BE", "SPRL", "+32 4", 8}, {"DE", "GmbH", "+49 151", 9},
    {"ES", "SL", "+34 6", 6},    {"IT", "Srl", "+39 3", 6},  {"NL", "BV", "+31 6", 5},
    {"PT", "Lda", "+351 9", 2},  {"IE", "Ltd", "+353 8", 2}, {"GB", "Ltd", "+44 7", 5},
    {"US", "Inc.", "+1 415", 4}, {"CH", "AG", "+41 7", 1},
};

constexpr std::array kSoftDeclines{"insufficient_funds", "do_not_honor", "processing_error",
                                   "card_velocity_exceeded"};
constexpr std::array kHardDeclines{"lost_card", "stolen_card", "account_closed"};

enum Card { GoodCard, SoftCard, HardCard };
const QString kCards[] = {u"tok_visa"_qs, u"tok_chargeDeclinedInsufficientFunds"_qs,
                          u"tok_chargeDeclinedStolenCard"_qs};
// the last digits of the gateways' test numbers for those cards
const QString kLastFour[] = {u"4242"_qs, u"9995"_qs, u"9979"_qs};

} // namespace

struct DemoHistory::Customer {
    qint64 id = 0;
    QString email;
    QString country;
    QString language;
    bool business = false;
    Card card = GoodCard;
    int taxRateBp = 0;
    bool reverseCharge = false;
    int credit = -1;       // index in m_credits of the credit being used, -1 = none
    bool invoiced = false; // an invoice was issued to them: no longer a new customer
};

DemoHistory::DemoHistory(Database &db, const DemoCatalog &catalog, const DemoOptions &options,
                         QDate start, QDate end)
    : m_db(db)
    , m_catalog(catalog)
    , m_options(options)
    , m_start(start)
    , m_end(end)
    , m_random(options.seed)
    , m_days(start, end)
    , m_pricing(catalog)
    , m_ledger(db, m_days)
{
    const int days = m_days.count();
    m_agenda.resize(size_t(days));
    m_signups.resize(size_t(days));

    const auto inserter = [&db](const char16_t *table, QStringList columns) {
        return std::make_unique<BulkInserter>(db, QString::fromUtf16(table), std::move(columns));
    };
    m_customerRows = inserter(u"customers", {u"id"_qs, u"public_id"_qs, u"name"_qs, u"email"_qs,
                                             u"phone"_qs, u"company"_qs, u"vat_number"_qs,
                                             u"country"_qs, u"language"_qs, u"created_at"_qs});
    // one card a customer, the default at the simulated gateway (its id is the customer's)
    m_methodRows =
        inserter(u"payment_methods", {u"id"_qs, u"customer_id"_qs, u"gateway"_qs, u"token"_qs,
                                      u"brand"_qs, u"last_four"_qs, u"exp_month"_qs, u"exp_year"_qs,
                                      u"is_default"_qs, u"created_at"_qs});
    m_subscriptionRows =
        inserter(u"subscriptions",
                 {u"id"_qs, u"customer_id"_qs, u"plan_id"_qs, u"status"_qs, u"started_on"_qs,
                  u"trial_ends_on"_qs, u"current_period_start"_qs, u"current_period_end"_qs,
                  u"next_billing_on"_qs, u"anchor_day"_qs, u"cancel_at_period_end"_qs,
                  u"cancelled_at"_qs, u"paused_at"_qs, u"promotion_id"_qs, u"price_minor"_qs,
                  u"currency"_qs, u"gateway"_qs, u"created_at"_qs});
    m_eventRows =
        inserter(u"subscription_events", {u"id"_qs, u"subscription_id"_qs, u"occurred_at"_qs,
                                          u"from_status"_qs, u"to_status"_qs, u"from_plan_id"_qs,
                                          u"to_plan_id"_qs, u"actor"_qs, u"reason"_qs});
}

DemoHistory::~DemoHistory() = default;

bool DemoHistory::chance(double p)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < p;
}

int DemoHistory::between(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

QString DemoHistory::uuid()
{
    // A version-4 UUID from the seeded generator, so the same seed gives the same book.
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 a = m_random();
    const quint64 b = m_random();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char((a >> (8 * i)) & 0xff);
        bytes[8 + i] = char((b >> (8 * i)) & 0xff);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString DemoHistory::nextNumber(const QString &series, int year)
{
    int &last = m_numbers[series + u'-' + QString::number(year)];
    ++last;
    return series + u'-' + QString::number(year) + u'-' +
           QString::number(last).rightJustified(3, u'0');
}

void DemoHistory::schedule(int sub, QDate on)
{
    Subscription &s = m_subscriptions[size_t(sub)];
    const int day = dayIndex(on);
    s.actionDay = day;
    if (day >= 0 && day < int(m_agenda.size()))
        m_agenda[size_t(day)].push_back(sub);
}

Done DemoHistory::event(int sub, int day, const QString &from, const QString &to, qint64 fromPlan,
                        qint64 toPlan, const QString &reason)
{
    const Subscription &s = m_subscriptions[size_t(sub)];
    const bool byCustomer = reason.startsWith(u"customer");
    return m_eventRows->add(
        {++m_nextEventId, s.id, stamp(day, between(480, 1200)),
         from.isEmpty() ? QVariant() : QVariant(from), to,
         fromPlan ? QVariant(fromPlan) : QVariant(), toPlan ? QVariant(toPlan) : QVariant(),
         byCustomer ? m_customers[size_t(s.customer)].email : u"daily-run"_qs, reason});
}

Done DemoHistory::grantCredit(int customer, int day, CreditType type, qint64 amount,
                              qint64 sourceInvoice, int expiresInDays, const QString &reason)
{
    Customer &c = m_customers[size_t(customer)];
    if (c.credit >= 0 && m_credits[size_t(c.credit)].used < m_credits[size_t(c.credit)].amount)
        return {}; // one open credit per customer in the demo
    Credit credit;
    credit.id = ++m_nextCreditId;
    credit.customerId = c.id;
    credit.type = type;
    credit.amount = amount;
    credit.reason = reason;
    credit.sourceInvoice = sourceInvoice;
    credit.expiresDay = expiresInDays > 0 ? day + expiresInDays : -1;
    credit.createdDay = day;
    m_credits.push_back(credit);
    c.credit = int(m_credits.size() - 1);
    return {};
}

Result<DemoSummary> DemoHistory::run(const DemoBook::Progress &progress)
{
    // Sign-up days: the book opens with the customers the company already had (a third of
    // them, brought over in the first month), then grows: later months get more sign-ups
    // (weight 1 → 3).
    const int days = int(m_agenda.size());
    const int months = m_options.months;
    std::vector<double> weights;
    for (int m = 0; m < months; ++m)
        weights.push_back(1.0 + 2.0 * m / std::max(1, months - 1));
    if (months > 1)
        weights[0] += 0.5 * std::accumulate(weights.begin(), weights.end(), 0.0);
    std::discrete_distribution<int> pickMonth(weights.begin(), weights.end());
    std::vector<int> countryWeights;
    for (const Country &c : kCountries)
        countryWeights.push_back(c.weight);
    std::discrete_distribution<int> pickCountry(countryWeights.begin(), countryWeights.end());

    m_customers.resize(size_t(m_options.customers));
    std::vector<int> signupDay(size_t(m_options.customers));
    for (int i = 0; i < m_options.customers; ++i) {
        const QDate first = m_start.addMonths(pickMonth(m_random));
        const int last = std::min(dayIndex(first.addMonths(1)) - 1, days - 1);
        signupDay[size_t(i)] = between(dayIndex(first), std::max(dayIndex(first), last));
    }
    std::sort(signupDay.begin(), signupDay.end());
    for (int i = 0; i < m_options.customers; ++i)
        m_signups[size_t(signupDay[size_t(i)])].push_back(i);

    // Customers get their identity here, in id order.
    for (int i = 0; i < m_options.customers; ++i) {
        Customer &c = m_customers[size_t(i)];
        const Country &country = kCountries[pickCountry(m_random)];
        c.id = i + 1;
        c.country = utf8(country.code);
        c.language = (c.country == u"FR" || (c.country == u"BE" && chance(0.5)) ||
                      (c.country == u"CH" && chance(0.3)))
                         ? u"fr"_qs
                         : u"en"_qs;
        c.business = chance(0.45);
        const double card = std::uniform_real_distribution<double>(0, 1)(m_random);
        c.card = card < 0.03 ? SoftCard : card < 0.04 ? HardCard : GoodCard;
        const bool eu = m_catalog.isEu(c.country);
        if (c.country == u"FR")
            c.taxRateBp = m_catalog.vatBp.value(c.country); // seller in France
        else if (eu && c.business)
            c.reverseCharge = true; // EU business: reverse charge
        else if (eu)
            c.taxRateBp =
                m_catalog.vatBp.value(c.country); // EU consumer: their country's VAT (OSS)
        // outside the EU: no VAT
    }

    qint64 nextCustomerRow = 0;
    for (int day = 0; day < days; ++day) {
        for (int customer : m_signups[size_t(day)]) {
            Customer &c = m_customers[size_t(customer)];
            const QString first =
                utf8(kFirstNames[size_t(between(0, int(kFirstNames.size()) - 1))]);
            const QString last = utf8(kLastNames[size_t(between(0, int(kLastNames.size()) - 1))]);
            const Country *country = &kCountries[0];
            for (const Country &k : kCountries)
                if (c.country == QLatin1String(k.code))
                    country = &k;
            const QString name = first + u' ' + last;
            QString mailbox = (first + u'.' + last).toLower();
            mailbox.replace(u' ', u'-');
            c.email = mailbox.normalized(QString::NormalizationForm_D)
                          .remove(QRegularExpression(u"[^a-z.\\-]"_qs)) +
                      u'.' + QString::number(c.id) + u"@example." +
                      (c.country == u"GB"   ? u"co.uk"_qs
                       : c.country == u"US" ? u"com"_qs
                                            : c.country.toLower());
            const QString company =
                c.business
                    ? last + u' ' +
                          utf8(kCompanySuffix[size_t(between(0, int(kCompanySuffix.size()) - 1))]) +
                          u' ' + utf8(country->legalForm)
                    : QString();
            const QString vat = c.business && m_catalog.isEu(c.country)
                                    ? c.country + QString::number(between(100000000, 999999999)) +
                                          QString::number(between(10, 99))
                                    : QString();
            const QString phone =
                utf8(country->phonePrefix) + u' ' + QString::number(between(10, 99)) + u' ' +
                QString::number(between(10, 99)) + u' ' + QString::number(between(10, 99)) + u' ' +
                QString::number(between(10, 99));
            ++nextCustomerRow;
            if (auto r = m_customerRows->add({c.id, uuid(), name, c.email, phone,
                                              company.isEmpty() ? QVariant() : QVariant(company),
                                              vat.isEmpty() ? QVariant() : QVariant(vat), c.country,
                                              c.language, stamp(day, between(420, 1380))});
                !r)
                return std::unexpected(r.error());
            if (auto r =
                    m_methodRows->add({c.id, c.id, u"simulated"_qs, kCards[c.card], u"visa"_qs,
                                       kLastFour[c.card], int(1 + c.id % 12),
                                       int(m_start.year() + 3 + c.id % 4), true, stamp(day, 1400)});
                !r)
                return std::unexpected(r.error());
            if (auto r = signUp(customer, day); !r)
                return std::unexpected(r.error());
        }
        // act on what falls due today; acting may add to today's list (same-day retries do not)
        std::vector<int> due;
        due.swap(m_agenda[size_t(day)]);
        for (int sub : due) {
            if (m_subscriptions[size_t(sub)].actionDay != day)
                continue;
            if (auto r = act(sub, day); !r)
                return std::unexpected(r.error());
        }
        if (progress && (day % 15 == 0 || day == days - 1) && !progress(day + 1, days))
            return failure(
                ErrorCode::Cancelled,
                Tr::tr("Building the demo book was cancelled; the book is left as it was."));
    }
    if (auto r = finish(); !r)
        return std::unexpected(r.error());

    DemoSummary summary;
    summary.plans = m_catalog.plans.size();
    summary.promotions = m_catalog.promotions.size();
    summary.customers = m_customerRows->count();
    summary.subscriptions = m_subscriptionRows->count();
    summary.invoices = m_ledger.invoices();
    summary.invoiceItems = m_ledger.items();
    summary.payments = m_ledger.payments();
    summary.credits = m_ledger.credits();
    return summary;
}

Done DemoHistory::bill(int sub, int day, bool first)
{
    Subscription &s = m_subscriptions[size_t(sub)];
    Customer &c = m_customers[size_t(s.customer)];
    const Plan &plan = m_catalog.plans[s.plan];
    const QDate today = m_days.date(day);

    // The promotions as the billing chooses them: a code typed at the first payment (a
    // quarter of the customers type one, among the codes the checks accept), with the
    // auto-apply promotions that pass their checks, through the stacking policy.
    DemoSale sale;
    sale.today = today;
    sale.customerId = c.id;
    sale.planId = plan.id;
    sale.firstPayment = first;
    sale.isNewCustomer = !c.invoiced;
    sale.amount = Money(s.price, plan.price.currency());
    std::optional<Promotion> code;
    if (first && s.promotionId == 0 && chance(0.25)) {
        const QList<Promotion> accepted = m_pricing.acceptedCodes(sale);
        if (!accepted.isEmpty())
            code = accepted[between(0, int(accepted.size()) - 1)];
    }
    auto discounts = m_pricing.discounts(code, sale);
    if (!discounts)
        return std::unexpected(discounts.error());

    Invoice invoice;
    invoice.id = ++m_nextInvoiceId;
    invoice.number = nextNumber(u"INV"_qs, today.year());
    invoice.customerId = c.id;
    invoice.customer = s.customer;
    invoice.subscriptionId = s.id;
    invoice.issueDay = day;
    invoice.periodStart = today;
    invoice.periodEnd = addMonthsAnchored(today, std::max(1, plan.intervalMonths), s.anchorDay);
    invoice.reverseCharge = c.reverseCharge;
    if (c.reverseCharge)
        invoice.notes =
            u"Reverse charge: VAT due by the customer (art. 196 of Directive 2006/112/EC)."_qs;
    else if (!m_catalog.isEu(c.country))
        invoice.notes = u"VAT not applicable: service supplied outside the EU (art. 259-1 CGI)."_qs;

    // The lines as Invoicing makes them: the first discount on the plan line, each stacked
    // one after it a line of its own (nothing charged, its discount taken), the setup fee.
    QList<LineAmounts> lines;
    const QString period = invoice.periodStart.toString(Qt::ISODate) + u" – " +
                           invoice.periodEnd.addDays(-1).toString(Qt::ISODate);
    const Discount *onPlan = discounts->isEmpty() ? nullptr : &discounts->first();
    DemoPricing::addLine(invoice, lines, ++m_nextItemId, plan.name + u", " + period, 1, s.price,
                         onPlan ? onPlan->discount.minor() : 0, c.taxRateBp, plan.id,
                         onPlan ? onPlan->promotionId : 0);
    for (qsizetype i = 1; i < discounts->size(); ++i) {
        const Discount &d = discounts->at(i);
        DemoPricing::addLine(invoice, lines, ++m_nextItemId,
                             u"Promotion "_qs + m_pricing.promotion(d.promotionId).code, 1, 0,
                             d.discount.minor(), c.taxRateBp, plan.id, d.promotionId);
    }
    if (first && plan.setupFee.minor() > 0)
        DemoPricing::addLine(invoice, lines, ++m_nextItemId, u"Setup and onboarding"_qs, 1,
                             plan.setupFee.minor(), 0, c.taxRateBp, plan.id, 0);
    invoice.amounts = sumLines(lines);
    ++s.invoices;
    c.invoiced = true;

    // Issuing counts one use of each promotion on the invoice; the one the first invoice
    // took stays with the subscription.
    m_pricing.recordUses(*discounts, c.id);
    for (const Discount &d : std::as_const(*discounts))
        if (auto r = m_ledger.addUse(d, c.id, invoice.id, day); !r)
            return r;
    if (first && onPlan && s.promotionId == 0)
        s.promotionId = onPlan->promotionId;

    s.periodStart = invoice.periodStart;
    s.periodEnd = invoice.periodEnd;
    s.nextBilling = invoice.periodEnd;
    return pay(sub, invoice, day);
}

Done DemoHistory::pay(int sub, Invoice &invoice, int day)
{
    Customer &c = m_customers[size_t(m_subscriptions[size_t(sub)].customer)];
    // Credit first, oldest and unexpired, then the card for the rest.
    if (c.credit >= 0) {
        Credit &credit = m_credits[size_t(c.credit)];
        const qint64 available = credit.amount - credit.used;
        if (available > 0 && (credit.expiresDay < 0 || day <= credit.expiresDay)) {
            const qint64 use = std::min(available, invoice.amounts.totalMinor);
            if (use > 0) {
                credit.used += use;
                invoice.paid += use;
                const QString at = stamp(day, 540);
                invoice.payments.append(QVariantList{
                    ++m_nextPaymentId, invoice.id, c.id, use, u"EUR"_qs, u"credit"_qs, QVariant(),
                    QVariant(), QString(u"credit-"_qs + QString::number(invoice.id)),
                    u"succeeded"_qs, QVariant(), QVariant(), at, at});
                if (auto r = m_ledger.addApplication(credit.id, invoice.id, use, at); !r)
                    return r;
            }
        }
    }
    return charge(sub, invoice, day, 0);
}

Done DemoHistory::charge(int sub, Invoice &invoice, int day, int attempt)
{
    Subscription &s = m_subscriptions[size_t(sub)];
    Customer &c = m_customers[size_t(s.customer)];
    const qint64 due = invoice.amounts.totalMinor - invoice.paid;
    bool succeeded = due == 0;
    QString code;
    if (!succeeded) {
        invoice.dunning.attempts = attempt + 1;
        const QString at = stamp(day, 600 + attempt);
        if (c.card == HardCard && attempt == 0) {
            code = utf8(kHardDeclines[size_t(between(0, int(kHardDeclines.size()) - 1))]);
            invoice.dunning.hardDecline = true;
        } else {
            const double failure =
                c.card == SoftCard ? (attempt == 0 ? 0.7 : 0.45) : (attempt == 0 ? 0.03 : 0.4);
            succeeded = !chance(failure);
            if (!succeeded)
                code = utf8(kSoftDeclines[size_t(between(0, int(kSoftDeclines.size()) - 1))]);
        }
        const QString key =
            u"inv-"_qs + QString::number(invoice.id) + u"-attempt-" + QString::number(attempt + 1);
        invoice.payments.append(QVariantList{
            ++m_nextPaymentId, invoice.id, c.id, due, u"EUR"_qs, u"card"_qs, u"simulated"_qs,
            QString(u"sim_"_qs + QString::number(m_nextPaymentId, 16)), key,
            succeeded ? u"succeeded"_qs : u"failed"_qs,
            code.isEmpty() ? QVariant() : QVariant(code),
            code.isEmpty() ? QVariant()
                           : QVariant(QString(u"The card was declined ("_qs + code + u").")),
            at, succeeded ? QVariant(at) : QVariant()});
    }
    if (succeeded)
        return paid(sub, invoice, day);
    if (attempt == 0)
        return failed(sub, invoice, day, code);
    return {};
}

Done DemoHistory::paid(int sub, Invoice &invoice, int day)
{
    Subscription &s = m_subscriptions[size_t(sub)];
    invoice.paid = invoice.amounts.totalMinor;
    invoice.paidDay = day;
    invoice.status = u"paid"_qs;
    if (invoice.dunning.id)
        invoice.dunning = DunningLadder::resolved(invoice.dunning);
    if (s.status != SubscriptionStatus::Active) {
        if (auto r = changeStatus(sub, day, SubscriptionStatus::Active, u"payment recovered"_qs);
            !r)
            return r;
    }
    // Now and then a customer is refunded to credit (a credit note cancels the invoice), or
    // is given a goodwill credit.
    if (chance(0.004) && invoice.amounts.totalMinor > 0) {
        const qint64 noteId = ++m_nextInvoiceId;
        const QString number = nextNumber(u"CN"_qs, m_days.date(day).year());
        const Invoice note = DemoLedger::creditNoteFor(invoice, noteId, number, day, m_nextItemId);
        invoice.status = u"refunded"_qs;
        if (auto r =
                grantCredit(invoice.customer, day, CreditType::Refund, invoice.amounts.totalMinor,
                            invoice.id, 0, u"Refund of "_qs + invoice.number + u" to credit");
            !r)
            return r;
        if (auto r = settle(note); !r)
            return r;
    } else if (chance(0.005)) {
        const bool promotional = chance(0.5);
        if (auto r = grantCredit(invoice.customer, day,
                                 promotional ? CreditType::Promotion : CreditType::Manual,
                                 between(10, 30) * 100, 0, promotional ? 90 : 0,
                                 promotional ? u"Referral reward"_qs
                                             : u"Goodwill gesture after a support ticket"_qs);
            !r)
            return r;
    }
    if (auto r = settle(invoice); !r)
        return r;
    s.open.reset();
    if (s.status == SubscriptionStatus::Active)
        schedule(sub, s.nextBilling);
    return {};
}

Done DemoHistory::settle(const Invoice &invoice)
{
    return m_ledger.write(invoice, uuid());
}

Done DemoHistory::finish()
{
    const int lastDay = m_days.count() - 1;
    for (Subscription &s : m_subscriptions) {
        if (s.open) {
            if (auto r = settle(*s.open); !r)
                return r;
        }
        const Plan &plan = m_catalog.plans[s.plan];
        const QString created = stamp(s.startedDay, 500);
        if (auto r = m_subscriptionRows->add(
                {s.id, m_customers[size_t(s.customer)].id, plan.id, toString(s.status),
                 dayText(s.startedDay),
                 s.trialEnds.isValid() ? QVariant(s.trialEnds.toString(Qt::ISODate)) : QVariant(),
                 s.periodStart.toString(Qt::ISODate),
                 std::max(s.periodEnd, s.periodStart).toString(Qt::ISODate),
                 s.nextBilling.isValid() && (s.status == SubscriptionStatus::Active ||
                                             s.status == SubscriptionStatus::PastDue)
                     ? QVariant(s.nextBilling.toString(Qt::ISODate))
                     : QVariant(),
                 s.anchorDay, s.cancelAtPeriodEnd,
                 s.cancelledDay >= 0 ? QVariant(stamp(s.cancelledDay, 700)) : QVariant(),
                 s.pausedDay >= 0 ? QVariant(stamp(s.pausedDay, 700)) : QVariant(),
                 s.promotionId ? QVariant(s.promotionId) : QVariant(), s.price,
                 plan.price.currency(), plan.price.minor() == 0 ? u"manual"_qs : u"simulated"_qs,
                 created});
            !r)
            return r;
    }
    for (BulkInserter *rows :
         {m_customerRows.get(), m_methodRows.get(), m_subscriptionRows.get(), m_eventRows.get()})
        if (auto r = rows->flush(); !r)
            return r;
    return m_ledger.finish(m_credits, lastDay, m_numbers, m_pricing.promotions());
}

} // namespace ic
