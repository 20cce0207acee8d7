#include "models/money.h"
#include "models/smssegments.h"
#include "services/notify/emailtemplates.h"
#include "services/notify/mailmessage.h"
#include "services/notify/payloadview.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace ic;

namespace {

const QChar kNbsp(0x00A0);

CompanyFooter company()
{
    return {u"Influence Studio SAS"_qs, u"12 rue de la Paix, 75002 Paris"_qs,
            u"billing@influence.test"_qs, u"SAS au capital de 10 000 € · RCS Paris 912 345 678"_qs};
}

// A payload for each template, in the typed payloads' spelling.
QJsonObject sampleData(const QString &key)
{
    QJsonObject d{{u"customer_name"_qs, u"Léa Dupont"_qs},
                  {u"invoice_number"_qs, u"F-2026-0042"_qs},
                  {u"invoice_id"_qs, 42},
                  {u"amount_due_minor"_qs, 123450},
                  {u"amount_minor"_qs, 123450},
                  {u"total_minor"_qs, 123450},
                  {u"currency"_qs, u"EUR"_qs},
                  {u"due_date"_qs, u"2026-12-07"_qs},
                  {u"day_offset"_qs, 7},
                  {u"paid_on"_qs, u"2026-12-01"_qs},
                  {u"still_due_minor"_qs, 0},
                  {u"ended_on"_qs, u"2026-12-04"_qs},
                  {u"cancelled_on"_qs, u"2026-12-04"_qs},
                  {u"confirm_url"_qs, u"https://app.influence.test/confirm?t=abc&u=1"_qs},
                  {u"promotion_code"_qs, u"NOEL26"_qs},
                  {u"percent_bp"_qs, 1500},
                  {u"credited_invoice_number"_qs, u"F-2026-0040"_qs}};
    if (key == u"credit_note_issued")
        d.insert(u"total_minor"_qs, -2000);
    return d;
}

} // namespace

TEST(EmailTemplates, EveryTemplateRendersInBothLanguagesWithItsFooter)
{
    for (const QString &key : EmailTemplates::keys()) {
        for (const QString lang : {u"fr"_qs, u"en"_qs}) {
            SCOPED_TRACE(QString(key + u' ' + lang).toStdString());
            auto source = EmailTemplates::source(key, lang);
            ASSERT_TRUE(source.has_value()) << source.error().message.toStdString();
            ASSERT_TRUE(EmailTemplates::check(key, lang, *source).has_value());
            if (EmailTemplates::isSms(key)) {
                auto sms = EmailTemplates::renderSms(key, lang, sampleData(key));
                ASSERT_TRUE(sms.has_value()) << sms.error().message.toStdString();
                const SmsSegments parts = smsSegments(*sms);
                EXPECT_TRUE(parts.gsm7) << sms->toStdString();
                EXPECT_LE(parts.units, 160) << sms->toStdString();
                continue;
            }
            auto mail = EmailTemplates::render(key, lang, sampleData(key), company());
            ASSERT_TRUE(mail.has_value()) << mail.error().message.toStdString();
            EXPECT_FALSE(mail->subject.isEmpty());
            EXPECT_FALSE(mail->subject.contains(u"{{"));
            EXPECT_TRUE(mail->html.contains(u"Influence Studio SAS"));
            EXPECT_TRUE(mail->html.contains(u"12 rue de la Paix, 75002 Paris"));
            EXPECT_TRUE(mail->text.contains(u"12 rue de la Paix, 75002 Paris"));
            EXPECT_TRUE(mail->text.contains(u"Léa Dupont"));
            EXPECT_FALSE(mail->html.contains(u"<script"));
            // No unsubscribe line on transactional mail (README: why).
            EXPECT_FALSE(mail->text.contains(u"unsubscribe", Qt::CaseInsensitive));
            EXPECT_FALSE(mail->text.contains(u"désabonner", Qt::CaseInsensitive));
        }
    }
}

