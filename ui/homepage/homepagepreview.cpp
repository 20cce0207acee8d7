#include "ui/homepage/homepagepreview.h"

#include "services/homepage/editing.h"
#include "ui/common/fielderror.h"
#include "ui/homepage/pagedocument.h"

#include <QButtonGroup>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace ic {

namespace {

QString readResource(const QString &name)
{
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString jsString(const QString &text)
{
    // A JSON array of one string is a JavaScript literal; strip the brackets.
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

int HomepagePreview::widthOf(Device device)
{
    switch (device) {
    case Device::Phone:
        return 375;
    case Device::Tablet:
        return 768;
    case Device::Desktop:
        return 1280;
    }
    return 1280;
}

HomepagePreview::HomepagePreview(PageDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_frame(new QWidget(this))
    , m_bridge(new PreviewBridge(this))
    , m_problem(new FieldError(this))
    , m_devices(new QButtonGroup(this))
{
    m_problem->setObjectName(QStringLiteral("previewProblem"));
    connect(m_bridge, &PreviewBridge::channelReady, this, [this] {
        m_channelReady = true;
        Q_EMIT ready();
    });
    connect(m_bridge, &PreviewBridge::selected, this, &HomepagePreview::fieldClicked);
    connect(m_bridge, &PreviewBridge::edited, this, &HomepagePreview::inPlaceEdit);
    connect(m_bridge, &PreviewBridge::editEnded, m_doc, &PageDocument::breakMerge);
    connect(m_bridge, &PreviewBridge::undoRequested, m_doc->undoStack(), &QUndoStack::undo);
    connect(m_bridge, &PreviewBridge::redoRequested, m_doc->undoStack(), &QUndoStack::redo);
    connect(m_doc, &PageDocument::reset, this, &HomepagePreview::reload);
    connect(m_doc, &PageDocument::changed, this, &HomepagePreview::changed);

    // Phone, tablet, desktop.
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    const struct {
        Device device;
        QString name;
        QString text;
        QString icon;
    } devices[] = {
        {Device::Phone, QStringLiteral("phone"), tr("&Phone"), QStringLiteral("phone")},
        {Device::Tablet, QStringLiteral("tablet"), tr("T&ablet"), QStringLiteral("tablet")},
        {Device::Desktop, QStringLiteral("desktop"), tr("Des&ktop"), QStringLiteral("computer")}};
    for (const auto &d : devices) {
        auto *button = new QToolButton(this);
        button->setObjectName(d.name);
        button->setText(d.text);
        button->setIcon(QIcon::fromTheme(d.icon));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setCheckable(true);
        button->setToolTip(tr("Preview at %1 pixels wide").arg(widthOf(d.device)));
        m_devices->addButton(button, int(d.device));
        bar->addWidget(button);
    }
    m_devices->button(int(m_device))->setChecked(true);
    connect(m_devices, &QButtonGroup::idClicked, this, [this](int id) { setDevice(Device(id)); });
    bar->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_problem);
    layout->addWidget(m_frame, 1);
    m_frame->setBackgroundRole(QPalette::Dark);
    m_frame->setAutoFillBackground(true);
    m_frame->setMinimumWidth(200);
}

void HomepagePreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    view();
}

QWebEngineView *HomepagePreview::view()
{
    if (m_view)
        return m_view;
    // The browser starts the first time the preview is shown: an area never opened costs
    // nothing.
    m_view = new QWebEngineView(m_frame);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    QWebEnginePage *page = m_view->page();
    page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, true);
    page->settings()->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);

    // The channel's client and our script, run in the page's own world once its DOM is there.
    QWebEngineScript script;
    script.setName(QStringLiteral("influencecore-preview"));
    script.setSourceCode(readResource(QStringLiteral(":/qtwebchannel/qwebchannel.js")) + u'\n' +
                         readResource(QStringLiteral(":/preview/preview.js")));
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setWorldId(QWebEngineScript::MainWorld);
    script.setRunsOnSubFrames(false);
    page->scripts().insert(script);
    auto *channel = new QWebChannel(page);
    channel->registerObject(QStringLiteral("bridge"), m_bridge);
    page->setWebChannel(channel);

    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool) {
        if (m_closing)
            return;
        m_loaded = true;
        m_inFlight = false;
        update();
    });
    m_view->show();
    reload();
    return m_view;
}

