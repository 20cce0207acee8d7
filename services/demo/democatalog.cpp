#include "services/demo/democatalog.h"

#include "services/homepage/assets.h"
#include "services/storage/bulkinserter.h"

#include "models/clock.h"
#include "models/tr.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRadialGradient>
#include <QTemporaryDir>
#include <QTimeZone>

namespace ic {

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

struct PlanSpec {
    const char *slug;
    const char *name;
    const char *description;
    PlanType type;
    BillingCycle cycle;
    int intervalMonths;
    qint64 priceMinor;
    qint64 setupMinor;
    int trialDays;
    qint64 projects, storageGb, users, apiCalls; // -1 = unlimited
    bool isPublic;
    const char *features[5];
};

const PlanSpec kPlans[] = {
    {"free",
     "Free",
     "Try InfluenceCore with one project.",
     PlanType::Free,
     BillingCycle::None,
     0,
     0,
     0,
     0,
     1,
     1,
     1,
     1000,
     true,
     {"1 project", "1 GB storage", "Community support", nullptr, nullptr}},
    {"pro-trial",
     "Pro trial",
     "Every Pro feature for 14 days, no card needed.",
     PlanType::Trial,
     BillingCycle::None,
     0,
     0,
     0,
     14,
     10,
     50,
     5,
     100000,
     true,
     {"All Pro features", "14 days free", "Cancel any time", nullptr, nullptr}},
    {"starter-monthly",
     "Starter",
     "For freelancers and small teams.",
     PlanType::Monthly,
     BillingCycle::Monthly,
     1,
     1900,
     0,
     0,
     3,
     10,
     2,
     10000,
     true,
     {"3 projects", "10 GB storage", "2 users", "Email support", nullptr}},
    {"starter-annual",
     "Starter (annual)",
     "Starter, billed yearly: two months free.",
     PlanType::Annual,
     BillingCycle::Annual,
     12,
     19000,
     0,
     0,
     3,
     10,
     2,
     10000,
     true,
     {"3 projects", "10 GB storage", "2 users", "Email support", "2 months free"}},
    {"pro-monthly",
     "Pro",
     "For growing agencies.",
     PlanType::Monthly,
     BillingCycle::Monthly,
     1,
     4900,
     0,
     0,
     10,
     50,
     5,
     100000,
     true,
     {"10 projects", "50 GB storage", "5 users", "Priority support", "API access"}},
    {"pro-annual",
     "Pro (annual)",
     "Pro, billed yearly: two months free.",
     PlanType::Annual,
     BillingCycle::Annual,
     12,
     49000,
     0,
     0,
     10,
     50,
     5,
     100000,
     true,
     {"10 projects", "50 GB storage", "5 users", "Priority support", "2 months free"}},
    {"enterprise-monthly",
     "Enterprise",
     "For large teams, with onboarding.",
     PlanType::Monthly,
     BillingCycle::Monthly,
     1,
     19900,
     50000,
     0,
     -1,
     500,
     50,
     -1,
     true,
     {"Unlimited projects", "500 GB storage", "50 users", "Dedicated manager", "SSO"}},
    {"enterprise-annual",
     "Enterprise (annual)",
     "Enterprise, billed yearly.",
     PlanType::Annual,
     BillingCycle::Annual,
     12,
     199000,
     50000,
     0,
     -1,
     500,
     50,
     -1,
     true,
     {"Unlimited projects", "500 GB storage", "50 users", "Dedicated manager", "SSO"}},
    {"agency-custom",
     "Agency (custom)",
     "Negotiated quarterly contract.",
     PlanType::Custom,
     BillingCycle::Custom,
     3,
     35000,
     0,
     0,
     25,
     200,
     15,
     500000,
     false,
     {"25 projects", "200 GB storage", "15 users", "Quarterly review", nullptr}},
};

struct PromoSpec {
    const char *code;
    const char *name;
    DiscountType type;
    int percentBp;
    qint64 amountMinor;
    int maxUses; // 0 = no limit
    int maxPerCustomer;
    PromotionScope scope;
    int startMonthOffset; // from the start of the history; -1 = open start
    int lengthMonths;     // 0 = open end
    bool active;
    bool autoApply;
    bool autoNewOnly;
    bool stackable;
    const char *plans[3];
};

const PromoSpec kPromotions[] = {
    {"WELCOME10",
     "Welcome 10 %",
     DiscountType::Percentage,
     1000,
     0,
     0,
     1,
     PromotionScope::FirstPayment,
     -1,
     0,
     true,
     false,
     false,
     false,
     {nullptr, nullptr, nullptr}},
    {"SPRING25",
     "Spring sale 25 %",
     DiscountType::Percentage,
     2500,
     0,
     2000,
     1,
     PromotionScope::FirstPayment,
     2,
     2,
     true,
     false,
     false,
     false,
     {nullptr, nullptr, nullptr}},
    {"ANNUAL50",
     "50 € off an annual plan",
     DiscountType::Fixed,
     0,
     5000,
     0,
     1,
     PromotionScope::FirstPayment,
     -1,
     0,
     true,
     false,
     false,
     false,
     {"starter-annual", "pro-annual", "enterprise-annual"}},
    {"LOYALTY5",
     "Loyalty 5 % on renewals",
     DiscountType::Percentage,
     500,
     0,
     0,
     0,
     PromotionScope::Renewals,
     6,
     0,
     true,
     true,
     false,
     true,
     {"pro-monthly", "enterprise-monthly", nullptr}},
    {"BLACKFRIDAY30",
     "Black Friday 30 %",
     DiscountType::Percentage,
     3000,
     0,
     500,
     1,
     PromotionScope::FirstPayment,
     10,
     1,
     true,
     false,
     false,
     false,
     {nullptr, nullptr, nullptr}},
    {"PARTNER20",
     "Partner agencies 20 %",
     DiscountType::Percentage,
     2000,
     0,
     0,
     12,
     PromotionScope::Both,
     -1,
     0,
     true,
     false,
     false,
     false,
     {"pro-monthly", "agency-custom", nullptr}},
    {"NEWCOMER",
     "First month 15 % for new customers",
     DiscountType::Percentage,
     1500,
     0,
     0,
     1,
     PromotionScope::FirstPayment,
     -1,
     0,
     true,
     true,
     true,
     false,
     {"starter-monthly", nullptr, nullptr}},
    {"LAUNCH2024",
     "Launch offer (ended)",
     DiscountType::Percentage,
     4000,
     0,
     100,
     1,
     PromotionScope::FirstPayment,
     -1,
     1,
     false,
     false,
     false,
     false,
     {nullptr, nullptr, nullptr}},
};

struct VatSpec {
    const char *country;
    int rateBp;
};
// Standard VAT rates of the EU countries the demo customers live in.
const VatSpec kVat[] = {{"FR", 2000}, {"DE", 1900}, {"BE", 2100}, {"ES", 2100},
                        {"IT", 2200}, {"NL", 2100}, {"PT", 2300}, {"IE", 2300}};

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

// A light abstract picture (no text, so no fonts are needed): soft discs on a pale
// diagonal gradient, the same pixels every time. The demo homepage's hero background and
// its Open Graph image, imported as an editor's image would be.
Result<QString> demoImage(Database &db, const Clock &clock, const QString &name, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient ground(0, 0, size.width(), size.height());
    ground.setColorAt(0, QColor(0xf4, 0xf7, 0xff));
    ground.setColorAt(1, QColor(0xef, 0xea, 0xfb));
    painter.fillRect(image.rect(), ground);
    const struct {
        double x, y, r;
        QColor colour;
    } discs[] = {{0.85, 0.2, 0.35, QColor(0x2f, 0x5b, 0xea, 40)},
                 {0.7, 0.85, 0.3, QColor(0x8b, 0x5c, 0xf6, 36)},
                 {0.95, 0.65, 0.18, QColor(0x14, 0xb8, 0xa6, 40)}};
    for (const auto &d : discs) {
        const QPointF centre(d.x * size.width(), d.y * size.height());
        const double radius = d.r * size.width();
        QRadialGradient glow(centre, radius);
        glow.setColorAt(0, d.colour);
        glow.setColorAt(1, QColor(d.colour.red(), d.colour.green(), d.colour.blue(), 0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(glow);
        painter.drawEllipse(centre, radius, radius);
    }
    painter.end();
    QTemporaryDir dir;
    const QString file = dir.filePath(name);
    if (!dir.isValid() || !image.save(file, "PNG"))
        return failure(ErrorCode::Io, Tr::tr("The demo image %1 could not be written.").arg(name));
    return PageAssets(db, clock).import(file);
}

Done writePage(Database &db, const QString &createdAt)
{
    const FixedClock clock(QDateTime::fromString(createdAt, Qt::ISODateWithMs));
    auto heroImage = demoImage(db, clock, u"hero.png"_qs, QSize(1600, 900));
    if (!heroImage)
        return std::unexpected(heroImage.error());
    auto socialImage = demoImage(db, clock, u"og-home.png"_qs, QSize(1200, 630));
    if (!socialImage)
        return std::unexpected(socialImage.error());
    BulkInserter pages(db, QStringLiteral("pages"),
                       {u"id"_qs, u"slug"_qs, u"title"_qs, u"meta_title"_qs, u"meta_description"_qs,
                        u"og_image"_qs, u"language"_qs, u"status"_qs, u"version"_qs,
                        u"created_by"_qs, u"created_at"_qs, u"published_at"_qs});
    if (auto r = pages.add(
            {1, u"home"_qs, u"InfluenceCore"_qs, u"InfluenceCore: run your influencer campaigns"_qs,
             u"Plan, run and measure influencer campaigns with one tool. Plans from free to enterprise."_qs,
             *socialImage, u"en"_qs, u"published"_qs, 1, u"demo"_qs, createdAt, createdAt});
        !r)
        return r;
    if (auto r = pages.flush(); !r)
        return r;

    QJsonObject hero{
        {u"title"_qs, u"Influencer campaigns, without the spreadsheets"_qs},
        {u"subtitle"_qs, u"Find creators, brief them, track every post and pay them on time."_qs},
        {u"primaryCta"_qs, QJsonObject{{u"text"_qs, u"Start free"_qs},
                                       {u"link"_qs, u"#pricing"_qs},
                                       {u"style"_qs, u"primary"_qs}}},
        {u"secondaryCta"_qs, QJsonObject{{u"text"_qs, u"See how it works"_qs},
                                         {u"link"_qs, u"#services"_qs},
                                         {u"style"_qs, u"outline"_qs}}},
        {u"backgroundImage"_qs, *heroImage}};
    QJsonObject services{{u"title"_qs, u"Everything a campaign needs"_qs}, {u"columns"_qs, 3}};
    QJsonObject pricing{{u"title"_qs, u"Simple pricing"_qs},
                        {u"highlightedPlanSlug"_qs, u"pro-monthly"_qs}};
    QJsonArray fields{QJsonObject{{u"name"_qs, u"name"_qs},
                                  {u"label"_qs, u"Your name"_qs},
                                  {u"type"_qs, u"text"_qs},
                                  {u"required"_qs, true}},
                      QJsonObject{{u"name"_qs, u"email"_qs},
                                  {u"label"_qs, u"Email"_qs},
                                  {u"type"_qs, u"email"_qs},
                                  {u"required"_qs, true}},
                      QJsonObject{{u"name"_qs, u"company"_qs},
                                  {u"label"_qs, u"Company"_qs},
                                  {u"type"_qs, u"text"_qs},
                                  {u"required"_qs, false}},
                      QJsonObject{{u"name"_qs, u"message"_qs},
                                  {u"label"_qs, u"Message"_qs},
                                  {u"type"_qs, u"textarea"_qs},
                                  {u"required"_qs, true}}};
    QJsonObject contact{{u"title"_qs, u"Talk to us"_qs},
                        {u"email"_qs, u"hello@influencecore.example"_qs},
                        {u"formFields"_qs, fields}};
    QJsonArray faqItems{
        QJsonObject{
            {u"question"_qs, u"Can I change plans later?"_qs},
            {u"answer"_qs,
             u"Yes. Upgrades apply at once with a prorated charge; downgrades at the next renewal."_qs}},
        QJsonObject{
            {u"question"_qs, u"Do you charge VAT?"_qs},
            {u"answer"_qs,
             u"French VAT for customers in France; EU businesses with a VAT number are invoiced under reverse charge."_qs}},
        QJsonObject{
            {u"question"_qs, u"What happens after the trial?"_qs},
            {u"answer"_qs,
             u"Your trial ends after 14 days. Choose a plan to keep your data; otherwise nothing is charged."_qs}},
        QJsonObject{
            {u"question"_qs, u"Can I pay by bank transfer?"_qs},
            {u"answer"_qs,
             u"Annual and Enterprise plans can be paid by transfer; ask us for an invoice."_qs}}};
    QJsonObject faq{{u"title"_qs, u"Questions"_qs}, {u"items"_qs, faqItems}};

    BulkInserter sections(db, QStringLiteral("sections"),
                          {u"id"_qs, u"page_id"_qs, u"section_type"_qs, u"position"_qs,
                           u"is_active"_qs, u"config"_qs});
    const std::pair<const char16_t *, QJsonObject> bySection[] = {{u"hero", hero},
                                                                  {u"services", services},
                                                                  {u"pricing", pricing},
                                                                  {u"contact", contact},
                                                                  {u"faq", faq}};
    int position = 0;
    for (const auto &[type, config] : bySection) {
        ++position;
        if (auto r =
                sections.add({position, 1, QString::fromUtf16(type), position, true, json(config)});
            !r)
            return r;
    }
    if (auto r = sections.flush(); !r)
        return r;

    BulkInserter offers(db, QStringLiteral("services"),
                        {u"id"_qs, u"section_id"_qs, u"name"_qs, u"description"_qs,
                         u"advantages"_qs, u"icon"_qs, u"image"_qs, u"link"_qs, u"badge"_qs,
                         u"position"_qs, u"is_active"_qs});
    struct Offer {
        const char *name, *description, *icon, *badge;
        QJsonArray advantages;
    };
    const Offer list[] = {
        {"Creator search",
         "Find creators by audience, country and engagement.",
         "search",
         "popular",
         {u"40 million profiles"_qs, u"Audience quality score"_qs, u"Saved searches"_qs}},
        {"Campaign briefs",
         "Brief creators and approve content in one place.",
         "clipboard",
         "none",
         {u"Templates"_qs, u"Approval workflow"_qs, u"Comments on drafts"_qs}},
        {"Reporting",
         "Reach, engagement and sales for every post, live.",
         "chart",
         "new",
         {u"Live dashboards"_qs, u"PDF reports"_qs, u"UTM tracking"_qs}},
        {"Creator payments",
         "Pay creators in 30 currencies with invoices handled.",
         "wallet",
         "coming_soon",
         {u"Batch payouts"_qs, u"Tax forms"_qs}},
    };
    int i = 0;
    for (const Offer &o : list) {
        ++i;
        if (auto r = offers.add({i, 2, utf8(o.name), utf8(o.description), json(o.advantages),
                                 utf8(o.icon), QVariant(), u"#contact"_qs, utf8(o.badge), i, true});
            !r)
            return r;
    }
    return offers.flush();
}

} // namespace

const Plan &DemoCatalog::plan(const QString &slug) const
{
    for (const Plan &p : plans)
        if (p.slug == slug)
            return p;
    Q_ASSERT_X(false, "DemoCatalog::plan", "unknown slug");
    return plans.first();
}

Result<DemoCatalog> writeDemoCatalog(Database &db, QDate start)
{
    DemoCatalog catalog;
    const QString createdAt = QDateTime(start, QTime(8, 0), Qt::UTC).toString(Qt::ISODateWithMs);

    BulkInserter plans(db, QStringLiteral("plans"),
                       {u"id"_qs, u"slug"_qs, u"name"_qs, u"description"_qs, u"plan_type"_qs,
                        u"billing_cycle"_qs, u"interval_months"_qs, u"price_minor"_qs,
                        u"currency"_qs, u"setup_fee_minor"_qs, u"trial_days"_qs, u"limits"_qs,
                        u"is_public"_qs, u"is_active"_qs, u"sort_order"_qs, u"signup_url"_qs,
                        u"created_at"_qs});
    BulkInserter features(
        db, QStringLiteral("plan_features"),
        {u"id"_qs, u"plan_id"_qs, u"position"_qs, u"label"_qs, u"is_included"_qs});
    qint64 featureId = 0;
    qint64 planId = 0;
    for (const PlanSpec &spec : kPlans) {
        Plan p;
        p.id = ++planId;
        p.slug = utf8(spec.slug);
        p.name = utf8(spec.name);
        p.description = utf8(spec.description);
        p.type = spec.type;
        p.cycle = spec.cycle;
        p.intervalMonths = spec.intervalMonths;
        p.price = Money(spec.priceMinor, u"EUR"_qs);
        p.setupFee = Money(spec.setupMinor, u"EUR"_qs);
        p.trialDays = spec.trialDays;
        p.limits = {{PlanLimit::Projects, spec.projects},
                    {PlanLimit::StorageGb, spec.storageGb},
                    {PlanLimit::Users, spec.users},
                    {PlanLimit::ApiCalls, spec.apiCalls}};
        p.isPublic = spec.isPublic;
        p.sortOrder = int(planId);
        p.signupUrl = u"https://app.influencecore.example/signup?plan="_qs + p.slug;
        QJsonObject limits;
        for (auto it = p.limits.cbegin(); it != p.limits.cend(); ++it)
            limits.insert(it.key(), it.value());
        if (auto r = plans.add({p.id, p.slug, p.name, p.description, toString(p.type),
                                toString(p.cycle), p.intervalMonths, p.price.minor(),
                                p.price.currency(), p.setupFee.minor(), p.trialDays, json(limits),
                                p.isPublic, true, p.sortOrder, p.signupUrl, createdAt});
            !r)
            return std::unexpected(r.error());
        int position = 0;
        for (const char *label : spec.features) {
            if (!label)
                break;
            PlanFeature f{++featureId, p.id, ++position, utf8(label), true};
            p.features.append(f);
            if (auto r = features.add({f.id, f.planId, f.position, f.label, true}); !r)
                return std::unexpected(r.error());
        }
        catalog.plans.append(p);
    }
    if (auto r = plans.flush(); !r)
        return std::unexpected(r.error());
    if (auto r = features.flush(); !r)
        return std::unexpected(r.error());

    BulkInserter promotions(db, QStringLiteral("promotions"),
                            {u"id"_qs, u"code"_qs, u"name"_qs, u"discount_type"_qs,
                             u"percent_bp"_qs, u"amount_minor"_qs, u"currency"_qs, u"max_uses"_qs,
                             u"max_uses_per_customer"_qs, u"applies_to"_qs, u"starts_on"_qs,
                             u"ends_on"_qs, u"is_active"_qs, u"auto_apply"_qs,
                             u"auto_new_customers_only"_qs, u"is_stackable"_qs, u"created_at"_qs});
    BulkInserter targets(db, QStringLiteral("promotion_plans"),
                         {u"promotion_id"_qs, u"plan_id"_qs});
    qint64 promoId = 0;
    for (const PromoSpec &spec : kPromotions) {
        Promotion p;
        p.id = ++promoId;
        p.code = utf8(spec.code);
        p.name = utf8(spec.name);
        p.type = spec.type;
        p.percentBp = spec.percentBp;
        if (spec.type == DiscountType::Fixed)
            p.amount = Money(spec.amountMinor, u"EUR"_qs);
        if (spec.maxUses > 0)
            p.maxUses = spec.maxUses;
        if (spec.maxPerCustomer > 0)
            p.maxUsesPerCustomer = spec.maxPerCustomer;
        p.appliesTo = spec.scope;
        if (spec.startMonthOffset >= 0)
            p.startsOn = start.addMonths(spec.startMonthOffset);
        if (spec.lengthMonths > 0)
            p.endsOn = (p.startsOn.isValid() ? p.startsOn : start)
                           .addMonths(spec.lengthMonths)
                           .addDays(-1);
        p.isActive = spec.active;
        p.autoApply = spec.autoApply;
        p.autoNewCustomersOnly = spec.autoNewOnly;
        p.isStackable = spec.stackable;
        for (const char *slug : spec.plans)
            if (slug)
                p.planIds.append(catalog.plan(utf8(slug)).id);
        if (auto r = promotions.add(
                {p.id, p.code, p.name, toString(p.type), p.percentBp,
                 p.amount ? QVariant(p.amount->minor()) : QVariant(),
                 p.amount ? QVariant(p.amount->currency()) : QVariant(),
                 p.maxUses ? QVariant(*p.maxUses) : QVariant(),
                 p.maxUsesPerCustomer ? QVariant(*p.maxUsesPerCustomer) : QVariant(),
                 toString(p.appliesTo), dateValue(p.startsOn), dateValue(p.endsOn), p.isActive,
                 p.autoApply, p.autoNewCustomersOnly, p.isStackable, createdAt});
            !r)
            return std::unexpected(r.error());
        for (qint64 plan : p.planIds)
            if (auto r = targets.add({p.id, plan}); !r)
                return std::unexpected(r.error());
        catalog.promotions.append(p);
    }
    if (auto r = promotions.flush(); !r)
        return std::unexpected(r.error());
    if (auto r = targets.flush(); !r)
        return std::unexpected(r.error());

    BulkInserter vat(db, QStringLiteral("tax_rates"),
                     {u"id"_qs, u"country"_qs, u"category"_qs, u"rate_bp"_qs, u"valid_from"_qs});
    qint64 vatId = 0;
    for (const VatSpec &spec : kVat) {
        catalog.vatBp.insert(utf8(spec.country), spec.rateBp);
        if (auto r = vat.add(
                {++vatId, utf8(spec.country), u"standard"_qs, spec.rateBp, u"2000-01-01"_qs});
            !r)
            return std::unexpected(r.error());
    }
    if (auto r = vat.flush(); !r)
        return std::unexpected(r.error());
    if (auto r = writePage(db, createdAt); !r)
        return std::unexpected(r.error());
    return catalog;
}

} // namespace ic
