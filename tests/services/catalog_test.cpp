// The catalogue's services: the paged grid queries (filter, sort and paging in SQL), the
// export of a filtered view to CSV and XLSX, the plan save that moves subscribers, and the
// code trial. Every test runs on SQLite and on PostgreSQL.
#include "models/clock.h"
#include "services/catalog/catalogservice.h"
#include "services/catalog/plangrid.h"
#include "services/catalog/promotiongrid.h"
#include "services/documents/gridexport.h"
#include "services/storage/planrepository.h"
#include "services/storage/promotionrepository.h"
#include "tests/services/storagefixtures.h"
#include "tests/support/testbooks.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtEndian>

#include <gtest/gtest.h>
#include <zlib.h>

using namespace ic;
using namespace ic::test;

namespace {

class CatalogTest : public BothDatabases {
protected:
    // 25 plans "Plan 00" … "Plan 24", plan i costing (25 − i) × 1.00 EUR, so price order is
    // the reverse of name order; plan 7 is called "Plan 07, 50%_off" to test escaping.
    QList<qint64> insertPlans()
    {
        QList<qint64> ids;
        PlanRepository plans(db());
        for (int i = 0; i < 25; ++i) {
            Plan p;
            p.slug = QStringLiteral("plan-%1").arg(i, 2, 10, QLatin1Char('0'));
            p.name = i == 7 ? QStringLiteral("Plan 07, 50%_off")
                            : QStringLiteral("Plan %1").arg(i, 2, 10, QLatin1Char('0'));
            p.price = Money((25 - i) * 100, QStringLiteral("EUR"));
            p.setupFee = Money::zero(QStringLiteral("EUR"));
            p.limits.insert(PlanLimit::Users, i);
            p.features = {PlanFeature{0, 0, 0, QStringLiteral("Support"), true}};
            auto saved = plans.insert(p);
            EXPECT_TRUE(saved.has_value()) << saved.error().message.toStdString();
            ids.append(saved ? saved->id : 0);
        }
        return ids;
    }

    QStringList names(const QList<GridRow> &rows)
    {
        QStringList out;
        for (const GridRow &r : rows)
            out.append(r.values.at(PlanGrid::Name).toString());
        return out;
    }

