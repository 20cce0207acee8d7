#pragma once

#include "models/page.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace ic {

class VersionsCompareModel;

// Two versions side by side, section by section: what was added, removed, changed.
class VersionsCompareDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionsCompareDialog)

public:
    VersionsCompareDialog(const Page &before, const Page &after, QWidget *parent = nullptr);
    VersionsCompareModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    static QString versionTitle(const Page &page);

private:
    VersionsCompareModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
};

} // namespace ic
