#include "ui/homepage/sectioneditors.h"

#include "services/homepage/editing.h"
#include "ui/common/fielderror.h"
#include "ui/homepage/fieldbinder.h"
#include "ui/homepage/pagedocument.h"
#include "ui/homepage/rowseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ic {

QString sectionTypeTitle(SectionType type)
{
    switch (type) {
    case SectionType::Hero:
        return SectionEditor::tr("Hero");
    case SectionType::Services:
        return SectionEditor::tr("Services");
    case SectionType::Pricing:
        return SectionEditor::tr("Pricing");
    case SectionType::Contact:
        return SectionEditor::tr("Contact");
    case SectionType::Faq:
        return SectionEditor::tr("Questions (FAQ)");
    }
    return {};
}

// ---------------------------------------------------------------------------------------

SectionEditor::SectionEditor(PageDocument *doc, int section, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_section(section)
    , m_binder(new FieldBinder(doc, this))
{
}

SectionEditor::~SectionEditor() = default;

void SectionEditor::refresh()
{
    m_binder->refresh();
}

bool SectionEditor::focusField(const QString &path, bool takeFocus)
{
    QWidget *w = m_binder->widgetFor(path);
    if (!w)
        return false;
    // The scroll area around the editors brings the field into view.
    for (QWidget *p = parentWidget(); p; p = p->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
            scroll->ensureWidgetVisible(w);
            break;
        }
    if (!takeFocus)
        return true;
    w->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        line->selectAll();
    return true;
}

void SectionEditor::setAssetsDir(const QString &dir)
{
    m_binder->setAssetsDir(dir);
    m_binder->refresh();
}

QString SectionEditor::path(const QString &key) const
{
    return m_section < 0 ? u"page."_qs + key : fieldPath(m_section, key);
}

QLineEdit *SectionEditor::addLine(QFormLayout *form, const QString &label, const QString &key,
                                  const QString &what)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    FieldError *error = nullptr;
    const QString p = path(key);
    if (fieldKind(p) != FieldKind::Text) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        error = new FieldError(box);
        error->setObjectName(key + u"Error"_qs);
        v->addWidget(edit);
        v->addWidget(error);
        form->addRow(label, box);
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(box)))
            l->setBuddy(edit);
    } else {
        form->addRow(label, edit);
    }
    m_binder->bind(
        edit, [this, key] { return path(key); }, what, error);
    return edit;
}

QLineEdit *SectionEditor::addImage(QFormLayout *form, const QString &label, const QString &key,
                                   const QString &what, std::function<QString()> pathOf)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    edit->setPlaceholderText(tr("https://… or a file"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(key + u"Choose"_qs);
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout;
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    h->addWidget(choose);
    auto *v = new QVBoxLayout(row);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addLayout(h);
    auto *error = new FieldError(row);
    error->setObjectName(key + u"Error"_qs);
    v->addWidget(error);
    form->addRow(label, row);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(row)))
        l->setBuddy(edit);
    m_binder->bind(edit, pathOf, what, error);
    connect(choose, &QPushButton::clicked, this, [this, pathOf, what, error] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose an Image"), {}, tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"));
        if (file.isEmpty())
            return;
        if (!m_importImage) {
            m_doc->edit(pathOf(), file, what, false);
            return;
        }
        // Copied into the page's images, resized; the page keeps the path it is published at.
        const Result<QString> imported = m_importImage(file);
        if (!imported) {
            error->setSentence(imported.error().message);
            return;
        }
        m_doc->edit(pathOf(), *imported, what, false);
    });
    return edit;
}

// ---------------------------------------------------------------------------------------

