#pragma once

#include "models/result.h"

#include "models/page.h"
#include "models/plan.h"

#include <QList>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLineEdit;
class QListWidget;

namespace ic {

class FieldBinder;
class PageDocument;

// The editor of one section of the page being edited; one subclass per section type.
// Widgets carry the field's key as object name ("title", "primaryCta.link").
class SectionEditor : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionEditor)

public:
    SectionEditor(PageDocument *doc, int section, QWidget *parent = nullptr);
    ~SectionEditor() override;

    int section() const { return m_section; }
    FieldBinder *binder() const { return m_binder; }
    // Shows the page's values again (after an edit, undo, redo).
    virtual void refresh();
    // Shows the field (selecting the service it belongs to) and focuses it (or only
    // scrolls it into view).
    virtual bool focusField(const QString &path, bool takeFocus = true);
    void setAssetsDir(const QString &dir);
    // Copies an image chosen with Choose… into the page's images and gives the path the page
    // keeps (PageAssets::import); a refusal is shown under the field. Unset: the file's path.
    using ImageImporter = std::function<Result<QString>(const QString &file)>;
    void setImageImporter(ImageImporter importer) { m_importImage = std::move(importer); }

protected:
    QString path(const QString &key) const;
    // A line bound to a key of the section; links, emails and images get their sentence
    // under the line.
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &key,
                       const QString &what);
    // An image: its line and a Choose… button for a file on disk.
    QLineEdit *addImage(QFormLayout *form, const QString &label, const QString &key,
                        const QString &what, std::function<QString()> pathOf);

    PageDocument *m_doc;
    int m_section;
    FieldBinder *m_binder;
    ImageImporter m_importImage;
};

// The page's own fields (title, slug, SEO).
class PageFieldsEditor final : public SectionEditor {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageFieldsEditor)
public:
    explicit PageFieldsEditor(PageDocument *doc, QWidget *parent = nullptr);
    ~PageFieldsEditor() override;
};

class HeroEditor final : public SectionEditor {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeroEditor)
public:
    HeroEditor(PageDocument *doc, int section, QWidget *parent = nullptr);
    ~HeroEditor() override;
};

class ServicesEditor final : public SectionEditor {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesEditor)
public:
    ServicesEditor(PageDocument *doc, int section, QWidget *parent = nullptr);
    ~ServicesEditor() override;

    void refresh() override;
    bool focusField(const QString &path, bool takeFocus = true) override;
    QListWidget *serviceList() const { return m_list; }
    int currentService() const { return m_service; }
    void selectService(int index);

private:
    void rebuildList();
    void servicesMoved();
    void addService();
    void removeService();
    QString servicePathOf(const QString &key) const;

    QListWidget *m_list;
    QWidget *m_details;
    int m_service = -1;
};

class PricingEditor final : public SectionEditor {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricingEditor)
public:
    PricingEditor(PageDocument *doc, int section, const QList<Plan> &catalogue,
                  QWidget *parent = nullptr);
    ~PricingEditor() override;
};

class ContactEditor final : public SectionEditor {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactEditor)
public:
    ContactEditor(PageDocument *doc, int section, QWidget *parent = nullptr);
    ~ContactEditor() override;
};

class FaqEditor final : public SectionEditor {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaqEditor)
public:
    FaqEditor(PageDocument *doc, int section, QWidget *parent = nullptr);
    ~FaqEditor() override;
};

SectionEditor *createSectionEditor(PageDocument *doc, int section, const QList<Plan> &catalogue,
                                   QWidget *parent);

// The type's name as a person reads it ("Hero", "Services" …).
QString sectionTypeTitle(SectionType type);

} // namespace ic
