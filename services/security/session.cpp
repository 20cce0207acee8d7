#include "services/security/session.h"

#include "models/tr.h"

namespace ic {

Done require(const Session &session, Permission p)
{
    if (session.may(p))
        return {};
    return failure(
        ErrorCode::Forbidden,
        Tr::tr("%1 may not %2; ask an admin.").arg(roleSubjectText(session.role), actionText(p)));
}

Done require(const Session *session, Permission p)
{
    if (!session)
        return {};
    return require(*session, p);
}

Done requireCredit(const Session *session, const Money &amount)
{
    if (!session)
        return {};
    if (auto ok = require(*session, Permission::GrantCredit); !ok)
        return ok;
    if (session->role == Role::Admin)
        return {};
    if (amount.minor() > session->creditLimitMinor)
        return failure(
            ErrorCode::Forbidden,
            Tr::tr("%1 may give credits of at most %2; %3 needs an admin.")
                .arg(session->displayName.isEmpty() ? session->username : session->displayName,
                     Money(session->creditLimitMinor, amount.currency()).toDecimalString() + u' ' +
                         amount.currency(),
                     amount.toDecimalString() + u' ' + amount.currency()));
    return {};
}

} // namespace ic
