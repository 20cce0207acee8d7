#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ic {

struct MailAttachment {
    QString fileName;
    QString mimeType = QStringLiteral("application/octet-stream");
    QByteArray bytes;
};

// One e-mail as the sender hands it to a transport: both bodies (multipart/alternative),
// attachments (the invoice PDF), and the headers that identify it.
struct MailMessage {
    QString fromName;
    QString fromAddress;
    QString to;
    QString subject;
    QString text;
    QString html;
    QList<MailAttachment> attachments;
    QString messageId; // without the angle brackets: "outbox-12.1733300000@example.com"
    QDateTime date;    // written as RFC 5322 in UTC
};

// The message as RFC 5322 / MIME bytes with CRLF line ends: UTF-8 throughout, the subject and
// display names as RFC 2047 encoded words when they are not plain ASCII, both bodies in
// quoted-printable, attachments in base64. The MIME boundaries are derived from the message
// id, so the same message gives the same bytes.
QByteArray toMime(const MailMessage &message);

// RFC 2047 "B" encoded words for a header value, split so that no word passes 75 characters
// and no UTF-8 sequence is cut; plain printable ASCII comes back as is.
QByteArray encodedWords(const QString &text);
// Quoted-printable (RFC 2045 §6.7) of UTF-8 text whose lines end in LF or CRLF: lines of at
// most 76 characters with soft breaks, CRLF line ends.
QByteArray quotedPrintable(const QString &text);

} // namespace ic
