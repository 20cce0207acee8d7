#include "ui/dashboard/overviewpage.h"

#include "models/clock.h"
#include "services/storage/database.h"
#include "ui/dashboard/figurecard.h"

#include <QGridLayout>
#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ic {

OverviewPage::OverviewPage(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_jobs(new JobQueue(this))
    , m_asOf(new QLabel(this))
    , m_status(new QLabel(this))
{
    auto *heading = new QLabel(tr("Overview"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setWeight(QFont::Bold);
    heading->setFont(headingFont);

    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->hide();

    const QString titles[] = {
        tr("Customers"),          tr("Active subscriptions"), tr("Trialing"),
        tr("Past due"),           tr("Invoices this month"),  tr("Revenue this month"),
        tr("Open dunning cases"),
    };
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    grid->setAlignment(Qt::AlignTop);
    // Four columns: the subscriptions on the first row, the month and the dunning on the
    // second, with the revenue twice as wide (it may hold several currencies).
    const struct {
        int row, column, span;
    } places[] = {{0, 0, 1}, {0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {1, 0, 1}, {1, 1, 2}, {1, 3, 1}};
    for (int i = 0; i < int(std::size(titles)); ++i) {
        auto *card = new FigureCard(titles[i], this);
        m_cards.append(card);
        grid->addWidget(card, places[i].row, places[i].column, 1, places[i].span);
    }
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
    card(Figure::Customers)->setCaption(tr("in the book"));
    card(Figure::ActiveSubscriptions)->setCaption(tr("paid and renewing"));
    card(Figure::TrialingSubscriptions)->setCaption(tr("in their free trial"));
    card(Figure::PastDueSubscriptions)->setCaption(tr("a payment failed; retrying"));
    card(Figure::OpenDunningCases)->setCaption(tr("unpaid invoices being chased"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(m_asOf);
    layout->addSpacing(12);
    layout->addWidget(m_status);
    layout->addLayout(grid);
    layout->addStretch(1);
}

// A load still running finishes on the queue's thread, which the queue waits for; its
// result is dropped.
OverviewPage::~OverviewPage() = default;

FigureCard *OverviewPage::card(Figure figure) const
{
    return m_cards.at(int(figure));
}

QString OverviewPage::errorText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void OverviewPage::setBook(const ConnectionSpec &spec)
{
    m_spec = spec;
    m_hasBook = true;
    for (FigureCard *c : std::as_const(m_cards))
        c->setValue(QStringLiteral("–"));
    reload();
}

void OverviewPage::reload()
{
    if (!m_hasBook)
        return;
    setLoading(true);
    const QDate today = m_clock.today(QTimeZone::systemTimeZone());
    // A newer load replaces the one before: a load still queued does not start, and only the
    // latest result is shown.
    if (m_job)
        m_job->disconnect(this);
    m_jobs->cancelAll();
    m_job = m_jobs->start(JobBase::Connection{m_spec}, [today](const JobContext &job) {
        return loadOverview(*job.db(), today);
    });
    connect(m_job.get(), &JobBase::finished, this, [this] { showOverview(m_job->result()); });
}

void OverviewPage::setLoading(bool loading)
{
    m_loading = loading;
    if (loading) {
        m_status->setText(tr("Loading…"));
        m_status->show();
    }
}

void OverviewPage::showOverview(const Result<BookOverview> &result)
{
    setLoading(false);
    if (!result) {
        m_status->setText(tr("The overview could not be read: %1").arg(result.error().message));
        m_status->show();
        Q_EMIT loaded();
        return;
    }
    m_status->hide();
    const BookOverview &o = *result;
    const QLocale loc = locale();
    m_asOf->setText(tr("As of %1").arg(loc.toString(o.asOf, QLocale::LongFormat)));

    card(Figure::Customers)->setValue(loc.toString(o.customers));
    card(Figure::ActiveSubscriptions)->setValue(loc.toString(o.activeSubscriptions));
    card(Figure::TrialingSubscriptions)->setValue(loc.toString(o.trialingSubscriptions));
    card(Figure::PastDueSubscriptions)->setValue(loc.toString(o.pastDueSubscriptions));
    card(Figure::PastDueSubscriptions)->setAttention(o.pastDueSubscriptions > 0);
    card(Figure::OpenDunningCases)->setValue(loc.toString(o.openDunningCases));
    card(Figure::OpenDunningCases)->setAttention(o.openDunningCases > 0);

    const QDate first(o.asOf.year(), o.asOf.month(), 1);
    const QString month = loc.toString(first, QStringLiteral("MMMM yyyy"));
    card(Figure::InvoicesThisMonth)->setValue(loc.toString(o.invoicesThisMonth));
    card(Figure::InvoicesThisMonth)->setCaption(tr("issued in %1").arg(month));

    QStringList amounts;
    for (const Money &m : o.revenueThisMonth)
        amounts.append(m.format(loc));
    card(Figure::RevenueThisMonth)
        ->setValue(amounts.isEmpty() ? QStringLiteral("–") : amounts.join(u"   "));
    card(Figure::RevenueThisMonth)
        ->setCaption(amounts.isEmpty() ? tr("no paid invoice issued in %1").arg(month)
                                       : tr("paid invoices issued in %1").arg(month));
    Q_EMIT loaded();
}

} // namespace ic
