#include "ui/common/jobrunner.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ic {

JobDialog::JobDialog(QWidget *parent)
    : QDialog(parent)
    , m_sentence(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("jobDialog"));
    m_sentence->setObjectName(QStringLiteral("jobSentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setMinimumWidth(420);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->setObjectName(QStringLiteral("jobProgress"));
    m_bar->setRange(0, 0);
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_cancel, &QPushButton::clicked, this, &JobDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(m_sentence);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
}

QString JobDialog::sentence() const
{
    return m_sentence->text();
}

void JobDialog::showStatus(const JobStatus &status)
{
    if (m_over)
        return;
    if (!status.sentence.isEmpty() && !m_cancelling)
        m_sentence->setText(status.sentence);
    if (status.total <= 0) {
        m_bar->setRange(0, 0); // busy: how much is left is not known yet
        return;
    }
    // In thousandths, so a count past what an int holds still fits the bar.
    const qint64 done = std::clamp<qint64>(status.done, 0, status.total);
    m_bar->setFormat(tr("%1 of %2").arg(locale().toString(done), locale().toString(status.total)));
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(done * 1000 / status.total));
}

void JobDialog::showOutcome(const QString &sentence, bool isFailure)
{
    m_over = true;
    m_sentence->setText(sentence);
    if (m_bar->maximum() == 0)
        m_bar->setRange(0, 1);
    if (!isFailure && m_bar->maximum() == 1)
        m_bar->setValue(1);
    m_cancel->setText(tr("Close"));
    m_cancel->setEnabled(true);
    m_cancel->setDefault(true);
    // A summary can run to several lines: the dialog grows to show it whole.
    adjustSize();
}

void JobDialog::reject()
{
    if (m_over) {
        QDialog::reject();
        return;
    }
    // Running: the job is asked to stop; the dialog stays until it has.
    if (m_cancelling)
        return;
    m_cancelling = true;
    m_cancel->setEnabled(false);
    m_sentence->setText(tr("Cancelling after the current step…"));
    Q_EMIT cancelRequested();
}

JobRunner::JobRunner(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

JobRunner::~JobRunner() = default;

void JobRunner::wait(JobBase &job, const Options &options)
{
    m_busy = true;
    // On the heap under the window: if the window goes away meanwhile, so does the dialog.
    QPointer<JobDialog> dialog(new JobDialog(m_window));
    dialog->setWindowTitle(options.title);
    dialog->setWindowModality(m_window ? Qt::WindowModal : Qt::ApplicationModal);
    dialog->showStatus({0, 0, options.text});
    if (options.text.isEmpty())
        dialog->sentenceLabel()->setText(tr("Working…"));

    QEventLoop loop;
    bool over = false;
    connect(&job, &JobBase::progressed, dialog, [&job, dialog, &options] {
        JobStatus status = job.status();
        if (status.sentence.isEmpty())
            status.sentence = options.text;
        dialog->showStatus(status);
    });
    connect(dialog, &JobDialog::cancelRequested, &job, [&job] { job.cancel(); });
    connect(&job, &JobBase::finished, &loop, [&over, &loop] {
        over = true;
        loop.quit();
    });
    const auto show = [this, dialog] {
        m_dialog = dialog;
        dialog->show();
        Q_EMIT dialogShown(dialog);
    };

    // Until the dialog shows, what a person clicks waits (and, once the dialog is up, meets
    // a modal dialog): nothing starts a second job under the first.
    QTimer delay;
    delay.setSingleShot(true);
    connect(&delay, &QTimer::timeout, &loop, &QEventLoop::quit);
    delay.start(std::max(0, options.delayMs));
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!over && dialog) {
        show();
        loop.exec();
    }
    // The window went away meanwhile: the job is stopped at its next unit.
    while (!over) {
        job.cancel();
        loop.exec();
    }

    if (options.showsOutcome && dialog) {
        QString sentence;
        if (job.error())
            sentence = job.error()->message;
        else
            sentence = job.successSentence().isEmpty() ? tr("Done.") : job.successSentence();
        dialog->showOutcome(sentence, job.error() && !job.wasCancelled());
        if (!dialog->isVisible())
            show();
        connect(dialog, &QDialog::finished, &loop, &QEventLoop::quit);
        connect(dialog, &QObject::destroyed, &loop, &QEventLoop::quit);
        loop.exec();
    }
    m_dialog = nullptr;
    delete dialog.data();
    m_busy = false;
}

} // namespace ic
