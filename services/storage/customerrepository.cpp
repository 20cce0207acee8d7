#include "services/storage/customerrepository.h"
#include "models/identifiers.h"
#include "models/tr.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace ic {

namespace {

const QString kColumns =
    QStringLiteral("id, public_id, name, email, phone, company, vat_number, country, language, "
                   "notes, created_at, row_version, address_lines, postal_code, city, siren");

Customer read(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.publicId = QUuid::fromString(q.value(1).toString());
    c.name = q.value(2).toString();
    c.email = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.company = q.value(5).toString();
    c.vatNumber = q.value(6).toString();
    c.country = q.value(7).toString();
    c.language = q.value(8).toString();
    c.notes = q.value(9).toString();
    c.createdAt = toTimestamp(q.value(10));
    c.rowVersion = q.value(11).toInt();
    c.addressLines = q.value(12).toString();
    c.postalCode = q.value(13).toString();
    c.city = q.value(14).toString();
    c.siren = q.value(15).toString();
    return c;
}

Done validate(const Customer &c)
{
    if (c.name.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("A customer needs a name."));
    if (!c.email.contains(u'@') || c.email.startsWith(u'@') || c.email.endsWith(u'@'))
        return failure(ErrorCode::Invalid, Tr::tr("\"%1\" is not an email address.").arg(c.email));
    if (c.country.size() != 2)
        return failure(ErrorCode::Invalid,
                       Tr::tr("The country must be a two-letter code such as FR."));
    if (c.language != u"en" && c.language != u"fr")
        return failure(ErrorCode::Invalid,
                       Tr::tr("The language must be English (en) or French (fr)."));
    if (!c.siren.isEmpty() && !isValidSiren(c.siren))
        return failure(
            ErrorCode::Invalid,
            Tr::tr("\"%1\" is not a SIREN (9 digits whose Luhn key holds).").arg(c.siren));
    return {};
}

Error emailTaken(const Error &e, const QString &email)
{
    if (e.code == ErrorCode::AlreadyExists)
        return {ErrorCode::AlreadyExists, Tr::tr("Another customer already uses %1.").arg(email)};
    return e;
}

} // namespace

Result<Customer> CustomerRepository::insert(Customer c)
{
    if (auto ok = validate(c); !ok)
        return std::unexpected(ok.error());
    if (c.publicId.isNull())
        c.publicId = QUuid::createUuid();
    if (!c.createdAt.isValid())
        c.createdAt = QDateTime::currentDateTimeUtc();
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO customers (public_id, name, email, phone, company, vat_number, "
                       "country, language, notes, created_at, address_lines, "
                       "postal_code, city, siren) VALUES (:public_id, :name, :email, :phone, "
                       ":company, :vat_number, :country, :language, :notes, "
                       ":created_at, :address_lines, :postal_code, :city, :siren) RETURNING id"),
        {{"public_id", c.publicId.toString(QUuid::WithoutBraces)},
         {"name", c.name.trimmed()},
         {"email", c.email.trimmed()},
         {"phone", nullIfEmpty(c.phone)},
         {"company", nullIfEmpty(c.company)},
         {"vat_number", nullIfEmpty(c.vatNumber)},
         {"country", c.country.toUpper()},
         {"language", c.language},
         {"notes", nullIfEmpty(c.notes)},
         {"created_at", timestampValue(c.createdAt)},
         {"address_lines", nullIfEmpty(c.addressLines.trimmed())},
         {"postal_code", nullIfEmpty(c.postalCode.trimmed())},
         {"city", nullIfEmpty(c.city.trimmed())},
         {"siren", nullIfEmpty(normalizedIdentifier(c.siren))}});
    if (!q)
        return std::unexpected(emailTaken(q.error(), c.email));
    if (!q->next())
        return failure(ErrorCode::Database, Tr::tr("The new customer was not saved."));
    return find(q->value(0).toLongLong());
}