TEST(EmailTemplates, AmountsAndDatesInTheCustomersLanguage)
{
    // 123450 minor units of EUR = 1 234,50 € in French (narrow no-break space between the
    // thousands as Qt's French locale groups them, no-break space before €), €1,234.50 in
    // English. 2026-12-07 is "7 décembre 2026" / "7 December 2026".
    auto fr = EmailTemplates::render(u"renewal_reminder"_qs, u"fr"_qs,
                                     sampleData(u"renewal_reminder"_qs), company());
    auto en = EmailTemplates::render(u"renewal_reminder"_qs, u"en"_qs,
                                     sampleData(u"renewal_reminder"_qs), company());
    ASSERT_TRUE(fr && en);
    const QString frAmount = Money(123450, u"EUR"_qs).format(QLocale(QLocale::French));
    EXPECT_TRUE(frAmount.startsWith(u"1"));
    EXPECT_TRUE(frAmount.endsWith(QString(kNbsp) + u"€"));
    EXPECT_TRUE(fr->text.contains(frAmount)) << fr->text.toStdString();
    EXPECT_TRUE(fr->text.contains(u"7 décembre 2026"));
    EXPECT_EQ(fr->subject, u"Votre abonnement est renouvelé le 7 décembre 2026"_qs);
    EXPECT_TRUE(en->text.contains(u"€1,234.50"));
    EXPECT_EQ(en->subject, u"Your subscription renews on 7 December 2026"_qs);
    // French typography: a no-break space before the colon and the semicolon.
    EXPECT_TRUE(fr->text.contains(u"Facture"_qs + kNbsp + u": F-2026-0042"));
    EXPECT_TRUE(fr->text.contains(u"habituel"_qs + kNbsp + u";"));
    // The first of the month is "1er" in French.
    EXPECT_EQ(customerDate(QDate(2026, 12, 1), QLocale(QLocale::French)), u"1er décembre 2026"_qs);
}

TEST(EmailTemplates, FrenchQuotesTakeNoBreakSpacesAndTheHtmlIsEscaped)
{
    QJsonObject d{{u"customer_name"_qs, u"Tom & <Jerry>"_qs}, {u"plan_name"_qs, u"Pro"_qs}};
    auto fr = EmailTemplates::render(u"subscription_confirmation"_qs, u"fr"_qs, d, company());
    ASSERT_TRUE(fr.has_value()) << fr.error().message.toStdString();
    EXPECT_TRUE(fr->text.contains(u"«"_qs + kNbsp + u"Pro" + kNbsp + u"»"))
        << fr->text.toStdString();
    EXPECT_TRUE(fr->html.contains(u"Tom &amp; &lt;Jerry&gt;"));
    EXPECT_TRUE(fr->text.contains(u"Tom & <Jerry>")); // the text part is not HTML
}

TEST(EmailTemplates, TheFinalNoticeSaysSoAndEachReminderItsStep)
{
    auto fr = EmailTemplates::render(u"final_notice"_qs, u"fr"_qs, sampleData({}), company());
    auto en = EmailTemplates::render(u"final_notice"_qs, u"en"_qs, sampleData({}), company());
    ASSERT_TRUE(fr && en);
    EXPECT_TRUE(fr->subject.startsWith(u"Dernier avis"));
    EXPECT_TRUE(en->subject.startsWith(u"Final notice"));
    auto step = EmailTemplates::render(u"payment_reminder"_qs, u"en"_qs, sampleData({}), company());
    ASSERT_TRUE(step.has_value());
    EXPECT_TRUE(step->text.contains(u"7 days after its due date"));
}

