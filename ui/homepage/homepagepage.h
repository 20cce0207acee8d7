#pragma once

#include "models/page.h"
#include "models/plan.h"
#include "models/result.h"

#include <QList>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolBar;
class QToolButton;
class QUndoStack;

namespace ic {

class Database;
class HomepagePreview;
class PageDocument;
class PageFieldsEditor;
class PublishActions;
class SectionEditor;
struct Session;

// The Homepage area: the page's fields and its sections on the left (add, remove, drag to
// reorder, tick to show; one editor per section type), the live preview on the right. Every
// edit is a step of the page's undo stack (Ctrl+Z, Ctrl+Shift+Z anywhere in the area, in the
// preview too); undo shows the field it changed.
class HomepagePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomepagePage)

public:
    explicit HomepagePage(QWidget *parent = nullptr);
    ~HomepagePage() override;

    // The connection of the GUI thread; null: no book. Loads the newest version of the
    // homepage ("home") and the catalogue.
    void setDatabase(Database *db);
    // Who is signed in; a role that may not edit the homepage only looks.
    void setSession(const Session *session);

    // The area's tool bar (Undo, Redo, Add and Remove Section; others add theirs).
    QToolBar *toolBar() const { return m_toolBar; }
    // The page as edited now.
    const Page &page() const;
    QUndoStack *undoStack() const;
    // Starts editing this page (a version restored, a page saved): the undo history restarts.
    void loadPage(const Page &page);
    // Before the window lets go of the book (sign-out, another book, quitting): asks whether
    // edits not saved as a version may be dropped; false keeps them.
    bool mayLeave();
    void setCatalogue(const QList<Plan> &catalogue);
    // Reads the catalogue again (F5, and each time the area is shown): the pricing section
    // shows the plans as they are now. The page being edited is kept.
    void reload();
    const QList<Plan> &catalogue() const { return m_catalogue; }
    // Where the page's images are (relative images such as assets/hero.jpg are found there).
    void setAssetsDir(const QString &dir);

    PageDocument *document() const { return m_doc; }
    // Save, Versions…, Publish…, Roll Back, S3 Settings… on the tool bar.
    PublishActions *publishActions() const { return m_publishActions; }
    // Copies an image into the page's images (PageAssets) and writes it where the preview
    // finds it; what Choose… beside an image field does.
    Result<QString> importImage(const QString &file);
    HomepagePreview *preview() const { return m_preview; }
    QListWidget *sectionList() const { return m_sections; }
    PageFieldsEditor *pageEditor() const { return m_pageEditor; }
    // The editor of the section selected (null when none is).
    SectionEditor *sectionEditor() const { return m_editor; }
    // Selects the section (index in Page::sections) in the list and shows its editor.
    void selectSection(int index);
    // Shows a field in its editor and puts the focus there (a click in the preview, an undo);
    // without `takeFocus` the keyboard stays where it is.
    void showField(const QString &path, bool takeFocus = true);
    // The page could not be read (no book, an error): the sentence shown.
    QString loadProblem() const;

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // The page changed: an edit, an undo or redo, or another page loaded.
    void pageChanged();

private:
    void rebuild();
    void pageEdited(const QString &path);
    void updateSectionList();
    void sectionsMoved();
    void addSection(SectionType type);
    void removeSection();
    void showEditorFor(int index);
    bool isEditable() const;

    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    QList<Plan> m_catalogue;
    QString m_assetsDir;
    PageDocument *m_doc;
    QToolBar *m_toolBar;
    QTabWidget *m_tabs;
    PageFieldsEditor *m_pageEditor;
    QListWidget *m_sections;
    QStackedWidget *m_editorHolder;
    SectionEditor *m_editor = nullptr;
    HomepagePreview *m_preview;
    QLabel *m_status;
    QAction *m_removeSection;
    QToolButton *m_addSection;
    QList<SectionType> m_shape;
    PublishActions *m_publishActions;
    std::unique_ptr<QTemporaryDir> m_imagesDir; // the page's images, for the preview
    void writeImages();
    QString imagesFolder();
};

} // namespace ic
