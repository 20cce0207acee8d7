#include "services/storage/paymentmethodrepository.h"

#include "models/tr.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace ic {

namespace {

const QString kColumns =
    QStringLiteral("id, customer_id, gateway, token, brand, last_four, exp_month, exp_year, "
                   "is_default, created_at, row_version");

CustomerPaymentMethod read(const QSqlQuery &q)
{
    CustomerPaymentMethod m;
    m.id = q.value(0).toLongLong();
    m.customerId = q.value(1).toLongLong();
    m.gateway = q.value(2).toString();
    m.token = q.value(3).toString();
    m.brand = q.value(4).toString();
    m.lastFour = q.value(5).toString().trimmed();
    m.expMonth = q.value(6).toInt();
    m.expYear = q.value(7).toInt();
    m.isDefault = q.value(8).toBool();
    m.createdAt = toTimestamp(q.value(9));
    m.rowVersion = q.value(10).toInt();
    return m;
}

Done validate(const CustomerPaymentMethod &m)
{
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    if (m.customerId <= 0)
        return failure(ErrorCode::Invalid, Tr::tr("A payment method belongs to a customer."));
    if (m.gateway.trimmed().isEmpty() || m.token.trimmed().isEmpty())
        return failure(ErrorCode::Invalid,
                       Tr::tr("A payment method needs its gateway and the gateway's token."));
    // The token is what the gateway gave; a card number typed there by mistake is refused.
    static const QRegularExpression cardNumber(QStringLiteral("^[0-9 -]{12,}$"));
    if (cardNumber.match(m.token.trimmed()).hasMatch())
        return failure(ErrorCode::Invalid,
                       Tr::tr("A card number is never stored here: save the gateway's token for "
                              "the card instead."));
    if (!m.lastFour.isEmpty() && !fourDigits.match(m.lastFour).hasMatch())
        return failure(
            ErrorCode::Invalid,
            Tr::tr("The last digits of a card are four digits, not \"%1\".").arg(m.lastFour));
    if ((m.expMonth == 0) != (m.expYear == 0) || m.expMonth < 0 || m.expMonth > 12 ||
        (m.expYear != 0 && (m.expYear < 2000 || m.expYear > 2200)))
        return failure(ErrorCode::Invalid,
                       Tr::tr("The expiry is a month (1 to 12) and a year, or none at all."));
    return {};
}

QVariant zeroAsNull(int n)
{
    return n == 0 ? QVariant() : QVariant(n);
}

} // namespace

Result<CustomerPaymentMethod> PaymentMethodRepository::insert(CustomerPaymentMethod m)
{
    if (auto ok = validate(m); !ok)
        return std::unexpected(ok.error());
    if (!m.createdAt.isValid())
        m.createdAt = QDateTime::currentDateTimeUtc();
    return m_db.transaction([&]() -> Result<CustomerPaymentMethod> {
        if (m.isDefault) {
            auto cleared = m_db.exec(
                QStringLiteral("UPDATE payment_methods SET is_default = :no, row_version = "
                               "row_version + 1 WHERE customer_id = :c AND gateway = :g AND "
                               "is_default = :yes"),
                {{"no", false}, {"yes", true}, {"c", m.customerId}, {"g", m.gateway.trimmed()}});
            if (!cleared)
                return std::unexpected(cleared.error());
        }
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO payment_methods (customer_id, gateway, token, brand, "
                           "last_four, exp_month, exp_year, is_default, created_at) VALUES (:c, "
                           ":g, :token, :brand, :last_four, :exp_month, :exp_year, :is_default, "
                           ":created_at) RETURNING ") +
                kColumns,
            {{"c", m.customerId},
             {"g", m.gateway.trimmed()},
             {"token", m.token.trimmed()},
             {"brand", nullIfEmpty(m.brand)},
             {"last_four", nullIfEmpty(m.lastFour)},
             {"exp_month", zeroAsNull(m.expMonth)},
             {"exp_year", zeroAsNull(m.expYear)},
             {"is_default", m.isDefault},
             {"created_at", timestampValue(m.createdAt)}});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return failure(ErrorCode::Database, Tr::tr("The payment method was not saved."));
        return read(*q);
    });
}

Result<QList<CustomerPaymentMethod>> PaymentMethodRepository::select(const QString &where,
                                                                     Database::Binds binds) const
{
    // `where` is always one of this file's constant clauses; values travel in binds.
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM payment_methods WHERE " + where, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<CustomerPaymentMethod> list;
    while (q->next())
        list.append(read(*q));
    return list;
}

Result<CustomerPaymentMethod> PaymentMethodRepository::find(qint64 id) const
{
    auto list = select(QStringLiteral("id = :id"), {{"id", id}});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return failure(ErrorCode::NotFound,
                       Tr::tr("Payment method %1 does not exist (any more).").arg(id));
    return list->first();
}

Result<QList<CustomerPaymentMethod>>
PaymentMethodRepository::listByCustomer(qint64 customerId) const
{
    return select(QStringLiteral("customer_id = :c ORDER BY is_default DESC, created_at DESC, id "
                                 "DESC"),
                  {{"c", customerId}});
}

Result<std::optional<CustomerPaymentMethod>>
PaymentMethodRepository::defaultFor(qint64 customerId, const QString &gateway) const
{
    auto list = select(QStringLiteral("customer_id = :c AND gateway = :g AND is_default = :yes"),
                       {{"c", customerId}, {"g", gateway}, {"yes", true}});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return std::optional<CustomerPaymentMethod>();
    return std::optional<CustomerPaymentMethod>(list->first());
}

Result<CustomerPaymentMethod> PaymentMethodRepository::makeDefault(qint64 id, int rowVersion)
{
    return m_db.transaction([&]() -> Result<CustomerPaymentMethod> {
        auto current = find(id);
        if (!current)
            return current;
        if (current->rowVersion != rowVersion)
            return failure(ErrorCode::StaleRow,
                           Tr::tr("This payment method was changed by someone else since you "
                                  "opened it; reload it and try again."));
        if (current->isDefault)
            return current;
        auto cleared = m_db.exec(
            QStringLiteral("UPDATE payment_methods SET is_default = :no, row_version = "
                           "row_version + 1 WHERE customer_id = :c AND gateway = :g AND "
                           "is_default = :yes"),
            {{"no", false}, {"yes", true}, {"c", current->customerId}, {"g", current->gateway}});
        if (!cleared)
            return std::unexpected(cleared.error());
        auto q = m_db.exec(QStringLiteral("UPDATE payment_methods SET is_default = :yes, "
                                          "row_version = row_version + 1 WHERE id = :id AND "
                                          "row_version = :rv RETURNING ") +
                               kColumns,
                           {{"yes", true}, {"id", id}, {"rv", rowVersion}});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return failure(ErrorCode::StaleRow,
                           Tr::tr("This payment method was changed by someone else since you "
                                  "opened it; reload it and try again."));
        return read(*q);
    });
}

Done PaymentMethodRepository::remove(qint64 id, int rowVersion)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM payment_methods WHERE id = :id AND "
                                      "row_version = :rv RETURNING id"),
                       {{"id", id}, {"rv", rowVersion}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::StaleRow,
                       Tr::tr("This payment method was changed or removed by someone else since "
                              "you opened it; reload it and try again."));
    return {};
}

} // namespace ic