TEST(EmailTemplates, TheEnginesEarlierPayloadIsReadToo)
{
    // What the daily run writes before the typed payloads: preformatted amount, dueDate.
    QJsonObject old{{u"customer"_qs, u"Anne Lefèvre"_qs},
                    {u"invoice"_qs, u"F-2026-0007"_qs},
                    {u"amount"_qs, u"68,75 €"_qs},
                    {u"dueDate"_qs, u"2026-03-01"_qs}};
    const TemplateFields f =
        payloadView(u"renewal_reminder"_qs, old, QLocale(QLocale::French, QLocale::France));
    EXPECT_EQ(f.value(u"customer_name"_qs), u"Anne Lefèvre"_qs);
    EXPECT_EQ(f.value(u"invoice_number"_qs), u"F-2026-0007"_qs);
    EXPECT_EQ(f.value(u"amount"_qs), u"68,75 €"_qs);
    EXPECT_EQ(f.value(u"due_date"_qs), u"1er mars 2026"_qs);
}

TEST(EmailTemplates, AnUnknownFieldIsRefusedInOneSentence)
{
    auto source = EmailTemplates::source(u"payment_failed"_qs, u"en"_qs);
    ASSERT_TRUE(source.has_value());
    const QString edited = *source + u"\nYour card {{card_last4}} was refused.";
    auto checked = EmailTemplates::check(u"payment_failed"_qs, u"en"_qs, edited);
    ASSERT_FALSE(checked.has_value());
    EXPECT_EQ(checked.error().message.toStdString(),
              "The template payment_failed (en) uses {{card_last4}}, which its data does not "
              "have; it may use customer_name, invoice_number, amount, due_date, day_offset, "
              "company_name, company_address, company_email, company_legal.");
    auto rendered = EmailTemplates::renderSource(u"payment_failed"_qs, u"en"_qs, edited,
                                                 sampleData({}), company());
    EXPECT_FALSE(rendered.has_value());
    // A section of an unknown name is refused the same way; the program's own still passes.
    EXPECT_FALSE(
        EmailTemplates::check(u"payment_failed"_qs, u"en"_qs, *source + u"{{#vip}}x{{/vip}}")
            .has_value());
    EXPECT_TRUE(EmailTemplates::check(u"payment_failed"_qs, u"en"_qs, *source).has_value());
}

TEST(MailMessage, SubjectIsEncodedWordsAndBodiesQuotedPrintable)
{
    // "Réglé" in UTF-8 is 52 C3 A9 67 6C C3 A9; base64 of it is UmDqZ2zDqQ== -> checked by
    // decoding rather than by hand: the round trip is what mail clients do.
    const QByteArray words = encodedWords(u"Facture réglée « F-1 »"_qs);
    EXPECT_TRUE(words.startsWith("=?UTF-8?B?"));
    EXPECT_TRUE(words.endsWith("?="));
    EXPECT_EQ(QString::fromUtf8(QByteArray::fromBase64(words.mid(10, words.size() - 12))),
              u"Facture réglée « F-1 »"_qs);
    EXPECT_EQ(encodedWords(u"Plain subject"_qs), QByteArray("Plain subject"));
    // A long subject is split into words of at most 75 characters, none cutting a character.
    const QByteArray longWords = encodedWords(QString(60, u'é'));
    for (const QByteArray &w : longWords.split('\n')) {
        EXPECT_LE(w.trimmed().size(), 75);
        EXPECT_FALSE(
            QString::fromUtf8(QByteArray::fromBase64(w.trimmed().mid(10, w.trimmed().size() - 12)))
                .contains(QChar::ReplacementCharacter));
    }
    // é = C3 A9 -> =C3=A9; '=' -> =3D; a trailing space -> =20; lines at most 76.
    EXPECT_EQ(quotedPrintable(u"é=1 \nok"_qs), QByteArray("=C3=A9=3D1=20\r\nok"));
    for (const QByteArray &line : quotedPrintable(QString(200, u'x')).split('\n'))
        EXPECT_LE(line.trimmed().size(), 76);
}

