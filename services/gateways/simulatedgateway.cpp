#include "services/gateways/simulatedgateway.h"

#include "models/tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace ic {

namespace {

ChargeOutcome outcomeFrom(const QString &s)
{
    for (auto o :
         {ChargeOutcome::Succeeded, ChargeOutcome::SoftDecline, ChargeOutcome::HardDecline,
          ChargeOutcome::TimedOut, ChargeOutcome::NotCharged, ChargeOutcome::RequiresAction})
        if (toString(o) == s)
            return o;
    return ChargeOutcome::NotCharged;
}

ChargeResult decide(const ChargeRequest &request)
{
    ChargeResult result;
    const QString &token = request.paymentToken;
    const auto decline = [&](ChargeOutcome outcome, const char *code) {
        result.outcome = outcome;
        result.declineCode = QString::fromLatin1(code);
        result.message = Tr::tr("The card was declined (%1).").arg(result.declineCode);
    };
    if (token == u"tok_chargeDeclinedInsufficientFunds")
        decline(ChargeOutcome::SoftDecline, "insufficient_funds");
    else if (token == u"tok_chargeDeclinedStolenCard")
        decline(ChargeOutcome::HardDecline, "stolen_card");
    else if (token == u"tok_chargeDeclinedLostCard")
        decline(ChargeOutcome::HardDecline, "lost_card");
    else if (token == u"tok_chargeDeclinedAccountClosed")
        decline(ChargeOutcome::HardDecline, "account_closed");
    else if (token == u"tok_timeout") {
        result.outcome = ChargeOutcome::TimedOut;
        result.message = Tr::tr("The payment gateway did not answer in time.");
    } else if (token == u"tok_authenticationRequired") {
        result.outcome = ChargeOutcome::RequiresAction;
        result.declineCode = QStringLiteral("authentication_required");
        result.message = Tr::tr("The bank asks the customer to confirm this payment.");
    } else if (token == u"tok_succeedsOnRetry" && request.idempotencyKey.endsWith(u"-attempt-1"))
        decline(ChargeOutcome::SoftDecline, "insufficient_funds");
    else
        result.outcome = ChargeOutcome::Succeeded;
    // a reference derived from the key: the same request, the same reference
    result.reference =
        u"sim_"_qs + QString::fromLatin1(QCryptographicHash::hash(request.idempotencyKey.toUtf8(),
                                                                  QCryptographicHash::Sha256)
                                             .toHex()
                                             .left(24));
    return result;
}

} // namespace

QString toString(ChargeOutcome outcome)
{
    switch (outcome) {
    case ChargeOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case ChargeOutcome::SoftDecline:
        return QStringLiteral("soft_decline");
    case ChargeOutcome::HardDecline:
        return QStringLiteral("hard_decline");
    case ChargeOutcome::TimedOut:
        return QStringLiteral("timed_out");
    case ChargeOutcome::NotCharged:
        return QStringLiteral("not_charged");
    case ChargeOutcome::RequiresAction:
        return QStringLiteral("requires_action");
    }
    return {};
}

SimulatedGateway::SimulatedGateway(QString ledgerPath)
    : m_path(std::move(ledgerPath))
{
}

Done SimulatedGateway::load() const
{
    if (m_loaded)
        return {};
    QFile file(m_path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return failure(ErrorCode::Io,
                           Tr::tr("The simulated gateway's ledger %1 cannot be read: %2")
                               .arg(m_path, file.errorString()));
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.isEmpty())
                continue; // a line cut short by a crash: that charge never answered
            ChargeResult r;
            r.outcome = outcomeFrom(o.value(u"outcome"_qs).toString());
            r.reference = o.value(u"reference"_qs).toString();
            r.declineCode = o.value(u"code"_qs).toString();
            r.message = o.value(u"message"_qs).toString();
            m_known.insert(o.value(u"key"_qs).toString(), r);
        }
    }
    m_loaded = true;
    return {};
}

Result<ChargeResult> SimulatedGateway::charge(const ChargeRequest &request)
{
    if (request.idempotencyKey.isEmpty())
        return failure(ErrorCode::Invalid, Tr::tr("A charge needs an idempotency key."));
    if (request.amount.minor() <= 0)
        return failure(ErrorCode::Invalid, Tr::tr("A charge must be for more than nothing."));
    if (auto ok = load(); !ok)
        return std::unexpected(ok.error());
    if (auto it = m_known.constFind(request.idempotencyKey); it != m_known.cend()) {
        ChargeResult replay = *it;
        replay.replayed = true;
        return replay;
    }
    const ChargeResult result = decide(request);
    QFile file(m_path);
    if (!file.open(QIODevice::Append))
        return failure(ErrorCode::Unavailable,
                       Tr::tr("The simulated gateway cannot write its ledger %1: %2")
                           .arg(m_path, file.errorString()));
    const QJsonObject entry{
        {u"key"_qs, request.idempotencyKey},       {u"invoice"_qs, request.invoiceId},
        {u"amount"_qs, request.amount.minor()},    {u"currency"_qs, request.amount.currency()},
        {u"outcome"_qs, toString(result.outcome)}, {u"reference"_qs, result.reference},
        {u"code"_qs, result.declineCode},          {u"message"_qs, result.message}};
    file.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
    file.flush();
    ::fsync(file.handle()); // the charge is made once it is on disk, as at a real gateway
    m_known.insert(request.idempotencyKey, result);
    return result;
}

Result<QHash<QString, ChargeResult>> SimulatedGateway::ledger() const
{
    if (auto ok = load(); !ok)
        return std::unexpected(ok.error());
    return m_known;
}

} // namespace ic
