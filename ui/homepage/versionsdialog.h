#pragma once

#include "models/page.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace ic {

class FieldError;
class PageVersions;

// The history of a page: every version with its status, who saved it and when. Compare two
// (or one with its parent), restore an old one as a new draft.
class VersionsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionsDialog)

public:
    VersionsDialog(PageVersions &versions, const QString &slug, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *restoreButton() const { return m_restore; }
    FieldError *errorLabel() const { return m_error; }
    void reload();

Q_SIGNALS:
    // A restored version, the newest draft now: the editor loads it.
    void restored(const ic::Page &page);

private:
    void updateButtons();
    void compareSelected();
    void restoreSelected();
    QList<qint64> selectedIds() const;

    PageVersions &m_versions;
    QString m_slug;
    QList<Page> m_history;
    QTreeWidget *m_list;
    QPushButton *m_compare;
    QPushButton *m_restore;
    FieldError *m_error;
};

} // namespace ic
