#include "ui/catalog/planeditor.h"

#include "services/catalog/catalogtext.h"
#include "services/storage/database.h"
#include "services/storage/planrepository.h"
#include "ui/catalog/amounttext.h"
#include "ui/common/buddylabel.h"
#include "ui/common/fielderror.h"
#include "ui/common/undoableform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ic {

namespace {

const QStringList kCurrencies = {QStringLiteral("EUR"), QStringLiteral("USD"),
                                 QStringLiteral("GBP"), QStringLiteral("CHF"),
                                 QStringLiteral("CAD"), QStringLiteral("JPY")};

const PlanEditor::Field kLimitFields[] = {PlanEditor::LimitProjects, PlanEditor::LimitStorageGb,
                                          PlanEditor::LimitUsers, PlanEditor::LimitApiCalls};

QVariantList featureValue(const QList<PlanFeature> &features)
{
    QVariantList list;
    for (const PlanFeature &f : features)
        list.append(QVariantMap{{QStringLiteral("label"), f.label},
                                {QStringLiteral("included"), f.isIncluded}});
    return list;
}

QString limitText(const QMap<QString, qint64> &limits, const QString &key)
{
    return limits.contains(key) ? QString::number(limits.value(key)) : QString();
}

} // namespace

PlanEditor::PlanEditor(const Clock &clock, QWidget *parent)
    : RecordEditor(clock, parent)
    , m_overwrite(new QPushButton(tr("Save Mine over Theirs"), this))
    , m_type(new QComboBox(this))
    , m_cycle(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_interval(new QSpinBox(this))
    , m_trialDays(new QSpinBox(this))
    , m_sortOrder(new QSpinBox(this))
    , m_public(new QCheckBox(tr("Shown on the homepage"), this))
    , m_active(new QCheckBox(tr("On sale"), this))
    , m_features(new QListWidget(this))
{
    buildForm();
    connect(m_overwrite, &QPushButton::clicked, this, &PlanEditor::saveOverTheirs);
}

PlanEditor::~PlanEditor() = default;

void PlanEditor::buildForm()
{
    m_overwrite->setObjectName(QStringLiteral("overwrite"));
    m_overwrite->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addEdit = [&](Field field, const QString &label, const char *name,
                       const QString &placeholder = {}) {
        QLineEdit *edit =
            newLineEdit(field, QString(label).toLower().remove(u'&'), name, placeholder);
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(edit);
        box->addWidget(newFieldError(field, name));
        form->addRow(buddyLabel(label, edit), box);
        return edit;
    };

    addEdit(Name, tr("&Name:"), "name");
    addEdit(Slug, tr("S&lug:"), "slug", tr("used in links, e.g. pro-monthly"));
    addEdit(Description, tr("&Description:"), "description");

    m_type->setObjectName(QStringLiteral("type"));
    for (auto [key, label] : planTypeLabels().asKeyValueRange())
        m_type->addItem(label, key);
    m_form->bind(Type, m_type);
    m_form->setLabel(Type, tr("type"));
    form->addRow(tr("&Type:"), m_type);

    m_cycle->setObjectName(QStringLiteral("cycle"));
    for (auto [key, label] : billingCycleLabels().asKeyValueRange())
        m_cycle->addItem(label, key);
    m_form->bind(Cycle, m_cycle);
    m_form->setLabel(Cycle, tr("billing cycle"));
    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setRange(0, 120);
    m_interval->setSuffix(tr(" months"));
    m_form->bind(IntervalMonths, m_interval);
    m_form->setLabel(IntervalMonths, tr("interval"));
    auto *cycleRow = new QHBoxLayout;
    cycleRow->addWidget(m_cycle, 1);
    cycleRow->addWidget(new QLabel(tr("every"), this));
    cycleRow->addWidget(m_interval);
    form->addRow(buddyLabel(tr("Billing &cycle:"), m_cycle), cycleRow);

    QLineEdit *price = newLineEdit(Price, tr("price"), "price");
    m_currency->setObjectName(QStringLiteral("currency"));
    for (const QString &c : kCurrencies)
        m_currency->addItem(c, c);
    m_form->bind(Currency, m_currency);
    m_form->setLabel(Currency, tr("currency"));
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(price, 1);
    priceRow->addWidget(m_currency);
    auto *priceBox = new QVBoxLayout;
    priceBox->setSpacing(2);
    priceBox->addLayout(priceRow);
    priceBox->addWidget(newFieldError(Price, "price"));
    form->addRow(buddyLabel(tr("&Price:"), price), priceBox);

    addEdit(SetupFee, tr("Set&up fee:"), "setupFee", tr("in the plan's currency"));

    m_trialDays->setObjectName(QStringLiteral("trialDays"));
    m_trialDays->setRange(0, 365);
    m_trialDays->setSuffix(tr(" days"));
    m_form->bind(TrialDays, m_trialDays);
    m_form->setLabel(TrialDays, tr("trial days"));
    form->addRow(tr("T&rial:"), m_trialDays);

    m_public->setObjectName(QStringLiteral("isPublic"));
    m_active->setObjectName(QStringLiteral("isActive"));
    m_form->bind(IsPublic, m_public);
    m_form->setLabel(IsPublic, tr("public"));
    m_form->bind(IsActive, m_active);
    m_form->setLabel(IsActive, tr("on sale"));
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_public);
    flags->addWidget(m_active);
    flags->addStretch(1);
    form->addRow(QString(), flags);

    m_sortOrder->setObjectName(QStringLiteral("sortOrder"));
    m_sortOrder->setRange(-9999, 9999);
    m_form->bind(SortOrder, m_sortOrder);
    m_form->setLabel(SortOrder, tr("order"));
    form->addRow(tr("&Order:"), m_sortOrder);
    addEdit(SignupUrl, tr("Sign-up &link:"), "signupUrl", tr("https://…"));

    buildFeatures(form);

    // Limits: the known keys; blank = no limit set, -1 = unlimited.
    const char *limitNames[] = {"limitProjects", "limitStorageGb", "limitUsers", "limitApiCalls"};
    const QList<QString> keys = knownLimitKeys();
    for (int i = 0; i < 4; ++i) {
        QLineEdit *edit =
            addEdit(kLimitFields[i], tr("%1:", "a form label").arg(limitLabel(keys.at(i))),
                    limitNames[i], tr("blank: not set · -1: unlimited"));
        edit->setMaximumWidth(220);
    }

    finishLayout(form, m_overwrite);
}

