#pragma once

#include "models/result.h"
#include "models/usercredit.h"
#include "services/storage/database.h"

#include <QList>

namespace ic {

// One use of a credit on an invoice.
struct CreditApplication {
    qint64 id = 0;
    qint64 creditId = 0;
    qint64 invoiceId = 0;
    Money amount;
    QDateTime appliedAt;
};

// Customer credits (refunds, goodwill, promotions) and where they were spent.
class CreditRepository final {
public:
    explicit CreditRepository(Database &db)
        : m_db(db)
    {
    }

    Result<UserCredit> insert(UserCredit credit);
    Result<UserCredit> find(qint64 id) const;
    // Credits with something left in `currency`, not expired on `onDate`: the ones that
    // expire first come first (no expiry last), then the oldest.
    Result<QList<UserCredit>> listAvailable(qint64 customerId, const QString &currency,
                                            const QDate &onDate) const;
    Result<QList<UserCredit>> listByCustomer(qint64 customerId) const;
    // Spends `amount` of a credit on an invoice, in one transaction: one conditional UPDATE
    // takes it only while that much is left, so two seats cannot spend the same euro.
    Result<UserCredit> apply(qint64 creditId, qint64 invoiceId, const Money &amount,
                             const QDateTime &at);
    Result<QList<CreditApplication>> applicationsOnInvoice(qint64 invoiceId) const;

private:
    Result<QList<UserCredit>> select(const QString &where, Database::Binds binds) const;
    Database &m_db;
};

} // namespace ic
