#pragma once

// Answers the modal dialogs a test opens: a person reads them and clicks; so does the
// handler given here, called once a dialog of type T is the active modal widget.
//
// Whatever the handler does, the dialog does not outlive it: a handler that fails an
// ASSERT, throws, or leaves the dialog open is reported and the dialog is closed; one that
// is still busy after kHandlerMs has its dialog closed under it. A watcher never outlives
// its test either: installModalWatchGuard() (the UI tests' main calls it) ends every
// watcher still armed when a test ends, and an expected dialog that never came is that
// test's failure, not the next one's.

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

#include <exception>
#include <functional>
#include <memory>
#include <vector>

namespace ic::test {

// How long a handler may take, its nested waits included, before its dialog is closed.
inline constexpr int kHandlerMs = 90000;
// How long a dialog may take to close after a handler that returned normally (a click whose
// effect is queued, a connection tried on a worker thread).
inline constexpr int kClosingMs = 20000;

// Closes a modal widget for good, as Escape would and more: done() leaves its event loop,
// hide() covers a dialog whose done() refuses.
inline void closeModal(QWidget *widget)
{
    if (!widget)
        return;
    if (auto *dialog = qobject_cast<QDialog *>(widget))
        dialog->done(QDialog::Rejected);
    if (widget->isVisible())
        widget->hide();
}

namespace detail {

class ModalWatch;

// Every watcher armed and not yet ended, for the end-of-test guard.
inline std::vector<QPointer<ModalWatch>> &armedWatches()
{
    static std::vector<QPointer<ModalWatch>> watches;
    return watches;
}

class ModalWatch final : public QObject {
public:
    using Match = std::function<QWidget *(QWidget *)>;
    using Handle = std::function<void(QWidget *)>;

    // `expected`: a dialog that does not come (by the deadline or the end of the test) is a
    // failure; otherwise the watch only answers a dialog that may come.
    // An expected watch answers one dialog and ends; a probe answers every one that comes.
    ModalWatch(const char *typeName, Match match, Handle handle, int timeoutMs, bool expected)
        : QObject(qApp)
        , m_typeName(typeName)
        , m_match(std::move(match))
        , m_handle(std::move(handle))
        , m_deadline(timeoutMs)
        , m_expected(expected)
    {
        armedWatches().emplace_back(this);
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }

    ~ModalWatch() override
    {
        auto &watches = armedWatches();
        std::erase_if(watches, [this](const QPointer<ModalWatch> &w) { return !w || w == this; });
    }

    int answers() const { return m_answers; }
    bool isWaiting() const { return m_timer.isActive(); }
    bool isExpected() const { return m_expected; }
    const char *typeName() const { return m_typeName; }

    // Ends the watch where it stands; an expected dialog that never came is a failure.
    void end(const char *why)
    {
        if (m_timer.isActive() && m_expected)
            ADD_FAILURE() << "a " << m_typeName << " was expected and did not open " << why;
        m_timer.stop();
    }

private:
    void poll()
    {
        QWidget *dialog = m_match(QApplication::activeModalWidget());
        if (!dialog) {
            if (!m_expected || !m_deadline.hasExpired())
                return;
            m_timer.stop();
            if (m_expected) {
                // The dialog never came: fail, and close whatever else is in the way so the
                // test ends instead of waiting forever.
                ADD_FAILURE() << "a " << m_typeName << " was expected and did not open";
                closeModal(QApplication::activeModalWidget());
            }
            deleteLater();
            return;
        }
        m_timer.stop();
        ++m_answers;
        answer(dialog);
        if (m_expected)
            deleteLater();
        else
            m_timer.start(); // a probe goes on watching until it ends
    }