void PlanEditor::buildFeatures(QFormLayout *form)
{
    // Features: an ordered list; each line checked when the plan includes it.
    m_features->setObjectName(QStringLiteral("features"));
    m_features->setEditTriggers(QAbstractItemView::DoubleClicked |
                                QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::SelectedClicked);
    m_features->setMaximumHeight(140);
    m_form->bindCustom(Features, [this](const QVariant &v) { showFeatures(v); });
    connect(m_features, &QListWidget::itemChanged, this,
            [this] { editFeatures(tr("Edit feature")); });
    auto *addFeature = new QToolButton(this);
    addFeature->setObjectName(QStringLiteral("addFeature"));
    addFeature->setText(tr("Add"));
    auto *removeFeature = new QToolButton(this);
    removeFeature->setObjectName(QStringLiteral("removeFeature"));
    removeFeature->setText(tr("Remove"));
    auto *upFeature = new QToolButton(this);
    upFeature->setObjectName(QStringLiteral("upFeature"));
    upFeature->setText(tr("Up"));
    auto *downFeature = new QToolButton(this);
    downFeature->setObjectName(QStringLiteral("downFeature"));
    downFeature->setText(tr("Down"));
    connect(addFeature, &QToolButton::clicked, this, [this] {
        QVariantList list = m_form->value(Features).toList();
        list.append(QVariantMap{{QStringLiteral("label"), tr("New feature")},
                                {QStringLiteral("included"), true}});
        m_form->edit(Features, list, tr("Add feature"));
        m_features->setCurrentRow(int(list.size() - 1));
        m_features->editItem(m_features->currentItem());
    });
    connect(removeFeature, &QToolButton::clicked, this, [this] {
        const int row = m_features->currentRow();
        QVariantList list = m_form->value(Features).toList();
        if (row < 0 || row >= list.size())
            return;
        list.removeAt(row);
        m_form->edit(Features, list, tr("Remove feature"));
    });
    auto move = [this](int by) {
        const int row = m_features->currentRow();
        QVariantList list = m_form->value(Features).toList();
        if (row < 0 || row + by < 0 || row + by >= list.size())
            return;
        list.move(row, row + by);
        m_form->edit(Features, list, tr("Move feature"));
        m_features->setCurrentRow(row + by);
    };
    connect(upFeature, &QToolButton::clicked, this, [move] { move(-1); });
    connect(downFeature, &QToolButton::clicked, this, [move] { move(1); });
    auto *featureButtons = new QVBoxLayout;
    for (QToolButton *b : {addFeature, removeFeature, upFeature, downFeature}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        featureButtons->addWidget(b);
    }
    featureButtons->addStretch(1);
    auto *featureRow = new QHBoxLayout;
    featureRow->addWidget(m_features, 1);
    featureRow->addLayout(featureButtons);
    form->addRow(buddyLabel(tr("&Features:"), m_features), featureRow);
}

