#include "services/notify/emailtemplates.h"

#include "models/tr.h"
#include "services/notify/payloadview.h"
#include "services/storage/settings.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <kainjow/mustache.hpp>

namespace ic {

namespace {

using Data = kainjow::mustache::data;

const QStringList kFooterFields{u"company_name"_qs, u"company_address"_qs, u"company_email"_qs,
                                u"company_legal"_qs};

// Every key has a file per language; SMS ones have a text part only.
const QStringList kEmailKeys{u"signup_confirmation"_qs,
                             u"welcome"_qs,
                             u"subscription_confirmation"_qs,
                             u"invoice_issued"_qs,
                             u"renewal_reminder"_qs,
                             u"payment_confirmation"_qs,
                             u"payment_failed"_qs,
                             u"payment_reminder"_qs,
                             u"final_notice"_qs,
                             u"authentication_required"_qs,
                             u"subscription_cancelled"_qs,
                             u"trial_ended"_qs,
                             u"promotion_applied"_qs,
                             u"credit_note_issued"_qs};
const QStringList kSmsKeys{u"payment_reminder_sms"_qs};

QLocale localeFor(const QString &language)
{
    return language == u"fr" ? QLocale(QLocale::French, QLocale::France)
                             : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString languageOf(const QString &language)
{
    return language == u"fr" ? u"fr"_qs : u"en"_qs;
}

Result<QString> resource(const QString &name)
{
    QFile file(u":/email/"_qs + name);
    if (!file.open(QIODevice::ReadOnly))
        return failure(ErrorCode::NotFound,
                       Tr::tr("The e-mail template %1 is missing from the program.").arg(name));
    return QString::fromUtf8(file.readAll());
}

// "=== subject" / "=== html" / "=== text" sections of a template file.
QMap<QString, QString> sections(const QString &source)
{
    QMap<QString, QString> parts;
    QString current;
    QStringList lines;
    const auto flush = [&] {
        if (!current.isEmpty())
            parts.insert(current, lines.join(u'\n').trimmed());
        lines.clear();
    };
    for (const QString &line : source.split(u'\n')) {
        if (line.startsWith(u"=== ")) {
            flush();
            current = line.mid(4).trimmed();
        } else
            lines.append(line);
    }
    flush();
    return parts;
}

Result<QString> mustache(const QString &name, const QString &text, const Data &data, bool html)
{
    kainjow::mustache::mustache tmpl(text.toStdString());
    if (!html)
        tmpl.set_custom_escape([](const std::string &s) { return s; });
    const auto invalid = [&] {
        return failure(ErrorCode::Invalid,
                       Tr::tr("The e-mail template %1 does not render: %2.")
                           .arg(name, QString::fromStdString(tmpl.error_message())));
    };
    if (!tmpl.is_valid())
        return invalid();
    const std::string out = tmpl.render(data);
    if (!tmpl.is_valid())
        return invalid();
    return QString::fromStdString(out);
}

Data dataOf(const TemplateFields &fields)
{
    Data d(Data::type::object);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isEmpty())
            d.set(it.key().toStdString(), false); // an empty field hides its {{#section}}
        else
            d.set(it.key().toStdString(), it.value().toStdString());
    }
    return d;
}

TemplateFields footerFields(const CompanyFooter &c)
{
    return {{u"company_name"_qs, c.name},
            {u"company_address"_qs, c.address},
            {u"company_email"_qs, c.email},
            {u"company_legal"_qs, c.legal}};
}

} // namespace

Result<CompanyFooter> CompanyFooter::load(Database &db)
{
    Settings settings(db);
    CompanyFooter c;
    const auto text = [&](const char16_t *key) -> Result<QString> {
        return settings.text(QString::fromUtf16(key), {});
    };
    auto name = text(u"seller.legal_name");
    auto lines = text(u"seller.address_lines");
    auto postal = text(u"seller.postal_code");
    auto city = text(u"seller.city");
    auto email = text(u"seller.email");
    auto legal = text(u"seller.footer");
    for (const auto *r : {&name, &lines, &postal, &city, &email, &legal})
        if (!*r)
            return std::unexpected(r->error());
    c.name = name->trimmed();
    QStringList address;
    for (const QString &line : lines->split(u'\n', Qt::SkipEmptyParts))
        address.append(line.trimmed());
    const QString town = QString(postal->trimmed() + u' ' + city->trimmed()).trimmed();
    if (!town.isEmpty())
        address.append(town);
    c.address = address.join(u", "_qs);
    c.email = email->trimmed();
    c.legal = legal->trimmed();
    return c;
}

QStringList EmailTemplates::keys()
{
    return kEmailKeys + kSmsKeys;
}

bool EmailTemplates::isSms(const QString &templateKey)
{
    return kSmsKeys.contains(templateKey) || templateKey.endsWith(u"_sms");
}

QString EmailTemplates::fileKey(const QString &templateKey)
{
    if (templateKey == u"payment_received" || templateKey == u"payment_succeeded")
        return u"payment_confirmation"_qs;
    return templateKey;
}

Result<QString> EmailTemplates::source(const QString &templateKey, const QString &language)
{
    return resource(fileKey(templateKey) + u'.' + languageOf(language) + u".mustache");
}

