#pragma once

// Answers the modal dialogs a test opens: a person reads them and clicks; so does the
// handler given here, called once a dialog of type T is the active modal widget.

#include <QApplication>
#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

#include <functional>

namespace ic::test {

// The timeout only matters when the dialog never comes: on a loaded machine a file dialog
// can take many seconds to appear.
template <typename T> void whenModal(std::function<void(T *)> handle, int timeoutMs = 60000)
{
    auto *timer = new QTimer(qApp);
    const QDeadlineTimer deadline(timeoutMs);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, deadline, handle] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog) {
            handle(dialog);
            return;
        }
        // The dialog never came: fail, and close whatever else is in the way so the test
        // ends instead of waiting forever.
        ADD_FAILURE() << "the expected dialog did not open";
        if (QWidget *other = QApplication::activeModalWidget())
            other->close();
    });
    timer->start();
}

} // namespace ic::test