PageFieldsEditor::PageFieldsEditor(PageDocument *doc, QWidget *parent)
    : SectionEditor(doc, -1, parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addLine(form, tr("&Title:"), u"title"_qs, tr("the page title"));
    addLine(form, tr("S&lug:"), u"slug"_qs, tr("the slug"));
    addLine(form, tr("&Meta title:"), u"metaTitle"_qs, tr("the meta title"));
    auto *description = new QPlainTextEdit(this);
    description->setObjectName(u"metaDescription"_qs);
    description->setTabChangesFocus(true);
    description->setMaximumHeight(60);
    form->addRow(tr("Meta &description:"), description);
    m_binder->bind(
        description, [] { return u"page.metaDescription"_qs; }, tr("the meta description"));
    addImage(form, tr("&Open Graph image:"), u"ogImage"_qs, tr("the Open Graph image"),
             [] { return u"page.ogImage"_qs; });
    refresh();
}

PageFieldsEditor::~PageFieldsEditor() = default;

// ---------------------------------------------------------------------------------------

namespace {

QComboBox *styleCombo(QWidget *parent, const QString &name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(SectionEditor::tr("Primary (filled)"), u"primary"_qs);
    combo->addItem(SectionEditor::tr("Secondary"), u"secondary"_qs);
    combo->addItem(SectionEditor::tr("Outline"), u"outline"_qs);
    return combo;
}

} // namespace

HeroEditor::HeroEditor(PageDocument *doc, int section, QWidget *parent)
    : SectionEditor(doc, section, parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addLine(form, tr("&Title:"), u"title"_qs, tr("the hero title"));
    addLine(form, tr("&Subtitle:"), u"subtitle"_qs, tr("the subtitle"));
    addLine(form, tr("&Primary button:"), u"primaryCta.text"_qs, tr("the primary button's text"));
    addLine(form, tr("Its &link:"), u"primaryCta.link"_qs, tr("the primary button's link"));
    auto *primaryStyle = styleCombo(this, u"primaryCta.style"_qs);
    form->addRow(tr("Its st&yle:"), primaryStyle);
    m_binder->bind(
        primaryStyle, [this] { return path(u"primaryCta.style"_qs); },
        tr("the primary button's style"));
    addLine(form, tr("S&econdary button:"), u"secondaryCta.text"_qs,
            tr("the secondary button's text"));
    addLine(form, tr("Its li&nk:"), u"secondaryCta.link"_qs, tr("the secondary button's link"));
    auto *secondaryStyle = styleCombo(this, u"secondaryCta.style"_qs);
    form->addRow(tr("Its styl&e:"), secondaryStyle);
    m_binder->bind(
        secondaryStyle, [this] { return path(u"secondaryCta.style"_qs); },
        tr("the secondary button's style"));
    addImage(form, tr("&Background image:"), u"backgroundImage"_qs, tr("the background image"),
             [this] { return path(u"backgroundImage"_qs); });
    refresh();
}

HeroEditor::~HeroEditor() = default;

// ---------------------------------------------------------------------------------------