HomepagePreview::~HomepagePreview()
{
    // The page answers its pending scripts as it goes: nothing more is rendered then.
    m_closing = true;
    delete m_view;
}

void HomepagePreview::setCatalogue(const QList<Plan> &catalogue)
{
    m_catalogue = catalogue;
    update();
}

void HomepagePreview::setImages(const QHash<QString, QList<SiteImage>> &images)
{
    m_images = images;
    update();
}

void HomepagePreview::setAssetsBase(const QUrl &base)
{
    m_base = base;
    reload();
}

void HomepagePreview::setDevice(Device device)
{
    m_device = device;
    if (QAbstractButton *b = m_devices->button(int(device)))
        b->setChecked(true);
    fitWidth();
}

void HomepagePreview::setEditable(bool editable)
{
    m_editable = editable;
}

QString HomepagePreview::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void HomepagePreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitWidth();
}

void HomepagePreview::fitWidth()
{
    // The page sees the device's width in CSS pixels; a narrower pane zooms it out.
    const int device = widthOf(m_device);
    const int available = std::max(1, m_frame->width());
    const int width = std::min(available, device);
    if (!m_view)
        return;
    m_view->setGeometry((available - width) / 2, 0, width, m_frame->height());
    m_view->setZoomFactor(std::clamp(double(width) / device, 0.25, 1.0));
}

void HomepagePreview::reload()
{
    if (!m_view)
        return; // loaded when first shown
    m_loaded = false;
    m_channelReady = false;
    m_inFlight = false;
    m_dirty = false;
    auto doc = renderPreview(m_doc->page(), m_catalogue, m_images);
    if (!doc) {
        m_problem->setSentence(doc.error().message);
        m_view->setHtml(QString(), m_base);
        return;
    }
    m_problem->setSentence({});
    m_view->setHtml(doc->html, m_base.isEmpty() ? QUrl(QStringLiteral("file:///")) : m_base);
    fitWidth();
}

void HomepagePreview::changed(const QString &path)
{
    if (!m_since.isValid())
        m_since.start();
    m_path = path;
    m_typedHere = !m_inPlacePath.isEmpty() && path == m_inPlacePath;
    update();
}

void HomepagePreview::update()
{
    if (!m_loaded || m_inFlight) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    auto doc = renderPreview(m_doc->page(), m_catalogue, m_images);
    if (!doc) {
        // The last page that rendered stays on screen, with why this one does not.
        m_problem->setSentence(doc.error().message);
        m_since.invalidate();
        return;
    }
    m_problem->setSentence({});
    m_inFlight = true;
    const QString path = m_path;
    const QString js = u"icPreview.swap("_qs + jsString(doc->body) + QStringLiteral(",") +
                       jsString(doc->title) + QStringLiteral(",") +
                       QString::fromUtf8(doc->mapJson) + QStringLiteral(",") + jsString(path) +
                       (m_typedHere ? u",true)"_qs : u",false)"_qs);
    m_view->page()->runJavaScript(js, [this, path](const QVariant &shown) {
        if (m_closing)
            return;
        m_inFlight = false;
        const double elapsed = m_since.isValid() ? double(m_since.nsecsElapsed()) / 1e6 : 0.0;
        m_since.invalidate();
        Q_EMIT updated(path, shown.toString(), elapsed);
        if (m_dirty)
            update();
    });
}

void HomepagePreview::highlight(const QString &path)
{
    if (m_loaded)
        m_view->page()->runJavaScript(u"window.icPreview && icPreview.highlight("_qs +
                                      jsString(path) + u')');
}

void HomepagePreview::inPlaceEdit(const QString &path, const QString &text)
{
    if (!m_editable) {
        update(); // the text typed goes away again
        return;
    }
    m_inPlacePath = path;
    m_doc->edit(path, text, tr("in the preview"));
    m_inPlacePath.clear();
}

} // namespace ic
