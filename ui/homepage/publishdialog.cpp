#include "ui/homepage/publishdialog.h"

#include "services/security/keys.h"
#include "services/storage/database.h"
#include "ui/common/fielderror.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ic {

namespace {

struct PublishJob {
    S3Config config;
    QString target;
    QString slug;
    int version = 0;
    RenderOptions options;
    bool dryRun = true;
    bool rollback = false;
    QString by;
    const Clock *clock = nullptr;
};

// On the worker thread: the job's own connection, its own S3 client.
Result<PublishReport> runJob(Database &db, const PublishJob &job,
                             const Publisher::Progress &progress)
{
    S3Client client(job.config); // signs with the real time: servers refuse a skewed clock
    Publisher publisher(db, client, *job.clock, job.target);
    if (job.rollback)
        return publisher.rollback(job.slug, job.options, job.dryRun, job.by, progress);
    return publisher.publish(job.slug, job.version, job.options, job.dryRun, job.by, progress);
}

} // namespace

PublishDialog::PublishDialog(Database &db, SecretStore &keychain, const Clock &clock,
                             const Session *session, const QString &slug, int version,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_keychain(keychain)
    , m_clock(clock)
    , m_session(session)
    , m_slug(slug)
    , m_version(version)
    , m_closing(std::make_shared<std::atomic_bool>(false))
    , m_jobs(new JobQueue(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_preview(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_currentFile(new QLabel(this))
    , m_error(new FieldError(this))
    , m_publish(new QPushButton(tr("&Publish"), this))
    , m_rollback(new QPushButton(tr("&Roll Back to the Previous Version"), this))
    , m_cancel(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Publish the Homepage"));
    m_title->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({tr("File"), tr("Change")});
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    m_currentFile->setWordWrap(true);
    m_publish->setDefault(true);
    m_publish->setEnabled(false);
    m_rollback->setToolTip(tr("Publish again the version that was live before the current one."));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_publish, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_rollback, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_publish, &QPushButton::clicked, this, [this] { start(Mode::Publish); });
    connect(m_rollback, &QPushButton::clicked, this, [this] { start(Mode::Rollback); });
    connect(m_cancel, &QPushButton::clicked, this, &PublishDialog::cancelOrClose);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_currentFile);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 480);
    start(Mode::Preview);
}

PublishDialog::~PublishDialog()
{
    // A job still running finishes its current request; its progress no longer reaches us
    // (a report it is waiting to hand over is dropped, so it never waits on us).
    m_closing->store(true);
    m_cancelled.cancel();
    m_jobs->cancelAll();
    while (!m_jobs->isIdle()) {
        QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
        QThread::msleep(5);
    }
}

void PublishDialog::start(Mode mode)
{
    if (isBusy())
        return;
    m_error->setSentence({});
    if (auto allowed = require(m_session, Permission::EditHomepage); !allowed) {
        m_error->setSentence(allowed.error().message);
        return;
    }
    auto settings = PublishSettings::load(m_db);
    if (!settings) {
        m_error->setSentence(settings.error().message);
        return;
    }
    auto config = settings->clientConfig(m_keychain);
    if (!config) {
        m_error->setSentence(config.error().message);
        m_title->setText(tr("Nothing can be published yet."));
        return;
    }
    PublishJob job;
    job.config = *config;
    job.target = settings->target();
    job.slug = m_slug;
    job.version = m_version;
    job.options.siteUrl = settings->siteUrl;
    if (job.options.siteUrl.isEmpty()) {
        const S3Client probe(*config);
        job.options.siteUrl = probe.targetFor({}).url.toString(QUrl::FullyEncoded);
        if (!job.options.siteUrl.endsWith(u'/'))
            job.options.siteUrl += u'/';
    }
    job.dryRun = mode == Mode::Preview;
    job.rollback = mode == Mode::Rollback;
    job.by = m_session ? m_session->actor() : u"influencecore"_qs;
    job.clock = &m_clock;
    m_cancelled = CancelToken();
    m_mode = mode;
    m_title->setText(m_version == 0
                         ? tr("The published version of \"%1\" to %2").arg(m_slug, job.target)
                         : tr("Version %1 of \"%2\" to %3").arg(m_version).arg(m_slug, job.target));
    m_publish->setEnabled(false);
    m_rollback->setEnabled(false);
    m_cancel->setText(mode == Mode::Preview ? tr("Close") : tr("Cancel"));
    if (mode != Mode::Preview) {
        m_progress->setRange(0, 0);
        m_currentFile->setText(tr("Comparing with the bucket…"));
    } else {
        m_summary->setText(tr("Comparing with the bucket…"));
    }

    // Each file is shown before it goes, and the worker waits until it is (so a cancel
    // clicked on a file stops the publish before the next one).
    QPointer<PublishDialog> self(this);
    const auto show = [self, closing = m_closing](const JobStatus &status) {
        if (closing->load())
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, status] {
                if (self)
                    self->updateProgress(int(status.done), int(status.total), status.item);
            },
            Qt::BlockingQueuedConnection);
    };
    m_job = m_jobs->start(JobBase::Connection{m_db.spec()},
                          [job, show, token = m_cancelled](const JobContext &context) {
                              return runJob(*context.db(), job, JobContext(token, show));
                          });
    connect(m_job.get(), &JobBase::finished, this, &PublishDialog::jobDone);
}

