#pragma once

#include "models/clock.h"
#include "services/jobs/jobqueue.h"
#include "services/publish/publisher.h"
#include "services/publish/publishsettings.h"
#include "services/security/session.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ic {

class Database;
class FieldError;
class SecretStore;

// Publishes a version of the homepage to the bucket of the S3 settings. On opening, a dry
// run lists what will be uploaded and deleted; Publish sends it with a progress bar naming
// the current file, and can be cancelled until index.html goes (the live site then stays as
// it was); Roll Back publishes again the version live before. The work runs on a thread of
// its own with its own database connection (a JobQueue of the dialog's). Every failure is one
// sentence in the dialog; the live site and the draft stay as they were.
class PublishDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishDialog)

public:
    // version 0: the published version again (to take up a change of the catalogue).
    PublishDialog(Database &db, SecretStore &keychain, const Clock &clock, const Session *session,
                  const QString &slug, int version, QWidget *parent = nullptr);
    ~PublishDialog() override;

    QTreeWidget *preview() const { return m_preview; }
    QLabel *summary() const { return m_summary; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *currentFile() const { return m_currentFile; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *rollbackButton() const { return m_rollback; }
    QPushButton *cancelButton() const { return m_cancel; }
    FieldError *errorLabel() const { return m_error; }
    bool isBusy() const { return m_job && !m_job->isFinished(); }
    // Rolls back at once (the toolbar's Roll Back: one action), instead of the dry run.
    void startRollback();

Q_SIGNALS:
    // A job (preview, publish, roll back) is over; ok false when it failed or was cancelled.
    void finished(bool ok);
    // The worker waits until this is handled: a cancel clicked here stops it before the next file.
    void fileStarted(const QString &path);

private:
    enum class Mode { Preview, Publish, Rollback };
    void start(Mode mode);
    void jobDone();
    void cancelOrClose();
    void updateProgress(int done, int total, const QString &path);

    Database &m_db;
    SecretStore &m_keychain;
    const Clock &m_clock;
    const Session *m_session;
    QString m_slug;
    int m_version;
    Mode m_mode = Mode::Preview;
    CancelToken m_cancelled;
    std::shared_ptr<std::atomic_bool> m_closing;
    JobQueue *m_jobs;
    std::shared_ptr<Job<PublishReport>> m_job;

    QLabel *m_title;
    QLabel *m_summary;
    QTreeWidget *m_preview;
    QProgressBar *m_progress;
    QLabel *m_currentFile;
    FieldError *m_error;
    QPushButton *m_publish;
    QPushButton *m_rollback;
    QPushButton *m_cancel;
};

} // namespace ic
