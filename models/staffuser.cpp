#include "models/staffuser.h"

namespace ic {

QString toString(Role r)
{
    switch (r) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Accountant:
        return QStringLiteral("accountant");
    case Role::Support:
        return QStringLiteral("support");
    }
    return {};
}

std::optional<Role> roleFromString(const QString &s)
{
    if (s == u"admin")
        return Role::Admin;
    if (s == u"accountant")
        return Role::Accountant;
    if (s == u"support")
        return Role::Support;
    return std::nullopt;
}

} // namespace ic
