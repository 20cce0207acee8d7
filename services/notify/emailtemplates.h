#pragma once

#include "models/result.h"
#include "services/storage/database.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ic {

// Who the mail is from, as its footer says: the seller identity of the book's settings
// (seller.legal_name, seller.address_lines, seller.postal_code, seller.city, seller.email,
// seller.footer); what is not set is left out of the footer.
struct CompanyFooter {
    QString name;
    QString address; // one line: "12 rue de la Paix, 75002 Paris"
    QString email;
    QString legal; // the legal mentions line (seller.footer)

    static Result<CompanyFooter> load(Database &db);
};

struct RenderedEmail {
    QString subject;
    QString html;
    QString text;
};

// The notification templates (resources/email, kainjow mustache): for each template key and
// language a subject, an HTML body and a plain-text body, each inside the layout
// (layout.html.mustache, layout.txt.mustache) that carries the footer. SMS templates have a
// text only. A template file reads:
//
//   === subject
//   Your invoice {{invoice_number}}
//   === html
//   <p>Hello {{customer_name}},</p>
//   === text
//   Hello {{customer_name}},
//
// Fields come from payloadView(); a template may use only the fields its payload gives and
// the footer's, which check() enforces.
class EmailTemplates final {
public:
    // Every template key with a file in both languages, in a stable order.
    static QStringList keys();
    static bool isSms(const QString &templateKey);
    // The file a key is written in (payment_received and payment_succeeded are written as
    // payment_confirmation).
    static QString fileKey(const QString &templateKey);
    static Result<QString> source(const QString &templateKey, const QString &language);
    // Refuses, in one sentence, a source that does not parse or uses a {{field}} its payload
    // does not give.
    static Done check(const QString &templateKey, const QString &language, const QString &source);

    static Result<RenderedEmail> render(const QString &templateKey, const QString &language,
                                        const QJsonObject &data, const CompanyFooter &company);
    // Renders a given source instead of the program's (the Templates page's preview).
    static Result<RenderedEmail> renderSource(const QString &templateKey, const QString &language,
                                              const QString &source, const QJsonObject &data,
                                              const CompanyFooter &company);
    static Result<QString> renderSms(const QString &templateKey, const QString &language,
                                     const QJsonObject &data);
};

} // namespace ic
