#include "services/storage/promotionrepository.h"
#include "models/tr.h"

#include "services/storage/rowvalues.h"

#include <QCoreApplication>

namespace ic {

namespace {

const QString kColumns = QStringLiteral(
    "id, code, name, description, discount_type, percent_bp, amount_minor, currency, max_uses, "
    "max_uses_per_customer, current_uses, applies_to, starts_on, ends_on, is_active, auto_apply, "
    "auto_new_customers_only, auto_min_amount_minor, is_stackable, created_at, row_version");

Promotion read(const QSqlQuery &q)
{
    Promotion p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.description = q.value(3).toString();
    p.type = discountTypeFromString(q.value(4).toString()).value_or(DiscountType::Percentage);
    p.percentBp = q.value(5).toInt();
    p.amount = optionalMoney(q.value(6), q.value(7));
    p.maxUses = optionalInt(q.value(8));
    p.maxUsesPerCustomer = optionalInt(q.value(9));
    p.currentUses = q.value(10).toInt();
    p.appliesTo = promotionScopeFromString(q.value(11).toString()).value_or(PromotionScope::Both);
    p.startsOn = toDate(q.value(12));
    p.endsOn = toDate(q.value(13));
    p.isActive = q.value(14).toBool();
    p.autoApply = q.value(15).toBool();
    p.autoNewCustomersOnly = q.value(16).toBool();
    p.autoMinimumAmount = optionalMoney(q.value(17), q.value(7));
    p.isStackable = q.value(18).toBool();
    p.createdAt = toTimestamp(q.value(19));
    p.rowVersion = q.value(20).toInt();
    return p;
}

// The one currency column serves the fixed amount and the automatic minimum.
QString currencyOf(const Promotion &p)
{
    if (p.amount)
        return p.amount->currency();
    if (p.autoMinimumAmount)
        return p.autoMinimumAmount->currency();
    return {};
}

Done validate(const Promotion &p)
{
    if (p.code.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("A promotion needs a code."));
    if (p.name.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("A promotion needs a name."));
    if (p.type == DiscountType::Percentage && (p.percentBp < 0 || p.percentBp > 10000))
        return failure(ErrorCode::Invalid,
                       Tr::tr("A percentage discount must lie between 0 % and 100 %."));
    if (p.type == DiscountType::Fixed) {
        if (!p.amount)
            return failure(ErrorCode::Invalid, Tr::tr("A fixed discount needs an amount."));
        if (!Money::isKnownCurrency(p.amount->currency()))
            return failure(ErrorCode::Invalid,
                           Tr::tr("A fixed discount needs a currency this program knows."));
        if (p.amount->isNegative())
            return failure(ErrorCode::Invalid, Tr::tr("A fixed discount cannot be negative."));
    }
    if (p.autoMinimumAmount) {
        if (p.autoMinimumAmount->isNegative())
            return failure(ErrorCode::Invalid, Tr::tr("The minimum amount cannot be negative."));
        if (p.amount && p.autoMinimumAmount->currency() != p.amount->currency())
            return failure(ErrorCode::Invalid,
                           Tr::tr("The minimum amount must be in the discount's currency, %1.")
                               .arg(p.amount->currency()));
    }
    if (p.startsOn.isValid() && p.endsOn.isValid() && p.endsOn < p.startsOn)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The promotion ends on %1, before it starts on %2.")
                           .arg(p.endsOn.toString(Qt::ISODate), p.startsOn.toString(Qt::ISODate)));
    if ((p.maxUses && *p.maxUses < 0) || (p.maxUsesPerCustomer && *p.maxUsesPerCustomer < 0))
        return failure(ErrorCode::Invalid, Tr::tr("A limit of uses cannot be negative."));
    return {};
}

Error codeTaken(const Error &e, const Promotion &p)
{
    if (e.code == ErrorCode::AlreadyExists)
        return {
            ErrorCode::AlreadyExists,
            Tr::tr("The code \"%1\" is already used by another promotion.").arg(p.code.trimmed())};
    if (e.code == ErrorCode::Invalid && p.maxUses)
        return {ErrorCode::Invalid,
                Tr::tr("The promotion %1 has already been used more than %2 times; the limit "
                       "cannot be lower than that.")
                    .arg(p.code)
                    .arg(*p.maxUses)};
    return e;
}

PromotionUse readUse(const QSqlQuery &q)
{
    PromotionUse u;
    u.id = q.value(0).toLongLong();
    u.promotionId = q.value(1).toLongLong();
    u.customerId = q.value(2).toLongLong();
    u.invoiceId = idOf(q.value(3));
    const QString currency = q.value(7).toString().trimmed();
    u.initial = Money(q.value(4).toLongLong(), currency);
    u.discount = Money(q.value(5).toLongLong(), currency);
    u.final = Money(q.value(6).toLongLong(), currency);
    u.usedAt = toTimestamp(q.value(8));
    return u;
}

} // namespace