void PlanEditor::showFeatures(const QVariant &value)
{
    const QSignalBlocker block(m_features);
    const int row = m_features->currentRow();
    m_features->clear();
    for (const QVariant &v : value.toList()) {
        const QVariantMap f = v.toMap();
        auto *item = new QListWidgetItem(f.value(QStringLiteral("label")).toString(), m_features);
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
        item->setCheckState(f.value(QStringLiteral("included")).toBool() ? Qt::Checked
                                                                         : Qt::Unchecked);
    }
    m_features->setCurrentRow(std::min(row, m_features->count() - 1));
}

void PlanEditor::editFeatures(const QString &what)
{
    QVariantList list;
    for (int i = 0; i < m_features->count(); ++i) {
        const QListWidgetItem *item = m_features->item(i);
        list.append(QVariantMap{{QStringLiteral("label"), item->text()},
                                {QStringLiteral("included"), item->checkState() == Qt::Checked}});
    }
    m_form->edit(Features, list, what);
}

void PlanEditor::loadForm(const Plan &p)
{
    const QLocale loc = locale();
    m_form->load(Name, p.name);
    m_form->load(Slug, p.slug);
    m_form->load(Description, p.description);
    m_form->load(Type, toString(p.type));
    m_form->load(Cycle, toString(p.cycle));
    m_form->load(IntervalMonths, p.intervalMonths);
    if (m_currency->findData(p.price.currency()) < 0 && !p.price.currency().isEmpty())
        m_currency->addItem(p.price.currency(), p.price.currency());
    m_form->load(Price, amountText(p.price, loc));
    m_form->load(Currency, p.price.currency().isEmpty() ? u"EUR"_qs : p.price.currency());
    m_form->load(SetupFee, amountText(p.setupFee, loc));
    m_form->load(TrialDays, p.trialDays);
    m_form->load(IsPublic, p.isPublic);
    m_form->load(IsActive, p.isActive);
    m_form->load(SortOrder, p.sortOrder);
    m_form->load(SignupUrl, p.signupUrl);
    m_form->load(Features, featureValue(p.features));
    const QList<QString> keys = knownLimitKeys();
    for (int i = 0; i < 4; ++i)
        m_form->load(kLimitFields[i], limitText(p.limits, keys.at(i)));
}

