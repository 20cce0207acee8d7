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

// Plan shares at sign-up, by slug.
struct Share {
    const char *slug;
    int weight;
};
constexpr Share kSignupPlans[] = {
    {"free", 15},         {"pro-trial", 24}, {"starter-monthly", 28},   {"starter-annual", 7},
    {"pro-monthly", 14},  {"pro-annual", 5}, {"enterprise-monthly", 3}, {"enterprise-annual", 1},
    {"agency-custom", 3},
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
    int credit = -1; // index in m_credits of the credit being used, -1 = none
    QList<qint64> usedPromotions;
};

struct DemoHistory::Invoice {
    qint64 id = 0;
    QString number;
    QString kind = u"invoice"_qs;
    qint64 creditFor = 0;
    qint64 customerId = 0;
    qint64 subscriptionId = 0;
    int customer = 0;
    QString status = u"sent"_qs;
    InvoiceAmounts amounts;
    qint64 paid = 0;
    int issueDay = 0;
    QDate periodStart;
    QDate periodEnd;
    int paidDay = -1;
    bool reverseCharge = false;
    QString notes;
    QList<QVariantList> items;
    QList<QVariantList> payments;
    // dunning
    qint64 caseId = 0;
    QString caseStatus;
    int caseStage = 0;
    int caseNextDay = -1;
    int failedDay = -1;
    bool hardDecline = false;
    int attempts = 0;
};

struct DemoHistory::Subscription {
    qint64 id = 0;
    int customer = 0;
    int plan = 0;
    SubscriptionStatus status = SubscriptionStatus::Active;
    int startedDay = 0;
    QDate trialEnds;
    QDate periodStart;
    QDate periodEnd;
    QDate nextBilling;
    int anchorDay = 1;
    bool cancelAtPeriodEnd = false;
    int cancelledDay = -1;
    int pausedDay = -1;
    qint64 promotionId = 0;
    int promotionLeft = 0;
    qint64 price = 0;
    int invoices = 0;
    int actionDay = -1;
    std::optional<Invoice> open;
};

struct DemoHistory::Credit {
    qint64 id = 0;
    qint64 customerId = 0;
    CreditType type = CreditType::Manual;
    qint64 amount = 0;
    qint64 used = 0;
    QString reason;
    qint64 sourceInvoice = 0;
    int expiresDay = -1; // -1: never
    int createdDay = 0;
};

