#pragma once

#include "models/page.h"

#include <QObject>

#include <functional>

class QAction;
class QToolBar;
class QUndoStack;
class QWidget;

namespace ic {

class Clock;
class Database;
class SecretStore;
struct Session;

// The versions and publishing actions of the homepage editor: Save, Versions…, Publish…,
// Roll Back and S3 Settings…, added to the editor's tool bar. The editor is reached through
// three functions, so any editor (the Homepage area, a test's stand-in) can carry them:
// the page as edited now, its undo stack, and how to load a page (a version saved, merged
// or restored becomes the page edited and its undo history restarts).
class PublishActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishActions)

public:
    struct Editor {
        std::function<Page()> page;
        std::function<QUndoStack *()> undoStack;
        std::function<void(const Page &)> load;
    };
    PublishActions(QWidget *owner, QToolBar *toolBar, Editor editor, QObject *parent = nullptr);

    // Null: no book (the actions are disabled).
    void setDatabase(Database *db);
    void setSession(const Session *session);
    // The keychain the S3 settings and the Publish dialog use (the system keychain unless set).
    void setKeychain(SecretStore *keychain);
    void setClock(const Clock *clock);

    QAction *saveAction() const { return m_save; }
    QAction *versionsAction() const { return m_versions; }
    QAction *publishAction() const { return m_publish; }
    QAction *rollbackAction() const { return m_rollback; }
    QAction *settingsAction() const { return m_settings; }

    // Saves the page as a new draft (merging a change saved meanwhile if the person wants);
    // true when saved, and the editor then holds the saved version.
    bool save();

Q_SIGNALS:
    void saved(const ic::Page &page);

private:
    void updateEnabled();
    void showVersions();
    void publish(bool rollback);
    void showSettings();
    SecretStore &keychain();

    QWidget *m_owner;
    Editor m_editor;
    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    SecretStore *m_keychain = nullptr;
    std::unique_ptr<SecretStore> m_systemKeychain;
    const Clock *m_clock = nullptr;
    std::unique_ptr<Clock> m_systemClock;
    QAction *m_save;
    QAction *m_versions;
    QAction *m_publish;
    QAction *m_rollback;
    QAction *m_settings;
};

} // namespace ic