ServicesEditor::ServicesEditor(PageDocument *doc, int section, QWidget *parent)
    : SectionEditor(doc, section, parent)
    , m_list(new QListWidget(this))
    , m_details(new QWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QFormLayout;
    addLine(top, tr("&Title:"), u"title"_qs, tr("the section title"));
    auto *columns = new QComboBox(this);
    columns->setObjectName(u"columns"_qs);
    for (int n : {2, 3, 4})
        columns->addItem(tr("%n column(s)", nullptr, n), n);
    top->addRow(tr("&Layout:"), columns);
    m_binder->bind(
        columns, [this] { return path(u"columns"_qs); }, tr("the layout"));
    layout->addLayout(top);

    // The services: drag to reorder, tick to show.
    m_list->setObjectName(u"services"_qs);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setMaximumHeight(130);
    m_binder->watch(m_list);
    auto *add = new QToolButton(this);
    add->setObjectName(u"addService"_qs);
    add->setText(tr("Add Service"));
    auto *remove = new QToolButton(this);
    remove->setObjectName(u"removeService"_qs);
    remove->setText(tr("Remove Service"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Services (drag to reorder, tick to show):"), this), 1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    layout->addWidget(m_list);
    connect(add, &QToolButton::clicked, this, &ServicesEditor::addService);
    connect(remove, &QToolButton::clicked, this, &ServicesEditor::removeService);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &ServicesEditor::servicesMoved,
            Qt::QueuedConnection);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_list->item(row))
            selectService(m_list->item(row)->data(Qt::UserRole).toInt());
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int index = item->data(Qt::UserRole).toInt();
        m_doc->edit(servicePath(m_section, index, u"isActive"_qs),
                    item->checkState() == Qt::Checked, tr("service shown"), false);
    });

    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    auto bindLine = [this, form](const QString &label, const QString &key, const QString &what) {
        auto *edit = new QLineEdit(m_details);
        edit->setObjectName(u"service."_qs + key);
        FieldError *error = nullptr;
        QWidget *field = edit;
        if (fieldKind(servicePath(0, 0, key)) != FieldKind::Text) {
            field = new QWidget(m_details);
            auto *v = new QVBoxLayout(field);
            v->setContentsMargins(0, 0, 0, 0);
            v->setSpacing(2);
            error = new FieldError(field);
            error->setObjectName(u"service."_qs + key + u"Error"_qs);
            edit->setParent(field);
            v->addWidget(edit);
            v->addWidget(error);
        }
        form->addRow(label, field);
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
            l->setBuddy(edit);
        m_binder->bind(
            edit, [this, key] { return servicePathOf(key); }, what, error);
    };
    bindLine(tr("&Name:"), u"name"_qs, tr("the service's name"));
    auto *description = new QPlainTextEdit(m_details);
    description->setObjectName(u"service.description"_qs);
    description->setTabChangesFocus(true);
    description->setMaximumHeight(56);
    form->addRow(tr("&Description:"), description);
    m_binder->bind(
        description, [this] { return servicePathOf(u"description"_qs); },
        tr("the service's description"));
    auto *advantages = new RowsEditor(tr("Advantage"), m_details);
    advantages->setObjectName(u"service.advantages"_qs);
    form->addRow(tr("&Advantages:"), advantages);
    m_binder->bindCustom(
        advantages->table(), [this] { return servicePathOf(u"advantages"_qs); },
        [advantages](const QVariant &v) { advantages->setTexts(v.toStringList()); });
    connect(advantages, &RowsEditor::edited, this, [this, advantages] {
        m_doc->edit(servicePathOf(u"advantages"_qs), advantages->texts(), tr("the advantages"),
                    false);
    });
    bindLine(tr("&Icon:"), u"icon"_qs, tr("the service's icon"));
    auto *imageForm = form;
    SectionEditor::addImage(imageForm, tr("I&mage:"), u"service.image"_qs,
                            tr("the service's image"),
                            [this] { return servicePathOf(u"image"_qs); });
    bindLine(tr("Lin&k:"), u"link"_qs, tr("the service's link"));
    auto *badge = new QComboBox(m_details);
    badge->setObjectName(u"service.badge"_qs);
    badge->addItem(tr("None"), toString(ServiceBadge::None));
    badge->addItem(tr("Popular"), toString(ServiceBadge::Popular));
    badge->addItem(tr("New"), toString(ServiceBadge::New));
    badge->addItem(tr("Coming soon"), toString(ServiceBadge::ComingSoon));
    form->addRow(tr("&Badge:"), badge);
    m_binder->bind(
        badge, [this] { return servicePathOf(u"badge"_qs); }, tr("the badge"));
    layout->addWidget(m_details);

    rebuildList();
    selectService(m_doc->page().sections.value(m_section).services.isEmpty() ? -1 : 0);
}

ServicesEditor::~ServicesEditor() = default;

QString ServicesEditor::servicePathOf(const QString &key) const
{
    return servicePath(m_section, std::max(0, m_service), key);
}

