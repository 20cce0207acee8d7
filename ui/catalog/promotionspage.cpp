#include "ui/catalog/promotionspage.h"

#include "services/catalog/promotiongrid.h"
#include "services/storage/promotionrepository.h"
#include "ui/catalog/codetrialpanel.h"
#include "ui/catalog/promotioneditor.h"
#include "ui/common/gridmodel.h"
#include "ui/common/gridview.h"

#include <QTabWidget>

namespace ic {

PromotionsPage::PromotionsPage(const Clock &clock, QWidget *parent)
    : MasterDetailPage(std::make_unique<PromotionGrid>(), QStringLiteral("grids/promotions"),
                       parent)
    , m_editor(new PromotionEditor(clock, this))
    , m_trial(new CodeTrialPanel(clock, this))
    , m_tabs(new QTabWidget(this))
{
    m_view->setObjectName(QStringLiteral("promotionsGrid"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(scrolled(m_editor), tr("Promotion"));
    m_tabs->addTab(m_trial, tr("Try a Code"));
    m_tabs->setMinimumWidth(400);
    buildPage(m_editor,
              {tr("Promotions"), tr("Filter by code or name"), tr("&New Promotion"), "newPromotion",
               tr("Every change of this promotion in the audit log"), QStringLiteral("promotion"),
               tr("The promotion you are editing has changes that are not saved. Drop them?")},
              m_tabs);
}

PromotionsPage::~PromotionsPage() = default;

void PromotionsPage::databaseChanged()
{
    m_trial->setDatabase(m_db);
}

void PromotionsPage::reloaded()
{
    m_trial->reloadPlans();
}

QString PromotionsPage::countText(int rows) const
{
    return tr("%n promotion(s)", nullptr, rows);
}

void PromotionsPage::newRecord()
{
    m_editor->newPromotion();
    m_tabs->setCurrentIndex(0);
}

bool PromotionsPage::openRecord(qint64 id)
{
    auto promotion = PromotionRepository(*m_db).find(id);
    if (!promotion) {
        setStatus(promotion.error().message);
        return false;
    }
    m_editor->load(*promotion);
    m_trial->setCode(promotion->code);
    return true;
}

} // namespace ic