Done EmailTemplates::check(const QString &templateKey, const QString &language,
                           const QString &source)
{
    const QStringList known = payloadFieldNames(templateKey);
    if (known.isEmpty())
        return failure(ErrorCode::NotFound,
                       Tr::tr("There is no notification template named \"%1\".").arg(templateKey));
    const QSet<QString> allowed = QSet<QString>(known.begin(), known.end()) +
                                  QSet<QString>(kFooterFields.begin(), kFooterFields.end());
    // {{name}}, {{{name}}}, {{&name}}, {{#name}}, {{^name}}, {{/name}}; comments {{! }} pass.
    static const QRegularExpression tag(
        u"\\{\\{\\{?\\s*([#^/&>]?)\\s*([^!}\\s][^}\\s]*)\\s*\\}?\\}\\}"_qs);
    for (auto it = tag.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(2);
        if (m.captured(1) == u">" || !allowed.contains(name))
            return failure(ErrorCode::Invalid,
                           Tr::tr("The template %1 (%2) uses {{%3}}, which its data does not have; "
                                  "it may use %4.")
                               .arg(templateKey, languageOf(language), name,
                                    (known + kFooterFields).join(u", "_qs)));
    }
    const auto parts = sections(source);
    const QStringList needed = isSms(templateKey)
                                   ? QStringList{u"text"_qs}
                                   : QStringList{u"subject"_qs, u"html"_qs, u"text"_qs};
    for (const QString &part : needed)
        if (parts.value(part).isEmpty())
            return failure(ErrorCode::Invalid,
                           Tr::tr("The template %1 (%2) has no \"=== %3\" part.")
                               .arg(templateKey, languageOf(language), part));
    for (auto p = parts.begin(); p != parts.end(); ++p) {
        kainjow::mustache::mustache tmpl(p.value().toStdString());
        if (!tmpl.is_valid())
            return failure(ErrorCode::Invalid,
                           Tr::tr("The template %1 (%2) does not parse: %3.")
                               .arg(templateKey, languageOf(language),
                                    QString::fromStdString(tmpl.error_message())));
    }
    return {};
}

Result<RenderedEmail> EmailTemplates::render(const QString &templateKey, const QString &language,
                                             const QJsonObject &data, const CompanyFooter &company)
{
    auto text = source(templateKey, language);
    if (!text)
        return std::unexpected(text.error());
    return renderSource(templateKey, language, *text, data, company);
}

Result<RenderedEmail> EmailTemplates::renderSource(const QString &templateKey,
                                                   const QString &language, const QString &source,
                                                   const QJsonObject &data,
                                                   const CompanyFooter &company)
{
    if (auto ok = check(templateKey, language, source); !ok)
        return std::unexpected(ok.error());
    const QString lang = languageOf(language);
    TemplateFields fields = payloadView(templateKey, data, localeFor(lang));
    fields.insert(footerFields(company));
    const Data d = dataOf(fields);
    const auto parts = sections(source);
    const QString name = templateKey + u" (" + lang + u')';
    RenderedEmail out;
    auto subject = mustache(name, parts.value(u"subject"_qs), d, false);
    auto html = mustache(name, parts.value(u"html"_qs), d, true);
    auto text = mustache(name, parts.value(u"text"_qs), d, false);
    for (const auto *r : {&subject, &html, &text})
        if (!*r)
            return std::unexpected(r->error());
    out.subject = subject->simplified();
    // The layouts: the same footer under every message.
    auto htmlLayout = resource(u"layout.html.mustache"_qs);
    auto textLayout = resource(u"layout.txt.mustache"_qs);
    if (!htmlLayout)
        return std::unexpected(htmlLayout.error());
    if (!textLayout)
        return std::unexpected(textLayout.error());
    Data page = d;
    page.set("subject", out.subject.toStdString());
    page.set("content", html->toStdString());
    page.set("lang", lang.toStdString());
    auto wrapped = mustache(u"layout.html"_qs, *htmlLayout, page, true);
    if (!wrapped)
        return std::unexpected(wrapped.error());
    Data plain = d;
    plain.set("content", text->toStdString());
    auto plainWrapped = mustache(u"layout.txt"_qs, *textLayout, plain, false);
    if (!plainWrapped)
        return std::unexpected(plainWrapped.error());
    out.html = *wrapped;
    out.text = plainWrapped->trimmed() + u'\n';
    return out;
}

Result<QString> EmailTemplates::renderSms(const QString &templateKey, const QString &language,
                                          const QJsonObject &data)
{
    auto text = source(templateKey, language);
    if (!text)
        return std::unexpected(text.error());
    if (auto ok = check(templateKey, language, *text); !ok)
        return std::unexpected(ok.error());
    const TemplateFields fields = payloadView(templateKey, data, localeFor(language));
    auto out = mustache(templateKey, sections(*text).value(u"text"_qs), dataOf(fields), false);
    if (!out)
        return out;
    // No-break spaces (French typography, grouped digits) are not in the GSM 7-bit alphabet
    // and would make the SMS UCS-2 (70 characters instead of 160): plain spaces on a phone.
    QString sms = *out;
    sms.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
    return sms.simplified();
}

} // namespace ic
