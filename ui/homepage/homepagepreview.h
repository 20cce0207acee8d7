#pragma once

#include "models/plan.h"
#include "services/publish/renderer.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QWebEngineView;

namespace ic {

class FieldError;
class PageDocument;

// What the preview's script may call (through QWebChannel, object "bridge").
class PreviewBridge final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewBridge)

public:
    explicit PreviewBridge(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~PreviewBridge() override = default;

    Q_INVOKABLE void ready() { Q_EMIT channelReady(); }
    Q_INVOKABLE void select(const QString &path, bool focusEditor)
    {
        Q_EMIT selected(path, focusEditor);
    }
    Q_INVOKABLE void edit(const QString &path, const QString &text) { Q_EMIT edited(path, text); }
    Q_INVOKABLE void endEdit() { Q_EMIT editEnded(); }
    Q_INVOKABLE void undo() { Q_EMIT undoRequested(); }
    Q_INVOKABLE void redo() { Q_EMIT redoRequested(); }

Q_SIGNALS:
    void channelReady();
    void selected(const QString &path, bool focusEditor);
    void edited(const QString &path, const QString &text);
    void editEnded();
    void undoRequested();
    void redoRequested();
};

// The live preview: the page as Renderer renders it for publishing, in a QWebEngineView.
// An edit swaps the new body in (no reload: the scroll position and a text being edited in
// place stay); a click selects the field an element shows; titles, subtitles and button
// texts are edited in place, as edits of the same PageDocument. Phone, tablet and desktop
// widths (375, 768, 1280 CSS pixels; zoomed out when the pane is narrower).
class HomepagePreview final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomepagePreview)

public:
    enum class Device { Phone, Tablet, Desktop };
    static int widthOf(Device device);

    explicit HomepagePreview(PageDocument *doc, QWidget *parent = nullptr);
    ~HomepagePreview() override;

    void setCatalogue(const QList<Plan> &catalogue);
    // The page's images kept in the book, offered in srcset as the published page does.
    void setImages(const QHash<QString, QList<SiteImage>> &images);
    // Where relative images (assets/hero.jpg) are found: the folder holding the page's assets.
    void setAssetsBase(const QUrl &base);
    void setDevice(Device device);
    Device device() const { return m_device; }
    // In-place editing allowed (a role that may not edit the homepage only looks).
    void setEditable(bool editable);

    // The browser view, started on first use.
    QWebEngineView *view();
    PreviewBridge *bridge() const { return m_bridge; }
    // The page is loaded and its script is listening.
    bool isReady() const { return m_loaded && m_channelReady; }
    // Nothing waits to be shown: the page on screen is the page edited.
    bool isIdle() const { return isReady() && !m_inFlight && !m_dirty; }
    // The sentence shown when the page cannot be rendered (empty when it can).
    QString problem() const;
    // Outlines the element showing this field.
    void highlight(const QString &path);
    // Renders the document again at once (an edit does it by itself).
    void update();

Q_SIGNALS:
    // The body was swapped in; `text` is what the DOM shows now for `path` (the field
    // edited), `elapsedMs` the time since the edit that asked for it.
    void updated(const QString &path, const QString &text, double elapsedMs);
    // The page was loaded (first time, or after the page was replaced).
    void ready();
    // The person clicked an element showing this field; `focusEditor`: the keyboard goes to
    // the field in the editor (not for a text edited in place).
    void fieldClicked(const QString &path, bool focusEditor);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void changed(const QString &path);
    void fitWidth();
    void inPlaceEdit(const QString &path, const QString &text);

    PageDocument *m_doc;
    QList<Plan> m_catalogue;
    QHash<QString, QList<SiteImage>> m_images;
    QUrl m_base;
    Device m_device = Device::Desktop;
    QWidget *m_frame;
    QWebEngineView *m_view = nullptr;
    PreviewBridge *m_bridge;
    FieldError *m_problem;
    QButtonGroup *m_devices;
    QString m_path;
    QString m_inPlacePath;
    bool m_typedHere = false;
    QElapsedTimer m_since;
    bool m_loaded = false;
    bool m_channelReady = false;
    bool m_inFlight = false;
    bool m_dirty = false;
    bool m_editable = true;
    bool m_closing = false;
};

} // namespace ic
