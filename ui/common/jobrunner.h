#pragma once

#include "services/jobs/jobqueue.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ic {

// The window's view of a job: what it is doing now (the job's sentence), how far (done of
// total, or a busy bar while the total is not known), and Cancel. Closing it (Esc, the
// title bar) while the job runs is a Cancel: the dialog stays until the job has stopped at
// its next unit. Over, it says the result in one sentence and Cancel becomes Close.
class JobDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDialog)

public:
    explicit JobDialog(QWidget *parent = nullptr);

    QLabel *sentenceLabel() const { return m_sentence; }
    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    bool isOver() const { return m_over; }
    // The sentence on screen: the job's latest, or the result's once over.
    QString sentence() const;

    void showStatus(const JobStatus &status);
    // The result: a success's summary, the error's sentence, or the cancel's.
    void showOutcome(const QString &sentence, bool isFailure);

    void reject() override;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_sentence;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_over = false;
    bool m_cancelling = false;
};

// Runs one job at a time for a window: the job runs on the runner's JobQueue (a worker
// thread with its own connection) while a window-modal JobDialog shows its progress and can
// cancel it; the window repaints and the rest of the application goes on meanwhile. run()
// returns the job's result once it is over (a short job is over before any dialog shows).
// With showsOutcome the dialog stays open on the result's sentence until Close; without, it
// closes at once and the caller says what became of the work.
class JobRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRunner)

public:
    struct Options {
        QString title;             // the dialog's title
        QString text;              // the sentence until the job reports its own
        bool showsOutcome = false; // keep the dialog open on the result until Close
        int delayMs = 300;         // work over sooner shows no dialog
    };

    explicit JobRunner(QWidget *window);
    ~JobRunner() override;

    template <typename F>
    auto
    run(const Options &options, std::optional<JobBase::Connection> connection, F work,
        typename Job<typename std::invoke_result_t<F, const JobContext &>::value_type>::Describe
            describe = {})
    {
        auto job = m_queue.start(std::move(connection), std::move(work), std::move(describe));
        wait(*job, options);
        return job->result();
    }

    // The dialog of the job running, once it shows (null otherwise): for tests.
    JobDialog *dialog() const { return m_dialog; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // A job's dialog is on screen.
    void dialogShown(ic::JobDialog *dialog);

private:
    void wait(JobBase &job, const Options &options);

    QPointer<QWidget> m_window;
    JobQueue m_queue;
    QPointer<JobDialog> m_dialog;
    bool m_busy = false;
};

} // namespace ic
