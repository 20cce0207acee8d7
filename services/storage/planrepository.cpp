#include "services/storage/planrepository.h"
#include "models/tr.h"

#include "services/storage/rowvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace ic {

namespace {

const QString kColumns = QStringLiteral(
    "id, slug, name, description, plan_type, billing_cycle, interval_months, price_minor, "
    "currency, setup_fee_minor, trial_days, limits, is_public, is_active, sort_order, signup_url, "
    "created_at, row_version");

Plan read(const QSqlQuery &q)
{
    Plan p;
    p.id = q.value(0).toLongLong();
    p.slug = q.value(1).toString();
    p.name = q.value(2).toString();
    p.description = q.value(3).toString();
    p.type = planTypeFromString(q.value(4).toString()).value_or(PlanType::Custom);
    p.cycle = billingCycleFromString(q.value(5).toString()).value_or(BillingCycle::Custom);
    p.intervalMonths = q.value(6).toInt();
    const QString currency = q.value(8).toString().trimmed();
    p.price = Money(q.value(7).toLongLong(), currency);
    p.setupFee = Money(q.value(9).toLongLong(), currency);
    p.trialDays = q.value(10).toInt();
    const QJsonObject limits = jsonObjectOf(q.value(11));
    for (auto it = limits.begin(); it != limits.end(); ++it)
        p.limits.insert(it.key(), it.value().toInteger());
    p.isPublic = q.value(12).toBool();
    p.isActive = q.value(13).toBool();
    p.sortOrder = q.value(14).toInt();
    p.signupUrl = q.value(15).toString();
    p.createdAt = toTimestamp(q.value(16));
    p.rowVersion = q.value(17).toInt();
    return p;
}

QString limitsText(const QMap<QString, qint64> &limits)
{
    QJsonObject object;
    for (auto it = limits.begin(); it != limits.end(); ++it)
        object.insert(it.key(), it.value());
    return jsonText(object);
}

Done validate(const Plan &p)
{
    static const QRegularExpression slugPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    if (p.name.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("A plan needs a name."));
    if (p.slug.trimmed().isEmpty())
        return failure(ErrorCode::Invalid,
                       Tr::tr("A plan needs a slug, the short name used in links."));
    if (!slugPattern.match(p.slug.trimmed()).hasMatch())
        return failure(
            ErrorCode::Invalid,
            Tr::tr("The slug \"%1\" may only hold letters, digits, hyphens and underscores.")
                .arg(p.slug));
    if (!Money::isKnownCurrency(p.price.currency()))
        return failure(
            ErrorCode::Invalid,
            Tr::tr("\"%1\" is not a currency this program knows.").arg(p.price.currency()));
    if (p.price.isNegative())
        return failure(ErrorCode::Invalid, Tr::tr("The price of a plan cannot be negative."));
    if (p.setupFee.isNegative())
        return failure(ErrorCode::Invalid, Tr::tr("The setup fee of a plan cannot be negative."));
    if (!p.setupFee.currency().isEmpty() && p.setupFee.currency() != p.price.currency())
        return failure(
            ErrorCode::Invalid,
            Tr::tr("The setup fee must be in the plan's currency, %1.").arg(p.price.currency()));
    if (p.trialDays < 0)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The trial cannot last a negative number of days."));
    if (p.intervalMonths < 0)
        return failure(ErrorCode::Invalid, Tr::tr("The billing interval cannot be negative."));
    for (const PlanFeature &f : p.features)
        if (f.label.trimmed().isEmpty())
            return failure(ErrorCode::Invalid,
                           Tr::tr("Every feature line of a plan needs a label."));
    return {};
}

Error slugTaken(const Error &e, const QString &slug)
{
    if (e.code == ErrorCode::AlreadyExists)
        return {ErrorCode::AlreadyExists,
                Tr::tr("The slug \"%1\" is already used by another plan.").arg(slug.trimmed())};
    return e;
}

} // namespace

