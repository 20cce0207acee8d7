#include "services/notify/outboxsender.h"

#include "models/tr.h"
#include "services/notify/emailtemplates.h"
#include "services/storage/outboxrepository.h"

#include <QCryptographicHash>
#include <QUuid>

#include <algorithm>

namespace ic {

QString OutboxSendSummary::toText() const
{
    QString text =
        Tr::tr("%1 sent, %2 to try again later, %3 failed.").arg(sent).arg(retryLater).arg(failed);
    if (recovered > 0)
        text += u' ' + Tr::tr("%1 interrupted attempt(s) made pending again (sent once more, "
                              "they may arrive twice).")
                           .arg(recovered);
    if (smsWaiting > 0)
        text += u' ' + Tr::tr("%1 SMS wait: no SMS provider is configured.").arg(smsWaiting);
    return text;
}

OutboxSender::OutboxSender(Database &db, const Clock &clock, MailTransport &mail, From from)
    : m_db(db)
    , m_clock(clock)
    , m_mail(mail)
    , m_from(std::move(from))
{
}

QDateTime OutboxSender::retryAt(int attempts, const QDateTime &firstAttemptAt, const QDateTime &now)
{
    // 1 minute after the first failure, doubling each time, an hour at most.
    const qint64 minutes = std::min<qint64>(60, qint64(1) << std::clamp(attempts, 0, 6));
    const QDateTime next = now.addSecs(minutes * 60);
    const QDateTime giveUp = (firstAttemptAt.isValid() ? firstAttemptAt : now).addDays(1);
    return next <= giveUp ? next : QDateTime();
}

QString OutboxSender::messageIdFor(const OutboxMessage &m, const QString &fromAddress)
{
    QString domain = fromAddress.section(u'@', 1).trimmed();
    if (domain.isEmpty())
        domain = u"influencecore.invalid"_qs;
    const QByteArray cause = QCryptographicHash::hash(
        QString(m.recipient + u'\n' + m.dedupeKey + u'\n' + m.templateKey).toUtf8(),
        QCryptographicHash::Sha256);
    return u"outbox-"_qs + QString::number(m.id) + u'.' +
           QString::number(m.createdAt.toSecsSinceEpoch()) + u'.' +
           QString::fromLatin1(cause.toHex().left(12)) + u'@' + domain;
}

Result<OutboxSendSummary> OutboxSender::sendDue(int batchSize)
{
    OutboxSendSummary summary;
    OutboxSending outbox(m_db);
    // First what a stopped sender left between "sending" and "sent".
    auto stale = outbox.interrupted(m_clock.now().addSecs(-m_takeOverAfter).addMSecs(1));
    if (!stale)
        return std::unexpected(stale.error());
    for (const OutboxAttempt &a : *stale) {
        if (auto r = outbox.release(a, Tr::tr("A sender stopped while sending this message; it is "
                                              "sent once more and may arrive twice."));
            !r)
            return std::unexpected(r.error());
        ++summary.recovered;
    }
    auto company = CompanyFooter::load(m_db);
    if (!company)
        return std::unexpected(company.error());
    if (company->name.isEmpty())
        company->name = m_from.name;

    bool providerTrouble = false;
    while (!providerTrouble) {
        auto due = outbox.sendable(batchSize, m_clock.now(), false);
        if (!due)
            return std::unexpected(due.error());
        if (due->isEmpty())
            break;
        for (const OutboxMessage &m : *due) {
            auto attempt = outbox.begin(m.id, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                        m_clock.now());
            if (!attempt)
                continue; // another sender took it between the list and now
            auto rendered = EmailTemplates::render(m.templateKey, m.language, m.data, *company);
            if (!rendered) {
                // A message no template can write will not get better by waiting.
                if (auto r = outbox.failed(*attempt, rendered.error().message, {}); !r)
                    return std::unexpected(r.error());
                ++summary.failed;
                summary.lastProblem = rendered.error().message;
                continue;
            }
            MailMessage mail;
            mail.fromName = m_from.name.isEmpty() ? company->name : m_from.name;
            mail.fromAddress = m_from.address;
            mail.to = m.recipient;
            mail.subject = rendered->subject;
            mail.html = rendered->html;
            mail.text = rendered->text;
            mail.messageId = messageIdFor(m, m_from.address);
            mail.date = m_clock.now();
            const DeliveryResult delivered = m_mail.send(mail);
            const QDateTime now = m_clock.now();
            if (delivered) {
                if (auto r = outbox.sent(*attempt, delivered->providerId, now); !r)
                    return std::unexpected(r.error());
                ++summary.sent;
                continue;
            }
            summary.lastProblem = delivered.error().message;
            // A refusal of the message itself fails it; a provider-wide one (sign-in, the
            // sender address, the server down) makes it wait like a transient one.
            const bool permanent = delivered.error().permanent && !delivered.error().providerWide;
            const QDateTime next =
                permanent ? QDateTime() : retryAt(attempt->attempts, attempt->firstAttemptAt, now);
            QString why = delivered.error().message;
            if (!permanent && !next.isValid())
                why = Tr::tr("Given up after a day of trying: %1").arg(why);
            if (auto r = outbox.failed(*attempt, why, next); !r)
                return std::unexpected(r.error());
            if (next.isValid()) {
                ++summary.retryLater;
                // The provider is in trouble (down, busy): the rest waits for the next run.
                providerTrouble = true;
                break;
            }
            ++summary.failed;
        }
    }
    m_mail.close();
    auto sms = outbox.pendingSmsCount();
    if (!sms)
        return std::unexpected(sms.error());
    summary.smsWaiting = *sms;
    return summary;
}

} // namespace ic
