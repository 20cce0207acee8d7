// The demo book's parties: a complete seller, and every customer with a billing address of
// their country's shape; French businesses with a SIREN and the VAT number of its key, the
// other EU businesses keeping the VAT number their reverse charge depends on.
#include "models/identifiers.h"
#include "services/demo/demobook.h"
#include "services/storage/selleridentitystore.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

class DemoParties : public BothDatabases {};

TEST_P(DemoParties, EveryCustomerHasAnAddressAndBusinessesTheirIdentifiers)
{
    DemoOptions options;
    options.customers = 80;
    options.months = 2;
    options.seed = 7;
    options.endDate = QDate(2026, 3, 31);
    auto built = DemoBook(db()).build(options);
    ASSERT_TRUE(built.has_value()) << built.error().message.toStdString();
    EXPECT_TRUE(SellerIdentityStore(db()).checkComplete().has_value());
    auto q = db().exec(u"SELECT country, company, vat_number, siren, address_lines, postal_code, "
                       u"city FROM customers ORDER BY id"_qs);
    ASSERT_TRUE(q.has_value());
    int customers = 0, frenchBusinesses = 0, euBusinesses = 0;
    while (q->next()) {
        ++customers;
        const QString country = q->value(0).toString().trimmed();
        const bool business = !q->value(1).toString().isEmpty();
        EXPECT_FALSE(q->value(4).toString().isEmpty());
        EXPECT_FALSE(q->value(5).toString().isEmpty());
        EXPECT_FALSE(q->value(6).toString().isEmpty());
        if (business && country == u"FR") {
            ++frenchBusinesses;
            EXPECT_TRUE(isValidSiren(q->value(3).toString()))
                << q->value(3).toString().toStdString();
            EXPECT_EQ(q->value(2).toString(), frenchVatNumber(q->value(3).toString()));
        } else if (business && country != u"GB" && country != u"US" && country != u"CH") {
            ++euBusinesses;
            EXPECT_FALSE(q->value(2).toString().isEmpty()) << country.toStdString();
        }
    }
    EXPECT_EQ(customers, 80);
    EXPECT_GT(frenchBusinesses, 0);
    EXPECT_GT(euBusinesses, 0);
    // every reverse-charged invoice's customer has a VAT number (BR-AE-02)
    auto missing = db().scalar(u"SELECT COUNT(*) FROM invoices i JOIN customers c ON c.id = "
                               u"i.customer_id WHERE i.reverse_charge AND (c.vat_number IS NULL "
                               u"OR c.vat_number = '')"_qs);
    ASSERT_TRUE(missing.has_value());
    EXPECT_EQ(missing->toLongLong(), 0);
}

IC_BOTH_DATABASES(DemoParties);

} // namespace
