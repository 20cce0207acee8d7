#include "services/notify/smtpclient.h"

#include "models/tr.h"

#include <QDeadlineTimer>
#include <QHostInfo>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>
#include <QUrlQuery>

namespace ic {

namespace {

// RFC 5321 §4.5.2: a line of the DATA that starts with a dot gets a second one; the body
// ends with CRLF . CRLF.
QByteArray dotStuffed(const QByteArray &mime)
{
    QByteArray out;
    out.reserve(mime.size() + 64);
    qsizetype start = 0;
    while (start < mime.size()) {
        qsizetype end = mime.indexOf("\r\n", start);
        const qsizetype next = end < 0 ? mime.size() : end + 2;
        if (mime.at(start) == '.')
            out += '.';
        out += mime.mid(start, next - start);
        start = next;
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    out += ".\r\n";
    return out;
}

QByteArray angle(const QString &address)
{
    return '<' + address.trimmed().toUtf8() + '>';
}

} // namespace

Result<SmtpConfig> SmtpConfig::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const auto refuse = [&] {
        return failure(ErrorCode::Invalid,
                       Tr::tr("--smtp takes smtp://[user@]host:port or smtps://[user@]host:port, "
                              "not \"%1\".")
                           .arg(text));
    };
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"smtp" && url.scheme() != u"smtps") || !url.path().isEmpty() ||
        !url.password().isEmpty() || !url.fragment().isEmpty())
        return refuse();
    SmtpConfig c;
    c.host = url.host();
    c.user = url.userName();
    const bool implicit = url.scheme() == u"smtps";
    c.security = implicit ? Security::ImplicitTls : Security::StartTlsIfOffered;
    c.port = quint16(url.port(implicit ? 465 : 587));
    if (url.port() == 0)
        return refuse();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems()) {
        if (key == u"starttls" && value == u"required" && !implicit)
            c.security = Security::StartTlsRequired;
        else
            return refuse();
    }
    return c;
}

QString SmtpConfig::address() const
{
    return host + u':' + QString::number(port);
}

SmtpClient::SmtpClient(SmtpConfig config)
    : m_config(std::move(config))
{
}

SmtpClient::~SmtpClient()
{
    close();
}

DeliveryFailure SmtpClient::lost(const QString &step)
{
    // A timeout or a connection lost: transient. The socket's own words say which.
    const QString why = m_socket ? m_socket->errorString() : QString();
    m_ready = false;
    if (m_socket)
        m_socket->abort();
    return {false, Tr::tr("The mail server %1 did not answer %2 in time or closed the "
                          "connection (%3); the message will be tried again.")
                       .arg(m_config.address(), step, why)};
}

DeliveryFailure SmtpClient::refused(const QString &step, const SmtpClient::Reply &reply)
{
    // RFC 5321 §4.2.1: 4yz is a transient negative reply, 5yz a permanent one.
    const bool permanent = reply.code >= 500;
    return {permanent, Tr::tr("The mail server %1 refused %2: %3 %4")
                           .arg(m_config.address(), step)
                           .arg(reply.code)
                           .arg(reply.text())};
}

bool SmtpClient::writeAll(const QByteArray &bytes)
{
    if (m_socket->write(bytes) != bytes.size())
        return false;
    QDeadlineTimer deadline(m_config.timeoutMs);
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(int(deadline.remainingTime())))
            return false;
    }
    return true;
}

std::expected<SmtpClient::Reply, DeliveryFailure> SmtpClient::readReply()
{
    // A reply is one or more lines "250-…" ending with "250 …" (RFC 5321 §4.2.1).
    Reply reply;
    QDeadlineTimer deadline(m_config.timeoutMs);
    while (true) {
        while (!m_socket->canReadLine()) {
            if (deadline.hasExpired() || !m_socket->waitForReadyRead(int(deadline.remainingTime())))
                return std::unexpected(DeliveryFailure{});
        }
        const QByteArray line = m_socket->readLine().trimmed();
        if (line.size() < 3)
            return std::unexpected(DeliveryFailure{});
        bool ok = false;
        reply.code = line.left(3).toInt(&ok);
        if (!ok)
            return std::unexpected(DeliveryFailure{});
        reply.lines.append(QString::fromUtf8(line.mid(4)));
        if (line.size() == 3 || line.at(3) == ' ')
            return reply;
    }
}