    void answer(QWidget *dialog)
    {
        const QPointer<QWidget> shown(dialog);
        auto stillOpen = [&shown] { return shown && shown->isVisible(); };
        // A handler still at work (a nested wait that does not end) loses its dialog.
        QTimer watchdog;
        watchdog.setSingleShot(true);
        QObject::connect(&watchdog, &QTimer::timeout, &watchdog, [&] {
            if (!stillOpen())
                return;
            ADD_FAILURE() << "the handler of the " << m_typeName << " did not finish within "
                          << kHandlerMs / 1000 << " s: the dialog is closed";
            // Whatever opened over it (a message box the handler waits in) first.
            for (int i = 0; i < 8 && stillOpen(); ++i) {
                QWidget *top = QApplication::activeModalWidget();
                closeModal(top ? top : shown.data());
            }
        });
        watchdog.start(kHandlerMs);
        const bool failedBefore = ::testing::Test::HasFatalFailure();
        bool threw = false;
        try {
            m_handle(dialog);
        } catch (const std::exception &e) {
            threw = true;
            ADD_FAILURE() << "the handler of the " << m_typeName << " threw: " << e.what();
        } catch (...) {
            threw = true;
            ADD_FAILURE() << "the handler of the " << m_typeName << " threw";
        }
        watchdog.stop();
        if (!stillOpen())
            return;
        // A handler that stopped on a failed ASSERT or threw: close at once.
        if (threw || (!failedBefore && ::testing::Test::HasFatalFailure())) {
            closeModal(shown);
            return;
        }
        if (QTest::qWaitFor([&] { return !stillOpen(); }, kClosingMs))
            return;
        ADD_FAILURE() << "the handler left the " << m_typeName << " open (still open "
                      << kClosingMs / 1000 << " s after it returned): the dialog is closed";
        closeModal(shown);
    }