Done PromotionRepository::writeLinks(qint64 id, const Promotion &p)
{
    for (const char *sql : {"DELETE FROM promotion_plans WHERE promotion_id = :id",
                            "DELETE FROM promotion_services WHERE promotion_id = :id"})
        if (auto d = m_db.exec(QString::fromLatin1(sql), {{"id", id}}); !d)
            return std::unexpected(d.error());
    for (qint64 planId : p.planIds)
        if (auto q = m_db.exec(QStringLiteral("INSERT INTO promotion_plans (promotion_id, plan_id) "
                                              "VALUES (:id, :plan_id)"),
                               {{"id", id}, {"plan_id", planId}});
            !q)
            return std::unexpected(q.error());
    for (qint64 serviceId : p.serviceIds)
        if (auto q = m_db.exec(QStringLiteral("INSERT INTO promotion_services (promotion_id, "
                                              "service_id) VALUES (:id, :service_id)"),
                               {{"id", id}, {"service_id", serviceId}});
            !q)
            return std::unexpected(q.error());
    return {};
}

Result<Promotion> PromotionRepository::insert(Promotion p)
{
    if (auto ok = validate(p); !ok)
        return std::unexpected(ok.error());
    if (!p.createdAt.isValid())
        p.createdAt = QDateTime::currentDateTimeUtc();
    auto id = m_db.transaction([&]() -> Result<qint64> {
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO promotions (code, name, description, discount_type, percent_bp, "
                "amount_minor, currency, max_uses, max_uses_per_customer, applies_to, starts_on, "
                "ends_on, is_active, auto_apply, auto_new_customers_only, auto_min_amount_minor, "
                "is_stackable, created_at) VALUES (:code, :name, :description, :discount_type, "
                ":percent_bp, :amount_minor, :currency, :max_uses, :max_uses_per_customer, "
                ":applies_to, :starts_on, :ends_on, :is_active, :auto_apply, "
                ":auto_new_customers_only, :auto_min_amount_minor, :is_stackable, :created_at) "
                "RETURNING id"),
            {{"code", p.code.trimmed()},
             {"name", p.name.trimmed()},
             {"description", nullIfEmpty(p.description)},
             {"discount_type", toString(p.type)},
             {"percent_bp", p.percentBp},
             {"amount_minor", p.amount ? QVariant(p.amount->minor()) : QVariant()},
             {"currency", nullIfEmpty(currencyOf(p))},
             {"max_uses", optionalValue(p.maxUses)},
             {"max_uses_per_customer", optionalValue(p.maxUsesPerCustomer)},
             {"applies_to", toString(p.appliesTo)},
             {"starts_on", dateValue(p.startsOn)},
             {"ends_on", dateValue(p.endsOn)},
             {"is_active", p.isActive},
             {"auto_apply", p.autoApply},
             {"auto_new_customers_only", p.autoNewCustomersOnly},
             {"auto_min_amount_minor",
              p.autoMinimumAmount ? QVariant(p.autoMinimumAmount->minor()) : QVariant()},
             {"is_stackable", p.isStackable},
             {"created_at", timestampValue(p.createdAt)}});
        if (!q)
            return std::unexpected(codeTaken(q.error(), p));
        if (!q->next())
            return failure(ErrorCode::Database, Tr::tr("The new promotion was not saved."));
        const qint64 newId = q->value(0).toLongLong();
        if (auto links = writeLinks(newId, p); !links)
            return std::unexpected(links.error());
        return newId;
    });
    if (!id)
        return std::unexpected(id.error());
    return find(*id);
}

