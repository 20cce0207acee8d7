#pragma once

#include "models/result.h"
#include "services/notify/mailtransport.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <memory>

class QSslSocket;

namespace ic {

struct SmtpConfig {
    enum class Security {
        StartTlsIfOffered, // smtp://: upgrade when the server offers STARTTLS
        StartTlsRequired,  // smtp://…?starttls=required: refuse a server that does not
        ImplicitTls,       // smtps://: TLS from the first byte (port 465)
    };
    QString host;
    quint16 port = 587;
    Security security = Security::StartTlsIfOffered;
    QString user;
    QString password;      // from SMTP_PASSWORD; never written anywhere
    int timeoutMs = 30000; // each step: connect, TLS handshake, each reply
    // Extra certificate authorities to trust (a test server's own certificate).
    QList<QSslCertificate> extraCaCertificates;

    // smtp://[user@]host[:port][?starttls=required] or smtps://[user@]host[:port]; a refusal
    // names the value.
    static Result<SmtpConfig> fromUrl(const QString &url);
    // host:port as a person reads it in a sentence.
    QString address() const;
};

// A small SMTP client (RFC 5321) over QSslSocket: EHLO, STARTTLS, AUTH PLAIN or LOGIN,
// MAIL FROM / RCPT TO / DATA with dot-stuffing, one session kept open for a batch of messages.
//
// Why our own and not a library: of Debian 12's mail libraries, KMime is Qt 5 (it cannot
// share a process with Qt 6), vmime is not packaged, libesmtp and libetpan are C with their
// own OpenSSL set-up beside Qt's, and libcurl's SMTP sends one message per transfer and
// reports one reply code for the whole dialogue. SMTP as a client is a few hundred lines over
// the socket Qt already gives us with TLS; here each step is bounded by `timeoutMs` and each
// reply code is kept, which is what the retry rules (4xx later, 5xx never) need.
//
// The calls block (bounded): the sender runs off the GUI thread or in the command line.
class SmtpClient final : public MailTransport {
public:
    explicit SmtpClient(SmtpConfig config);
    ~SmtpClient() override;
    Q_DISABLE_COPY_MOVE(SmtpClient)

    DeliveryResult send(const MailMessage &message) override;
    void close() override;
    // Connects, greets and signs in, then closes: "Test the connection" and the command
    // line's check before it touches the outbox.
    std::expected<void, DeliveryFailure> probe();

private:
    struct Reply {
        int code = 0;
        QStringList lines;
        QString text() const { return lines.join(u' '); }
    };
    std::expected<void, DeliveryFailure> open();
    std::expected<Reply, DeliveryFailure> command(const QByteArray &line, int expectedClass);
    std::expected<Reply, DeliveryFailure> readReply();
    std::expected<void, DeliveryFailure> greet();
    std::expected<void, DeliveryFailure> authenticate();
    bool writeAll(const QByteArray &bytes);
    DeliveryFailure lost(const QString &step);
    DeliveryFailure refused(const QString &step, const Reply &reply);

    SmtpConfig m_config;
    std::unique_ptr<QSslSocket> m_socket;
    QStringList m_extensions;
    bool m_ready = false;
};

} // namespace ic