std::expected<SmtpClient::Reply, DeliveryFailure> SmtpClient::command(const QByteArray &line,
                                                                      int expectedClass)
{
    const QString step =
        QString::fromUtf8(line.left(line.indexOf(' ') < 0 ? line.size() : line.indexOf(' ')));
    if (!line.isEmpty() && !writeAll(line + "\r\n"))
        return std::unexpected(lost(step));
    auto reply = readReply();
    if (!reply)
        return std::unexpected(lost(step.isEmpty() ? Tr::tr("the greeting") : step));
    if (reply->code / 100 != expectedClass)
        return std::unexpected(refused(step.isEmpty() ? Tr::tr("the connection") : step, *reply));
    return reply;
}

std::expected<void, DeliveryFailure> SmtpClient::greet()
{
    const QString name =
        QHostInfo::localHostName().isEmpty() ? u"localhost"_qs : QHostInfo::localHostName();
    auto ehlo = command("EHLO " + QUrl::toAce(name), 2);
    if (!ehlo)
        return std::unexpected(ehlo.error());
    m_extensions.clear();
    for (qsizetype i = 1; i < ehlo->lines.size(); ++i)
        m_extensions.append(ehlo->lines.at(i).toUpper());
    return {};
}

std::expected<void, DeliveryFailure> SmtpClient::authenticate()
{
    if (m_config.user.isEmpty())
        return {};
    QStringList mechanisms;
    for (const QString &e : std::as_const(m_extensions))
        if (e.startsWith(u"AUTH ") || e.startsWith(u"AUTH="))
            mechanisms += e.mid(5).split(u' ', Qt::SkipEmptyParts);
    // Never in clear over the network: a password goes only inside TLS, or to loopback.
    const bool loopback =
        m_config.host == u"localhost" || m_config.host == u"127.0.0.1" || m_config.host == u"::1";
    if (!m_socket->isEncrypted() && !loopback)
        return std::unexpected(DeliveryFailure{
            true, Tr::tr("The mail server %1 offers no TLS; the password is not sent in clear. "
                         "Use smtps:// or a server that offers STARTTLS.")
                      .arg(m_config.address())});
    const QByteArray user = m_config.user.toUtf8();
    const QByteArray password = m_config.password.toUtf8();
    if (mechanisms.contains(u"PLAIN"_qs)) {
        // RFC 4616: authzid NUL authcid NUL passwd.
        const QByteArray token =
            QByteArray(QByteArray(1, '\0') + user + '\0' + password).toBase64();
        if (auto r = command("AUTH PLAIN " + token, 2); !r)
            return std::unexpected(r.error());
        return {};
    }
    if (mechanisms.contains(u"LOGIN"_qs)) {
        if (auto r = command("AUTH LOGIN", 3); !r)
            return std::unexpected(r.error());
        if (auto r = command(user.toBase64(), 3); !r)
            return std::unexpected(r.error());
        // The step is named AUTH in any refusal, never by the line (the password's base64).
        if (!writeAll(password.toBase64() + "\r\n"))
            return std::unexpected(lost(u"AUTH"_qs));
        auto reply = readReply();
        if (!reply)
            return std::unexpected(lost(u"AUTH"_qs));
        if (reply->code / 100 != 2)
            return std::unexpected(refused(u"AUTH"_qs, *reply));
        return {};
    }
    return std::unexpected(DeliveryFailure{
        true, Tr::tr("The mail server %1 offers neither AUTH PLAIN nor AUTH LOGIN for the user %2.")
                  .arg(m_config.address(), m_config.user)});
}