Result<Promotion> PromotionRepository::update(Promotion p)
{
    if (auto ok = validate(p); !ok)
        return std::unexpected(ok.error());
    auto done = m_db.transaction([&]() -> Done {
        auto q = m_db.exec(
            QStringLiteral(
                "UPDATE promotions SET code = :code, name = :name, description = :description, "
                "discount_type = :discount_type, percent_bp = :percent_bp, amount_minor = "
                ":amount_minor, currency = :currency, max_uses = :max_uses, "
                "max_uses_per_customer = :max_uses_per_customer, applies_to = :applies_to, "
                "starts_on = :starts_on, ends_on = :ends_on, is_active = :is_active, auto_apply = "
                ":auto_apply, auto_new_customers_only = :auto_new_customers_only, "
                "auto_min_amount_minor = :auto_min_amount_minor, is_stackable = :is_stackable, "
                "row_version = row_version + 1 WHERE id = :id AND row_version = :row_version"),
            {{"code", p.code.trimmed()},
             {"name", p.name.trimmed()},
             {"description", nullIfEmpty(p.description)},
             {"discount_type", toString(p.type)},
             {"percent_bp", p.percentBp},
             {"amount_minor", p.amount ? QVariant(p.amount->minor()) : QVariant()},
             {"currency", nullIfEmpty(currencyOf(p))},
             {"max_uses", optionalValue(p.maxUses)},
             {"max_uses_per_customer", optionalValue(p.maxUsesPerCustomer)},
             {"applies_to", toString(p.appliesTo)},
             {"starts_on", dateValue(p.startsOn)},
             {"ends_on", dateValue(p.endsOn)},
             {"is_active", p.isActive},
             {"auto_apply", p.autoApply},
             {"auto_new_customers_only", p.autoNewCustomersOnly},
             {"auto_min_amount_minor",
              p.autoMinimumAmount ? QVariant(p.autoMinimumAmount->minor()) : QVariant()},
             {"is_stackable", p.isStackable},
             {"id", p.id},
             {"row_version", p.rowVersion}});
        if (!q)
            return std::unexpected(codeTaken(q.error(), p));
        if (q->numRowsAffected() == 0) {
            auto current = find(p.id);
            if (!current)
                return std::unexpected(current.error());
            return failure(
                ErrorCode::StaleRow,
                Tr::tr("The promotion %1 was changed by someone else since you opened it; "
                       "reload to see their change, then make yours again.")
                    .arg(current->code));
        }
        return writeLinks(p.id, p);
    });
    if (!done)
        return std::unexpected(done.error());
    return find(p.id);
}

Result<Promotion> PromotionRepository::readFull(QSqlQuery &q, const QString &notFound) const
{
    if (!q.next())
        return failure(ErrorCode::NotFound, notFound);
    Promotion p = read(q);
    auto plans = m_db.exec(QStringLiteral("SELECT plan_id FROM promotion_plans WHERE promotion_id "
                                          "= :id ORDER BY plan_id"),
                           {{"id", p.id}});
    if (!plans)
        return std::unexpected(plans.error());
    while (plans->next())
        p.planIds.append(plans->value(0).toLongLong());
    auto services = m_db.exec(QStringLiteral("SELECT service_id FROM promotion_services WHERE "
                                             "promotion_id = :id ORDER BY service_id"),
                              {{"id", p.id}});
    if (!services)
        return std::unexpected(services.error());
    while (services->next())
        p.serviceIds.append(services->value(0).toLongLong());
    return p;
}

Result<Promotion> PromotionRepository::find(qint64 id) const
{
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM promotions WHERE id = :id", {{"id", id}});
    if (!q)
        return std::unexpected(q.error());
    return readFull(*q, Tr::tr("Promotion %1 does not exist.").arg(id));
}

Result<Promotion> PromotionRepository::findByCode(const QString &code) const
{
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM promotions WHERE lower(code) = lower(:code)",
                       {{"code", code.trimmed()}});
    if (!q)
        return std::unexpected(q.error());
    return readFull(*q, Tr::tr("No promotion has the code \"%1\".").arg(code.trimmed()));
}

Result<QList<Promotion>> PromotionRepository::list() const
{
    return listWhere(u"1 = 1"_qs);
}

Result<QList<Promotion>> PromotionRepository::listAutoApplying() const
{
    return listWhere(u"auto_apply = TRUE AND is_active = TRUE"_qs);
}

