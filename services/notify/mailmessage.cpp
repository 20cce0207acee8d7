#include "services/notify/mailmessage.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>

namespace ic {

namespace {

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    return true;
}

// Folds base64 at 76 characters a line.
QByteArray base64Lines(const QByteArray &bytes)
{
    const QByteArray b64 = bytes.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype at = 0; at < b64.size(); at += 76)
        out += b64.mid(at, 76) + "\r\n";
    return out;
}

QByteArray rfc5322Date(const QDateTime &when)
{
    // Always UTC, English day and month names whatever the machine's locale.
    return QLocale::c()
               .toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           " +0000";
}

QByteArray mailbox(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return address.toUtf8();
    QByteArray shown = encodedWords(name);
    if (shown == name.toUtf8() &&
        name.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]"))))
        shown = '"' + QByteArray(shown).replace('\\', "\\\\").replace('"', "\\\"") + '"';
    return shown + " <" + address.toUtf8() + '>';
}

QByteArray boundary(const MailMessage &m, const char *part)
{
    const QByteArray seed = m.messageId.toUtf8() + part;
    return "=_ic_" + QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().left(24) +
           '_' + part;
}

QByteArray textPart(const char *subtype, const QString &body)
{
    return QByteArray("Content-Type: text/") + subtype +
           "; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
           quotedPrintable(body) + "\r\n";
}

} // namespace

QByteArray encodedWords(const QString &text)
{
    if (isPlainAscii(text))
        return text.toUtf8();
    // "=?UTF-8?B?" + base64 + "?=" is 12 characters around the payload; 45 bytes of UTF-8
    // make 60 characters of base64: 72 in all, within the 75 of RFC 2047 §2.
    QByteArray out;
    QByteArray chunk;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    const QList<uint> points = text.toUcs4();
    for (const uint point : points) {
        const QByteArray one =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(&point), 1).toUtf8();
        if (chunk.size() + one.size() > 45)
            flush();
        chunk += one;
    }
    flush();
    return out;
}

QByteArray quotedPrintable(const QString &text)
{
    static const char hex[] = "0123456789ABCDEF";
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QList<QByteArray> lines = normalized.toUtf8().split('\n');
    QByteArray out;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        QByteArray current;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray piece;
            // Printable ASCII but '=' goes as is; a space or tab too unless it ends the line.
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = QByteArray(1, '=') + hex[c >> 4] + hex[c & 15];
            // 76 characters at most, the soft break's '=' included.
            if (current.size() + piece.size() > 75) {
                out += current + "=\r\n";
                current.clear();
            }
            current += piece;
        }
        out += current;
        if (n != lines.size() - 1)
            out += "\r\n";
    }
    return out;
}

QByteArray toMime(const MailMessage &m)
{
    const QByteArray alternative = boundary(m, "alt");
    const QByteArray mixed = boundary(m, "mix");
    QByteArray out;
    out += "Date: " + rfc5322Date(m.date.isValid() ? m.date : QDateTime::currentDateTimeUtc()) +
           "\r\n";
    out += "From: " + mailbox(m.fromName, m.fromAddress) + "\r\n";
    out += "To: " + m.to.toUtf8() + "\r\n";
    out += "Subject: " + encodedWords(m.subject) + "\r\n";
    out += "Message-ID: <" + m.messageId.toUtf8() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    // Transactional mail: automatic replies (vacation notices) should not answer it.
    out += "Auto-Submitted: auto-generated\r\n";
    QByteArray body = "--" + alternative + "\r\n" + textPart("plain", m.text) + "--" + alternative +
                      "\r\n" + textPart("html", m.html) + "--" + alternative + "--\r\n";
    if (m.attachments.isEmpty()) {
        out += "Content-Type: multipart/alternative; boundary=\"" + alternative + "\"\r\n\r\n";
        out += body;
        return out;
    }
    out += "Content-Type: multipart/mixed; boundary=\"" + mixed + "\"\r\n\r\n";
    out += "--" + mixed + "\r\nContent-Type: multipart/alternative; boundary=\"" + alternative +
           "\"\r\n\r\n" + body;
    for (const MailAttachment &a : m.attachments) {
        // RFC 2231 would be the strict form for a non-ASCII file name; encoded words are what
        // mail clients read in practice, and invoice names are ASCII anyway.
        const QByteArray name = encodedWords(a.fileName);
        out += "--" + mixed + "\r\nContent-Type: " + a.mimeType.toUtf8() + "; name=\"" + name +
               "\"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; "
               "filename=\"" +
               name + "\"\r\n\r\n" + base64Lines(a.bytes);
    }
    out += "--" + mixed + "--\r\n";
    return out;
}

} // namespace ic
