#include "ui/catalog/promotioneditor.h"

#include "services/catalog/catalogservice.h"
#include "services/catalog/catalogtext.h"
#include "services/security/session.h"
#include "services/storage/database.h"
#include "services/storage/planrepository.h"
#include "services/storage/promotionrepository.h"
#include "ui/catalog/amounttext.h"
#include "ui/common/buddylabel.h"
#include "ui/common/fielderror.h"
#include "ui/common/readonlyform.h"
#include "ui/common/undoableform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace ic {

namespace {

const QStringList kCurrencies = {QStringLiteral("EUR"), QStringLiteral("USD"),
                                 QStringLiteral("GBP"), QStringLiteral("CHF"),
                                 QStringLiteral("CAD"), QStringLiteral("JPY")};

// "Not set" for a date: the edit's minimum date, shown as its special text.
const QDate kNoDate(2000, 1, 1);

QVariantList idList(const QList<qint64> &ids)
{
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    QVariantList list;
    for (qint64 id : sorted)
        list.append(id);
    return list;
}

QString optionalText(const std::optional<int> &n)
{
    return n ? QString::number(*n) : QString();
}

} // namespace

PromotionEditor::PromotionEditor(const Clock &clock, QWidget *parent)
    : RecordEditor(clock, parent)
    , m_type(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_appliesTo(new QComboBox(this))
    , m_startsOn(new QDateEdit(this))
    , m_endsOn(new QDateEdit(this))
    , m_active(new QCheckBox(tr("Active"), this))
    , m_autoApply(new QCheckBox(tr("Applies itself, no code needed"), this))
    , m_newOnly(new QCheckBox(tr("Only for new customers"), this))
    , m_stackable(new QCheckBox(tr("Combines with a typed code"), this))
    , m_plans(new QListWidget(this))
    , m_services(new QListWidget(this))
{
    buildForm();
    // The two dates are checked together: a change of one clears the other's sentence.
    connect(m_form, &UndoableForm::changed, this, [this](int field) {
        if (field == EndsOn || field == StartsOn)
            setError(field == EndsOn ? StartsOn : EndsOn, QString());
    });
}

PromotionEditor::~PromotionEditor() = default;

void PromotionEditor::buildForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto newError = [&](Field field, const char *name) { return newFieldError(field, name); };
    auto withError = [&](QWidget *widget, Field field, const char *name) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(widget);
        box->addWidget(newError(field, name));
        return box;
    };
    auto newEdit = [&](Field field, const QString &label, const char *name,
                       const QString &placeholder = {}) {
        return newLineEdit(field, label, name, placeholder);
    };

    QLineEdit *code =
        newEdit(Code, tr("code"), "code", tr("what the customer types, e.g. SPRING24"));
    form->addRow(buddyLabel(tr("&Code:"), code), withError(code, Code, "code"));
    QLineEdit *name = newEdit(Name, tr("name"), "name");
    form->addRow(buddyLabel(tr("&Name:"), name), withError(name, Name, "name"));
    form->addRow(tr("&Description:"), newEdit(Description, tr("description"), "description"));

    m_type->setObjectName(QStringLiteral("type"));
    for (auto [key, label] : discountTypeLabels().asKeyValueRange())
        m_type->addItem(label, key);
    m_form->bind(Type, m_type);
    m_form->setLabel(Type, tr("type"));
    form->addRow(tr("&Type:"), m_type);

    QLineEdit *value = newEdit(Value, tr("value"), "value", tr("15 for 15 %, or an amount"));
    m_currency->setObjectName(QStringLiteral("currency"));
    for (const QString &c : kCurrencies)
        m_currency->addItem(c, c);
    m_form->bind(Currency, m_currency);
    m_form->setLabel(Currency, tr("currency"));
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(value, 1);
    valueRow->addWidget(m_currency);
    auto *valueBox = new QVBoxLayout;
    valueBox->setSpacing(2);
    valueBox->addLayout(valueRow);
    valueBox->addWidget(newError(Value, "value"));
    form->addRow(buddyLabel(tr("&Value:"), value), valueBox);
    // The currency matters for a fixed amount and for the auto-apply minimum only.
    auto showCurrency = [this] {
        m_currency->setEnabled(m_form->value(Type).toString() == u"fixed" ||
                               !m_form->value(AutoMinimum).toString().trimmed().isEmpty());
    };
    connect(m_form, &UndoableForm::changed, this, showCurrency);

    auto *uses = new QHBoxLayout;
    QLineEdit *maxUses = newEdit(MaxUses, tr("maximum uses"), "maxUses", tr("no limit"));
    uses->addWidget(maxUses);
    uses->addWidget(new QLabel(tr("per customer:"), this));
    uses->addWidget(
        newEdit(MaxUsesPerCustomer, tr("uses per customer"), "maxUsesPerCustomer", tr("no limit")));
    auto *usesBox = new QVBoxLayout;
    usesBox->setSpacing(2);
    usesBox->addLayout(uses);
    usesBox->addWidget(newError(MaxUses, "maxUses"));
    form->addRow(buddyLabel(tr("&Uses at most:"), maxUses), usesBox);

    m_appliesTo->setObjectName(QStringLiteral("appliesTo"));
    for (auto [key, label] : promotionScopeLabels().asKeyValueRange())
        m_appliesTo->addItem(label, key);
    m_form->bind(AppliesTo, m_appliesTo);
    m_form->setLabel(AppliesTo, tr("payments"));
    form->addRow(tr("&Applies to:"), m_appliesTo);

    for (QDateEdit *d : {m_startsOn, m_endsOn}) {
        d->setCalendarPopup(true);
        d->setMinimumDate(kNoDate);
        d->setSpecialValueText(tr("none"));
        d->setDisplayFormat(locale().dateFormat(QLocale::ShortFormat));
    }
    m_startsOn->setObjectName(QStringLiteral("startsOn"));
    m_endsOn->setObjectName(QStringLiteral("endsOn"));
    m_form->bind(StartsOn, m_startsOn);
    m_form->setLabel(StartsOn, tr("start"));
    m_form->bind(EndsOn, m_endsOn);
    m_form->setLabel(EndsOn, tr("end"));
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_startsOn);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_endsOn);
    dates->addStretch(1);
    auto *datesBox = new QVBoxLayout;
    datesBox->setSpacing(2);
    datesBox->addLayout(dates);
    datesBox->addWidget(newError(StartsOn, "startsOn"));
    datesBox->addWidget(newError(EndsOn, "endsOn"));
    form->addRow(buddyLabel(tr("Valid &from:"), m_startsOn), datesBox);

    m_active->setObjectName(QStringLiteral("isActive"));
    m_form->bind(IsActive, m_active);
    m_form->setLabel(IsActive, tr("active"));
    m_stackable->setObjectName(QStringLiteral("isStackable"));
    m_form->bind(IsStackable, m_stackable);
    m_form->setLabel(IsStackable, tr("stackable"));
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_active);
    flags->addWidget(m_stackable);
    flags->addStretch(1);
    form->addRow(QString(), flags);

    m_autoApply->setObjectName(QStringLiteral("autoApply"));
    m_form->bind(AutoApply, m_autoApply);
    m_form->setLabel(AutoApply, tr("auto-apply"));
    m_newOnly->setObjectName(QStringLiteral("autoNewCustomersOnly"));
    m_form->bind(AutoNewCustomersOnly, m_newOnly);
    m_form->setLabel(AutoNewCustomersOnly, tr("new customers only"));
    QLineEdit *minimum =
        newEdit(AutoMinimum, tr("minimum amount"), "autoMinimum", tr("no minimum"));
    auto *autoBox = new QVBoxLayout;
    autoBox->setSpacing(2);
    autoBox->addWidget(m_autoApply);
    autoBox->addWidget(m_newOnly);
    auto *minimumRow = new QHBoxLayout;
    minimumRow->addWidget(new QLabel(tr("when the amount is at least"), this));
    minimumRow->addWidget(minimum, 1);
    autoBox->addLayout(minimumRow);
    autoBox->addWidget(newError(AutoMinimum, "autoMinimum"));
    form->addRow(buddyLabel(tr("Auto-a&pply:"), m_autoApply), autoBox);
    auto enableAuto = [this] {
        const bool on = m_form->value(AutoApply).toBool();
        m_newOnly->setEnabled(on);
        m_edits.value(AutoMinimum)->setEnabled(on);
    };
    connect(m_form, &UndoableForm::changed, this, enableAuto);

    for (QListWidget *list : {m_plans, m_services}) {
        list->setMaximumHeight(120);
        connect(list, &QListWidget::itemChanged, this, [this, list] {
            m_form->edit(list == m_plans ? Plans : Services, checkedIds(list),
                         list == m_plans ? tr("Change plans") : tr("Change services"));
        });
    }
    m_plans->setObjectName(QStringLiteral("plans"));
    m_services->setObjectName(QStringLiteral("services"));
    m_form->bindCustom(Plans, [this](const QVariant &v) { showIds(m_plans, v); });
    m_form->bindCustom(Services, [this](const QVariant &v) { showIds(m_services, v); });
    auto *hint = new QLabel(tr("None ticked: every plan, every service."), this);
    hint->setEnabled(false);
    form->addRow(tr("P&lans:"), m_plans);
    form->addRow(tr("Ser&vices:"), m_services);
    form->addRow(QString(), hint);

    finishLayout(form);
}