void PlanEditor::load(const Plan &plan)
{
    m_original = plan;
    beginLoad(plan.id, plan.id ? plan.name : tr("New plan"));
    showBanner(QString(), false);
    loadForm(plan);
    endLoad();
}

void PlanEditor::newPlan()
{
    Plan p;
    p.price = Money::zero(QStringLiteral("EUR"));
    p.setupFee = Money::zero(QStringLiteral("EUR"));
    load(p);
    m_edits.value(Name)->setFocus();
}

void PlanEditor::revert()
{
    if (!m_db || !hasPlan())
        return;
    if (m_original.id == 0) {
        newPlan();
        return;
    }
    auto fresh = PlanRepository(*m_db).find(m_original.id);
    if (!fresh) {
        showBanner(fresh.error().message, false);
        return;
    }
    load(*fresh);
}

void PlanEditor::showBanner(const QString &sentence, bool offerOverwrite)
{
    showBanner(sentence);
    m_overwrite->setVisible(offerOverwrite);
}

std::optional<Plan> PlanEditor::planFromForm()
{
    clearErrors();
    const QLocale loc = locale();
    Plan p = m_original;
    p.name = m_form->value(Name).toString().trimmed();
    p.slug = m_form->value(Slug).toString().trimmed();
    p.description = m_form->value(Description).toString().trimmed();
    p.type = planTypeFromString(m_form->value(Type).toString()).value_or(PlanType::Custom);
    p.cycle =
        billingCycleFromString(m_form->value(Cycle).toString()).value_or(BillingCycle::Custom);
    p.intervalMonths = m_form->value(IntervalMonths).toInt();
    p.trialDays = m_form->value(TrialDays).toInt();
    p.isPublic = m_form->value(IsPublic).toBool();
    p.isActive = m_form->value(IsActive).toBool();
    p.sortOrder = m_form->value(SortOrder).toInt();
    p.signupUrl = m_form->value(SignupUrl).toString().trimmed();
    bool ok = true;
    if (p.name.isEmpty()) {
        setError(Name, tr("A plan needs a name."));
        ok = false;
    }
    if (p.slug.isEmpty()) {
        setError(Slug, tr("A plan needs a slug, the short name used in links."));
        ok = false;
    }
    const QString currency = m_form->value(Currency).toString();
    auto price = Money::parse(m_form->value(Price).toString(), currency, loc);
    if (price)
        p.price = *price;
    else {
        setError(Price, price.error().message);
        ok = false;
    }
    const QString feeText = m_form->value(SetupFee).toString().trimmed();
    auto fee = feeText.isEmpty() ? Result<Money>(Money::zero(currency))
                                 : Money::parse(feeText, currency, loc);
    if (fee)
        p.setupFee = *fee;
    else {
        setError(SetupFee, fee.error().message);
        ok = false;
    }
    p.features.clear();
    for (const QVariant &v : m_form->value(Features).toList()) {
        const QVariantMap f = v.toMap();
        PlanFeature feature;
        feature.label = f.value(QStringLiteral("label")).toString().trimmed();
        feature.isIncluded = f.value(QStringLiteral("included")).toBool();
        p.features.append(feature);
    }
    // Known keys come from the form; any other key the plan had stays as it was.
    const QList<QString> keys = knownLimitKeys();
    for (int i = 0; i < 4; ++i) {
        const QString text = m_form->value(kLimitFields[i]).toString().trimmed();
        if (text.isEmpty()) {
            p.limits.remove(keys.at(i));
            continue;
        }
        bool isNumber = false;
        const qint64 n = loc.toLongLong(text, &isNumber);
        if (!isNumber || n < -1) {
            setError(
                kLimitFields[i],
                tr("\"%1\" is not a limit: give a whole number, or -1 for unlimited.").arg(text));
            ok = false;
            continue;
        }
        p.limits.insert(keys.at(i), n);
    }
    if (!ok)
        return std::nullopt;
    return p;
}

} // namespace ic
