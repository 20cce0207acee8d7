#pragma once

#include "models/staffuser.h"

#include <QList>
#include <QString>

namespace ic {

// What a staff member may do. The matrix (roleMay) is the one written rule; the services
// check it (require), the GUI asks it to hide what a role may not do, and on PostgreSQL the
// GRANTs of migration 0003 give each role the same rights on the tables.
enum class Permission {
    ReadCustomers,       // customers, their notes
    ReadSubscriptions,   // subscriptions and their history
    ReadInvoices,        // invoices, credit notes, payments, credits, dunning cases
    ReadCatalog,         // plans and promotions
    ReadHomepage,        // pages and sections
    ReadReports,         // dashboard figures (MRR, churn, ...)
    ReadAudit,           // the audit log
    EditCatalog,         // plans, features, promotions
    EditHomepage,        // pages, sections, services; publishing
    ManageSubscriptions, // create, pause, resume, cancel, change plan
    IssueInvoices,       // issue an invoice
    CreditNotes,         // correct an issued invoice with a credit note
    RecordPayments,      // money received outside a gateway
    Refund,              // give back what was paid (as credit)
    GrantCredit,         // a goodwill credit (support: up to their credit limit)
    DunningActions,      // suspend now, extend a deadline, record a contact, a payment on a case
    CustomerNotes,       // write notes on a customer
    Export,              // CSV, XLSX, accounting exports
    ManageStaff,         // staff accounts, roles, credit limits
    ManageSettings,      // tax, billing and connection settings; the daily run by hand
};

QList<Permission> allPermissions();
QString toString(Permission p); // a stable key ("edit_catalog")

// The permission matrix:
//   admin       everything.
//   accountant  reads everything; issues invoices, credit notes, records payments, refunds,
//               exports. No catalogue, homepage, subscription, dunning or staff changes.
//   support     reads customers, subscriptions, invoices and the catalogue; manages
//               subscriptions (the customer counter), dunning actions, customer notes,
//               credits up to the limit an admin set. No catalogue changes, no refunds, no
//               credit notes, no exports, no reports, no audit log.
bool roleMay(Role role, Permission p);

// "change the catalogue", for "A support member may not change the catalogue."
QString actionText(Permission p);
// "An accountant", "A support member", "An admin"
QString roleSubjectText(Role role);
// "Admin", "Accountant", "Support" (for the status bar and the staff list)
QString roleDisplayName(Role role);

} // namespace ic