QDateEdit *PromotionEditor::dateEdit(Field field) const
{
    return field == StartsOn ? m_startsOn : field == EndsOn ? m_endsOn : nullptr;
}

void PromotionEditor::loadChoices()
{
    if (!m_db)
        return;
    const QSignalBlocker blockPlans(m_plans);
    const QSignalBlocker blockServices(m_services);
    m_plans->clear();
    m_services->clear();
    if (auto plans = PlanRepository(*m_db).list(); plans) {
        for (const Plan &p : std::as_const(*plans)) {
            auto *item =
                new QListWidgetItem(p.isActive ? p.name : tr("%1 (off sale)").arg(p.name), m_plans);
            item->setData(Qt::UserRole, p.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    if (auto services = CatalogService(*m_db, m_clock, m_session).serviceChoices(); services) {
        for (const CatalogChoice &s : std::as_const(*services)) {
            auto *item = new QListWidgetItem(s.name, m_services);
            item->setData(Qt::UserRole, s.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
}

void PromotionEditor::showIds(QListWidget *list, const QVariant &value)
{
    const QSignalBlocker block(list);
    const QVariantList ids = value.toList();
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole)) ? Qt::Checked : Qt::Unchecked);
    }
}

QVariantList PromotionEditor::checkedIds(QListWidget *list) const
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    return idList(ids);
}

void PromotionEditor::load(const Promotion &p)
{
    m_original = p;
    beginLoad(p.id, p.id ? p.code : tr("New promotion"));
    loadChoices();
    const QLocale loc = locale();
    const QString currency = p.amount              ? p.amount->currency()
                             : p.autoMinimumAmount ? p.autoMinimumAmount->currency()
                                                   : QStringLiteral("EUR");
    if (m_currency->findData(currency) < 0)
        m_currency->addItem(currency, currency);
    m_form->load(Code, p.code);
    m_form->load(Name, p.name);
    m_form->load(Description, p.description);
    m_form->load(Type, toString(p.type));
    m_form->load(Value, p.type == DiscountType::Percentage ? percentText(p.percentBp, loc)
                        : p.amount                         ? amountText(*p.amount, loc)
                                                           : QString());
    m_form->load(Currency, currency);
    m_form->load(MaxUses, optionalText(p.maxUses));
    m_form->load(MaxUsesPerCustomer, optionalText(p.maxUsesPerCustomer));
    m_form->load(AppliesTo, toString(p.appliesTo));
    m_form->load(StartsOn, p.startsOn);
    m_form->load(EndsOn, p.endsOn);
    m_form->load(IsActive, p.isActive);
    m_form->load(AutoApply, p.autoApply);
    m_form->load(AutoNewCustomersOnly, p.autoNewCustomersOnly);
    m_form->load(AutoMinimum,
                 p.autoMinimumAmount ? amountText(*p.autoMinimumAmount, loc) : QString());
    m_form->load(IsStackable, p.isStackable);
    m_form->load(Plans, idList(p.planIds));
    m_form->load(Services, idList(p.serviceIds));
    endLoad();
    // The dependent widgets follow the loaded values.
    Q_EMIT m_form->changed(Type);
    updateButtons();
}

void PromotionEditor::newPromotion()
{
    Promotion p;
    p.percentBp = 1000;
    load(p);
    m_edits.value(Code)->setFocus();
}

void PromotionEditor::revert()
{
    if (!m_db || !hasPromotion())
        return;
    if (m_original.id == 0) {
        newPromotion();
        return;
    }
    auto fresh = PromotionRepository(*m_db).find(m_original.id);
    if (!fresh) {
        showBanner(fresh.error().message);
        return;
    }
    load(*fresh);
}

bool PromotionEditor::save()
{
    if (!m_db || !hasPromotion())
        return false;
    auto promotion = promotionFromForm();
    if (!promotion)
        return false;
    CatalogService catalog(*m_db, m_clock, m_session);
    // The service decides; its refusal is shown here and the form keeps what was typed.
    Result<Promotion> written = !m_session           ? failure(ErrorCode::Forbidden, signInFirst())
                                : promotion->id == 0 ? catalog.createPromotion(*promotion)
                                                     : catalog.savePromotion(*promotion);
    if (!written) {
        const Error &e = written.error();
        if (e.code == ErrorCode::AlreadyExists) {
            setError(Code, e.message);
            m_edits.value(Code)->setFocus();
        } else {
            showBanner(e.message);
        }
        return false;
    }
    load(*written);
    Q_EMIT saved(written->id);
    return true;
}

} // namespace ic
