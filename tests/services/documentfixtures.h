#pragma once

// The kinds of invoice the book makes, issued through the billing services on the billing
// tests' book (tests/services/billingfixtures.h: FR 20 % and 5.5 %, DE 19 %, a 20.00 € plan),
// with customers who have billing addresses. Set IC_DOCUMENTS_OUT to a folder to keep each
// kind's PDF and XML there (to run facturx-check on them, or look at the pages).

#include "models/usercredit.h"
#include "services/documents/facturxxml.h"
#include "services/documents/invoicedocument.h"
#include "services/documents/invoicepdf.h"
#include "services/storage/creditrepository.h"
#include "services/storage/customerrepository.h"
#include "tests/services/billingfixtures.h"

#include <QDir>
#include <QFile>

namespace ic::test {

class DocumentBook : public BillingBook {
protected:
    void SetUp() override
    {
        BillingBook::SetUp();
        if (HasFatalFailure())
            return;
        frBusiness = addressed(u"compta@dupont-conseil.fr"_qs, u"FR"_qs, u"Dupont Conseil SARL"_qs,
                               u"FR44732829320"_qs, u"732829320"_qs, u"fr"_qs,
                               u"8 rue des Lilas\nBâtiment B"_qs, u"69003"_qs, u"Lyon"_qs);
        withAddress(fr, u"21 avenue Jean Jaurès"_qs, u"44000"_qs, u"Nantes"_qs);
        withAddress(deConsumer, u"Gartenweg 4"_qs, u"10115"_qs, u"Berlin"_qs);
        withAddress(deBusiness, u"Hauptstraße 12"_qs, u"80331"_qs, u"München"_qs,
                    u"Firma Schmidt GmbH"_qs);
        withAddress(us, u"500 Market Street"_qs, u"94103"_qs, u"San Francisco, CA"_qs);
    }

    qint64 addressed(const QString &email, const QString &country, const QString &company,
                     const QString &vat, const QString &siren, const QString &language,
                     const QString &lines, const QString &postal, const QString &city)
    {
        Customer c;
        c.name = u"Claire Dupont"_qs;
        c.email = email;
        c.country = country;
        c.company = company;
        c.vatNumber = vat;
        c.siren = siren;
        c.language = language;
        c.addressLines = lines;
        c.postalCode = postal;
        c.city = city;
        c.createdAt = utc(2026, 1, 1);
        auto saved = CustomerRepository(db()).insert(c);
        EXPECT_TRUE(saved.has_value()) << saved.error().message.toStdString();
        return saved ? saved->id : 0;
    }

    void withAddress(qint64 id, const QString &lines, const QString &postal, const QString &city,
                     const QString &company = {})
    {
        auto c = CustomerRepository(db()).find(id);
        ASSERT_TRUE(c.has_value());
        c->addressLines = lines;
        c->postalCode = postal;
        c->city = city;
        if (!company.isEmpty())
            c->company = company;
        auto saved = CustomerRepository(db()).update(*c);
        ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    }

    void giveCredit(qint64 customer, qint64 minor)
    {
        UserCredit c;
        c.customerId = customer;
        c.type = CreditType::Manual;
        c.amount = Money(minor, u"EUR"_qs);
        c.reason = u"goodwill"_qs;
        c.createdBy = u"tester"_qs;
        c.createdAt = utc(2026, 2, 1);
        auto saved = CreditRepository(db()).insert(c);
        ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    }

    InvoiceDocument document(qint64 invoiceId)
    {
        auto d = loadInvoiceDocument(db(), invoiceId);
        EXPECT_TRUE(d.has_value()) << d.error().message.toStdString();
        return d ? *d : InvoiceDocument{};
    }

    // Keeps the kind's XML and PDF in IC_DOCUMENTS_OUT when it is set.
    void keep(const QString &name, const InvoiceDocument &d)
    {
        const QString dir = qEnvironmentVariable("IC_DOCUMENTS_OUT");
        if (dir.isEmpty() || GetParam() != Dialect::SQLite)
            return;
        QDir().mkpath(dir);
        QFile xml(dir + u'/' + name + u".xml");
        if (xml.open(QIODevice::WriteOnly))
            xml.write(facturXXml(d));
        auto pdf = invoicePdf(d);
        ASSERT_TRUE(pdf.has_value()) << pdf.error().message.toStdString();
        QFile file(dir + u'/' + name + u".pdf");
        if (file.open(QIODevice::WriteOnly))
            file.write(*pdf);
    }

    qint64 frBusiness = 0;
};

} // namespace ic::test