void PublishDialog::startRollback()
{
    if (isBusy()) {
        // The dry run of the opening is dropped: its list is not what a roll back sends.
        m_cancelled.cancel();
        disconnect(m_job.get(), nullptr, this, nullptr);
        while (!m_jobs->isIdle()) {
            QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
            QThread::msleep(5);
        }
        m_job.reset();
    }
    start(Mode::Rollback);
}

void PublishDialog::updateProgress(int done, int total, const QString &path)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_currentFile->setText(path.isEmpty() ? tr("Done.") : path);
    if (!path.isEmpty())
        Q_EMIT fileStarted(path);
}

void PublishDialog::cancelOrClose()
{
    if (isBusy() && m_mode != Mode::Preview) {
        m_cancelled.cancel();
        m_cancel->setEnabled(false);
        m_currentFile->setText(tr("Cancelling before index.html…"));
        return;
    }
    reject();
}

void PublishDialog::jobDone()
{
    const Result<PublishReport> result = m_job->result();
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Close"));
    m_rollback->setEnabled(true);
    // A publish that went through keeps its last count ("4 of 4").
    if (m_mode != Mode::Preview && !result) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
    }
    if (!result) {
        m_error->setSentence(result.error().message);
        m_currentFile->clear();
        m_publish->setEnabled(m_mode != Mode::Preview);
        if (m_mode == Mode::Preview)
            m_summary->clear();
        Q_EMIT finished(false);
        return;
    }
    const PublishReport &report = *result;
    if (m_mode == Mode::Preview) {
        m_preview->clear();
        for (const QString &path : report.uploaded)
            new QTreeWidgetItem(m_preview, {path, tr("upload")});
        for (const QString &path : report.deleted)
            new QTreeWidgetItem(m_preview, {path, tr("delete")});
        m_summary->setText(report.uploaded.isEmpty() && report.deleted.isEmpty()
                               ? tr("The bucket already holds version %1: nothing to upload (%n "
                                    "file(s) unchanged).",
                                    nullptr, report.unchanged)
                                     .arg(report.version)
                               : tr("Version %1: %2 file(s) to upload, %3 to delete, %4 unchanged.")
                                     .arg(report.version)
                                     .arg(report.uploaded.size())
                                     .arg(report.deleted.size())
                                     .arg(report.unchanged));
        m_publish->setEnabled(true);
    } else {
        m_summary->setText(report.toText());
        m_currentFile->setText(tr("Done."));
        m_preview->clear();
        for (const QString &path : report.uploaded)
            new QTreeWidgetItem(m_preview, {path, tr("uploaded")});
        for (const QString &path : report.deleted)
            new QTreeWidgetItem(m_preview, {path, tr("deleted")});
        m_publish->setEnabled(false);
    }
    Q_EMIT finished(true);
}

} // namespace ic