    FixedClock m_clock{utc(2026, 3, 15, 12)};
};

TEST_P(CatalogTest, PlanPagesFollowTheSqlOrderWithoutGapsOrRepeats)
{
    insertPlans();
    PlanGrid grid;
    GridRequest byPrice{QString(), PlanGrid::Price, true};
    auto total = grid.count(db(), byPrice);
    ASSERT_TRUE(total.has_value());
    EXPECT_EQ(*total, 25);
    QList<GridRow> all;
    std::optional<GridKey> after;
    for (int n = 0; n < 3; ++n) {
        auto page = grid.fetch(db(), byPrice, after, 10);
        ASSERT_TRUE(page.has_value()) << page.error().message.toStdString();
        EXPECT_EQ(page->rows.size(), n < 2 ? 10 : 5);
        all.append(page->rows);
        after = page->last;
    }
    ASSERT_EQ(all.size(), 25);
    QSet<qint64> seen;
    for (int i = 0; i < all.size(); ++i) {
        seen.insert(all.at(i).id);
        // Price descending: 25.00, 24.00, … as Money, the raw value of the column.
        EXPECT_EQ(all.at(i).values.at(PlanGrid::Price).value<Money>(),
                  Money((25 - i) * 100, QStringLiteral("EUR")));
    }
    EXPECT_EQ(seen.size(), 25);
    EXPECT_EQ(all.first().values.at(PlanGrid::Limits).toString(), QStringLiteral("Users 0"));
    EXPECT_EQ(all.first().values.at(PlanGrid::Features).toLongLong(), 1);
    EXPECT_EQ(all.first().values.at(PlanGrid::Type).toString(), QStringLiteral("monthly"));

    // Name ascending is the reverse.
    auto byName = grid.fetch(db(), GridRequest{QString(), PlanGrid::Name, false}, std::nullopt, 3);
    ASSERT_TRUE(byName.has_value());
    EXPECT_EQ(names(byName->rows), (QStringList{u"Plan 00"_qs, u"Plan 01"_qs, u"Plan 02"_qs}));
}

TEST_P(CatalogTest, FilterIsCaseInsensitiveAndTakesWildcardsLiterally)
{
    insertPlans();
    PlanGrid grid;
    // "plan 1" matches Plan 10 … Plan 19 by name (the slugs say "plan-1…").
    EXPECT_EQ(grid.count(db(), GridRequest{u"PLAN 1"_qs, 0, false}).value_or(-1), 10);
    // The slug is searched as well.
    EXPECT_EQ(grid.count(db(), GridRequest{u"plan-2"_qs, 0, false}).value_or(-1), 5);
    // "%" and "_" are the characters typed, not LIKE wildcards.
    auto percent = grid.fetch(db(), GridRequest{u"50%_"_qs, 0, false}, std::nullopt, 10);
    ASSERT_TRUE(percent.has_value());
    EXPECT_EQ(names(percent->rows), QStringList{u"Plan 07, 50%_off"_qs});
    EXPECT_EQ(grid.count(db(), GridRequest{u"%"_qs, 0, false}).value_or(-1), 1);
    EXPECT_EQ(grid.count(db(), GridRequest{u"_"_qs, 0, false}).value_or(-1), 1);
}

TEST_P(CatalogTest, PromotionRowsCarryValueUsesAndTargeting)
{
    const QList<qint64> plans = insertPlans();
    PromotionRepository repo(db());
    Promotion pct;
    pct.code = u"SPRING"_qs;
    pct.name = u"Spring"_qs;
    pct.percentBp = 1250;
    pct.maxUses = 10;
    pct.planIds = {plans.at(1), plans.at(0)};
    pct.startsOn = QDate(2026, 3, 1);
    pct.endsOn = QDate(2026, 3, 31);
    ASSERT_TRUE(repo.insert(pct).has_value());
    Promotion fixed;
    fixed.code = u"TEN"_qs;
    fixed.name = u"Ten off"_qs;
    fixed.type = DiscountType::Fixed;
    fixed.amount = Money(1000, u"EUR"_qs);
    fixed.autoApply = true;
    ASSERT_TRUE(repo.insert(fixed).has_value());

    PromotionGrid grid;
    auto rows =
        grid.fetch(db(), GridRequest{QString(), PromotionGrid::Code, false}, std::nullopt, 10);
    ASSERT_TRUE(rows.has_value()) << rows.error().message.toStdString();
    ASSERT_EQ(rows->rows.size(), 2);
    const GridRow &spring = rows->rows.at(0);
    EXPECT_EQ(spring.values.at(PromotionGrid::Code).toString(), u"SPRING"_qs);
    EXPECT_EQ(spring.values.at(PromotionGrid::Value).toLongLong(), 1250);
    EXPECT_EQ(spring.values.at(PromotionGrid::Uses).toLongLong(), 0);
    EXPECT_EQ(spring.values.at(PromotionGrid::MaxUses).toLongLong(), 10);
    EXPECT_TRUE(spring.values.at(PromotionGrid::MaxUsesPerCustomer).isNull());
    EXPECT_EQ(spring.values.at(PromotionGrid::StartsOn).toDate(), QDate(2026, 3, 1));
    EXPECT_EQ(spring.values.at(PromotionGrid::EndsOn).toDate(), QDate(2026, 3, 31));
    // Both plans have sort order 0, so by name.
    EXPECT_EQ(spring.values.at(PromotionGrid::Targeting).toString(), u"Plan 00, Plan 01"_qs);
    const GridRow &ten = rows->rows.at(1);
    EXPECT_EQ(ten.values.at(PromotionGrid::Value).value<Money>(), Money(1000, u"EUR"_qs));
    EXPECT_EQ(ten.values.at(PromotionGrid::Targeting).toString(), u"Every plan"_qs);
    EXPECT_TRUE(ten.values.at(PromotionGrid::AutoApply).toBool());
    EXPECT_TRUE(ten.values.at(PromotionGrid::StartsOn).isNull());

    // Figures from the recorded uses: SPRING used twice on Plan 00 (25.00 − 3.13 = 21.87, the
    // 12.5 % rounded half away from zero) and once by hand for 10.00 − 1.25 = 8.75.
    EXPECT_TRUE(spring.values.at(PromotionGrid::GivenAway).isNull());
    const qint64 customer = makeCustomer(db(), u"ana@example.com"_qs);
    const qint64 springId = spring.id;
    const QDateTime at = utc(2026, 3, 10);
    ASSERT_TRUE(repo.recordUse(springId, customer, 0, Money(2500, u"EUR"_qs), Money(313, u"EUR"_qs),
                               Money(2187, u"EUR"_qs), at));
    ASSERT_TRUE(repo.recordUse(springId, customer, 0, Money(2500, u"EUR"_qs), Money(313, u"EUR"_qs),
                               Money(2187, u"EUR"_qs), at));
    ASSERT_TRUE(repo.recordUse(springId, customer, 0, Money(1000, u"EUR"_qs), Money(125, u"EUR"_qs),
                               Money(875, u"EUR"_qs), at));
    auto withUses =
        grid.fetch(db(), GridRequest{u"spring"_qs, PromotionGrid::Code, false}, std::nullopt, 10);
    ASSERT_TRUE(withUses.has_value());
    ASSERT_EQ(withUses->rows.size(), 1);
    // 3.13 + 3.13 + 1.25 = 7.51 given; 21.87 + 21.87 + 8.75 = 52.49 paid.
    EXPECT_EQ(withUses->rows.at(0).values.at(PromotionGrid::GivenAway).value<Money>(),
              Money(751, u"EUR"_qs));
    EXPECT_EQ(withUses->rows.at(0).values.at(PromotionGrid::Revenue).value<Money>(),
              Money(5249, u"EUR"_qs));
    EXPECT_EQ(withUses->rows.at(0).values.at(PromotionGrid::Uses).toLongLong(), 3);
    // In another currency too: the sums per currency, as text.
    ASSERT_TRUE(repo.recordUse(springId, customer, 0, Money(1000, u"USD"_qs), Money(125, u"USD"_qs),
                               Money(875, u"USD"_qs), at));
    auto mixed =
        grid.fetch(db(), GridRequest{u"spring"_qs, PromotionGrid::Code, false}, std::nullopt, 10);
    ASSERT_TRUE(mixed.has_value());
    EXPECT_EQ(mixed->rows.at(0).values.at(PromotionGrid::GivenAway).toString(),
              u"7.51 EUR + 1.25 USD"_qs);

    // Sorting by targeting: the promotion for every plan (0 linked plans) first.
    auto byTarget =
        grid.fetch(db(), GridRequest{QString(), PromotionGrid::Targeting, false}, std::nullopt, 10);
    ASSERT_TRUE(byTarget.has_value());
    EXPECT_EQ(byTarget->rows.at(0).values.at(PromotionGrid::Code).toString(), u"TEN"_qs);
}

// --- export ---------------------------------------------------------------------------

// A minimal CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF rows).
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r') {
        } else if (c == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else {
            field.append(c);
        }
    }
    return rows;
}

