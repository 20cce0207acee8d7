#include "services/storage/dunningcaserepository.h"
#include "models/tr.h"

#include "services/storage/rowvalues.h"

#include <QCoreApplication>

namespace ic {

namespace {

const QString kColumns = QStringLiteral(
    "id, invoice_id, subscription_id, customer_id, status, opened_on, stage, next_action_on, "
    "extension_days, last_contact_at, notes, row_version, attempts, hard_decline");

DunningCase read(const QSqlQuery &q)
{
    DunningCase c;
    c.id = q.value(0).toLongLong();
    c.invoiceId = q.value(1).toLongLong();
    c.subscriptionId = idOf(q.value(2));
    c.customerId = q.value(3).toLongLong();
    c.status = dunningStatusFromString(q.value(4).toString()).value_or(DunningStatus::Open);
    c.openedOn = toDate(q.value(5));
    c.stage = q.value(6).toInt();
    c.nextActionOn = toDate(q.value(7));
    c.extensionDays = q.value(8).toInt();
    c.lastContactAt = toTimestamp(q.value(9));
    c.notes = q.value(10).toString();
    c.rowVersion = q.value(11).toInt();
    c.attempts = q.value(12).toInt();
    c.hardDecline = q.value(13).toBool();
    return c;
}

Done validate(const DunningCase &c)
{
    if (c.invoiceId <= 0 || c.customerId <= 0)
        return failure(ErrorCode::Invalid,
                       Tr::tr("A dunning case belongs to an invoice and a customer."));
    if (!c.openedOn.isValid())
        return failure(ErrorCode::Invalid, Tr::tr("A dunning case needs the day it was opened."));
    if (c.stage < 0 || c.extensionDays < 0)
        return failure(ErrorCode::Invalid,
                       Tr::tr("A dunning stage or extension cannot be negative."));
    return {};
}

} // namespace

Result<DunningCase> DunningCaseRepository::open(DunningCase c)
{
    if (auto ok = validate(c); !ok)
        return std::unexpected(ok.error());
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO dunning_cases (invoice_id, subscription_id, customer_id, "
                       "status, opened_on, stage, next_action_on, extension_days, "
                       "last_contact_at, notes, attempts, hard_decline) VALUES (:invoice, "
                       ":subscription, :customer, :status, :opened_on, :stage, :next, :extension, "
                       ":contact, :notes, :attempts, :hard) "
                       "RETURNING id"),
        {{"invoice", c.invoiceId},
         {"subscription", nullIfZero(c.subscriptionId)},
         {"customer", c.customerId},
         {"status", toString(c.status)},
         {"opened_on", dateValue(c.openedOn)},
         {"stage", c.stage},
         {"next", dateValue(c.nextActionOn)},
         {"extension", c.extensionDays},
         {"contact", timestampValue(c.lastContactAt)},
         {"notes", nullIfEmpty(c.notes)},
         {"attempts", c.attempts},
         {"hard", c.hardDecline}});
    if (!q) {
        if (q.error().code == ErrorCode::AlreadyExists) {
            auto number = m_db.scalar(QStringLiteral("SELECT number FROM invoices WHERE id = :id"),
                                      {{"id", c.invoiceId}});
            const QString name =
                number && !number->isNull() ? number->toString() : QString::number(c.invoiceId);
            return failure(ErrorCode::AlreadyExists,
                           Tr::tr("Invoice %1 already has a dunning case.").arg(name));
        }
        return std::unexpected(q.error());
    }
    if (!q->next())
        return failure(ErrorCode::Database, Tr::tr("The dunning case was not saved."));
    return find(q->value(0).toLongLong());
}

Result<DunningCase> DunningCaseRepository::update(DunningCase c)
{
    if (auto ok = validate(c); !ok)
        return std::unexpected(ok.error());
    auto q = m_db.exec(
        QStringLiteral("UPDATE dunning_cases SET status = :status, stage = :stage, "
                       "next_action_on = :next, extension_days = :extension, "
                       "last_contact_at = :contact, notes = :notes, attempts = :attempts, "
                       "hard_decline = :hard, row_version = row_version + 1 "
                       "WHERE id = :id AND row_version = :rv"),
        {{"status", toString(c.status)},
         {"stage", c.stage},
         {"next", dateValue(c.nextActionOn)},
         {"extension", c.extensionDays},
         {"contact", timestampValue(c.lastContactAt)},
         {"notes", nullIfEmpty(c.notes)},
         {"attempts", c.attempts},
         {"hard", c.hardDecline},
         {"id", c.id},
         {"rv", c.rowVersion}});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() == 0) {
        auto current = find(c.id);
        if (!current)
            return std::unexpected(current.error());
        return failure(ErrorCode::StaleRow,
                       Tr::tr("Dunning case %1 was changed by someone else since you opened it; "
                              "reload to see their change, then make yours again.")
                           .arg(c.id));
    }
    return find(c.id);
}

Result<QList<DunningCase>> DunningCaseRepository::select(const QString &where,
                                                         Database::Binds binds) const
{
    // `where` is always one of this file's constant clauses; values travel in binds.
    auto q = m_db.exec(u"SELECT " + kColumns + u" FROM dunning_cases WHERE " + where, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<DunningCase> list;
    while (q->next())
        list.append(read(*q));
    return list;
}

Result<DunningCase> DunningCaseRepository::find(qint64 id) const
{
    auto list = select(QStringLiteral("id = :id"), {{"id", id}});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return failure(ErrorCode::NotFound, Tr::tr("Dunning case %1 does not exist.").arg(id));
    return list->first();
}

Result<DunningCase> DunningCaseRepository::findByInvoice(qint64 invoiceId) const
{
    auto list = select(QStringLiteral("invoice_id = :i"), {{"i", invoiceId}});
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return failure(ErrorCode::NotFound,
                       Tr::tr("Invoice %1 has no dunning case.").arg(invoiceId));
    return list->first();
}

Result<QList<DunningCase>> DunningCaseRepository::listDue(const QDate &day) const
{
    return select(QStringLiteral("status = 'open' AND next_action_on <= :day ORDER BY "
                                 "next_action_on, id"),
                  {{"day", dateValue(day)}});
}

Result<DunningLadder> DunningCaseRepository::ladder() const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT day_offset, email_template, sms_template, retry_payment, "
                                 "suspend, cancel FROM dunning_policy ORDER BY day_offset"));
    if (!q)
        return std::unexpected(q.error());
    QList<DunningStep> steps;
    while (q->next())
        steps.append({q->value(0).toInt(), q->value(1).toString(), q->value(2).toString(),
                      q->value(3).toBool(), q->value(4).toBool(), q->value(5).toBool()});
    return DunningLadder(std::move(steps));
}

} // namespace ic
