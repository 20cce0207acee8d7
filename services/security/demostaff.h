#pragma once

#include "models/clock.h"
#include "models/result.h"
#include "models/staffuser.h"
#include "services/security/session.h"

#include <QList>
#include <QString>

namespace ic {

class Database;

// The demo book's three staff accounts, one per role, so that a demonstration can sign in as
// each of them. Their passwords are public (the sign-in dialog shows them, on the demo book
// only): never use them for a real book.
struct DemoAccount {
    Role role = Role::Admin;
    QString username;
    QString displayName;
    QString password;
};
QList<DemoAccount> demoAccounts();

// Creates the demo accounts in a book that has no staff account yet (the demo book on its
// first opening, or one built by an earlier version); a book with staff is left alone. So
// that the audit log has something to show, the demo admin then makes two small catalogue
// changes through CatalogService, as a person would: the SPRING25 code may be used 2,500
// times instead of 2,000, and the Agency plan gets a 30-day trial (each skipped when the book
// has no such record).
Done ensureDemoStaff(Database &db, const Clock &clock);

// The session of the demo account of `role`, read from the book (for --as on the demo book).
Result<Session> demoSession(Database &db, const Clock &clock, Role role);

} // namespace ic
