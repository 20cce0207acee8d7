// PlanEditor, saving: the service decides; a plan taken off sale asks what happens to its
// subscribers first, and a plan someone else saved meanwhile shows what they changed.

#include "ui/catalog/planeditor.h"

#include "services/catalog/catalogservice.h"
#include "services/catalog/catalogtext.h"
#include "services/storage/database.h"
#include "services/storage/planrepository.h"
#include "ui/common/undoableform.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace ic {

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
    if (!m_db || !hasPlan())
        return false;
    auto plan = planFromForm();
    if (!plan)
        return false;
    return write(*plan);
}

bool PlanEditor::saveOverTheirs()
{
    if (!m_db || !hasPlan() || m_original.id == 0)
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
        const std::optional<qint64> answer = askAboutSubscribers(plan);
        if (!answer)
            return false;
        if (*answer != 0)
            migrateTo = answer;
    }

    PlanRepository plans(*m_db);
    CatalogService catalog(*m_db, m_clock, m_session);
    // The service decides: a role that may not change the catalogue is refused there, and the
    // sentence is shown here with everything typed still in the form.
    Result<Plan> written = !m_session     ? failure(ErrorCode::Forbidden, signInFirst())
                           : plan.id == 0 ? catalog.createPlan(plan)
                                          : catalog.savePlan(plan, migrateTo);
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

std::optional<qint64> PlanEditor::askAboutSubscribers(const Plan &plan)
{
    CatalogService catalog(*m_db, m_clock, m_session);
    auto subscribers = catalog.subscriberCount(plan.id);
    if (!subscribers) {
        showBanner(subscribers.error().message, false);
        return std::nullopt;
    }
    if (*subscribers == 0)
        return 0;
    QMessageBox ask(QMessageBox::Question, tr("Take the plan off sale"),
                    tr("%n subscription(s) are on the plan %1. What happens to them?", nullptr,
                       int(*subscribers))
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
    if (ask.clickedButton() == keep)
        return 0;
    if (ask.clickedButton() != migrate)
        return std::nullopt;
    auto plans = PlanRepository(*m_db).list(true);
    if (!plans) {
        showBanner(plans.error().message, false);
        return std::nullopt;
    }
    QStringList names;
    QList<qint64> ids;
    for (const Plan &other : std::as_const(*plans))
        if (other.id != plan.id) {
            names.append(other.name + u" (" + other.price.format(locale()) + u')');
            ids.append(other.id);
        }
    bool chosen = false;
    const QString pick =
        QInputDialog::getItem(this, tr("Move the subscribers"),
                              tr("Move them at their next period to:"), names, 0, false, &chosen);
    if (!chosen || names.isEmpty())
        return std::nullopt;
    return ids.at(names.indexOf(pick));
}

} // namespace ic