std::expected<void, DeliveryFailure> SmtpClient::open()
{
    if (m_ready && m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        return {};
    close();
    m_socket = std::make_unique<QSslSocket>();
    if (!m_config.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_config.extraCaCertificates);
        m_socket->setSslConfiguration(tls);
    }
    const bool implicit = m_config.security == SmtpConfig::Security::ImplicitTls;
    if (implicit)
        m_socket->connectToHostEncrypted(m_config.host, m_config.port);
    else
        m_socket->connectToHost(m_config.host, m_config.port);
    if (!m_socket->waitForConnected(m_config.timeoutMs)) {
        const QString why = m_socket->errorString();
        m_socket->abort();
        return std::unexpected(DeliveryFailure{
            false,
            Tr::tr("The mail server %1 cannot be reached: %2.").arg(m_config.address(), why)});
    }
    if (implicit && !m_socket->waitForEncrypted(m_config.timeoutMs))
        return std::unexpected(
            DeliveryFailure{false, Tr::tr("The TLS handshake with the mail server %1 failed: %2.")
                                       .arg(m_config.address(), m_socket->errorString())});
    if (auto hello = command({}, 2); !hello)
        return std::unexpected(hello.error());
    if (auto g = greet(); !g)
        return g;
    if (!m_socket->isEncrypted()) {
        const bool offered = m_extensions.contains(u"STARTTLS"_qs);
        if (!offered && m_config.security == SmtpConfig::Security::StartTlsRequired)
            return std::unexpected(DeliveryFailure{
                true, Tr::tr("The mail server %1 does not offer STARTTLS, which the address "
                             "requires (?starttls=required).")
                          .arg(m_config.address())});
        if (offered) {
            if (auto r = command("STARTTLS", 2); !r)
                return std::unexpected(r.error());
            m_socket->startClientEncryption();
            if (!m_socket->waitForEncrypted(m_config.timeoutMs))
                return std::unexpected(DeliveryFailure{
                    false, Tr::tr("The TLS handshake with the mail server %1 failed: %2.")
                               .arg(m_config.address(), m_socket->errorString())});
            // RFC 3207 §4.2: forget what was said before TLS and greet again.
            if (auto g = greet(); !g)
                return g;
        }
    }
    if (auto a = authenticate(); !a)
        return a;
    m_ready = true;
    return {};
}

DeliveryResult SmtpClient::send(const MailMessage &message)
{
    if (auto opened = open(); !opened) {
        DeliveryFailure f = opened.error();
        f.providerWide = true;
        return std::unexpected(f);
    }
    const auto abandon = [&](const DeliveryFailure &f) -> DeliveryResult {
        // After a refusal the session may go on with the next message, once reset.
        if (m_ready && !command("RSET", 2))
            close();
        return std::unexpected(f);
    };
    QByteArray from = "MAIL FROM:" + angle(message.fromAddress);
    // The bodies are quoted-printable (7 bit); SMTPUTF8 only when an address needs it.
    const QString addresses = message.fromAddress + message.to;
    if (addresses.toUtf8().size() != addresses.size() && m_extensions.contains(u"SMTPUTF8"_qs))
        from += " SMTPUTF8";
    if (auto r = command(from, 2); !r) {
        // MAIL FROM is about us (the account, the sender address), not the recipient.
        DeliveryFailure f = r.error();
        f.providerWide = true;
        return abandon(f);
    }
    if (auto r = command("RCPT TO:" + angle(message.to), 2); !r)
        return abandon(r.error());
    if (auto r = command("DATA", 3); !r)
        return abandon(r.error());
    if (!writeAll(dotStuffed(toMime(message))))
        return std::unexpected(lost(u"DATA"_qs));
    auto end = readReply();
    if (!end)
        return std::unexpected(lost(u"DATA"_qs));
    if (end->code / 100 != 2)
        return abandon(refused(u"DATA"_qs, *end));
    return Delivery{end->text()};
}

void SmtpClient::close()
{
    if (!m_socket)
        return;
    if (m_ready && m_socket->state() == QAbstractSocket::ConnectedState) {
        // A polite QUIT, bounded by a short wait: nothing depends on its answer.
        m_socket->write("QUIT\r\n");
        m_socket->waitForBytesWritten(1000);
        m_socket->waitForReadyRead(1000);
    }
    m_socket->abort();
    m_socket.reset();
    m_ready = false;
}

std::expected<void, DeliveryFailure> SmtpClient::probe()
{
    auto opened = open();
    close();
    return opened;
}

} // namespace ic