TEST_P(CatalogTest, CsvExportHoldsTheFilteredViewInItsOrderFromRawValues)
{
    insertPlans();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plans.csv"_qs);
    PlanGrid grid;
    QList<std::pair<qint64, qint64>> progress;
    Session accountant;
    accountant.username = u"ada"_qs;
    accountant.role = Role::Accountant;
    auto written =
        exportGrid(&accountant, db(), grid, GridRequest{u"plan 0"_qs, PlanGrid::Price, false},
                   {PlanGrid::Name, PlanGrid::Price, PlanGrid::IsActive}, path, ExportFormat::Csv,
                   u"Plans"_qs, [&](qint64 done, qint64 total) {
                       progress.append({done, total});
                       return true;
                   });
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
    EXPECT_EQ(*written, 10);
    EXPECT_EQ(progress.last(), (std::pair<qint64, qint64>(10, 10)));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto rows = readCsv(QString::fromUtf8(file.readAll()));
    ASSERT_EQ(rows.size(), 11);
    EXPECT_EQ(rows.at(0), (QStringList{u"Name"_qs, u"Price"_qs, u"Price (unit)"_qs, u"Active"_qs}));
    // Price ascending among Plan 00 … Plan 09: Plan 09 costs 16.00, Plan 00 25.00.
    EXPECT_EQ(rows.at(1), (QStringList{u"Plan 09"_qs, u"16.00"_qs, u"EUR"_qs, u"true"_qs}));
    // The name with a comma comes back whole.
    EXPECT_EQ(rows.at(3),
              (QStringList{u"Plan 07, 50%_off"_qs, u"18.00"_qs, u"EUR"_qs, u"true"_qs}));
    EXPECT_EQ(rows.at(10).at(0), u"Plan 00"_qs);
}

