// The search of the Customers area (CustomerGrid) on both databases: prefixes of name,
// e-mail and company, case-insensitive, accented letters, a customer found by the number of
// one of their invoices, count and pages that agree.
#include "services/customers/customergrid.h"
#include "services/storage/customerrepository.h"
#include "tests/services/samplebook.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using ic::test::BothDatabases;

namespace {

class CustomerGridTest : public BothDatabases {
protected:
    void SetUp() override
    {
        BothDatabases::SetUp();
        m_alice = add(u"Alice Martin"_qs, u"alice@example.org"_qs, u"Martin SARL"_qs);
        m_martine = add(u"Martine Dupont"_qs, u"m.dupont@example.com"_qs, {});
        m_elodie = add(u"Élodie Bernard"_qs, u"elodie.b@example.fr"_qs, u"Atelier Zèbre"_qs);
        m_bob = add(u"Bob Stone"_qs, u"bob@stone.io"_qs, {});
        m_zoe = add(u"Zoé Lefèvre"_qs, u"zoe_l@example.be"_qs, u"ÉCLAT 50%"_qs);
        invoice(m_bob, u"INV-2026-001"_qs);
        invoice(m_elodie, u"INV-2026-0412"_qs);
        invoice(m_elodie, u"CN-2026-007"_qs);
    }

    qint64 add(const QString &name, const QString &email, const QString &company)
    {
        Customer c;
        c.name = name;
        c.email = email;
        c.company = company;
        c.country = u"FR"_qs;
        c.language = u"fr"_qs;
        auto saved = CustomerRepository(db()).insert(c);
        EXPECT_TRUE(saved.has_value()) << saved.error().message.toStdString();
        return saved ? saved->id : 0;
    }

    void invoice(qint64 customerId, const QString &number)
    {
        auto id =
            test::insertInvoice(db(), customerId, u"sent"_qs, u"EUR"_qs, 1000, QDate(2026, 3, 1));
        ASSERT_TRUE(id.has_value()) << id.error().message.toStdString();
        ASSERT_TRUE(db().exec(u"UPDATE invoices SET number = :number WHERE id = :id"_qs,
                              {{"number", number}, {"id", *id}})
                        .has_value());
    }

    // The ids found for `filter`, by name; checks the count agrees.
    QList<qint64> found(const QString &filter, int sortColumn = CustomerGrid::Name,
                        bool descending = false)
    {
        CustomerGrid grid;
        GridRequest request{filter, sortColumn, descending};
        auto rows = grid.fetch(db(), request, std::nullopt, 50);
        EXPECT_TRUE(rows.has_value()) << rows.error().message.toStdString();
        auto total = grid.count(db(), request);
        EXPECT_TRUE(total.has_value()) << total.error().message.toStdString();
        QList<qint64> ids;
        for (const GridRow &row : rows.value_or(GridPage()).rows)
            ids.append(row.id);
        EXPECT_EQ(total.value_or(-1), ids.size()) << filter.toStdString();
        return ids;
    }