void ServicesEditor::rebuildList()
{
    const QList<Service> services = m_doc->page().sections.value(m_section).services;
    const QSignalBlocker block(m_list);
    const QSignalBlocker blockModel(m_list->model());
    m_list->clear();
    for (int i = 0; i < services.size(); ++i) {
        const Service &s = services.at(i);
        auto *item =
            new QListWidgetItem(s.name.trimmed().isEmpty() ? tr("(no name)") : s.name, m_list);
        item->setData(Qt::UserRole, i);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(s.isActive ? Qt::Checked : Qt::Unchecked);
    }
    if (m_service >= 0 && m_service < services.size())
        m_list->setCurrentRow(m_service);
}

void ServicesEditor::refresh()
{
    const int count = int(m_doc->page().sections.value(m_section).services.size());
    if (m_service >= count)
        m_service = count - 1;
    rebuildList();
    m_details->setEnabled(m_service >= 0);
    SectionEditor::refresh();
}

void ServicesEditor::selectService(int index)
{
    m_service = index;
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(index);
    }
    m_details->setEnabled(index >= 0);
    m_doc->breakMerge();
    SectionEditor::refresh();
}

bool ServicesEditor::focusField(const QString &path, bool takeFocus)
{
    const FieldPath p = FieldPath::parse(path);
    if (p.service >= 0) {
        selectService(p.service);
        if (p.key == u"isActive") {
            if (takeFocus)
                m_list->setFocus(Qt::OtherFocusReason);
            return true;
        }
    } else if (p.key == u"services") {
        if (takeFocus)
            m_list->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return SectionEditor::focusField(path, takeFocus);
}

void ServicesEditor::servicesMoved()
{
    const QList<Service> services = m_doc->page().sections.value(m_section).services;
    QList<Service> ordered;
    int newCurrent = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        const int index = m_list->item(row)->data(Qt::UserRole).toInt();
        if (index < 0 || index >= services.size())
            return;
        ordered.append(services.at(index));
        if (index == m_service)
            newCurrent = row;
    }
    if (ordered.size() != services.size())
        return;
    Page after = m_doc->page();
    after.sections[m_section].services = ordered;
    m_service = newCurrent;
    m_doc->change(after, tr("Reorder services"), fieldPath(m_section, u"services"_qs));
}

void ServicesEditor::addService()
{
    Page after = m_doc->page();
    after.sections[m_section].services.append(newService(tr("New service")));
    m_service = int(after.sections[m_section].services.size()) - 1;
    m_doc->change(after, tr("Add service"), servicePath(m_section, m_service, u"name"_qs));
    focusField(servicePath(m_section, m_service, u"name"_qs));
}

void ServicesEditor::removeService()
{
    if (m_service < 0)
        return;
    Page after = m_doc->page();
    QList<Service> &services = after.sections[m_section].services;
    if (m_service >= services.size())
        return;
    services.removeAt(m_service);
    const QString focus = fieldPath(m_section, u"services"_qs);
    m_service = std::min(m_service, int(services.size()) - 1);
    m_doc->change(after, tr("Remove service"), focus);
}

// ---------------------------------------------------------------------------------------

PricingEditor::PricingEditor(PageDocument *doc, int section, const QList<Plan> &catalogue,
                             QWidget *parent)
    : SectionEditor(doc, section, parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addLine(form, tr("&Title:"), u"title"_qs, tr("the section title"));
    QList<Plan> shown;
    for (const Plan &plan : catalogue)
        if (plan.isPublic && plan.isActive)
            shown.append(plan);
    std::stable_sort(shown.begin(), shown.end(), [](const Plan &a, const Plan &b) {
        return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.name < b.name;
    });
    auto *highlighted = new QComboBox(this);
    highlighted->setObjectName(u"highlightedPlanSlug"_qs);
    highlighted->addItem(tr("None"), QString());
    QStringList names;
    for (const Plan &plan : shown) {
        highlighted->addItem(plan.name, plan.slug);
        names << plan.name;
    }
    form->addRow(tr("&Highlighted plan:"), highlighted);
    m_binder->bind(
        highlighted, [this] { return path(u"highlightedPlanSlug"_qs); },
        tr("the highlighted plan"));
    auto *note = new QLabel(
        shown.isEmpty()
            ? tr("The catalogue has no public plan on sale: the section shows its title only.")
            : tr("The plans shown come from the catalogue (public plans on sale, in their order): "
                 "%1.")
                  .arg(names.join(u", "_qs)),
        this);
    note->setObjectName(u"plansShown"_qs);
    note->setWordWrap(true);
    form->addRow(note);
    refresh();
}

