#pragma once

#include "models/result.h"
#include "services/analytics/overview.h"
#include "services/jobs/jobqueue.h"
#include "services/storage/connectionspec.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace ic {

class Clock;
class FigureCard;

// The book at a glance: a read-only page of large figures. The figures are computed on a
// worker thread with its own connection (a JobQueue of the page's), so a big book never
// freezes the window; only the latest load's figures are shown.
class OverviewPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    enum class Figure {
        Customers,
        ActiveSubscriptions,
        TrialingSubscriptions,
        PastDueSubscriptions,
        InvoicesThisMonth,
        RevenueThisMonth,
        OpenDunningCases,
    };

    explicit OverviewPage(const Clock &clock, QWidget *parent = nullptr);
    ~OverviewPage() override;

    // Shows this book from now on, and loads its figures.
    void setBook(const ConnectionSpec &spec);
    // Loads the figures again (F5).
    void reload();

    bool isLoading() const { return m_loading; }
    FigureCard *card(Figure figure) const;
    // The sentence shown when the figures could not be read, empty otherwise.
    QString errorText() const;

Q_SIGNALS:
    // The figures of the latest load, or the sentence saying why not, are on screen.
    void loaded();

private:
    void showOverview(const Result<BookOverview> &result);
    void setLoading(bool loading);

    const Clock &m_clock;
    ConnectionSpec m_spec;
    bool m_hasBook = false;
    bool m_loading = false;
    JobQueue *m_jobs;
    std::shared_ptr<Job<BookOverview>> m_job; // the latest load
    QLabel *m_asOf;
    QLabel *m_status;
    QList<FigureCard *> m_cards;
};

} // namespace ic
