#include "services/storage/staffuserrepository.h"
#include "models/tr.h"

#include <QCoreApplication>

namespace ic {

namespace {

const QString kColumns = QStringLiteral("id, username, display_name, role, password_hash, "
                                        "is_active, credit_limit_minor, created_at, row_version");

StaffUser read(const QSqlQuery &q)
{
    StaffUser u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromString(q.value(3).toString()).value_or(Role::Support);
    u.passwordHash = q.value(4).toString();
    u.isActive = q.value(5).toBool();
    u.creditLimitMinor = q.value(6).toLongLong();
    u.createdAt = toTimestamp(q.value(7));
    u.rowVersion = q.value(8).toInt();
    return u;
}

Done validate(const StaffUser &u)
{
    const QString name = u.username.trimmed();
    if (name.isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("A staff member needs a user name."));
    if (name.contains(u' '))
        return failure(ErrorCode::Invalid,
                       Tr::tr("The user name \"%1\" may not contain spaces.").arg(name));
    if (u.displayName.trimmed().isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("A staff member needs a name to show."));
    if (u.creditLimitMinor < 0)
        return failure(ErrorCode::Invalid, Tr::tr("A credit limit cannot be negative."));
    return {};
}

Error nameTaken(const Error &e, const QString &username)
{
    if (e.code == ErrorCode::AlreadyExists)
        return {ErrorCode::AlreadyExists,
                Tr::tr("The user name \"%1\" is already taken.").arg(username.trimmed())};
    return e;
}

} // namespace

Result<StaffUser> StaffUserRepository::insert(StaffUser u)
{
    if (auto ok = validate(u); !ok)
        return std::unexpected(ok.error());
    if (!u.createdAt.isValid())
        u.createdAt = QDateTime::currentDateTimeUtc();
    auto q = m_db.exec(QStringLiteral("INSERT INTO staff_users (username, display_name, role, "
                                      "password_hash, is_active, credit_limit_minor, created_at) "
                                      "VALUES (:username, :display_name, :role, :hash, :active, "
                                      ":limit, :created_at) RETURNING id"),
                       {{"username", u.username.trimmed()},
                        {"display_name", u.displayName.trimmed()},
                        {"role", toString(u.role)},
                        {"hash", nullIfEmpty(u.passwordHash)},
                        {"active", u.isActive},
                        {"limit", u.creditLimitMinor},
                        {"created_at", timestampValue(u.createdAt)}});
    if (!q)
        return std::unexpected(nameTaken(q.error(), u.username));
    if (!q->next())
        return failure(ErrorCode::Database, Tr::tr("The staff member was not saved."));
    return find(q->value(0).toLongLong());
}

Result<StaffUser> StaffUserRepository::update(StaffUser u)
{
    if (auto ok = validate(u); !ok)
        return std::unexpected(ok.error());
    auto q = m_db.exec(QStringLiteral("UPDATE staff_users SET username = :username, display_name = "
                                      ":display_name, role = :role, password_hash = :hash, "
                                      "is_active = :active, credit_limit_minor = :limit, "
                                      "row_version = row_version + 1 WHERE id = :id AND "
                                      "row_version = :rv"),
                       {{"username", u.username.trimmed()},
                        {"display_name", u.displayName.trimmed()},
                        {"role", toString(u.role)},
                        {"hash", nullIfEmpty(u.passwordHash)},
                        {"active", u.isActive},
                        {"limit", u.creditLimitMinor},
                        {"id", u.id},
                        {"rv", u.rowVersion}});
    if (!q)
        return std::unexpected(nameTaken(q.error(), u.username));
    if (q->numRowsAffected() == 0) {
        auto current = find(u.id);
        if (!current)
            return std::unexpected(current.error());
        return failure(ErrorCode::StaleRow,
                       Tr::tr("%1 was changed by someone else since you opened it; reload to see "
                              "their change, then make yours again.")
                           .arg(current->displayName));
    }
    return find(u.id);
}

Result<QList<StaffUser>> StaffUserRepository::select(const QString &where,
                                                     Database::Binds binds) const
{
    // `where` is always one of this file's constant clauses; values travel in binds.
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM staff_users " + where, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<StaffUser> list;
    while (q->next())
        list.append(read(*q));
    return list;
}

Result<StaffUser> StaffUserRepository::find(qint64 id) const
{
    auto list = select(QStringLiteral("WHERE id = :id"), {{"id", id}});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return failure(ErrorCode::NotFound, Tr::tr("Staff member %1 does not exist.").arg(id));
    return list->first();
}

Result<StaffUser> StaffUserRepository::findByUsername(const QString &username) const
{
    auto list =
        select(QStringLiteral("WHERE lower(username) = lower(:u)"), {{"u", username.trimmed()}});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return failure(ErrorCode::NotFound,
                       Tr::tr("Nobody signs in as \"%1\".").arg(username.trimmed()));
    return list->first();
}

Result<QList<StaffUser>> StaffUserRepository::list() const
{
    return select(QStringLiteral("ORDER BY lower(username), id"), {});
}

Result<qint64> StaffUserRepository::count() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM staff_users"));
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

} // namespace ic
