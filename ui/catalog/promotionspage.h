#pragma once

#include "ui/common/masterdetailpage.h"

class QTabWidget;

namespace ic {

class Clock;
class CodeTrialPanel;
class PromotionEditor;

// The Promotions area: the grid of promotions, the editor of the one chosen, and the
// "try a code" panel.
class PromotionsPage final : public MasterDetailPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromotionsPage)

public:
    explicit PromotionsPage(const Clock &clock, QWidget *parent = nullptr);
    ~PromotionsPage() override;

    PromotionEditor *editor() const { return m_editor; }
    CodeTrialPanel *trialPanel() const { return m_trial; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    bool openRecord(qint64 id) override;
    void newRecord() override;
    QString countText(int rows) const override;
    void databaseChanged() override;
    void reloaded() override;

private:
    PromotionEditor *m_editor;
    CodeTrialPanel *m_trial;
    QTabWidget *m_tabs;
};

} // namespace ic