PricingEditor::~PricingEditor() = default;

// ---------------------------------------------------------------------------------------

ContactEditor::ContactEditor(PageDocument *doc, int section, QWidget *parent)
    : SectionEditor(doc, section, parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addLine(form, tr("&Title:"), u"title"_qs, tr("the section title"));
    addLine(form, tr("&Email:"), u"email"_qs, tr("the contact email"));
    auto *fields = new RowsEditor({{u"name"_qs, tr("Name")},
                                   {u"label"_qs, tr("Label")},
                                   {u"type"_qs, tr("Type")},
                                   {u"required"_qs, tr("Required"), true}},
                                  this);
    fields->setObjectName(u"formFields"_qs);
    fields->setToolTip(tr("Type: text, email, tel, url, number or textarea."));
    auto *error = new FieldError(this);
    error->setObjectName(u"formFieldsError"_qs);
    form->addRow(tr("&Form fields:"), fields);
    form->addRow(error);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(fields)))
        l->setBuddy(fields->table());
    m_binder->bindCustom(
        fields->table(), [this] { return path(u"formFields"_qs); },
        [fields, error](const QVariant &v) {
            fields->setObjects(v.toJsonArray());
            error->setSentence(formFieldsProblem(v.toJsonArray()));
        });
    connect(fields, &RowsEditor::edited, this, [this, fields, error] {
        error->setSentence(formFieldsProblem(fields->objects()));
        m_doc->edit(path(u"formFields"_qs), QVariant::fromValue(fields->objects()),
                    tr("the form fields"), false);
    });
    refresh();
}

ContactEditor::~ContactEditor() = default;

// ---------------------------------------------------------------------------------------

FaqEditor::FaqEditor(PageDocument *doc, int section, QWidget *parent)
    : SectionEditor(doc, section, parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addLine(form, tr("&Title:"), u"title"_qs, tr("the section title"));
    auto *items =
        new RowsEditor({{u"question"_qs, tr("Question")}, {u"answer"_qs, tr("Answer")}}, this);
    items->setObjectName(u"items"_qs);
    items->table()->setMaximumHeight(220);
    form->addRow(tr("&Questions:"), items);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(items)))
        l->setBuddy(items->table());
    m_binder->bindCustom(
        items->table(), [this] { return path(u"items"_qs); },
        [items](const QVariant &v) { items->setObjects(v.toJsonArray()); });
    connect(items, &RowsEditor::edited, this, [this, items] {
        m_doc->edit(path(u"items"_qs), QVariant::fromValue(items->objects()), tr("the questions"),
                    false);
    });
    refresh();
}

FaqEditor::~FaqEditor() = default;

// ---------------------------------------------------------------------------------------

SectionEditor *createSectionEditor(PageDocument *doc, int section, const QList<Plan> &catalogue,
                                   QWidget *parent)
{
    switch (doc->page().sections.at(section).type) {
    case SectionType::Hero:
        return new HeroEditor(doc, section, parent);
    case SectionType::Services:
        return new ServicesEditor(doc, section, parent);
    case SectionType::Pricing:
        return new PricingEditor(doc, section, catalogue, parent);
    case SectionType::Contact:
        return new ContactEditor(doc, section, parent);
    case SectionType::Faq:
        return new FaqEditor(doc, section, parent);
    }
    return nullptr;
}

} // namespace ic
