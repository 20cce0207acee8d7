#include "services/storage/creditrepository.h"
#include "models/tr.h"

#include "services/storage/rowvalues.h"

#include <QCoreApplication>
#include <QLocale>

namespace ic {

namespace {

const QString kColumns = QStringLiteral(
    "id, customer_id, credit_type, amount_minor, used_minor, currency, reason, source_invoice_id, "
    "expires_on, created_by, created_at, row_version");

UserCredit read(const QSqlQuery &q)
{
    UserCredit c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.type = creditTypeFromString(q.value(2).toString()).value_or(CreditType::Adjustment);
    c.amount = Money(q.value(3).toLongLong(), q.value(5).toString().trimmed());
    c.usedMinor = q.value(4).toLongLong();
    c.reason = q.value(6).toString();
    c.sourceInvoiceId = idOf(q.value(7));
    c.expiresOn = toDate(q.value(8));
    c.createdBy = q.value(9).toString();
    c.createdAt = toTimestamp(q.value(10));
    c.rowVersion = q.value(11).toInt();
    return c;
}

QString plain(const Money &m)
{
    return m.toDecimalString() + u' ' + m.currency();
}

} // namespace

Result<UserCredit> CreditRepository::insert(UserCredit c)
{
    if (c.customerId <= 0)
        return failure(ErrorCode::Invalid, Tr::tr("A credit belongs to a customer."));
    if (!Money::isKnownCurrency(c.amount.currency()))
        return failure(
            ErrorCode::Invalid,
            Tr::tr("\"%1\" is not a currency this program knows.").arg(c.amount.currency()));
    if (c.amount.minor() <= 0)
        return failure(ErrorCode::Invalid, Tr::tr("A credit must be worth more than nothing."));
    if (c.usedMinor < 0 || c.usedMinor > c.amount.minor())
        return failure(ErrorCode::Invalid, Tr::tr("A credit cannot be used beyond its amount."));
    if (c.createdBy.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("Say who grants the credit."));
    if (!c.createdAt.isValid())
        c.createdAt = QDateTime::currentDateTimeUtc();
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO user_credits (customer_id, credit_type, amount_minor, "
                       "used_minor, currency, reason, source_invoice_id, expires_on, created_by, "
                       "created_at) VALUES (:customer_id, :type, :amount, :used, :currency, "
                       ":reason, :source, :expires_on, :created_by, :created_at) RETURNING id"),
        {{"customer_id", c.customerId},
         {"type", toString(c.type)},
         {"amount", c.amount.minor()},
         {"used", c.usedMinor},
         {"currency", c.amount.currency()},
         {"reason", nullIfEmpty(c.reason)},
         {"source", nullIfZero(c.sourceInvoiceId)},
         {"expires_on", dateValue(c.expiresOn)},
         {"created_by", c.createdBy.trimmed()},
         {"created_at", timestampValue(c.createdAt)}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::Database, Tr::tr("The credit was not saved."));
    return find(q->value(0).toLongLong());
}

Result<UserCredit> CreditRepository::apply(qint64 creditId, qint64 invoiceId, const Money &amount,
                                           const QDateTime &at)
{
    if (amount.minor() <= 0)
        return failure(ErrorCode::Invalid, Tr::tr("Apply an amount greater than nothing."));
    auto done = m_db.transaction([&]() -> Done {
        auto q = m_db.exec(
            QStringLiteral("UPDATE user_credits SET used_minor = used_minor + "
                           ":amount, row_version = row_version + 1 WHERE id = :id "
                           "AND currency = :currency AND amount_minor - used_minor "
                           ">= :amount"),
            {{"amount", amount.minor()}, {"id", creditId}, {"currency", amount.currency()}});
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0) {
            auto credit = find(creditId);
            if (!credit)
                return std::unexpected(credit.error());
            if (credit->amount.currency() != amount.currency())
                return failure(ErrorCode::MixedCurrency,
                               Tr::tr("Credit %1 is in %2; it cannot pay an amount in %3.")
                                   .arg(creditId)
                                   .arg(credit->amount.currency(), amount.currency()));
            return failure(ErrorCode::Invalid,
                           Tr::tr("Credit %1 has only %2 left; %3 cannot be taken from it.")
                               .arg(creditId)
                               .arg(plain(credit->available()), plain(amount)));
        }
        auto a = m_db.exec(QStringLiteral("INSERT INTO credit_applications (credit_id, invoice_id, "
                                          "amount_minor, applied_at) VALUES (:credit, :invoice, "
                                          ":amount, :at)"),
                           {{"credit", creditId},
                            {"invoice", invoiceId},
                            {"amount", amount.minor()},
                            {"at", timestampValue(at)}});
        if (!a)
            return std::unexpected(a.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return find(creditId);
}

Result<QList<CreditApplication>> CreditRepository::applicationsOnInvoice(qint64 invoiceId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT a.id, a.credit_id, a.invoice_id, a.amount_minor, "
                                      "c.currency, a.applied_at FROM credit_applications a JOIN "
                                      "user_credits c ON c.id = a.credit_id WHERE a.invoice_id = "
                                      ":i ORDER BY a.applied_at, a.id"),
                       {{"i", invoiceId}});
    if (!q)
        return std::unexpected(q.error());
    QList<CreditApplication> list;
    while (q->next())
        list.append(CreditApplication{
            q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
            Money(q->value(3).toLongLong(), q->value(4).toString().trimmed()),
            toTimestamp(q->value(5))});
    return list;
}

Result<QList<UserCredit>> CreditRepository::select(const QString &where,
                                                   Database::Binds binds) const
{
    // `where` is always one of this file's constant clauses; values travel in binds.
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM user_credits WHERE " + where, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<UserCredit> list;
    while (q->next())
        list.append(read(*q));
    return list;
}

Result<UserCredit> CreditRepository::find(qint64 id) const
{
    auto list = select(QStringLiteral("id = :id"), {{"id", id}});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return failure(ErrorCode::NotFound, Tr::tr("Credit %1 does not exist.").arg(id));
    return list->first();
}

Result<QList<UserCredit>> CreditRepository::listAvailable(qint64 customerId,
                                                          const QString &currency,
                                                          const QDate &onDate) const
{
    return select(QStringLiteral("customer_id = :c AND currency = :currency AND used_minor < "
                                 "amount_minor AND (expires_on IS NULL OR expires_on >= :on) "
                                 "ORDER BY CASE WHEN expires_on IS NULL THEN 1 ELSE 0 END, "
                                 "expires_on, created_at, id"),
                  {{"c", customerId}, {"currency", currency}, {"on", dateValue(onDate)}});
}

Result<QList<UserCredit>> CreditRepository::listByCustomer(qint64 customerId) const
{
    return select(QStringLiteral("customer_id = :c ORDER BY created_at, id"), {{"c", customerId}});
}

} // namespace ic
