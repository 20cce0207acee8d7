#pragma once

#include "ui/common/masterdetailpage.h"

#include <QPoint>

class QPushButton;

namespace ic {

class Clock;
class PlanEditor;

// The Plans area: the grid of plans (filter, columns, copy, export) and the editor of the
// plan chosen in it; the plans' order (the homepage's) changes by drag and drop or Move Up and
// Move Down.
class PlansPage final : public MasterDetailPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlansPage)

public:
    explicit PlansPage(const Clock &clock, QWidget *parent = nullptr);
    ~PlansPage() override;

    PlanEditor *editor() const { return m_editor; }
    // Moves the plan of grid row `from` to row `to` in the catalogue's order (what a drag
    // and drop in the grid, Alt+Up and Alt+Down do). Only while the grid shows that order:
    // sorted by Order, unfiltered; otherwise the status line says how to get there.
    bool moveRow(int from, int to);
    QPushButton *moveUpButton() const { return m_moveUp; }
    QPushButton *moveDownButton() const { return m_moveDown; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool openRecord(qint64 id) override;
    void newRecord() override;
    QString countText(int rows) const override;
    void sessionChanged() override;

private:
    // Empty when the grid may be reordered now, else the sentence saying why not.
    QString whyNoReorder() const;
    void updateMoveButtons();

    const Clock &m_clock;
    PlanEditor *m_editor;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QPoint m_dragStart;
    int m_dragRow = -1;
};

} // namespace ic