    const char *m_typeName;
    Match m_match;
    Handle m_handle;
    QDeadlineTimer m_deadline;
    bool m_expected;
    int m_answers = 0;
    QTimer m_timer;
};

template <typename T> ModalWatch *watch(std::function<void(T *)> handle, int ms, bool expected)
{
    return new ModalWatch(
        T::staticMetaObject.className(),
        [](QWidget *w) -> QWidget * { return qobject_cast<T *>(w); },
        [handle = std::move(handle), expected](QWidget *w) {
            if (handle)
                handle(static_cast<T *>(w));
            // A probe notes the dialog and closes it; an expected dialog is the handler's to
            // close (and closed for it if it does not).
            if (!expected && w->isVisible())
                closeModal(w);
        },
        ms, expected);
}

// Ends, at the end of each test, every watcher it armed. It runs before the result printer
// (installModalWatchGuard puts it first), so a failure it adds is the ending test's.
class ModalWatchGuard final : public ::testing::EmptyTestEventListener {
public:
    void OnTestEnd(const ::testing::TestInfo &) override
    {
        const auto watches = armedWatches();
        for (const QPointer<ModalWatch> &w : watches) {
            if (!w)
                continue;
            w->end("before the test ended");
            delete w.data();
        }
        armedWatches().clear();
        // A dialog the test left open would block the next one.
        if (QWidget *left = QApplication::activeModalWidget()) {
            ADD_FAILURE() << "the test left a modal " << left->metaObject()->className()
                          << " open: it is closed";
            closeModal(left);
        }
    }
};

} // namespace detail

// Answers the next dialog of type T with `handle`. The dialog must open within `timeoutMs`
// and before the test ends; it is closed after the handler whatever the handler did.
// The timeout is long because a file dialog can take many seconds to appear on a loaded
// machine.
template <typename T> void whenModal(std::function<void(T *)> handle, int timeoutMs = 60000)
{
    detail::watch<T>(std::move(handle), timeoutMs, true);
}

// A dialog that may come, or must not (a refusal): while the probe lives, a dialog of type
// T is answered with `handle`, then closed, and noted; when the probe ends, nothing is
// left watching. `seen()` tells whether one came.
template <typename T> class ModalProbe final {
public:
    explicit ModalProbe(std::function<void(T *)> handle = {})
        : m_watch(detail::watch<T>(std::move(handle), 0, false))
    {
    }
    ~ModalProbe() { delete m_watch.data(); }
    Q_DISABLE_COPY_MOVE(ModalProbe)

    bool seen() const { return m_watch && m_watch->answers() > 0; }

private:
    QPointer<detail::ModalWatch> m_watch;
};

// In a file dialog, as a person does: the file's whole path typed in the name field, then
// Return once the dialog takes it (its Open button enabled). False, with the reason as a
// failure, when the dialog did not close on it; whenModal then closes it.
inline bool typeFileName(QFileDialog *dialog, const QString &path)
{
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    if (!name) {
        ADD_FAILURE() << "the file dialog has no name field";
        return false;
    }
    name->setCompleter(nullptr); // its popup, filled from another thread, would take Return
    // The person goes to the file's folder first, then types its name. (Typing the whole path
    // races the dialog, which follows each folder typed and, on a loaded machine, clears the
    // field under the keystrokes: the dialog then sat open until ctest's timeout.)
    const QFileInfo file(path);
    dialog->setDirectory(file.absolutePath());
    if (!QTest::qWaitFor(
            [&] { return QFileInfo(dialog->directory().path()) == QFileInfo(file.absolutePath()); },
            10000))
        ADD_FAILURE() << "the file dialog did not go to " << file.absolutePath().toStdString();
    for (int attempt = 0; attempt < 3 && name->text() != file.fileName(); ++attempt) {
        name->setFocus();
        name->clear();
        QTest::keyClicks(name, file.fileName());
        QTest::qWait(50); // what the dialog does with a keystroke it does at once, or not
    }
    if (name->text() != file.fileName())
        ADD_FAILURE() << "typed " << file.fileName().toStdString() << ", the field shows "
                      << name->text().toStdString();
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QPushButton *open = buttons ? buttons->button(QDialogButtonBox::Open) : nullptr;
    if (!open && buttons)
        open = buttons->button(QDialogButtonBox::Save);
    // The dialog enables Open once its model has looked at the folder; a name its filter
    // does not show may leave it disabled, and Return still takes a whole name: the state is
    // only reported if the dialog then stays open.
    const bool openEnabled = open && QTest::qWaitFor([open] { return open->isEnabled(); }, 3000);
    // "File not found" and the like come as a message box inside the dialog's accept().
    QString said;
    bool closed = false;
    {
        const ModalProbe<QMessageBox> complaint([&said](QMessageBox *box) { said = box->text(); });
        QTest::keyClick(name, Qt::Key_Return);
        closed = QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 5000);
    }
    const QString chosen = dialog->selectedFiles().value(0);
    if (closed && QFileInfo(chosen) != QFileInfo(path)) {
        ADD_FAILURE() << "the file dialog chose " << chosen.toStdString() << " for "
                      << path.toStdString();
        return false;
    }
    if (!said.isEmpty())
        ADD_FAILURE() << "the file dialog refused " << path.toStdString() << ": "
                      << said.toStdString();
    if (!closed) {
        ADD_FAILURE() << "the file dialog stayed open after Return on " << path.toStdString()
                      << " (its name field shows \"" << name->text().toStdString()
                      << "\", its folder is " << dialog->directory().path().toStdString()
                      << ", Open " << (openEnabled ? "was enabled" : "stayed disabled")
                      << ", focus on "
                      << (QApplication::focusWidget()
                              ? QApplication::focusWidget()->metaObject()->className()
                              : "nothing")
                      << ")";
        return false;
    }
    return true;
}

// Called once by a UI test main, after InitGoogleTest.
inline void installModalWatchGuard()
{
    auto &listeners = ::testing::UnitTest::GetInstance()->listeners();
    // First in line, so its failures are printed with the test that caused them.
    ::testing::TestEventListener *printer = listeners.Release(listeners.default_result_printer());
    listeners.Append(new detail::ModalWatchGuard);
    if (printer)
        listeners.Append(printer);
}

} // namespace ic::test
