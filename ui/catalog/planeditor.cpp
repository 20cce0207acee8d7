#include "ui/catalog/planeditor.h"

#include "services/catalog/catalogservice.h"
#include "services/catalog/catalogtext.h"
#include "services/security/session.h"
#include "services/storage/database.h"
#include "services/storage/planrepository.h"
#include "ui/catalog/amounttext.h"
#include "ui/common/buddylabel.h"
#include "ui/common/fielderror.h"
#include "ui/common/readonlyform.h"
#include "ui/common/undoableform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
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
    : QWidget(parent)
    , m_clock(clock)
    , m_form(new UndoableForm(this))
    , m_title(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_overwrite(new QPushButton(tr("Save Mine over Theirs"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
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
    connect(m_form, &UndoableForm::changed, this, [this](int field) {
        setError(Field(field), QString());
        updateButtons();
    });
    connect(m_form->undoStack(), &QUndoStack::cleanChanged, this, &PlanEditor::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &PlanEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &PlanEditor::revert);
    connect(m_overwrite, &QPushButton::clicked, this, &PlanEditor::saveOverTheirs);
    setEnabled(false);
    updateButtons();
}

PlanEditor::~PlanEditor() = default;

void PlanEditor::buildForm()
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::Bold);
    m_title->setFont(titleFont);
    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic;"));
    m_readOnlyNote->hide();
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "background: #fbeaea; color: #8a1f14; border: 1px solid #e6b8b3; padding: 6px;"));
    m_banner->hide();
    m_overwrite->setObjectName(QStringLiteral("overwrite"));
    m_overwrite->hide();
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setShortcut(QKeySequence::Save);
    m_revert->setObjectName(QStringLiteral("revert"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addEdit = [&](Field field, const QString &label, const char *name,
                       const QString &placeholder = {}) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        m_edits.insert(field, edit);
        m_form->bind(field, edit);
        m_form->setLabel(field, label.toLower().remove(u'&'));
        auto *error = new FieldError(this);
        error->setObjectName(QLatin1String(name) + u"Error");
        m_errors.insert(field, error);
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(edit);
        box->addWidget(error);
        form->addRow(buddyLabel(label, edit), box);
        return edit;
    };
    auto addError = [&](Field field, const char *name) {
        auto *error = new FieldError(this);
        error->setObjectName(QLatin1String(name) + u"Error");
        m_errors.insert(field, error);
        return error;
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

    auto *price = new QLineEdit(this);
    price->setObjectName(QStringLiteral("price"));
    m_edits.insert(Price, price);
    m_form->bind(Price, price);
    m_form->setLabel(Price, tr("price"));
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
    priceBox->addWidget(addError(Price, "price"));
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

    // Limits: the known keys; blank = no limit set, -1 = unlimited.
    const char *limitNames[] = {"limitProjects", "limitStorageGb", "limitUsers", "limitApiCalls"};
    const QList<QString> keys = knownLimitKeys();
    for (int i = 0; i < 4; ++i) {
        QLineEdit *edit =
            addEdit(kLimitFields[i], tr("%1:", "a form label").arg(limitLabel(keys.at(i))),
                    limitNames[i], tr("blank: not set · -1: unlimited"));
        edit->setMaximumWidth(220);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_overwrite);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

QUndoStack *PlanEditor::undoStack() const
{
    return m_form->undoStack();
}

QLineEdit *PlanEditor::lineEdit(Field field) const
{
    return m_edits.value(field);
}

QString PlanEditor::fieldError(Field field) const
{
    const FieldError *e = m_errors.value(field);
    return e && !e->isHidden() ? e->text() : QString();
}

QString PlanEditor::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool PlanEditor::isModified() const
{
    return m_hasPlan && (!m_form->undoStack()->isClean() || m_original.id == 0);
}

void PlanEditor::setSession(const Session *session)
{
    m_session = session;
    const Done may = session
                         ? require(*session, Permission::EditCatalog)
                         : failure(ErrorCode::Forbidden, tr("Sign in to change the catalogue."));
    m_readOnly = !may.has_value();
    m_readOnlyNote->setText(may ? QString() : may.error().message);
    m_readOnlyNote->setVisible(m_readOnly);
    setFormReadOnly(this, m_readOnly);
    m_save->setVisible(!m_readOnly);
    m_revert->setVisible(!m_readOnly);
    updateButtons();
}

QString PlanEditor::readOnlyText() const
{
    return m_readOnly ? m_readOnlyNote->text() : QString();
}

void PlanEditor::setDatabase(Database *db)
{
    m_db = db;
    // Another book (or another person): no plan of the last one stays "open", so choosing the
    // row of the same id opens it again.
    m_original = Plan();
    m_hasPlan = false;
    setEnabled(false);
    m_title->clear();
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
    m_hasPlan = true;
    setEnabled(true);
    m_title->setText(plan.id ? plan.name : tr("New plan"));
    clearErrors();
    showBanner(QString(), false);
    loadForm(plan);
    m_form->undoStack()->clear();
    updateButtons();
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
    if (!m_db || !m_hasPlan)
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

void PlanEditor::clearErrors()
{
    for (FieldError *e : std::as_const(m_errors))
        e->setSentence(QString());
}

void PlanEditor::setError(Field field, const QString &sentence)
{
    if (FieldError *e = m_errors.value(field))
        e->setSentence(sentence);
}

void PlanEditor::showBanner(const QString &sentence, bool offerOverwrite)
{
    m_banner->setText(sentence);
    m_banner->setVisible(!sentence.isEmpty());
    m_overwrite->setVisible(offerOverwrite);
}

void PlanEditor::updateButtons()
{
    m_save->setEnabled(isModified());
    m_revert->setEnabled(isModified());
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

QString PlanEditor::theirChanges(const Plan &theirs) const
{
    const QLocale loc = locale();
    QStringList lines;
    auto differs = [&](const QString &what, const QString &mine, const QString &now) {
        if (mine != now)
            lines.append(tr("%1: %2 (was %3 when you opened it)").arg(what, now, mine));
    };
    differs(tr("Name"), m_original.name, theirs.name);
    differs(tr("Slug"), m_original.slug, theirs.slug);
    differs(tr("Price"), m_original.price.format(loc), theirs.price.format(loc));
    differs(tr("Setup fee"), m_original.setupFee.format(loc), theirs.setupFee.format(loc));
    differs(tr("Trial"), QString::number(m_original.trialDays), QString::number(theirs.trialDays));
    differs(tr("Type"), planTypeLabels().value(toString(m_original.type)),
            planTypeLabels().value(toString(theirs.type)));
    differs(tr("On sale"), m_original.isActive ? tr("yes") : tr("no"),
            theirs.isActive ? tr("yes") : tr("no"));
    differs(tr("Shown on the homepage"), m_original.isPublic ? tr("yes") : tr("no"),
            theirs.isPublic ? tr("yes") : tr("no"));
    differs(tr("Description"), m_original.description, theirs.description);
    differs(tr("Limits"), limitsSummary(m_original.limits), limitsSummary(theirs.limits));
    if (m_original.features.size() != theirs.features.size())
        lines.append(tr("Features: %n line(s) now", nullptr, int(theirs.features.size())));
    return lines.join(u'\n');
}

bool PlanEditor::save()
{
    if (!m_db || !m_hasPlan)
        return false;
    auto plan = planFromForm();
    if (!plan)
        return false;
    return write(*plan);
}

bool PlanEditor::saveOverTheirs()
{
    if (!m_db || !m_hasPlan || m_original.id == 0)
        return false;
    auto plan = planFromForm();
    if (!plan)
        return false;
    auto theirs = PlanRepository(*m_db).find(m_original.id);
    if (!theirs) {
        showBanner(theirs.error().message, false);
        return false;
    }
    plan->rowVersion = theirs->rowVersion;
    m_original = *theirs;
    return write(*plan);
}

bool PlanEditor::write(Plan plan)
{
    std::optional<qint64> migrateTo;
    if (plan.id != 0 && m_original.isActive && !plan.isActive) {
        CatalogService catalog(*m_db, m_clock);
        auto subscribers = catalog.subscriberCount(plan.id);
        if (!subscribers) {
            showBanner(subscribers.error().message, false);
            return false;
        }
        if (*subscribers > 0) {
            QMessageBox ask(QMessageBox::Question, tr("Take the plan off sale"),
                            tr("%n subscription(s) are on the plan %1. What happens to them?",
                               nullptr, int(*subscribers))
                                .arg(plan.name),
                            QMessageBox::Cancel, this);
            ask.setInformativeText(
                tr("They can keep the plan until their next renewal and beyond, or move to "
                   "another plan when their current period ends."));
            QPushButton *keep = ask.addButton(tr("&Keep Their Plan"), QMessageBox::AcceptRole);
            keep->setObjectName(QStringLiteral("keepSubscribers"));
            QPushButton *migrate =
                ask.addButton(tr("&Move Them to Another Plan…"), QMessageBox::AcceptRole);
            migrate->setObjectName(QStringLiteral("migrateSubscribers"));
            ask.setDefaultButton(keep);
            ask.exec();
            if (ask.clickedButton() == migrate) {
                auto plans = PlanRepository(*m_db).list(true);
                if (!plans) {
                    showBanner(plans.error().message, false);
                    return false;
                }
                QStringList names;
                QList<qint64> ids;
                for (const Plan &other : std::as_const(*plans))
                    if (other.id != plan.id) {
                        names.append(other.name + u" (" + other.price.format(locale()) + u')');
                        ids.append(other.id);
                    }
                bool chosen = false;
                const QString pick = QInputDialog::getItem(this, tr("Move the subscribers"),
                                                           tr("Move them at their next period to:"),
                                                           names, 0, false, &chosen);
                if (!chosen || names.isEmpty())
                    return false;
                migrateTo = ids.at(names.indexOf(pick));
            } else if (ask.clickedButton() != keep) {
                return false;
            }
        }
    }

    PlanRepository plans(*m_db);
    CatalogService catalog(*m_db, m_clock);
    // The service decides: a role that may not change the catalogue is refused there, and the
    // sentence is shown here with everything typed still in the form.
    Result<Plan> written =
        !m_session     ? failure(ErrorCode::Forbidden, tr("Sign in to change the catalogue."))
        : plan.id == 0 ? catalog.createPlan(*m_session, plan)
                       : catalog.savePlan(*m_session, plan, migrateTo);
    if (!written) {
        const Error &e = written.error();
        if (e.code == ErrorCode::AlreadyExists) {
            setError(Slug, e.message);
            m_edits.value(Slug)->setFocus();
        } else if (e.code == ErrorCode::StaleRow) {
            auto theirs = plans.find(plan.id);
            QString sentence = e.message;
            if (theirs) {
                const QString changes = theirChanges(*theirs);
                if (!changes.isEmpty())
                    sentence += u"\n\n" + tr("Their change:") + u'\n' + changes;
            }
            showBanner(sentence, true);
        } else {
            showBanner(e.message, false);
        }
        return false;
    }
    load(*written);
    Q_EMIT saved(written->id);
    return true;
}

} // namespace ic
