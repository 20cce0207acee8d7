#include "ui/homepage/publishactions.h"

#include "models/clock.h"
#include "services/homepage/versions.h"
#include "services/security/keys.h"
#include "services/security/session.h"
#include "ui/homepage/publishdialog.h"
#include "ui/homepage/s3settingsdialog.h"
#include "ui/homepage/versionsdialog.h"
#include "ui/homepage/versionsmergedialog.h"

#include <QAction>
#include <QKeySequence>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoStack>

namespace ic {

PublishActions::PublishActions(QWidget *owner, QToolBar *toolBar, Editor editor, QObject *parent)
    : QObject(parent)
    , m_owner(owner)
    , m_editor(std::move(editor))
    , m_systemClock(std::make_unique<SystemClock>())
    , m_save(new QAction(tr("&Save"), this))
    , m_versions(new QAction(tr("&Versions…"), this))
    , m_publish(new QAction(tr("&Publish…"), this))
    , m_rollback(new QAction(tr("&Roll Back"), this))
    , m_settings(new QAction(tr("S3 Se&ttings…"), this))
{
    m_clock = m_systemClock.get();
    // Ctrl+S while the tool bar is on screen (the area shown); the action stays off the
    // owner's own list of actions, which the editor manages.
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the page as a new draft version"));
    m_versions->setToolTip(tr("The page's versions: compare, restore"));
    m_publish->setToolTip(tr("Publish this version to the S3 bucket"));
    m_rollback->setToolTip(tr("Publish again the version that was live before"));
    m_settings->setToolTip(tr("Where the page is published, and the keys"));
    if (toolBar) {
        toolBar->addSeparator();
        toolBar->addAction(m_save);
        toolBar->addAction(m_versions);
        toolBar->addAction(m_publish);
        toolBar->addAction(m_rollback);
        toolBar->addAction(m_settings);
    }
    connect(m_save, &QAction::triggered, this, [this] { save(); });
    connect(m_versions, &QAction::triggered, this, &PublishActions::showVersions);
    connect(m_publish, &QAction::triggered, this, [this] { publish(false); });
    connect(m_rollback, &QAction::triggered, this, [this] { publish(true); });
    connect(m_settings, &QAction::triggered, this, &PublishActions::showSettings);
    updateEnabled();
}

void PublishActions::setDatabase(Database *db)
{
    m_db = db;
    updateEnabled();
}

void PublishActions::setSession(const Session *session)
{
    m_session = session;
    updateEnabled();
}

void PublishActions::setKeychain(SecretStore *keychain)
{
    m_keychain = keychain;
}

void PublishActions::setClock(const Clock *clock)
{
    m_clock = clock ? clock : m_systemClock.get();
}

SecretStore &PublishActions::keychain()
{
    if (m_keychain)
        return *m_keychain;
    if (!m_systemKeychain)
        m_systemKeychain = std::make_unique<SystemKeychain>();
    return *m_systemKeychain;
}

void PublishActions::updateEnabled()
{
    const bool hasBook = m_db != nullptr;
    const bool mayEdit = hasBook && (!m_session || m_session->may(Permission::EditHomepage));
    m_save->setEnabled(mayEdit);
    m_versions->setEnabled(hasBook && (!m_session || m_session->may(Permission::ReadHomepage)));
    m_publish->setEnabled(mayEdit);
    m_rollback->setEnabled(mayEdit);
    m_settings->setEnabled(mayEdit);
}

bool PublishActions::save()
{
    if (!m_db)
        return false;
    PageVersions versions(*m_db, *m_clock, m_session);
    const std::optional<Page> saved =
        VersionsMergeDialog::saveOrMerge(versions, m_editor.page(), m_owner);
    if (!saved)
        return false;
    m_editor.load(*saved);
    Q_EMIT this->saved(*saved);
    return true;
}

void PublishActions::showVersions()
{
    if (!m_db)
        return;
    PageVersions versions(*m_db, *m_clock, m_session);
    VersionsDialog dialog(versions, m_editor.page().slug, m_owner);
    connect(&dialog, &VersionsDialog::restored, this,
            [this](const Page &page) { m_editor.load(page); });
    dialog.exec();
}

void PublishActions::publish(bool rollback)
{
    if (!m_db)
        return;
    Page page = m_editor.page();
    if (!rollback) {
        // What is published is a saved version: unsaved edits are saved first.
        QUndoStack *stack = m_editor.undoStack ? m_editor.undoStack() : nullptr;
        if ((stack && !stack->isClean()) || page.id == 0) {
            if (!save())
                return;
            page = m_editor.page();
        }
    }
    PublishDialog dialog(*m_db, keychain(), *m_clock, m_session, page.slug,
                         rollback ? 0 : page.version, m_owner);
    if (rollback)
        dialog.startRollback();
    dialog.exec();
}

void PublishActions::showSettings()
{
    if (!m_db)
        return;
    S3SettingsDialog dialog(*m_db, keychain(), m_owner);
    dialog.exec();
}

} // namespace ic