Result<QList<Promotion>> PromotionRepository::listWhere(const QString &where) const
{
    // Three statements whatever the number of promotions: the rows, then their plans and
    // their services (the billing asks for the auto-apply ones for every invoice it drafts).
    // `where` is always one of this file's constant clauses.
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM promotions WHERE " + where +
                       u" ORDER BY lower(code), id");
    if (!q)
        return std::unexpected(q.error());
    QList<Promotion> list;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        list.append(read(*q));
        index.insert(list.last().id, list.size() - 1);
    }
    if (list.isEmpty())
        return list;
    const auto links = [&](const QString &table, const QString &column, auto member) -> Done {
        auto l = m_db.exec(u"SELECT promotion_id, " + column + u" FROM " + table +
                           u" WHERE promotion_id IN (SELECT id FROM promotions WHERE " + where +
                           u") ORDER BY promotion_id, " + column);
        if (!l)
            return std::unexpected(l.error());
        while (l->next())
            if (auto it = index.constFind(l->value(0).toLongLong()); it != index.cend())
                (list[*it].*member).append(l->value(1).toLongLong());
        return {};
    };
    if (auto r = links(u"promotion_plans"_qs, u"plan_id"_qs, &Promotion::planIds); !r)
        return std::unexpected(r.error());
    if (auto r = links(u"promotion_services"_qs, u"service_id"_qs, &Promotion::serviceIds); !r)
        return std::unexpected(r.error());
    return list;
}

Result<PromotionUse> PromotionRepository::recordUse(qint64 promotionId, qint64 customerId,
                                                    qint64 invoiceId, const Money &initial,
                                                    const Money &discount, const Money &final,
                                                    const QDateTime &at)
{
    if (initial.currency() != discount.currency() || initial.currency() != final.currency())
        return failure(ErrorCode::MixedCurrency,
                       Tr::tr("The amounts of one promotion use must be in one currency."));
    if (initial.minor() - discount.minor() != final.minor())
        return failure(ErrorCode::Invalid,
                       Tr::tr("The amount after the discount must be the amount before it less the "
                              "discount."));
    return m_db.transaction([&]() -> Result<PromotionUse> {
        // The conditional UPDATE takes the row (PostgreSQL) or the write lock (SQLite) first,
        // so the per-customer count below cannot race with another seat either.
        auto counted = m_db.exec(
            QStringLiteral("UPDATE promotions SET current_uses = current_uses + 1 WHERE id = :id "
                           "AND (max_uses IS NULL OR current_uses < max_uses) RETURNING ") +
                kColumns,
            {{"id", promotionId}});
        if (!counted)
            return std::unexpected(counted.error());
        if (!counted->next()) {
            auto promotion = find(promotionId);
            if (!promotion)
                return std::unexpected(promotion.error());
            return failure(
                ErrorCode::Invalid,
                Tr::tr("The promotion %1 has been used its %2 times already; it cannot be "
                       "used again.")
                    .arg(promotion->code)
                    .arg(promotion->maxUses.value_or(0)));
        }
        const Promotion promotion =
            read(*counted); // without its plans and services: not needed here
        if (promotion.maxUsesPerCustomer) {
            auto uses = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM promotion_uses WHERE "
                                                   "promotion_id = :p AND customer_id = :c"),
                                    {{"p", promotionId}, {"c", customerId}});
            if (!uses)
                return std::unexpected(uses.error());
            if (uses->toInt() >= *promotion.maxUsesPerCustomer)
                return failure(ErrorCode::Invalid,
                               Tr::tr("This customer has already used the promotion %1 as often as "
                                      "it allows (%2 times).")
                                   .arg(promotion.code)
                                   .arg(*promotion.maxUsesPerCustomer));
        }
        auto q =
            m_db.exec(QStringLiteral(
                          "INSERT INTO promotion_uses (promotion_id, customer_id, invoice_id, "
                          "initial_minor, discount_minor, final_minor, currency, used_at) VALUES "
                          "(:p, :c, :i, :initial, :discount, :final, :currency, :at) RETURNING id, "
                          "promotion_id, customer_id, invoice_id, initial_minor, discount_minor, "
                          "final_minor, currency, used_at"),
                      {{"p", promotionId},
                       {"c", customerId},
                       {"i", nullIfZero(invoiceId)},
                       {"initial", initial.minor()},
                       {"discount", discount.minor()},
                       {"final", final.minor()},
                       {"currency", initial.currency()},
                       {"at", timestampValue(at)}});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return failure(ErrorCode::Database, Tr::tr("The promotion use was not saved."));
        return readUse(*q);
    });
}

Result<QList<PromotionUse>> PromotionRepository::usesByCustomer(qint64 promotionId,
                                                                qint64 customerId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, promotion_id, customer_id, invoice_id, "
                                      "initial_minor, discount_minor, final_minor, currency, "
                                      "used_at FROM promotion_uses WHERE promotion_id = :p AND "
                                      "customer_id = :c ORDER BY used_at, id"),
                       {{"p", promotionId}, {"c", customerId}});
    if (!q)
        return std::unexpected(q.error());
    QList<PromotionUse> uses;
    while (q->next())
        uses.append(readUse(*q));
    return uses;
}

} // namespace ic
