#pragma once

#include "services/homepage/versions.h"

#include <QDialog>

#include <optional>

class QLabel;
class QTableWidget;
class QTableView;

namespace ic {

class FieldError;

// Somebody saved the page after you opened it. Shows their change (base → theirs), takes
// what only one side changed, and asks for each field both changed: mine, theirs or the
// base. Save Merged writes a new draft on top of theirs; nothing of either is lost.
class VersionsMergeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionsMergeDialog)

public:
    VersionsMergeDialog(PageVersions &versions, PageVersions::Merge merge, Page mine,
                        QWidget *parent = nullptr);

    QTableWidget *conflicts() const { return m_conflicts; }
    QTableView *theirChange() const { return m_theirChange; }
    FieldError *errorLabel() const { return m_error; }
    // The saved merge, once Save Merged succeeded.
    const std::optional<Page> &saved() const { return m_saved; }

    // The editor's Save: saves `edited`; when somebody saved meanwhile, says so in one
    // sentence and offers to see and merge their change. Returns the new version, or
    // nothing (kept unsaved, nothing lost) when the person cancels or the save fails.
    static std::optional<Page> saveOrMerge(PageVersions &versions, const Page &edited,
                                           QWidget *parent);

private:
    void saveMerged();

    PageVersions &m_versions;
    PageVersions::Merge m_merge;
    Page m_mine;
    QLabel *m_summary;
    QTableView *m_theirChange;
    QTableWidget *m_conflicts;
    FieldError *m_error;
    std::optional<Page> m_saved;
};

} // namespace ic
