#include "ui/homepage/homepagepage.h"

#include "models/clock.h"
#include "services/homepage/assets.h"
#include "services/homepage/editing.h"
#include "services/security/session.h"
#include "services/storage/pagerepository.h"
#include "services/storage/planrepository.h"
#include "ui/homepage/homepagepreview.h"
#include "ui/homepage/pagedocument.h"
#include "ui/homepage/publishactions.h"
#include "ui/homepage/sectioneditors.h"

#include <QAction>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ic {

namespace {

const QString kHomeSlug = QStringLiteral("home");

QString sectionCaption(const Section &section)
{
    const QString title = section.config.value(u"title").toString().trimmed();
    const QString type = sectionTypeTitle(section.type);
    return title.isEmpty() ? type : type + u" — "_qs + title;
}

} // namespace

HomepagePage::HomepagePage(QWidget *parent)
    : QWidget(parent)
    , m_doc(new PageDocument(this))
    , m_toolBar(new QToolBar(this))
    , m_tabs(new QTabWidget(this))
    , m_pageEditor(new PageFieldsEditor(m_doc, this))
    , m_sections(new QListWidget(this))
    , m_editorHolder(new QStackedWidget(this))
    , m_preview(new HomepagePreview(m_doc, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("homepagePage"));
    m_toolBar->setObjectName(QStringLiteral("homepageToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));

    // Undo and redo anywhere in the area (fields hand Ctrl+Z to the stack themselves).
    QAction *undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    m_toolBar->addAction(undo);
    m_toolBar->addAction(redo);
    m_toolBar->addSeparator();

    m_addSection = new QToolButton(this);
    m_addSection->setObjectName(QStringLiteral("addSection"));
    m_addSection->setText(tr("Add &Section"));
    m_addSection->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_addSection->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addSection->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(m_addSection);
    for (SectionType type : {SectionType::Hero, SectionType::Services, SectionType::Pricing,
                             SectionType::Contact, SectionType::Faq}) {
        QAction *a =
            addMenu->addAction(sectionTypeTitle(type), this, [this, type] { addSection(type); });
        a->setObjectName(u"add-"_qs + toString(type));
    }
    m_addSection->setMenu(addMenu);
    m_toolBar->addWidget(m_addSection);
    m_removeSection =
        m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Re&move Section"),
                             this, &HomepagePage::removeSection);
    m_removeSection->setObjectName(QStringLiteral("removeSection"));

    // Left: the page's fields, and the sections with the editor of the one selected.
    auto wrap = [this](QWidget *content) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(content);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        return scroll;
    };
    auto *pageHolder = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(pageHolder);
    pageLayout->addWidget(m_pageEditor);
    pageLayout->addStretch();
    m_tabs->setObjectName(QStringLiteral("homepageTabs"));
    m_tabs->addTab(wrap(pageHolder), tr("Pa&ge"));

    auto *sectionsPane = new QWidget(this);
    auto *sectionsLayout = new QVBoxLayout(sectionsPane);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->setDragDropMode(QAbstractItemView::InternalMove);
    m_sections->setDefaultDropAction(Qt::MoveAction);
    m_sections->setMaximumHeight(140);
    m_sections->setToolTip(tr("Drag to reorder; untick to hide a section from the page."));
    sectionsLayout->addWidget(m_sections);
    m_editorHolder->setObjectName(QStringLiteral("sectionEditor"));
    sectionsLayout->addWidget(m_editorHolder);
    sectionsLayout->addStretch();
    m_tabs->addTab(wrap(sectionsPane), tr("Sec&tions"));
    m_tabs->setCurrentIndex(1);

    connect(m_sections, &QListWidget::currentRowChanged, this, &HomepagePage::showEditorFor);
    connect(m_sections->model(), &QAbstractItemModel::rowsMoved, this, &HomepagePage::sectionsMoved,
            Qt::QueuedConnection);
    connect(m_sections, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int index = m_sections->row(item);
        m_doc->edit(fieldPath(index, u"isActive"_qs), item->checkState() == Qt::Checked,
                    tr("section shown"), false);
    });

    connect(m_doc, &PageDocument::reset, this, &HomepagePage::rebuild);
    connect(m_doc, &PageDocument::changed, this, &HomepagePage::pageEdited);
    connect(m_doc, &PageDocument::focusRequested, this,
            [this](const QString &path) { showField(path); });
    connect(m_preview, &HomepagePreview::fieldClicked, this, &HomepagePage::showField);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("homepageSplitter"));
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({440, 660});
    splitter->setChildrenCollapsible(false);
    m_tabs->setMinimumWidth(360);

    m_status->setObjectName(QStringLiteral("homepageStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    // Versions and publishing (services/homepage/versions, ui/homepage/publish*).
    m_publishActions =
        new PublishActions(this, m_toolBar,
                           {[this] { return m_doc->page(); }, [this] { return m_doc->undoStack(); },
                            [this](const Page &p) { loadPage(p); }},
                           this);
    m_pageEditor->setImageImporter([this](const QString &file) { return importImage(file); });

    Page empty;
    empty.slug = kHomeSlug;
    empty.sections.append(newSection(SectionType::Hero));
    loadPage(empty);
}

HomepagePage::~HomepagePage() = default;

const Page &HomepagePage::page() const
{
    return m_doc->page();
}

QUndoStack *HomepagePage::undoStack() const
{
    return m_doc->undoStack();
}

void HomepagePage::setDatabase(Database *db)
{
    m_db = db;
    m_publishActions->setDatabase(db);
    if (!db) {
        // Signed out, or another book coming: nothing of this one stays on screen.
        Page empty;
        empty.slug = kHomeSlug;
        empty.sections.append(newSection(SectionType::Hero));
        m_catalogue.clear();
        m_preview->setCatalogue(m_catalogue);
        loadPage(empty);
        return;
    }
    auto plans = PlanRepository(*db).list();
    m_catalogue = plans ? *plans : QList<Plan>();
    m_preview->setCatalogue(m_catalogue);
    auto latest = PageRepository(*db).latest(kHomeSlug);
    if (latest) {
        m_status->hide();
        loadPage(*latest);
        return;
    }
    Page fresh;
    fresh.slug = kHomeSlug;
    fresh.title = tr("Homepage");
    fresh.sections.append(newSection(SectionType::Hero));
    if (latest.error().code != ErrorCode::NotFound) {
        m_status->setText(latest.error().message);
        m_status->show();
    }
    loadPage(fresh);
}

void HomepagePage::setSession(const Session *session)
{
    m_session = session;
    m_publishActions->setSession(session);
    const bool editable = isEditable();
    m_pageEditor->setEnabled(editable);
    m_editorHolder->setEnabled(editable);
    m_addSection->setEnabled(editable);
    m_removeSection->setEnabled(editable);
    m_sections->setDragDropMode(editable ? QAbstractItemView::InternalMove
                                         : QAbstractItemView::NoDragDrop);
    m_preview->setEditable(editable);
    // Undo and redo follow the stack; a page that may not be edited has nothing on it.
    if (!editable)
        m_doc->undoStack()->clear();
    for (QAction *a : actions()) {
        const bool isUndo = a->objectName() == u"undo";
        a->setEnabled(editable &&
                      (isUndo ? m_doc->undoStack()->canUndo() : m_doc->undoStack()->canRedo()));
    }
    updateSectionList();
}

bool HomepagePage::isEditable() const
{
    return !m_session || m_session->may(Permission::EditHomepage);
}

bool HomepagePage::mayLeave()
{
    if (m_doc->undoStack()->isClean())
        return true; // loading or saving a version leaves a clean stack
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The homepage has changes that are not saved as a version. Drop them?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void HomepagePage::loadPage(const Page &page)
{
    m_doc->load(page);
    writeImages();
}

Result<QString> HomepagePage::importImage(const QString &file)
{
    if (!m_db)
        return failure(ErrorCode::Unavailable,
                       tr("Open a book first: the page's images are kept in it."));
    SystemClock clock;
    auto path = PageAssets(*m_db, clock).import(file);
    if (!path)
        return path;
    Page shown = m_doc->page();
    shown.ogImage = *path; // writeTo() writes the images a page shows: this one among them
    if (auto written = PageAssets(*m_db, clock).writeTo(imagesFolder(), shown); !written)
        return std::unexpected(written.error());
    return path;
}

// Where the preview and the field checks find the page's images: the folder the caller gave
// (setAssetsDir), else a temporary one of ours.
QString HomepagePage::imagesFolder()
{
    if (!m_assetsDir.isEmpty())
        return m_assetsDir;
    if (!m_imagesDir)
        m_imagesDir = std::make_unique<QTemporaryDir>();
    setAssetsDir(m_imagesDir->path());
    return m_assetsDir;
}

// The images the page shows, written where the preview looks for them, and their sizes
// offered in the preview's srcset as the published page offers them.
void HomepagePage::writeImages()
{
    if (!m_db || PageAssets::referencedBy(m_doc->page()).isEmpty())
        return;
    SystemClock clock;
    const PageAssets assets(*m_db, clock);
    (void)assets.writeTo(imagesFolder(), m_doc->page()); // a missing image shows as missing
    auto images = assets.imagesFor(m_doc->page());
    m_preview->setImages(images ? *images : QHash<QString, QList<SiteImage>>());
    // The image fields look again now that their files are there.
    m_pageEditor->refresh();
    if (m_editor)
        m_editor->refresh();
}

void HomepagePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void HomepagePage::reload()
{
    if (!m_db)
        return;
    auto plans = PlanRepository(*m_db).list();
    if (!plans)
        return;
    // Only a changed catalogue rebuilds the editors (ids and row versions say what changed).
    const auto signature = [](const QList<Plan> &list) {
        QList<std::pair<qint64, int>> out;
        for (const Plan &p : list)
            out.append({p.id, p.rowVersion});
        return out;
    };
    if (signature(*plans) != signature(m_catalogue))
        setCatalogue(*plans);
}

void HomepagePage::setCatalogue(const QList<Plan> &catalogue)
{
    m_catalogue = catalogue;
    m_preview->setCatalogue(catalogue);
    rebuild();
}

void HomepagePage::setAssetsDir(const QString &dir)
{
    m_assetsDir = dir;
    m_pageEditor->setAssetsDir(dir);
    if (m_editor)
        m_editor->setAssetsDir(dir);
    m_preview->setAssetsBase(dir.isEmpty() ? QUrl()
                                           : QUrl::fromLocalFile(QDir(dir).absolutePath() + u'/'));
}

QString HomepagePage::loadProblem() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void HomepagePage::rebuild()
{
    m_shape.clear();
    const int current = std::max(0, m_sections->currentRow());
    m_pageEditor->refresh();
    updateSectionList();
    showEditorFor(std::min(current, int(m_doc->page().sections.size()) - 1));
    Q_EMIT pageChanged();
}

void HomepagePage::updateSectionList()
{
    const QList<Section> &sections = m_doc->page().sections;
    QList<SectionType> shape;
    for (const Section &s : sections)
        shape.append(s.type);
    const bool editable = isEditable();
    const QSignalBlocker block(m_sections);
    const QSignalBlocker blockModel(m_sections->model());
    if (shape != m_shape || m_sections->count() != sections.size()) {
        const int current = m_sections->currentRow();
        m_sections->clear();
        for (int i = 0; i < sections.size(); ++i)
            new QListWidgetItem(m_sections);
        m_sections->setCurrentRow(std::min(current, int(sections.size()) - 1));
    }
    for (int i = 0; i < sections.size(); ++i) {
        QListWidgetItem *item = m_sections->item(i);
        item->setText(sectionCaption(sections.at(i)));
        item->setData(Qt::UserRole, i);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (editable)
            flags |= Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled;
        item->setFlags(flags);
        item->setCheckState(sections.at(i).isActive ? Qt::Checked : Qt::Unchecked);
    }
    m_removeSection->setEnabled(editable && !sections.isEmpty());
}

void HomepagePage::pageEdited(const QString &path)
{
    const QList<Section> &sections = m_doc->page().sections;
    QList<SectionType> shape;
    for (const Section &s : sections)
        shape.append(s.type);
    const bool reshaped = shape != m_shape;
    updateSectionList();
    if (path.startsWith(u"page."))
        m_pageEditor->refresh();
    if (reshaped || !m_editor) {
        int row = m_sections->currentRow();
        const FieldPath p = FieldPath::parse(path);
        if (p.section >= 0 && p.section < sections.size())
            row = p.section;
        m_shape.clear();
        showEditorFor(std::min(row, int(sections.size()) - 1));
    } else {
        m_editor->refresh();
    }
    if (reshaped || fieldKind(path) == FieldKind::Image)
        writeImages();
    Q_EMIT pageChanged();
}

void HomepagePage::showEditorFor(int index)
{
    const QList<Section> &sections = m_doc->page().sections;
    QList<SectionType> shape;
    for (const Section &s : sections)
        shape.append(s.type);
    if (m_editor && m_editor->section() == index && shape == m_shape) {
        m_editor->refresh();
        return;
    }
    m_shape = shape;
    if (m_editor) {
        m_editorHolder->removeWidget(m_editor);
        m_editor->deleteLater();
        m_editor = nullptr;
    }
    if (index < 0 || index >= sections.size())
        return;
    {
        const QSignalBlocker block(m_sections);
        m_sections->setCurrentRow(index);
    }
    m_editor = createSectionEditor(m_doc, index, m_catalogue, m_editorHolder);
    m_editor->setObjectName(u"editor-"_qs + toString(sections.at(index).type));
    if (!m_assetsDir.isEmpty())
        m_editor->setAssetsDir(m_assetsDir);
    m_editor->setImageImporter([this](const QString &file) { return importImage(file); });
    m_editorHolder->addWidget(m_editor);
    m_editorHolder->setCurrentWidget(m_editor);
}

void HomepagePage::selectSection(int index)
{
    m_tabs->setCurrentIndex(1);
    showEditorFor(index);
}

void HomepagePage::showField(const QString &path, bool takeFocus)
{
    const FieldPath p = FieldPath::parse(path);
    m_preview->highlight(path);
    if (p.section < 0) {
        if (!p.isValid())
            return;
        m_tabs->setCurrentIndex(0);
        m_pageEditor->focusField(path, takeFocus);
        return;
    }
    selectSection(p.section);
    if ((!m_editor || !m_editor->focusField(path, takeFocus)) && takeFocus)
        m_sections->setFocus(Qt::OtherFocusReason);
}

void HomepagePage::sectionsMoved()
{
    const QList<Section> &sections = m_doc->page().sections;
    // Each item carries the index its section had before the drag.
    QList<Section> ordered;
    int newCurrent = -1;
    for (int row = 0; row < m_sections->count(); ++row) {
        const int index = m_sections->item(row)->data(Qt::UserRole).toInt();
        if (index < 0 || index >= sections.size())
            return;
        ordered.append(sections.at(index));
        if (m_editor && index == m_editor->section())
            newCurrent = row;
    }
    if (ordered.size() != sections.size())
        return;
    Page after = m_doc->page();
    after.sections = ordered;
    m_shape.clear();
    m_doc->change(after, tr("Reorder sections"), fieldPath(std::max(0, newCurrent), u"title"_qs));
    if (newCurrent >= 0)
        selectSection(newCurrent);
}

void HomepagePage::addSection(SectionType type)
{
    Page after = m_doc->page();
    const int at = m_editor ? m_editor->section() + 1 : int(after.sections.size());
    after.sections.insert(at, newSection(type));
    m_doc->change(after, tr("Add %1 section").arg(sectionTypeTitle(type)),
                  fieldPath(at, u"title"_qs));
    showField(fieldPath(at, u"title"_qs));
}

void HomepagePage::removeSection()
{
    if (!m_editor)
        return;
    const int index = m_editor->section();
    Page after = m_doc->page();
    if (index < 0 || index >= after.sections.size())
        return;
    const QString type = sectionTypeTitle(after.sections.at(index).type);
    after.sections.removeAt(index);
    m_doc->change(after, tr("Remove %1 section").arg(type), fieldPath(index, u"title"_qs));
}

} // namespace ic