    qint64 m_alice = 0, m_martine = 0, m_elodie = 0, m_bob = 0, m_zoe = 0;
};

TEST_P(CustomerGridTest, NoFilterListsEveryoneByName)
{
    // Lowered names in code point order: alice, bob, martine, zoé, then élodie (é > z).
    EXPECT_EQ(found({}), (QList<qint64>{m_alice, m_bob, m_martine, m_zoe, m_elodie}));
}

TEST_P(CustomerGridTest, NameEmailAndCompanyPrefixesWhateverTheCase)
{
    // "mart": Alice by her company (Martin SARL), Martine by her name.
    EXPECT_EQ(found(u"mart"_qs), (QList<qint64>{m_alice, m_martine}));
    EXPECT_EQ(found(u"MART"_qs), (QList<qint64>{m_alice, m_martine}));
    EXPECT_EQ(found(u"  Martine D"_qs), QList<qint64>{m_martine});
    // e-mail prefixes
    EXPECT_EQ(found(u"BOB@"_qs), QList<qint64>{m_bob});
    EXPECT_EQ(found(u"m.dup"_qs), QList<qint64>{m_martine});
    // company only
    EXPECT_EQ(found(u"atelier z"_qs), QList<qint64>{m_elodie});
    // the surname, after the first space of the name
    EXPECT_EQ(found(u"stone"_qs), QList<qint64>{m_bob});
    EXPECT_EQ(found(u"LEFÈ"_qs), QList<qint64>{m_zoe});
    EXPECT_EQ(found(u"dupont"_qs), QList<qint64>{m_martine});
    // a prefix, not a substring: "tone" is inside Bob's name and e-mail, at no start
    EXPECT_TRUE(found(u"tone"_qs).isEmpty());
    EXPECT_TRUE(found(u"nobody"_qs).isEmpty());
}

TEST_P(CustomerGridTest, AccentedLettersInAnyCase)
{
    EXPECT_EQ(found(u"élo"_qs), QList<qint64>{m_elodie});
    EXPECT_EQ(found(u"ÉLODIE"_qs), QList<qint64>{m_elodie});
    EXPECT_EQ(found(u"zoé l"_qs), QList<qint64>{m_zoe});
    EXPECT_EQ(found(u"éclat"_qs), QList<qint64>{m_zoe});
}

TEST_P(CustomerGridTest, WildcardsAreLettersLikeAnyOther)
{
    EXPECT_EQ(found(u"zoe_"_qs), QList<qint64>{m_zoe});
    EXPECT_TRUE(found(u"zo%"_qs).isEmpty());
    EXPECT_EQ(found(u"éclat 50%"_qs), QList<qint64>{m_zoe});
}

TEST_P(CustomerGridTest, AnInvoiceNumberFindsItsCustomer)
{
    EXPECT_EQ(found(u"INV-2026-0412"_qs), QList<qint64>{m_elodie});
    EXPECT_EQ(found(u"inv-2026-0412"_qs), QList<qint64>{m_elodie});
    EXPECT_EQ(found(u"cn-2026-007"_qs), QList<qint64>{m_elodie});
    // "inv-2026-001" is a prefix of Bob's number only ("…-0412" continues with 4).
    EXPECT_EQ(found(u"inv-2026-001"_qs), QList<qint64>{m_bob});
    // Both INV numbers start with "inv-2026-0"; a customer with two matches comes once.
    invoice(m_elodie, u"INV-2026-0413"_qs);
    EXPECT_EQ(found(u"inv-2026-0"_qs), (QList<qint64>{m_bob, m_elodie}));
    // Without a digit, no invoice number is searched: "inv" is nobody's name.
    EXPECT_TRUE(found(u"inv"_qs).isEmpty());
}

TEST_P(CustomerGridTest, SortedOnAColumnAndPaged)
{
    // E-mail addresses descending: zoe_l, m.dupont, elodie.b, bob, alice.
    EXPECT_EQ(found({}, CustomerGrid::Email, true),
              (QList<qint64>{m_zoe, m_martine, m_elodie, m_bob, m_alice}));
    CustomerGrid grid;
    // The second page of two, asked for after the key of the first.
    const GridRequest byName{{}, CustomerGrid::Name, false};
    auto first = grid.fetch(db(), byName, std::nullopt, 2);
    ASSERT_TRUE(first.has_value());
    ASSERT_EQ(first->rows.size(), 2);
    auto page = grid.fetch(db(), byName, first->last, 2);
    ASSERT_TRUE(page.has_value());
    ASSERT_EQ(page->rows.size(), 2);
    EXPECT_EQ(page->rows.at(0).id, m_martine);
    EXPECT_EQ(page->rows.at(1).id, m_zoe);
    EXPECT_EQ(page->rows.at(0).values.at(CustomerGrid::Name).toString(), u"Martine Dupont"_qs);
    EXPECT_EQ(page->rows.at(1).values.at(CustomerGrid::Company).toString(), u"ÉCLAT 50%"_qs);
    EXPECT_EQ(page->rows.at(1).values.at(CustomerGrid::Country).toString(), u"FR"_qs);
}

IC_BOTH_DATABASES(CustomerGridTest);

} // namespace