TEST_P(CatalogTest, ARoleThatMayNotExportIsRefusedAndNoFileIsWritten)
{
    insertPlans();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plans.csv"_qs);
    PlanGrid grid;
    Session support;
    support.username = u"sam"_qs;
    support.role = Role::Support;
    ASSERT_FALSE(support.may(Permission::Export));
    auto written = exportGrid(&support, db(), grid, GridRequest{}, {PlanGrid::Name}, path,
                              ExportFormat::Csv, u"Plans"_qs);
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(written.error().message, u"A support member may not export data; ask an admin."_qs);
    EXPECT_FALSE(QFile::exists(path));
}

TEST_P(CatalogTest, CancelledExportLeavesNoFile)
{
    insertPlans();
    QTemporaryDir dir;
    PlanGrid grid;
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        const QString path = dir.filePath(format == ExportFormat::Csv ? u"x.csv"_qs : u"x.xlsx"_qs);
        auto written = exportGrid(nullptr, db(), grid, GridRequest{}, {PlanGrid::Name}, path,
                                  format, u"Plans"_qs, [](qint64, qint64) { return false; });
        ASSERT_FALSE(written.has_value());
        EXPECT_EQ(written.error().code, ErrorCode::Cancelled);
        EXPECT_FALSE(QFile::exists(path));
        EXPECT_FALSE(QFile::exists(path + u".part"));
    }
}

// The entries of a zip file, inflated: enough of the format (local headers, stored or
// deflated) to read back what libxlsxwriter writes.
QMap<QString, QByteArray> unzip(const QByteArray &zip)
{
    QMap<QString, QByteArray> entries;
    qsizetype at = 0;
    while (at + 30 <= zip.size() &&
           qFromLittleEndian<quint32>(zip.constData() + at) == 0x04034b50) {
        const auto u16 = [&](qsizetype o) {
            return qFromLittleEndian<quint16>(zip.constData() + at + o);
        };
        const auto u32 = [&](qsizetype o) {
            return qFromLittleEndian<quint32>(zip.constData() + at + o);
        };
        const quint16 flags = u16(6);
        const quint16 method = u16(8);
        quint32 compressed = u32(18);
        const quint32 size = u32(22);
        const quint16 nameLength = u16(26);
        const quint16 extraLength = u16(28);
        const QString name = QString::fromUtf8(zip.mid(at + 30, nameLength));
        const qsizetype data = at + 30 + nameLength + extraLength;
        QByteArray out;
        if (method == 0) {
            out = zip.mid(data, compressed);
        } else {
            // Deflated, sizes possibly only in a data descriptor: inflate until the stream ends.
            z_stream z{};
            inflateInit2(&z, -MAX_WBITS);
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zip.constData() + data));
            z.avail_in = uInt(zip.size() - data);
            QByteArray buffer(64 * 1024, Qt::Uninitialized);
            int status = Z_OK;
            while (status == Z_OK) {
                z.next_out = reinterpret_cast<Bytef *>(buffer.data());
                z.avail_out = uInt(buffer.size());
                status = inflate(&z, Z_NO_FLUSH);
                out.append(buffer.constData(), buffer.size() - z.avail_out);
            }
            compressed = quint32(z.total_in);
            inflateEnd(&z);
        }
        Q_UNUSED(size)
        entries.insert(name, out);
        at = data + compressed + ((flags & 0x08) ? 16 : 0);
    }
    return entries;
}

TEST_P(CatalogTest, XlsxExportIsAWorkbookWithTheSheetAndItsRows)
{
    insertPlans();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plans.xlsx"_qs);
    PlanGrid grid;
    auto written = exportGrid(nullptr, db(), grid, GridRequest{u"plan 1"_qs, PlanGrid::Name, false},
                              {PlanGrid::Name, PlanGrid::Price, PlanGrid::TrialDays}, path,
                              ExportFormat::Xlsx, u"Plans"_qs);
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
    EXPECT_EQ(*written, 10);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("PK\x03\x04"));
    const auto entries = unzip(bytes);
    ASSERT_TRUE(entries.contains(u"xl/workbook.xml"_qs));
    ASSERT_TRUE(entries.contains(u"xl/worksheets/sheet1.xml"_qs));
    EXPECT_TRUE(entries.value(u"xl/workbook.xml"_qs).contains("<sheet name=\"Plans\""));
    const QByteArray sheet = entries.value(u"xl/worksheets/sheet1.xml"_qs);
    // A title row and ten plans: rows 1 … 11, and no twelfth.
    EXPECT_TRUE(sheet.contains("<row r=\"11\""));
    EXPECT_FALSE(sheet.contains("<row r=\"12\""));
    // Plan 10 costs 15.00: a number cell, not text.
    EXPECT_TRUE(sheet.contains("<v>15</v>"));
    const QByteArray strings = entries.value(u"xl/sharedStrings.xml"_qs);
    EXPECT_TRUE(strings.contains("Plan 10"));
    EXPECT_TRUE(strings.contains("Plan 19"));
    EXPECT_FALSE(strings.contains("Plan 20"));
    EXPECT_TRUE(strings.contains("Price (unit)"));
}

