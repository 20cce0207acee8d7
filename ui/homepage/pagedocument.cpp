#include "ui/homepage/pagedocument.h"

#include "services/homepage/editing.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace ic {

namespace {

class PageEditCommand final : public QUndoCommand {
public:
    static constexpr int kId = 0x4e6;

    PageEditCommand(PageDocument *doc, Page before, Page after, QString path, bool mergeable,
                    const QString &text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_path(std::move(path))
        , m_session(mergeable ? doc->session() : -1)
    {
    }

    void undo() override { m_doc->apply(m_before, m_path, true); }
    void redo() override
    {
        m_doc->apply(m_after, m_path, !m_first);
        m_first = false;
    }
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const PageEditCommand *>(other);
        if (m_session < 0 || next->m_session != m_session || next->m_path != m_path)
            return false;
        m_after = next->m_after;
        // Typed back to where it started: no step at all.
        if (fieldValue(m_after, m_path) == fieldValue(m_before, m_path))
            setObsolete(true);
        return true;
    }

private:
    PageDocument *m_doc;
    Page m_before;
    Page m_after;
    QString m_path;
    int m_session;
    bool m_first = true;
};

} // namespace

PageDocument::PageDocument(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
    // After an undo or a redo, the next edit is a step of its own.
    connect(m_stack, &QUndoStack::indexChanged, this, [this] {
        if (!m_pushing)
            breakMerge();
    });
}

PageDocument::~PageDocument() = default;

void PageDocument::load(const Page &page)
{
    m_stack->clear();
    m_page = page;
    renumber(m_page);
    breakMerge();
    Q_EMIT reset();
}

void PageDocument::edit(const QString &path, const QVariant &value, const QString &label,
                        bool mergeable)
{
    if (fieldValue(m_page, path) == value)
        return;
    Page after = m_page;
    if (!setFieldValue(after, path, value))
        return;
    if (!mergeable)
        breakMerge();
    m_pushing = true;
    m_stack->push(new PageEditCommand(this, m_page, after, path, mergeable,
                                      label.isEmpty() ? tr("Edit") : tr("Edit %1").arg(label)));
    m_pushing = false;
    if (!mergeable)
        breakMerge();
}

void PageDocument::change(const Page &after, const QString &label, const QString &focus)
{
    Page renumbered = after;
    renumber(renumbered);
    breakMerge();
    m_pushing = true;
    m_stack->push(new PageEditCommand(this, m_page, renumbered, focus, false, label));
    m_pushing = false;
    breakMerge();
}

void PageDocument::apply(const Page &page, const QString &path, bool fromHistory)
{
    m_page = page;
    Q_EMIT changed(path);
    if (fromHistory)
        Q_EMIT focusRequested(path);
}

} // namespace ic