DemoHistory::DemoHistory(Database &db, const DemoCatalog &catalog, const DemoOptions &options,
                         QDate start, QDate end)
    : m_db(db)
    , m_catalog(catalog)
    , m_options(options)
    , m_start(start)
    , m_end(end)
    , m_random(options.seed)
{
    const int days = dayIndex(end) + 1;
    m_dayText.reserve(size_t(days));
    for (int d = 0; d < days; ++d)
        m_dayText.push_back(start.addDays(d).toString(Qt::ISODate));
    m_agenda.resize(size_t(days));
    m_signups.resize(size_t(days));
    m_promotionUses = QList<int>(catalog.promotions.size(), 0);

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
    m_invoiceRows = inserter(u"invoices", {u"id"_qs,
                                           u"public_id"_qs,
                                           u"number"_qs,
                                           u"kind"_qs,
                                           u"credit_for_invoice_id"_qs,
                                           u"customer_id"_qs,
                                           u"subscription_id"_qs,
                                           u"status"_qs,
                                           u"currency"_qs,
                                           u"subtotal_minor"_qs,
                                           u"discount_minor"_qs,
                                           u"tax_minor"_qs,
                                           u"total_minor"_qs,
                                           u"amount_paid_minor"_qs,
                                           u"issue_date"_qs,
                                           u"due_date"_qs,
                                           u"period_start"_qs,
                                           u"period_end"_qs,
                                           u"paid_at"_qs,
                                           u"reverse_charge"_qs,
                                           u"notes"_qs,
                                           u"created_at"_qs});
    m_itemRows =
        inserter(u"invoice_items",
                 {u"id"_qs, u"invoice_id"_qs, u"position"_qs, u"description"_qs, u"quantity"_qs,
                  u"unit_price_minor"_qs, u"discount_minor"_qs, u"tax_rate_bp"_qs, u"tax_minor"_qs,
                  u"total_minor"_qs, u"plan_id"_qs, u"promotion_id"_qs});
    m_paymentRows =
        inserter(u"payments", {u"id"_qs, u"invoice_id"_qs, u"customer_id"_qs, u"amount_minor"_qs,
                               u"currency"_qs, u"method"_qs, u"gateway"_qs, u"gateway_reference"_qs,
                               u"idempotency_key"_qs, u"status"_qs, u"failure_code"_qs,
                               u"failure_message"_qs, u"attempted_at"_qs, u"settled_at"_qs});
    m_creditRows = inserter(
        u"user_credits", {u"id"_qs, u"customer_id"_qs, u"credit_type"_qs, u"amount_minor"_qs,
                          u"used_minor"_qs, u"currency"_qs, u"reason"_qs, u"source_invoice_id"_qs,
                          u"expires_on"_qs, u"created_by"_qs, u"created_at"_qs});
    m_applicationRows =
        inserter(u"credit_applications", {u"id"_qs, u"credit_id"_qs, u"invoice_id"_qs,
                                          u"amount_minor"_qs, u"applied_at"_qs});
    m_caseRows = inserter(u"dunning_cases",
                          {u"id"_qs, u"invoice_id"_qs, u"subscription_id"_qs, u"customer_id"_qs,
                           u"status"_qs, u"opened_on"_qs, u"stage"_qs, u"next_action_on"_qs,
                           u"last_contact_at"_qs, u"attempts"_qs, u"hard_decline"_qs});
    m_useRows =
        inserter(u"promotion_uses", {u"id"_qs, u"promotion_id"_qs, u"customer_id"_qs,
                                     u"invoice_id"_qs, u"initial_minor"_qs, u"discount_minor"_qs,
                                     u"final_minor"_qs, u"currency"_qs, u"used_at"_qs});
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

QString DemoHistory::stamp(int day, int minuteOfDay) const
{
    const int hour = minuteOfDay / 60;
    const int minute = minuteOfDay % 60;
    return dayText(day) + u'T' + QString::number(hour).rightJustified(2, u'0') + u':' +
           QString::number(minute).rightJustified(2, u'0') + u":00.000Z";
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

Done DemoHistory::changeStatus(int sub, int day, SubscriptionStatus to, const QString &reason)
{
    Subscription &s = m_subscriptions[size_t(sub)];
    // the same transition table every status change of the application goes through
    auto next = transition(s.status, to);
    if (!next)
        return std::unexpected(next.error());
    const qint64 plan = m_catalog.plans[s.plan].id;
    if (auto r = event(sub, day, toString(s.status), toString(to), plan, plan, reason); !r)
        return r;
    s.status = *next;
    if (to == SubscriptionStatus::Cancelled || to == SubscriptionStatus::Expired) {
        s.cancelledDay = day;
        s.nextBilling = {};
        s.actionDay = -1;
    }
    return {};
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
    summary.invoices = m_invoiceRows->count();
    summary.invoiceItems = m_itemRows->count();
    summary.payments = m_paymentRows->count();
    summary.credits = m_creditRows->count();
    return summary;
}

Done DemoHistory::signUp(int customer, int day)
{
    std::vector<int> planWeights;
    for (const Share &share : kSignupPlans)
        planWeights.push_back(share.weight);
    std::discrete_distribution<int> pickPlan(planWeights.begin(), planWeights.end());
    const Plan &plan = m_catalog.plan(utf8(kSignupPlans[pickPlan(m_random)].slug));
    const int planIndex = int(&plan - &m_catalog.plans.first());
    const QDate today = m_start.addDays(day);

    Subscription sub;
    sub.id = qint64(m_subscriptions.size()) + 1;
    sub.customer = customer;
    sub.plan = planIndex;
    sub.startedDay = day;
    sub.anchorDay = today.day();
    sub.price = plan.price.minor();
    sub.periodStart = today;
    m_subscriptions.push_back(sub);
    const int index = int(m_subscriptions.size()) - 1;
    Subscription &s = m_subscriptions.back();

    if (plan.type == PlanType::Trial) {
        s.status = SubscriptionStatus::Trialing;
        s.trialEnds = today.addDays(plan.trialDays);
        s.periodEnd = s.trialEnds;
        if (auto r = event(index, day, {}, toString(s.status), 0, plan.id,
                           u"customer signed up for a trial"_qs);
            !r)
            return r;
        schedule(index, s.trialEnds);
        return {};
    }
    s.status = SubscriptionStatus::Active;
    if (auto r = event(index, day, {}, toString(s.status), 0, plan.id, u"customer signed up"_qs);
        !r)
        return r;
    if (plan.type == PlanType::Free) {
        s.periodEnd = addMonthsAnchored(today, 1, s.anchorDay);
        schedule(index, s.periodEnd); // a monthly look: does the free customer upgrade?
        return {};
    }
    return bill(index, day, true);
}

Done DemoHistory::act(int sub, int day)
{
    Subscription &s = m_subscriptions[size_t(sub)];
    const Plan &plan = m_catalog.plans[s.plan];
    const QDate today = m_start.addDays(day);
    switch (s.status) {
    case SubscriptionStatus::Trialing: {
        if (!chance(0.55))
            return changeStatus(sub, day, SubscriptionStatus::Expired,
                                u"trial ended without a plan"_qs);
        const Plan &pro = m_catalog.plan(u"pro-monthly"_qs);
        if (auto r = event(sub, day, toString(s.status), toString(SubscriptionStatus::Active),
                           plan.id, pro.id, u"customer chose a plan at the end of the trial"_qs);
            !r)
            return r;
        s.status = SubscriptionStatus::Active;
        s.plan = int(&pro - &m_catalog.plans.first());
        s.price = pro.price.minor();
        s.anchorDay = today.day();
        return bill(sub, day, true);
    }
    case SubscriptionStatus::Active:
        if (plan.type == PlanType::Free) {
            s.periodStart = today;
            s.periodEnd = addMonthsAnchored(today, 1, s.anchorDay);
            if (chance(0.03)) {
                const Plan &starter = m_catalog.plan(u"starter-monthly"_qs);
                if (auto r = event(sub, day, toString(s.status), toString(s.status), plan.id,
                                   starter.id, u"customer upgraded from the free plan"_qs);
                    !r)
                    return r;
                s.plan = int(&starter - &m_catalog.plans.first());
                s.price = starter.price.minor();
                return bill(sub, day, true);
            }
            schedule(sub, s.periodEnd);
            return {};
        }
        return renew(sub, day);
    case SubscriptionStatus::Paused: {
        if (auto r = changeStatus(sub, day, SubscriptionStatus::Active, u"customer resumed"_qs); !r)
            return r;
        s.anchorDay = today.day();
        s.pausedDay = -1;
        return bill(sub, day, false);
    }
    case SubscriptionStatus::PastDue:
    case SubscriptionStatus::Suspended:
        return retry(sub, day);
    case SubscriptionStatus::Cancelled:
    case SubscriptionStatus::Expired:
        return {};
    }
    return {};
}

Done DemoHistory::renew(int sub, int day)
{
    Subscription &s = m_subscriptions[size_t(sub)];
    if (s.cancelAtPeriodEnd)
        return changeStatus(sub, day, SubscriptionStatus::Cancelled,
                            u"customer cancelled at the end of the period"_qs);
    if (chance(0.01)) {
        if (auto r = changeStatus(sub, day, SubscriptionStatus::Paused,
                                  u"customer paused the subscription"_qs);
            !r)
            return r;
        s.pausedDay = day;
        schedule(sub, m_start.addDays(day + between(30, 75)));
        return {};
    }
    const Plan &plan = m_catalog.plans[s.plan];
    if (chance(0.025) && plan.cycle == BillingCycle::Monthly) {
        // move up or down the monthly ladder, effective from this period
        static const QString ladder[] = {u"starter-monthly"_qs, u"pro-monthly"_qs,
                                         u"enterprise-monthly"_qs};
        int rung = 0;
        while (rung < 3 && ladder[rung] != plan.slug)
            ++rung;
        if (rung < 3) {
            const int to = rung == 0 ? 1 : rung == 2 ? 1 : (chance(0.7) ? 2 : 0);
            const Plan &next = m_catalog.plan(ladder[to]);
            if (auto r = event(sub, day, toString(s.status), toString(s.status), plan.id, next.id,
                               to > rung ? u"customer upgraded at renewal"_qs
                                         : u"customer downgraded at renewal"_qs);
                !r)
                return r;
            s.plan = int(&next - &m_catalog.plans.first());
            s.price = next.price.minor();
        }
    }
    if (chance(plan.cycle == BillingCycle::Annual ? 0.12 : 0.02))
        s.cancelAtPeriodEnd = true; // asked during the period that starts now
    return bill(sub, day, false);
}

Done DemoHistory::bill(int sub, int day, bool first)
{
    Subscription &s = m_subscriptions[size_t(sub)];
    Customer &c = m_customers[size_t(s.customer)];
    const Plan &plan = m_catalog.plans[s.plan];
    const QDate today = m_start.addDays(day);

    // The promotion: a code at the first payment (a quarter of the customers have one), or
    // the best auto-applied promotion; one per invoice in the demo book.
    if (first && s.promotionId == 0 && chance(0.25)) {
        QList<int> candidates;
        for (int i = 0; i < m_catalog.promotions.size(); ++i) {
            const Promotion &p = m_catalog.promotions[i];
            if (!p.isActive || p.autoApply || p.appliesTo == PromotionScope::Renewals)
                continue;
            if ((p.startsOn.isValid() && today < p.startsOn) ||
                (p.endsOn.isValid() && today > p.endsOn))
                continue;
            if (p.maxUses && m_promotionUses[i] >= *p.maxUses)
                continue;
            if (!p.planIds.isEmpty() && !p.planIds.contains(plan.id))
                continue;
            if (c.usedPromotions.contains(p.id))
                continue;
            candidates.append(i);
        }
        if (!candidates.isEmpty()) {
            const Promotion &p =
                m_catalog.promotions[candidates[between(0, int(candidates.size()) - 1)]];
            s.promotionId = p.id;
            s.promotionLeft = p.maxUsesPerCustomer.value_or(1);
        }
    }
    const Promotion *promotion = nullptr;
    if (s.promotionId && s.promotionLeft > 0) {
        const Promotion &p = m_catalog.promotions[s.promotionId - 1];
        const bool scopeFits = p.appliesTo == PromotionScope::Both ||
                               (first ? p.appliesTo == PromotionScope::FirstPayment
                                      : p.appliesTo == PromotionScope::Renewals);
        if (scopeFits && (!p.planIds.size() || p.planIds.contains(plan.id)))
            promotion = &p;
    }
    if (!promotion) {
        for (const Promotion &p : m_catalog.promotions) {
            if (!p.isActive || !p.autoApply || (p.startsOn.isValid() && today < p.startsOn))
                continue;
            const bool scopeFits = p.appliesTo == PromotionScope::Both ||
                                   (first ? p.appliesTo == PromotionScope::FirstPayment
                                          : p.appliesTo == PromotionScope::Renewals);
            if (!scopeFits || (p.autoNewCustomersOnly && s.invoices > 0) ||
                (!p.planIds.isEmpty() && !p.planIds.contains(plan.id)))
                continue;
            promotion = &p;
            break;
        }
    }
    qint64 discount = 0;
    if (promotion) {
        discount =
            promotion->type == DiscountType::Percentage
                ? Money(s.price, plan.price.currency()).percentBp(promotion->percentBp).minor()
                : std::min(s.price, promotion->amount ? promotion->amount->minor() : 0);
    }

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

    QList<LineAmounts> lines;
    lines.append(priceLine(1, s.price, discount, c.taxRateBp));
    const QString period = invoice.periodStart.toString(Qt::ISODate) + u" – " +
                           invoice.periodEnd.addDays(-1).toString(Qt::ISODate);
    invoice.items.append(QVariantList{++m_nextItemId, invoice.id, 1,
                                      QString(plan.name + u", " + period), 1, s.price, discount,
                                      c.taxRateBp, lines.last().taxMinor, lines.last().totalMinor,
                                      plan.id, promotion ? QVariant(promotion->id) : QVariant()});
    if (first && plan.setupFee.minor() > 0) {
        lines.append(priceLine(1, plan.setupFee.minor(), 0, c.taxRateBp));
        invoice.items.append(QVariantList{
            ++m_nextItemId, invoice.id, 2, u"Setup and onboarding"_qs, 1, plan.setupFee.minor(), 0,
            c.taxRateBp, lines.last().taxMinor, lines.last().totalMinor, plan.id, QVariant()});
    }
    invoice.amounts = sumLines(lines);
    ++s.invoices;

    if (promotion && discount > 0) {
        if (promotion->id == s.promotionId)
            --s.promotionLeft;
        ++m_promotionUses[promotion->id - 1];
        if (!c.usedPromotions.contains(promotion->id))
            c.usedPromotions.append(promotion->id);
        if (auto r =
                m_useRows->add({++m_nextUseId, promotion->id, c.id, invoice.id, s.price, discount,
                                s.price - discount, plan.price.currency(), stamp(day, 600)});
            !r)
            return r;
    }

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
                if (auto r = m_applicationRows->add(
                        {++m_nextApplicationId, credit.id, invoice.id, use, at});
                    !r)
                    return r;
            }
        }
    }
    s.periodStart = invoice.periodStart;
    s.periodEnd = invoice.periodEnd;
    s.nextBilling = invoice.periodEnd;
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
        invoice.attempts = attempt + 1;
        const QString at = stamp(day, 600 + attempt);
        if (c.card == HardCard && attempt == 0) {
            code = utf8(kHardDeclines[size_t(between(0, int(kHardDeclines.size()) - 1))]);
            invoice.hardDecline = true;
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
    if (succeeded) {
        invoice.paid = invoice.amounts.totalMinor;
        invoice.paidDay = day;
        invoice.status = u"paid"_qs;
        if (invoice.caseId) {
            invoice.caseStatus = u"resolved"_qs;
            invoice.caseNextDay = -1;
        }
        if (s.status != SubscriptionStatus::Active) {
            if (auto r =
                    changeStatus(sub, day, SubscriptionStatus::Active, u"payment recovered"_qs);
                !r)
                return r;
        }
        // Now and then a customer is refunded to credit (a credit note cancels the invoice),
        // or is given a goodwill credit.
        if (chance(0.004) && invoice.amounts.totalMinor > 0) {
            Invoice note;
            note.id = ++m_nextInvoiceId;
            note.kind = u"credit_note"_qs;
            note.creditFor = invoice.id;
            note.number = nextNumber(u"CN"_qs, m_start.addDays(day).year());
            note.customerId = invoice.customerId;
            note.customer = invoice.customer;
            note.subscriptionId = invoice.subscriptionId;
            note.status = u"paid"_qs;
            note.issueDay = day;
            note.paidDay = day;
            note.reverseCharge = invoice.reverseCharge;
            note.notes = u"Credit note for "_qs + invoice.number + u": service not delivered.";
            QList<LineAmounts> lines;
            for (const QVariantList &item : std::as_const(invoice.items)) {
                lines.append(priceLine(-item[4].toLongLong(), item[5].toLongLong(),
                                       -item[6].toLongLong(), item[7].toInt()));
                note.items.append(QVariantList{
                    ++m_nextItemId, note.id, item[2], QString(u"Credit: "_qs + item[3].toString()),
                    -item[4].toLongLong(), item[5], -item[6].toLongLong(), item[7],
                    lines.last().taxMinor, lines.last().totalMinor, item[10], item[11]});
            }
            note.amounts = sumLines(lines);
            note.paid = note.amounts.totalMinor;
            invoice.status = u"refunded"_qs;
            if (auto r = grantCredit(invoice.customer, day, CreditType::Refund,
                                     invoice.amounts.totalMinor, invoice.id, 0,
                                     u"Refund of "_qs + invoice.number + u" to credit");
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

    // Failed: the invoice falls overdue and dunning starts (J+0), or moves on.
    if (attempt == 0) {
        invoice.status = u"overdue"_qs;
        invoice.failedDay = day;
        invoice.caseId = ++m_nextCaseId;
        invoice.caseStatus = u"open"_qs;
        invoice.caseStage = 1; // steps of the dunning calendar done: J+0
        invoice.caseNextDay = day + 3;
        if (auto r = changeStatus(sub, day, SubscriptionStatus::PastDue,
                                  u"payment failed ("_qs + code + u")");
            !r)
            return r;
        s.open = std::move(invoice);
        schedule(sub, m_start.addDays(day + 3));
    }
    return {};
}

Done DemoHistory::retry(int sub, int day)
{
    Subscription &s = m_subscriptions[size_t(sub)];
    if (!s.open)
        return {};
    Invoice &invoice = *s.open;
    // The dunning calendar: J+3 reminder and retry, J+7 reminder, SMS and retry, J+14 final
    // notice, last retry and suspension, J+30 cancellation. No retries after a hard decline.
    const int since = day - invoice.failedDay;
    if (since >= 30) {
        invoice.caseStage = 5;
        invoice.caseStatus = u"cancelled"_qs;
        invoice.caseNextDay = -1;
        if (auto r = changeStatus(sub, day, SubscriptionStatus::Cancelled,
                                  u"unpaid 30 days after the failed payment"_qs);
            !r)
            return r;
        auto r = settle(invoice);
        s.open.reset();
        return r;
    }
    if (s.status == SubscriptionStatus::Suspended) {
        // paid by bank transfer after the final notice: a manual payment closes the case
        const QString at = stamp(day, 660);
        invoice.payments.append(QVariantList{
            ++m_nextPaymentId, invoice.id, invoice.customerId,
            invoice.amounts.totalMinor - invoice.paid, u"EUR"_qs, u"transfer"_qs, QVariant(),
            u"bank transfer"_qs, QVariant(), u"succeeded"_qs, QVariant(), QVariant(), at, at});
        invoice.paid = invoice.amounts.totalMinor;
        return charge(sub, invoice, day, invoice.attempts);
    }
    invoice.caseStage = since >= 14 ? 4 : since >= 7 ? 3 : 2;
    if (!invoice.hardDecline) {
        Invoice attempt = invoice;
        if (auto r = charge(sub, attempt, day, invoice.attempts); !r)
            return r;
        if (!s.open)
            return {}; // paid: charge() wrote the invoice and closed the case
        invoice = std::move(attempt);
    }
    if (since >= 14) {
        invoice.caseStatus = u"suspended"_qs;
        invoice.caseNextDay = invoice.failedDay + 30;
        if (auto r = changeStatus(sub, day, SubscriptionStatus::Suspended,
                                  u"unpaid 14 days after the failed payment"_qs);
            !r)
            return r;
        schedule(sub, m_start.addDays(invoice.failedDay + (chance(0.3) ? 20 : 30)));
        return {};
    }
    invoice.caseNextDay = invoice.failedDay + (since < 7 ? 7 : 14);
    schedule(sub, m_start.addDays(invoice.caseNextDay));
    return {};
}

Done DemoHistory::settle(Invoice &invoice)
{
    const QString issued = dayText(invoice.issueDay);
    const QString created = stamp(invoice.issueDay, 480);
    if (auto r = m_invoiceRows->add(
            {invoice.id,
             uuid(),
             invoice.number,
             invoice.kind,
             invoice.creditFor ? QVariant(invoice.creditFor) : QVariant(),
             invoice.customerId,
             invoice.subscriptionId,
             invoice.status,
             u"EUR"_qs,
             invoice.amounts.subtotalMinor,
             invoice.amounts.discountMinor,
             invoice.amounts.taxMinor,
             invoice.amounts.totalMinor,
             invoice.paid,
             issued,
             issued,
             invoice.periodStart.isValid() ? QVariant(invoice.periodStart.toString(Qt::ISODate))
                                           : QVariant(),
             invoice.periodEnd.isValid() ? QVariant(invoice.periodEnd.toString(Qt::ISODate))
                                         : QVariant(),
             invoice.paidDay >= 0 ? QVariant(stamp(invoice.paidDay, 605)) : QVariant(),
             invoice.reverseCharge,
             invoice.notes.isEmpty() ? QVariant() : QVariant(invoice.notes),
             created});
        !r)
        return r;
    for (const QVariantList &item : std::as_const(invoice.items))
        if (auto r = m_itemRows->add(item); !r)
            return r;
    for (const QVariantList &payment : std::as_const(invoice.payments))
        if (auto r = m_paymentRows->add(payment); !r)
            return r;
    if (invoice.caseId) {
        // the dunning calendar of dunning_policy: J+0, J+3, J+7, J+14, J+30
        const QString lastContact =
            stamp(invoice.failedDay +
                      std::array{0, 3, 7, 14, 30}[size_t(std::clamp(invoice.caseStage - 1, 0, 4))],
                  615);
        if (auto r = m_caseRows->add(
                {invoice.caseId, invoice.id, invoice.subscriptionId, invoice.customerId,
                 invoice.caseStatus, dayText(invoice.failedDay), invoice.caseStage,
                 invoice.caseNextDay >= 0
                     ? QVariant(m_start.addDays(invoice.caseNextDay).toString(Qt::ISODate))
                     : QVariant(),
                 lastContact, invoice.attempts, invoice.hardDecline});
            !r)
            return r;
    }
    return {};
}

Done DemoHistory::finish()
{
    const int lastDay = int(m_agenda.size()) - 1;
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
    for (const Credit &credit : m_credits) {
        if (auto r = m_creditRows->add(
                {credit.id, credit.customerId, toString(credit.type), credit.amount, credit.used,
                 u"EUR"_qs, credit.reason,
                 credit.sourceInvoice ? QVariant(credit.sourceInvoice) : QVariant(),
                 credit.expiresDay >= 0
                     ? QVariant(m_start.addDays(credit.expiresDay).toString(Qt::ISODate))
                     : QVariant(),
                 u"demo"_qs, stamp(std::min(credit.createdDay, lastDay), 720)});
            !r)
            return r;
    }
    for (BulkInserter *rows :
         {m_customerRows.get(), m_methodRows.get(), m_subscriptionRows.get(), m_eventRows.get(),
          m_invoiceRows.get(), m_itemRows.get(), m_paymentRows.get(), m_creditRows.get(),
          m_applicationRows.get(), m_caseRows.get(), m_useRows.get()})
        if (auto r = rows->flush(); !r)
            return r;
    BulkInserter series(m_db, u"invoice_number_series"_qs,
                        {u"series"_qs, u"year"_qs, u"last_number"_qs});
    for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it) {
        const auto parts = it.key().split(u'-');
        if (auto r = series.add({parts[0], parts[1].toInt(), it.value()}); !r)
            return r;
    }
    if (auto r = series.flush(); !r)
        return r;
    for (int i = 0; i < m_catalog.promotions.size(); ++i) {
        if (m_promotionUses[i] == 0)
            continue;
        if (auto r = m_db.exec(u"UPDATE promotions SET current_uses = :uses WHERE id = :id"_qs,
                               {{"uses", m_promotionUses[i]}, {"id", m_catalog.promotions[i].id}});
            !r)
            return std::unexpected(r.error());
    }
    return {};
}

} // namespace ic
