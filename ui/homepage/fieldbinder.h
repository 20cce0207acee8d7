#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QVariant>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace ic {

class FieldError;
class PageDocument;

// Binds the widgets of a homepage editor to fields of the page (paths of editing.h): what
// the person types becomes an edit of the PageDocument (one undo step per field in a row),
// and every change of the page — undo, redo, an edit in the preview — is shown again in the
// widgets. Links, emails and images are checked as they are typed; the sentence goes in the
// field's FieldError and nothing typed is lost. Ctrl+Z and Ctrl+Shift+Z in a bound field undo
// and redo the page, not the widget's own typing.
class FieldBinder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldBinder)

public:
    using PathFn = std::function<QString()>;

    explicit FieldBinder(PageDocument *doc, QObject *parent = nullptr);
    ~FieldBinder() override;

    // `what` names the field in the Undo menu and in a refusal ("the primary button's link").
    void bind(QLineEdit *edit, PathFn path, const QString &what, FieldError *error = nullptr);
    void bind(QPlainTextEdit *edit, PathFn path, const QString &what);
    // The value is the item's data (Qt::UserRole).
    void bind(QComboBox *combo, PathFn path, const QString &what);
    void bind(QCheckBox *check, PathFn path, const QString &what);
    // A widget that edits the document itself (a list); `show` puts the value on screen.
    void bindCustom(QWidget *widget, PathFn path, std::function<void(const QVariant &)> show);
    // Ctrl+Z / Ctrl+Shift+Z and the end of a run of edits for a widget not bound here.
    void watch(QWidget *widget);

    // Where the page's images live, for checking an image of the site exists.
    void setAssetsDir(const QString &dir) { m_assetsDir = dir; }

    // Shows every bound field's value from the page (only where it differs, so the cursor
    // stays where the person types).
    void refresh();
    // The widget showing this field, if bound here.
    QWidget *widgetFor(const QString &path) const;
    // The sentence shown for this field now (empty: accepted).
    QString problemFor(const QString &path) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding {
        QWidget *widget;
        PathFn path;
        std::function<void(const QVariant &)> show;
        FieldError *error = nullptr;
        QString what;
    };
    void check(const Binding &binding, const QString &text);

    PageDocument *m_doc;
    QList<Binding> m_bindings;
    QString m_assetsDir;
};

} // namespace ic
