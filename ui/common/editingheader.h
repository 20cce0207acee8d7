#pragma once

class QHBoxLayout;
class QString;
class QUndoStack;
class QWidget;

namespace ic {

// The top line of an area that edits one record: its title, large and bold, then Undo and
// Redo buttons (objects "undo" and "redo") that follow `stack`; Ctrl+Z and Ctrl+Shift+Z
// work anywhere on `page`.
QHBoxLayout *editingHeader(QWidget *page, const QString &title, QUndoStack *stack);

} // namespace ic
