#pragma once

// The grids read on their worker threads: a test waits for the answer as a person would
// wait for the rows to show, with the event loop running.

#include "ui/common/gridmodel.h"

#include <QTest>

namespace ic::test {

// Waits until the model has no page or count out; false after `ms`.
inline bool waitForGrid(const GridModel *model, int ms = 15000)
{
    return QTest::qWaitFor([model] { return !model->isLoading(); }, ms);
}

} // namespace ic::test

using ic::test::waitForGrid;
