// The daily run's progress and cancel through the one job interface (JobContext): units of
// the day counted and named, a cancel between two subscriptions keeping what was finished.
#include "services/billing/dailyrun.h"
#include "services/gateways/manualgateway.h"
#include "services/gateways/simulatedgateway.h"
#include "services/jobs/jobcontext.h"
#include "tests/support/renewalsdue.h"
#include "tests/support/testbooks.h"

#include <gtest/gtest.h>

using namespace ic;
using ic::test::BothDatabases;

namespace {

const QDate kToday(2027, 2, 21);

class DailyRunProgress : public BothDatabases {
protected:
    Result<DailyRunSummary> runToday(const JobContext &job)
    {
        SimulatedGateway simulated(m_book->dir.filePath(u"ledger.jsonl"_qs));
        ManualGateway manual;
        FixedClock clock(QDateTime(kToday, QTime(6, 0), Qt::UTC));
        DailyRun run(db(), clock, {{u"simulated"_qs, &simulated}, {u"manual"_qs, &manual}});
        return run.run(kToday, job);
    }
    qint64 invoices()
    {
        auto n = db().scalar(u"SELECT COUNT(*) FROM invoices"_qs);
        EXPECT_TRUE(n.has_value());
        return n ? n->toLongLong() : -1;
    }
};

} // namespace

TEST_P(DailyRunProgress, EachSubscriptionOfTheDayIsCountedAndNamed)
{
    const QList<qint64> subs = test::insertRenewalsDue(db(), kToday, 3);
    ASSERT_EQ(subs.size(), 3);
    QList<JobStatus> seen;
    const JobContext job(CancelToken(), [&](const JobStatus &s) { seen.append(s); });
    auto summary = runToday(job);
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->invoicesCreated, 3);
    EXPECT_EQ(invoices(), 3);

    // The three renewals are the day's only units: 0, 1 and 2 of 3 done as each begins,
    // each named; every step's end reports how far the day is, the last 3 of 3.
    QList<JobStatus> named;
    for (const JobStatus &s : std::as_const(seen))
        if (!s.sentence.isEmpty())
            named.append(s);
    ASSERT_EQ(named.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(named.at(i).done, i);
        EXPECT_EQ(named.at(i).total, 3);
        EXPECT_EQ(named.at(i).sentence,
                  u"Invoicing the renewal of subscription %1"_qs.arg(subs.at(i)));
    }
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_EQ(seen.last().done, 3);
    EXPECT_EQ(seen.last().total, 3);
    for (const JobStatus &s : std::as_const(seen))
        EXPECT_EQ(s.total, 3); // known from the start: the counts are read as the day begins
}

TEST_P(DailyRunProgress, ACancelStopsBetweenSubscriptionsAndKeepsWhatWasFinished)
{
    test::insertRenewalsDue(db(), kToday, 3);
    const CancelToken token;
    // Cancelled once the first renewal is done: the run stops before the second.
    const JobContext job(token, [&](const JobStatus &s) {
        if (s.done == 1)
            token.cancel();
    });
    auto stopped = runToday(job);
    ASSERT_FALSE(stopped.has_value());
    EXPECT_EQ(stopped.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(stopped.error().message, u"The daily run was stopped; what it finished is kept."_qs);
    EXPECT_EQ(invoices(), 1);

    // Run again, nothing makes the first invoice twice: 1 kept + 2 new = 3.
    auto again = runToday({});
    ASSERT_TRUE(again.has_value()) << again.error().message.toStdString();
    EXPECT_EQ(again->invoicesCreated, 2);
    EXPECT_EQ(invoices(), 3);
}

TEST_P(DailyRunProgress, AnInvoiceBeingChargedIsNamedByItsNumber)
{
    // One renewal invoiced at J-7 (INV-2027-001, see renewalsdue.h), then the run of its due
    // day charges it: the charge is named by the invoice's number. Without a card on file the
    // charge may fail; the sentence is what this test reads.
    test::insertRenewalsDue(db(), kToday, 1);
    ASSERT_TRUE(runToday({}).has_value());
    QStringList sentences;
    const JobContext job(CancelToken(), [&](const JobStatus &s) {
        if (!s.sentence.isEmpty())
            sentences.append(s.sentence);
    });
    SimulatedGateway simulated(m_book->dir.filePath(u"ledger.jsonl"_qs));
    ManualGateway manual;
    const QDate due = kToday.addDays(7);
    FixedClock clock(QDateTime(due, QTime(6, 0), Qt::UTC));
    DailyRun run(db(), clock, {{u"simulated"_qs, &simulated}, {u"manual"_qs, &manual}});
    auto summary = run.run(due, job);
    ASSERT_TRUE(summary.has_value()) << summary.error().message.toStdString();
    // Catching up from 22 to 28 February: the days are named; the charge is on the 28th.
    EXPECT_TRUE(sentences.contains(u"Charging invoice INV-2027-001 (business day 2027-02-28)"_qs))
        << sentences.join(u" | "_qs).toStdString();
}

IC_BOTH_DATABASES(DailyRunProgress);