// --- catalog service ---------------------------------------------------------------------

qint64 insertSubscription(Database &db, qint64 customerId, qint64 planId, const QString &status)
{
    return insertReturningId(
        db,
        u"INSERT INTO subscriptions (customer_id, plan_id, status, started_on, "
        u"current_period_start, current_period_end, next_billing_on, anchor_day, price_minor, "
        u"currency, gateway, created_at) VALUES (:c, :p, :s, '2026-03-01', '2026-03-01', "
        u"'2026-04-01', '2026-04-01', 1, 1900, 'EUR', 'manual', '2026-03-01T00:00:00.000Z') "
        u"RETURNING id"_qs,
        {{"c", customerId}, {"p", planId}, {"s", status}});
}

TEST_P(CatalogTest, WithdrawingAPlanMovesItsSubscribersAtTheirNextPeriod)
{
    const qint64 old = makePlan(db(), u"old"_qs);
    const qint64 next = makePlan(db(), u"next"_qs, 2900);
    const qint64 customer = makeCustomer(db(), u"ana@example.com"_qs);
    const qint64 active = insertSubscription(db(), customer, old, u"active"_qs);
    const qint64 pastDue = insertSubscription(db(), customer, old, u"past_due"_qs);
    const qint64 cancelled = insertSubscription(db(), customer, old, u"cancelled"_qs);
    Session admin;
    admin.username = u"tester"_qs;
    admin.role = Role::Admin;
    CatalogService catalog(db(), m_clock, &admin);
    EXPECT_EQ(catalog.subscriberCount(old).value_or(-1), 2);

    auto plan = PlanRepository(db()).find(old);
    ASSERT_TRUE(plan.has_value());
    plan->isActive = false;
    auto saved = catalog.savePlan(*plan, next);
    ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
    EXPECT_FALSE(saved->isActive);
    auto scheduled = [&](qint64 id) {
        return db()
            .scalar(u"SELECT scheduled_plan_id FROM subscriptions WHERE id = :id"_qs, {{"id", id}})
            .value_or(QVariant())
            .toLongLong();
    };
    EXPECT_EQ(scheduled(active), next);
    EXPECT_EQ(scheduled(pastDue), next);
    EXPECT_EQ(scheduled(cancelled), 0);

    // A stale save writes nothing: neither the plan nor any subscription.
    const qint64 third = makePlan(db(), u"third"_qs);
    insertSubscription(db(), customer, third, u"active"_qs);
    auto thirdPlan = PlanRepository(db()).find(third);
    ASSERT_TRUE(thirdPlan.has_value());
    thirdPlan->isActive = false;
    thirdPlan->rowVersion -= 1;
    auto refused = catalog.savePlan(*thirdPlan, next);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::StaleRow);
    EXPECT_TRUE(PlanRepository(db()).find(third)->isActive);
}

