#pragma once

#include "models/page.h"

#include <QObject>
#include <QVariant>

class QUndoStack;

namespace ic {

// The page being edited and its undo stack. Every change is a command holding the page
// before and after it; changes of one field in a row (typing a title, here or in the preview)
// merge into one step until the person leaves the field. Undo and redo ask the editors to
// show and focus the field they changed.
class PageDocument final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageDocument)

public:
    explicit PageDocument(QObject *parent = nullptr);
    ~PageDocument() override;

    const Page &page() const { return m_page; }
    QUndoStack *undoStack() const { return m_stack; }

    // Starts editing this page: no undo history, nothing changed yet.
    void load(const Page &page);

    // One field changed by the person (see editing.h for the paths). `mergeable`: typing,
    // merged with the previous change of the same field; otherwise always a step of its own.
    void edit(const QString &path, const QVariant &value, const QString &label,
              bool mergeable = true);
    // A change of the page's shape (a section added, moved, removed …) as one step; `focus`
    // is the field (or "s<i>" section) shown again when it is undone.
    void change(const Page &after, const QString &label, const QString &focus);
    // The person left the field: the next edit is a step of its own.
    void breakMerge() { ++m_session; }
    int session() const { return m_session; }

    // For the commands.
    void apply(const Page &page, const QString &path, bool fromHistory);

Q_SIGNALS:
    // The page changed (by an edit, undo or redo); `path` is the field or section touched.
    void changed(const QString &path);
    // load(): a new page, the editors rebuild.
    void reset();
    // Undo or redo changed this field: show it and put the focus there.
    void focusRequested(const QString &path);

private:
    Page m_page;
    QUndoStack *m_stack;
    int m_session = 0;
    bool m_pushing = false;
};

} // namespace ic
