#include "services/security/permission.h"

#include "models/tr.h"

namespace ic {

QList<Permission> allPermissions()
{
    QList<Permission> list;
    for (int p = static_cast<int>(Permission::ReadCustomers);
         p <= static_cast<int>(Permission::ManageSettings); ++p)
        list.append(static_cast<Permission>(p));
    return list;
}

QString toString(Permission p)
{
    switch (p) {
    case Permission::ReadCustomers:
        return QStringLiteral("read_customers");
    case Permission::ReadSubscriptions:
        return QStringLiteral("read_subscriptions");
    case Permission::ReadInvoices:
        return QStringLiteral("read_invoices");
    case Permission::ReadCatalog:
        return QStringLiteral("read_catalog");
    case Permission::ReadHomepage:
        return QStringLiteral("read_homepage");
    case Permission::ReadReports:
        return QStringLiteral("read_reports");
    case Permission::ReadAudit:
        return QStringLiteral("read_audit");
    case Permission::EditCatalog:
        return QStringLiteral("edit_catalog");
    case Permission::EditHomepage:
        return QStringLiteral("edit_homepage");
    case Permission::ManageSubscriptions:
        return QStringLiteral("manage_subscriptions");
    case Permission::IssueInvoices:
        return QStringLiteral("issue_invoices");
    case Permission::CreditNotes:
        return QStringLiteral("credit_notes");
    case Permission::RecordPayments:
        return QStringLiteral("record_payments");
    case Permission::Refund:
        return QStringLiteral("refund");
    case Permission::GrantCredit:
        return QStringLiteral("grant_credit");
    case Permission::DunningActions:
        return QStringLiteral("dunning_actions");
    case Permission::CustomerNotes:
        return QStringLiteral("customer_notes");
    case Permission::Export:
        return QStringLiteral("export");
    case Permission::ManageStaff:
        return QStringLiteral("manage_staff");
    case Permission::ManageSettings:
        return QStringLiteral("manage_settings");
    }
    return {};
}

bool roleMay(Role role, Permission p)
{
    using enum Permission;
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Accountant:
        switch (p) {
        case ReadCustomers:
        case ReadSubscriptions:
        case ReadInvoices:
        case ReadCatalog:
        case ReadHomepage:
        case ReadReports:
        case ReadAudit:
        case IssueInvoices:
        case CreditNotes:
        case RecordPayments:
        case Refund:
        case Export:
            return true;
        default:
            return false;
        }
    case Role::Support:
        switch (p) {
        case ReadCustomers:
        case ReadSubscriptions:
        case ReadInvoices:
        case ReadCatalog:
        case ManageSubscriptions:
        case GrantCredit:
        case DunningActions:
        case CustomerNotes:
            return true;
        default:
            return false;
        }
    }
    return false;
}

QString actionText(Permission p)
{
    switch (p) {
    case Permission::ReadCustomers:
        return Tr::tr("see the customers");
    case Permission::ReadSubscriptions:
        return Tr::tr("see the subscriptions");
    case Permission::ReadInvoices:
        return Tr::tr("see the invoices");
    case Permission::ReadCatalog:
        return Tr::tr("see the catalogue");
    case Permission::ReadHomepage:
        return Tr::tr("see the homepage");
    case Permission::ReadReports:
        return Tr::tr("see the dashboard figures");
    case Permission::ReadAudit:
        return Tr::tr("read the audit log");
    case Permission::EditCatalog:
        return Tr::tr("change the catalogue (plans and promotions)");
    case Permission::EditHomepage:
        return Tr::tr("change or publish the homepage");
    case Permission::ManageSubscriptions:
        return Tr::tr("create or change subscriptions");
    case Permission::IssueInvoices:
        return Tr::tr("issue invoices");
    case Permission::CreditNotes:
        return Tr::tr("issue credit notes");
    case Permission::RecordPayments:
        return Tr::tr("record payments");
    case Permission::Refund:
        return Tr::tr("refund payments");
    case Permission::GrantCredit:
        return Tr::tr("give credits");
    case Permission::DunningActions:
        return Tr::tr("act on dunning cases");
    case Permission::CustomerNotes:
        return Tr::tr("write customer notes");
    case Permission::Export:
        return Tr::tr("export data");
    case Permission::ManageStaff:
        return Tr::tr("manage staff accounts");
    case Permission::ManageSettings:
        return Tr::tr("change the settings");
    }
    return {};
}

QString roleSubjectText(Role role)
{
    switch (role) {
    case Role::Admin:
        return Tr::tr("An admin");
    case Role::Accountant:
        return Tr::tr("An accountant");
    case Role::Support:
        return Tr::tr("A support member");
    }
    return {};
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return Tr::tr("Admin", "role");
    case Role::Accountant:
        return Tr::tr("Accountant", "role");
    case Role::Support:
        return Tr::tr("Support", "role");
    }
    return {};
}

} // namespace ic