Done PlanRepository::writeFeatures(qint64 planId, const QList<PlanFeature> &features)
{
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM plan_features WHERE plan_id = :plan_id"),
                           {{"plan_id", planId}});
        !d)
        return std::unexpected(d.error());
    int position = 0;
    for (const PlanFeature &f : features) {
        auto q = m_db.exec(QStringLiteral("INSERT INTO plan_features (plan_id, position, label, "
                                          "is_included) VALUES (:plan_id, :position, :label, "
                                          ":is_included)"),
                           {{"plan_id", planId},
                            {"position", position++},
                            {"label", f.label.trimmed()},
                            {"is_included", f.isIncluded}});
        if (!q)
            return std::unexpected(q.error());
    }
    return {};
}

Result<Plan> PlanRepository::insert(Plan p)
{
    if (auto ok = validate(p); !ok)
        return std::unexpected(ok.error());
    if (!p.createdAt.isValid())
        p.createdAt = QDateTime::currentDateTimeUtc();
    auto id = m_db.transaction([&]() -> Result<qint64> {
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO plans (slug, name, description, plan_type, billing_cycle, "
                "interval_months, price_minor, currency, setup_fee_minor, trial_days, limits, "
                "is_public, is_active, sort_order, signup_url, created_at) VALUES (:slug, :name, "
                ":description, :plan_type, :billing_cycle, :interval_months, :price_minor, "
                ":currency, :setup_fee_minor, :trial_days, :limits, :is_public, :is_active, "
                ":sort_order, :signup_url, :created_at) RETURNING id"),
            {{"slug", p.slug.trimmed()},
             {"name", p.name.trimmed()},
             {"description", nullIfEmpty(p.description)},
             {"plan_type", toString(p.type)},
             {"billing_cycle", toString(p.cycle)},
             {"interval_months", p.intervalMonths},
             {"price_minor", p.price.minor()},
             {"currency", p.price.currency()},
             {"setup_fee_minor", p.setupFee.minor()},
             {"trial_days", p.trialDays},
             {"limits", limitsText(p.limits)},
             {"is_public", p.isPublic},
             {"is_active", p.isActive},
             {"sort_order", p.sortOrder},
             {"signup_url", nullIfEmpty(p.signupUrl)},
             {"created_at", timestampValue(p.createdAt)}});
        if (!q)
            return std::unexpected(slugTaken(q.error(), p.slug));
        if (!q->next())
            return failure(ErrorCode::Database, Tr::tr("The new plan was not saved."));
        const qint64 newId = q->value(0).toLongLong();
        if (auto f = writeFeatures(newId, p.features); !f)
            return std::unexpected(f.error());
        return newId;
    });
    if (!id)
        return std::unexpected(id.error());
    return find(*id);
}

Result<Plan> PlanRepository::update(Plan p)
{
    if (auto ok = validate(p); !ok)
        return std::unexpected(ok.error());
    auto done = m_db.transaction([&]() -> Done {
        auto q = m_db.exec(
            QStringLiteral(
                "UPDATE plans SET slug = :slug, name = :name, description = :description, "
                "plan_type = :plan_type, billing_cycle = :billing_cycle, interval_months = "
                ":interval_months, price_minor = :price_minor, currency = :currency, "
                "setup_fee_minor = :setup_fee_minor, trial_days = :trial_days, limits = :limits, "
                "is_public = :is_public, is_active = :is_active, sort_order = :sort_order, "
                "signup_url = :signup_url, row_version = row_version + 1 "
                "WHERE id = :id AND row_version = :row_version"),
            {{"slug", p.slug.trimmed()},
             {"name", p.name.trimmed()},
             {"description", nullIfEmpty(p.description)},
             {"plan_type", toString(p.type)},
             {"billing_cycle", toString(p.cycle)},
             {"interval_months", p.intervalMonths},
             {"price_minor", p.price.minor()},
             {"currency", p.price.currency()},
             {"setup_fee_minor", p.setupFee.minor()},
             {"trial_days", p.trialDays},
             {"limits", limitsText(p.limits)},
             {"is_public", p.isPublic},
             {"is_active", p.isActive},
             {"sort_order", p.sortOrder},
             {"signup_url", nullIfEmpty(p.signupUrl)},
             {"id", p.id},
             {"row_version", p.rowVersion}});
        if (!q)
            return std::unexpected(slugTaken(q.error(), p.slug));
        if (q->numRowsAffected() == 0) {
            auto current = find(p.id);
            if (!current)
                return std::unexpected(current.error());
            return failure(ErrorCode::StaleRow,
                           Tr::tr("The plan %1 was changed by someone else since you opened it; "
                                  "reload to see their change, then make yours again.")
                               .arg(current->name));
        }
        return writeFeatures(p.id, p.features);
    });
    if (!done)
        return std::unexpected(done.error());
    return find(p.id);
}

