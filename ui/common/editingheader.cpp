#include "ui/common/editingheader.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

namespace ic {

namespace {

struct EditingHeader {
    Q_DECLARE_TR_FUNCTIONS(EditingHeader)
};

} // namespace

QHBoxLayout *editingHeader(QWidget *page, const QString &title, QUndoStack *stack)
{
    auto *heading = new QLabel(title, page);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setWeight(QFont::Bold);
    heading->setFont(headingFont);

    auto *undo = new QPushButton(EditingHeader::tr("Undo"), page);
    undo->setObjectName(QStringLiteral("undo"));
    auto *redo = new QPushButton(EditingHeader::tr("Redo"), page);
    redo->setObjectName(QStringLiteral("redo"));
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
    QObject::connect(stack, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    QObject::connect(stack, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    QObject::connect(undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    QObject::connect(redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    QAction *undoAction = stack->createUndoAction(page, EditingHeader::tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(undoAction);
    QAction *redoAction = stack->createRedoAction(page, EditingHeader::tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(redoAction);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(undo);
    top->addWidget(redo);
    return top;
}

} // namespace ic