Result<Customer> CustomerRepository::update(Customer c)
{
    if (auto ok = validate(c); !ok)
        return std::unexpected(ok.error());
    auto q = m_db.exec(
        QStringLiteral("UPDATE customers SET name = :name, email = :email, phone = :phone, "
                       "company = :company, vat_number = :vat_number, country = :country, "
                       "language = :language, notes = :notes, "
                       "address_lines = :address_lines, postal_code = :postal_code, city = :city, "
                       "siren = :siren, row_version = row_version + 1 WHERE id = :id AND "
                       "row_version = :row_version"),
        {{"name", c.name.trimmed()},
         {"email", c.email.trimmed()},
         {"phone", nullIfEmpty(c.phone)},
         {"company", nullIfEmpty(c.company)},
         {"vat_number", nullIfEmpty(c.vatNumber)},
         {"country", c.country.toUpper()},
         {"language", c.language},
         {"notes", nullIfEmpty(c.notes)},
         {"address_lines", nullIfEmpty(c.addressLines.trimmed())},
         {"postal_code", nullIfEmpty(c.postalCode.trimmed())},
         {"city", nullIfEmpty(c.city.trimmed())},
         {"siren", nullIfEmpty(normalizedIdentifier(c.siren))},
         {"id", c.id},
         {"row_version", c.rowVersion}});
    if (!q)
        return std::unexpected(emailTaken(q.error(), c.email));
    if (q->numRowsAffected() == 0) {
        auto current = find(c.id);
        if (!current)
            return std::unexpected(current.error());
        return failure(ErrorCode::StaleRow,
                       Tr::tr("%1 was changed by someone else since you opened it; reload to see "
                              "their change, then make yours again.")
                           .arg(current->name));
    }
    return find(c.id);
}

Result<Customer> CustomerRepository::updateNotes(qint64 id, int rowVersion, const QString &notes)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE customers SET notes = :notes, row_version = row_version + 1 "
                       "WHERE id = :id AND row_version = :row_version"),
        {{"notes", nullIfEmpty(notes)}, {"id", id}, {"row_version", rowVersion}});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() == 0) {
        auto current = find(id);
        if (!current)
            return std::unexpected(current.error());
        return failure(ErrorCode::StaleRow,
                       Tr::tr("%1 was changed by someone else since you opened it; reload to see "
                              "their change, then make yours again.")
                           .arg(current->name));
    }
    return find(id);
}

Result<Customer> CustomerRepository::find(qint64 id) const
{
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM customers WHERE id = :id", {{"id", id}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::NotFound, Tr::tr("Customer %1 does not exist.").arg(id));
    return read(*q);
}

Result<Customer> CustomerRepository::findByEmail(const QString &email) const
{
    auto q =
        m_db.exec(u"SELECT " + kColumns + u" FROM customers WHERE lower(email) = lower(:email)",
                  {{"email", email.trimmed()}});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return failure(ErrorCode::NotFound, Tr::tr("No customer uses %1.").arg(email));
    return read(*q);
}

Result<qint64> CustomerRepository::count() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers"));
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Result<QList<Customer>> CustomerRepository::searchPrefix(const QString &prefix, int limit) const
{
    // A range on lower(column) uses the expression indexes on both databases, where
    // LIKE 'x%' would not on PostgreSQL without a special operator class.
    const QString low = prefix.trimmed().toLower();
    QString high = low;
    if (!high.isEmpty())
        high[high.size() - 1] = QChar(high.at(high.size() - 1).unicode() + 1);
    auto q = m_db.exec(u"SELECT " + kColumns +
                           u" FROM customers WHERE (lower(name) >= :low AND lower(name) < :high) "
                           u"OR (lower(email) >= :low AND lower(email) < :high) "
                           u"OR (lower(company) >= :low AND lower(company) < :high) "
                           u"ORDER BY lower(name), id LIMIT :limit",
                       {{"low", low}, {"high", high}, {"limit", limit}});
    if (!q)
        return std::unexpected(q.error());
    QList<Customer> list;
    while (q->next())
        list.append(read(*q));
    return list;
}

} // namespace ic