Result<Plan> PlanRepository::setActive(qint64 id, int rowVersion, bool active)
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE plans SET is_active = :is_active, row_version = "
                                 "row_version + 1 WHERE id = :id AND row_version = :row_version"),
                  {{"is_active", active}, {"id", id}, {"row_version", rowVersion}});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() == 0) {
        auto current = find(id);
        if (!current)
            return std::unexpected(current.error());
        return failure(ErrorCode::StaleRow,
                       Tr::tr("The plan %1 was changed by someone else since you opened it; reload "
                              "it and try again.")
                           .arg(current->name));
    }
    return find(id);
}

Result<QList<PlanFeature>> PlanRepository::featuresOf(qint64 planId) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, plan_id, position, label, is_included FROM "
                                 "plan_features WHERE plan_id = :plan_id ORDER BY position, id"),
                  {{"plan_id", planId}});
    if (!q)
        return std::unexpected(q.error());
    QList<PlanFeature> features;
    while (q->next())
        features.append(PlanFeature{q->value(0).toLongLong(), q->value(1).toLongLong(),
                                    q->value(2).toInt(), q->value(3).toString(),
                                    q->value(4).toBool()});
    return features;
}

Result<Plan> PlanRepository::header(qint64 id) const
{
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM plans WHERE id = :id", {{"id", id}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::NotFound, Tr::tr("Plan %1 does not exist.").arg(id));
    return read(*q);
}

Result<Plan> PlanRepository::find(qint64 id) const
{
    auto p = header(id);
    if (!p)
        return p;
    auto features = featuresOf(p->id);
    if (!features)
        return std::unexpected(features.error());
    p->features = *features;
    return p;
}

Result<Plan> PlanRepository::findBySlug(const QString &slug) const
{
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM plans WHERE lower(slug) = lower(:slug)",
                       {{"slug", slug.trimmed()}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::NotFound, Tr::tr("No plan has the slug \"%1\".").arg(slug));
    Plan p = read(*q);
    auto features = featuresOf(p.id);
    if (!features)
        return std::unexpected(features.error());
    p.features = *features;
    return p;
}

Result<QList<Plan>> PlanRepository::list(bool activeOnly) const
{
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM plans" +
                       (activeOnly ? u" WHERE is_active = TRUE"_qs : QString()) +
                       u" ORDER BY sort_order, lower(name), id");
    if (!q)
        return std::unexpected(q.error());
    QList<Plan> plans;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        index.insert(q->value(0).toLongLong(), plans.size());
        plans.append(read(*q));
    }
    // All feature lines in one query, not one per plan.
    auto f = m_db.exec(QStringLiteral("SELECT id, plan_id, position, label, is_included FROM "
                                      "plan_features ORDER BY plan_id, position, id"));
    if (!f)
        return std::unexpected(f.error());
    while (f->next()) {
        const auto at = index.constFind(f->value(1).toLongLong());
        if (at == index.cend())
            continue;
        plans[*at].features.append(PlanFeature{f->value(0).toLongLong(), f->value(1).toLongLong(),
                                               f->value(2).toInt(), f->value(3).toString(),
                                               f->value(4).toBool()});
    }
    return plans;
}

} // namespace ic