TEST_P(CatalogTest, MovingAPlanRenumbersTheCatalogueAndAuditsWhatChanged)
{
    // Three plans at orders 0, 0 and 5: the catalogue order is order, then name.
    PlanRepository plans(db());
    const qint64 basic = makePlan(db(), u"basic"_qs);
    const qint64 agency = makePlan(db(), u"agency"_qs);
    const qint64 pro = makePlan(db(), u"pro"_qs);
    auto proPlan = plans.find(pro);
    ASSERT_TRUE(proPlan.has_value());
    proPlan->sortOrder = 5;
    ASSERT_TRUE(plans.update(*proPlan).has_value());
    const auto order = [&] {
        QList<qint64> ids;
        for (const Plan &p : plans.list(false).value_or(QList<Plan>{}))
            ids.append(p.id);
        return ids;
    };
    const auto audits = [&] {
        return db()
            .scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'reorder'"_qs)
            .value_or(QVariant())
            .toLongLong();
    };
    const QString basicName = plans.find(basic)->name;
    const QString agencyName = plans.find(agency)->name;
    const QList<qint64> before = basicName.compare(agencyName, Qt::CaseInsensitive) < 0
                                     ? QList<qint64>{basic, agency, pro}
                                     : QList<qint64>{agency, basic, pro};
    ASSERT_EQ(order(), before);

    Session admin;
    admin.username = u"tester"_qs;
    admin.role = Role::Admin;
    CatalogService catalog(db(), m_clock, &admin);
    auto moved = catalog.movePlan(pro, 0);
    ASSERT_TRUE(moved.has_value()) << moved.error().message.toStdString();
    const QList<qint64> after{pro, before[0], before[1]};
    EXPECT_EQ(order(), after);
    ASSERT_EQ(moved->size(), 3);
    EXPECT_EQ(moved->at(0).id, pro);
    EXPECT_EQ(moved->at(0).sortOrder, 10);
    EXPECT_EQ(moved->at(1).sortOrder, 20);
    EXPECT_EQ(moved->at(2).sortOrder, 30);
    EXPECT_EQ(audits(), 3); // every plan got a new number

    // Past the end means last; a plan already numbered in place is not written again.
    ASSERT_TRUE(catalog.movePlan(pro, 99).has_value());
    EXPECT_EQ(order(), (QList<qint64>{before[0], before[1], pro}));
    EXPECT_EQ(audits(), 6);
    ASSERT_TRUE(catalog.movePlan(pro, 2).has_value());
    EXPECT_EQ(audits(), 6);

    // Support may not; nothing moves. An unknown plan is one sentence.
    Session support;
    support.username = u"sam"_qs;
    support.role = Role::Support;
    auto refused = CatalogService(db(), m_clock, &support).movePlan(pro, 0);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(order(), (QList<qint64>{before[0], before[1], pro}));
    auto unknown = catalog.movePlan(999999, 0);
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().message, u"Plan 999999 does not exist."_qs);
}

TEST_P(CatalogTest, TryingACodeShowsEveryCheckAndThePrice)
{
    const qint64 pro = makePlan(db(), u"pro"_qs, 2900);
    const qint64 other = makePlan(db(), u"other"_qs, 1900);
    makeCustomer(db(), u"ana@example.com"_qs);
    Promotion p;
    p.code = u"TWENTY"_qs;
    p.name = u"Twenty"_qs;
    p.percentBp = 2000;
    p.planIds = {pro};
    ASSERT_TRUE(PromotionRepository(db()).insert(p).has_value());
    CatalogService catalog(db(), m_clock);

    // 20 % of 29.00 = 5.80; 29.00 − 5.80 = 23.20.
    auto accepted =
        catalog.tryCode(u"ANA@example.com"_qs, pro, u"twenty"_qs, true, QDate(2026, 3, 15));
    ASSERT_TRUE(accepted.has_value()) << accepted.error().message.toStdString();
    EXPECT_TRUE(accepted->report.isAccepted());
    EXPECT_EQ(accepted->report.steps.size(), 8);
    for (const auto &step : accepted->report.steps)
        EXPECT_EQ(step.outcome, CheckOutcome::Passed) << step.label.toStdString();
    EXPECT_EQ(accepted->initial, Money(2900, u"EUR"_qs));
    EXPECT_EQ(accepted->discount, Money(580, u"EUR"_qs));
    EXPECT_EQ(accepted->final, Money(2320, u"EUR"_qs));

    auto refused =
        catalog.tryCode(u"ana@example.com"_qs, other, u"TWENTY"_qs, true, QDate(2026, 3, 15));
    ASSERT_TRUE(refused.has_value());
    EXPECT_FALSE(refused->report.isAccepted());
    const auto &steps = refused->report.steps;
    EXPECT_EQ(steps.at(int(PromotionCheck::AppliesToPlan)).outcome, CheckOutcome::Failed);
    EXPECT_EQ(steps.at(int(PromotionCheck::TotalUses)).outcome, CheckOutcome::Passed);
    EXPECT_EQ(steps.at(int(PromotionCheck::AppliesToPayment)).outcome, CheckOutcome::NotRun);
    EXPECT_FALSE(refused->report.reason().isEmpty());
    EXPECT_EQ(refused->final, Money(1900, u"EUR"_qs));
    EXPECT_TRUE(refused->discount.isZero());

    auto nobody =
        catalog.tryCode(u"nobody@example.com"_qs, pro, u"TWENTY"_qs, true, QDate(2026, 3, 15));
    ASSERT_FALSE(nobody.has_value());
    EXPECT_EQ(nobody.error().code, ErrorCode::NotFound);
}

} // namespace

IC_BOTH_DATABASES(CatalogTest);