TEST(MailMessage, MimeHasBothPartsTheHeadersAndTheAttachment)
{
    MailMessage m;
    m.fromName = u"Influence Studio"_qs;
    m.fromAddress = u"billing@influence.test"_qs;
    m.to = u"lea@example.test"_qs;
    m.subject = u"Votre facture"_qs;
    m.text = u"Bonjour"_qs;
    m.html = u"<p>Bonjour</p>"_qs;
    m.messageId = u"outbox-1.1@influence.test"_qs;
    m.date = QDateTime(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC);
    m.attachments.append({u"F-1.pdf"_qs, u"application/pdf"_qs, QByteArray("%PDF-1.7")});
    const QByteArray mime = toMime(m);
    EXPECT_TRUE(mime.contains("Date: Fri, 04 Dec 2026 09:30:00 +0000\r\n"));
    EXPECT_TRUE(mime.contains("From: Influence Studio <billing@influence.test>\r\n"));
    EXPECT_TRUE(mime.contains("Message-ID: <outbox-1.1@influence.test>\r\n"));
    EXPECT_TRUE(mime.contains("Content-Type: multipart/mixed;"));
    EXPECT_TRUE(mime.contains("Content-Type: multipart/alternative;"));
    EXPECT_TRUE(mime.contains("Content-Type: text/plain; charset=UTF-8"));
    EXPECT_TRUE(mime.contains("Content-Type: text/html; charset=UTF-8"));
    EXPECT_TRUE(mime.contains("filename=\"F-1.pdf\""));
    EXPECT_TRUE(mime.contains(QByteArray("%PDF-1.7").toBase64()));
    // Repeatable: the boundaries come from the message id.
    EXPECT_EQ(mime, toMime(m));
}

TEST(EmailTemplates, APaymentSaysWhatIsLeftOnlyWhenThePayloadTellsIt)
{
    // The daily run's payload before the typed ones: "amount" is the balance left (0,00 €),
    // not the payment, and nothing says the invoice is settled: neither is claimed.
    QJsonObject old{{u"customer"_qs, u"Daan López"_qs},
                    {u"invoice"_qs, u"INV-2026-064"_qs},
                    {u"amount"_qs, u"0,00 €"_qs}};
    auto before = EmailTemplates::render(u"payment_confirmation"_qs, u"fr"_qs, old, company());
    ASSERT_TRUE(before.has_value());
    EXPECT_TRUE(before->text.contains(u"Nous avons bien reçu votre paiement pour la facture "
                                      u"INV-2026-064."))
        << before->text.toStdString();
    EXPECT_FALSE(before->text.contains(u"0,00"));
    EXPECT_FALSE(before->text.contains(u"entièrement réglée"));
    // A typed part payment: 50,00 € paid, 20,00 € left (70,00 € invoice).
    QJsonObject part{{u"customer_name"_qs, u"Daan López"_qs},
                     {u"invoice_number"_qs, u"INV-2026-064"_qs},
                     {u"amount_minor"_qs, 5000},
                     {u"invoice_total_minor"_qs, 7000},
                     {u"still_due_minor"_qs, 2000},
                     {u"currency"_qs, u"EUR"_qs},
                     {u"paid_on"_qs, u"2026-12-04"_qs}};
    auto en = EmailTemplates::render(u"payment_received"_qs, u"en"_qs, part, company());
    ASSERT_TRUE(en.has_value());
    EXPECT_TRUE(en->text.contains(u"We have received your payment of €50.00 on 4 December 2026 "
                                  u"for invoice INV-2026-064."))
        << en->text.toStdString();
    EXPECT_TRUE(en->text.contains(u"€20.00 remain to be paid on this invoice."));
    EXPECT_FALSE(en->text.contains(u"paid in full"));
    // Invoicing's payment_received of today: a plain decimal "amount" is the payment's.
    auto plain = EmailTemplates::render(
        u"payment_received"_qs, u"en"_qs,
        {{u"number"_qs, u"INV-1"_qs}, {u"amount"_qs, u"12.50"_qs}, {u"currency"_qs, u"EUR"_qs}},
        company());
    ASSERT_TRUE(plain.has_value());
    EXPECT_TRUE(plain->text.contains(u"Hello,\n"));
    EXPECT_TRUE(plain->text.contains(u"your payment of €12.50 for invoice INV-1."));
}
