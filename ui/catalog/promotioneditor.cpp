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

QString percentText(int bp, const QLocale &locale)
{
    // Basis points read as an amount of a two-digit currency: 1250 -> "12.50".
    QString text = amountText(Money(bp, QStringLiteral("EUR")), locale);
    if (text.endsWith(QString(locale.decimalPoint()) + u"00"))
        text.chop(3);
    return text;
}

QString optionalText(const std::optional<int> &n)
{
    return n ? QString::number(*n) : QString();
}

} // namespace

PromotionEditor::PromotionEditor(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_form(new UndoableForm(this))
    , m_title(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
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
    connect(m_form, &UndoableForm::changed, this, [this](int field) {
        setError(Field(field), QString());
        if (field == EndsOn || field == StartsOn)
            setError(field == EndsOn ? StartsOn : EndsOn, QString());
        updateButtons();
    });
    connect(m_form->undoStack(), &QUndoStack::cleanChanged, this, &PromotionEditor::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &PromotionEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &PromotionEditor::revert);
    setEnabled(false);
    updateButtons();
}

PromotionEditor::~PromotionEditor() = default;

void PromotionEditor::buildForm()
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
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setShortcut(QKeySequence::Save);
    m_revert->setObjectName(QStringLiteral("revert"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto newError = [&](Field field, const char *name) {
        auto *error = new FieldError(this);
        error->setObjectName(QLatin1String(name) + u"Error");
        m_errors.insert(field, error);
        return error;
    };
    auto withError = [&](QWidget *widget, Field field, const char *name) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(widget);
        box->addWidget(newError(field, name));
        return box;
    };
    auto newEdit = [&](Field field, const QString &label, const char *name,
                       const QString &placeholder = {}) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        m_edits.insert(field, edit);
        m_form->bind(field, edit);
        m_form->setLabel(field, label);
        return edit;
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

    auto *buttons = new QHBoxLayout;
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

QUndoStack *PromotionEditor::undoStack() const
{
    return m_form->undoStack();
}

QLineEdit *PromotionEditor::lineEdit(Field field) const
{
    return m_edits.value(field);
}

QDateEdit *PromotionEditor::dateEdit(Field field) const
{
    return field == StartsOn ? m_startsOn : field == EndsOn ? m_endsOn : nullptr;
}

QString PromotionEditor::fieldError(Field field) const
{
    const FieldError *e = m_errors.value(field);
    return e && !e->isHidden() ? e->text() : QString();
}

QString PromotionEditor::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool PromotionEditor::isModified() const
{
    return m_hasPromotion && (!m_form->undoStack()->isClean() || m_original.id == 0);
}

void PromotionEditor::setSession(const Session *session)
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

QString PromotionEditor::readOnlyText() const
{
    return m_readOnly ? m_readOnlyNote->text() : QString();
}

void PromotionEditor::setDatabase(Database *db)
{
    m_db = db;
    // Another book (or another person): choosing the row of the same id opens it again.
    m_original = Promotion();
    m_hasPromotion = false;
    setEnabled(false);
    m_title->clear();
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
    // CatalogService needs a clock only for plan changes; this read uses none.
    const SystemClock clock;
    if (auto services = CatalogService(*m_db, clock).serviceChoices(); services) {
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
    m_hasPromotion = true;
    setEnabled(true);
    m_title->setText(p.id ? p.code : tr("New promotion"));
    clearErrors();
    showBanner(QString());
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
    m_form->undoStack()->clear();
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
    if (!m_db || !m_hasPromotion)
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

void PromotionEditor::clearErrors()
{
    for (FieldError *e : std::as_const(m_errors))
        e->setSentence(QString());
}

void PromotionEditor::setError(Field field, const QString &sentence)
{
    if (FieldError *e = m_errors.value(field))
        e->setSentence(sentence);
}

void PromotionEditor::showBanner(const QString &sentence)
{
    m_banner->setText(sentence);
    m_banner->setVisible(!sentence.isEmpty());
}

void PromotionEditor::updateButtons()
{
    m_save->setEnabled(isModified());
    m_revert->setEnabled(isModified());
}

std::optional<Promotion> PromotionEditor::promotionFromForm()
{
    clearErrors();
    const QLocale loc = locale();
    Promotion p = m_original;
    bool ok = true;
    p.code = m_form->value(Code).toString().trimmed();
    p.name = m_form->value(Name).toString().trimmed();
    p.description = m_form->value(Description).toString().trimmed();
    if (p.code.isEmpty()) {
        setError(Code, tr("A promotion needs a code."));
        ok = false;
    }
    if (p.name.isEmpty()) {
        setError(Name, tr("A promotion needs a name."));
        ok = false;
    }
    p.type =
        discountTypeFromString(m_form->value(Type).toString()).value_or(DiscountType::Percentage);
    const QString currency = m_form->value(Currency).toString();
    const QString valueText = m_form->value(Value).toString().trimmed();
    if (p.type == DiscountType::Percentage) {
        p.amount.reset();
        QString digits = valueText;
        digits.remove(u'%').remove(QChar(0x202f));
        // Read as an amount of a two-digit currency, the minor units are basis points.
        auto read = Money::parse(digits, QStringLiteral("EUR"), loc);
        if (!read || read->isNegative()) {
            setError(Value, tr("\"%1\" is not a percentage; type it like %2.")
                                .arg(valueText, percentText(1250, loc)));
            ok = false;
        } else if (read->minor() > 10000) {
            setError(Value, tr("A percentage discount cannot be more than 100 %."));
            ok = false;
        } else {
            p.percentBp = int(read->minor());
        }
    } else {
        p.percentBp = 0;
        auto amount = Money::parse(valueText, currency, loc);
        if (!amount) {
            setError(Value, amount.error().message);
            ok = false;
        } else if (amount->isNegative()) {
            setError(Value, tr("A fixed discount cannot be negative."));
            ok = false;
        } else {
            p.amount = *amount;
        }
    }
    auto readCount = [&](Field field, std::optional<int> &out) {
        const QString text = m_form->value(field).toString().trimmed();
        if (text.isEmpty()) {
            out.reset();
            return;
        }
        bool isNumber = false;
        const int n = loc.toInt(text, &isNumber);
        if (!isNumber || n < 0) {
            setError(MaxUses,
                     tr("\"%1\" is not a number of uses; leave it blank for no limit.").arg(text));
            ok = false;
            return;
        }
        out = n;
    };
    readCount(MaxUses, p.maxUses);
    readCount(MaxUsesPerCustomer, p.maxUsesPerCustomer);
    p.appliesTo = promotionScopeFromString(m_form->value(AppliesTo).toString())
                      .value_or(PromotionScope::Both);
    p.startsOn = m_form->value(StartsOn).toDate();
    p.endsOn = m_form->value(EndsOn).toDate();
    if (p.startsOn.isValid() && p.endsOn.isValid() && p.endsOn < p.startsOn) {
        setError(EndsOn, tr("The promotion would end on %1, before it starts on %2.")
                             .arg(loc.toString(p.endsOn, QLocale::LongFormat),
                                  loc.toString(p.startsOn, QLocale::LongFormat)));
        ok = false;
    }
    p.isActive = m_form->value(IsActive).toBool();
    p.autoApply = m_form->value(AutoApply).toBool();
    p.autoNewCustomersOnly = m_form->value(AutoNewCustomersOnly).toBool();
    p.isStackable = m_form->value(IsStackable).toBool();
    const QString minimumText = m_form->value(AutoMinimum).toString().trimmed();
    if (minimumText.isEmpty()) {
        p.autoMinimumAmount.reset();
    } else {
        auto minimum = Money::parse(minimumText, currency, loc);
        if (!minimum) {
            setError(AutoMinimum, minimum.error().message);
            ok = false;
        } else {
            p.autoMinimumAmount = *minimum;
        }
    }
    p.planIds.clear();
    for (const QVariant &id : m_form->value(Plans).toList())
        p.planIds.append(id.toLongLong());
    p.serviceIds.clear();
    for (const QVariant &id : m_form->value(Services).toList())
        p.serviceIds.append(id.toLongLong());
    if (!ok)
        return std::nullopt;
    return p;
}

bool PromotionEditor::save()
{
    if (!m_db || !m_hasPromotion)
        return false;
    auto promotion = promotionFromForm();
    if (!promotion)
        return false;
    CatalogService catalog(*m_db, m_clock);
    // The service decides; its refusal is shown here and the form keeps what was typed.
    Result<Promotion> written =
        !m_session           ? failure(ErrorCode::Forbidden, tr("Sign in to change the catalogue."))
        : promotion->id == 0 ? catalog.createPromotion(*m_session, *promotion)
                             : catalog.savePromotion(*m_session, *promotion);
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
