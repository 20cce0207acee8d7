#pragma once

#include <QStringList>

namespace ic::cli {

// Runs one command line ("influencecore-cli demo-data --customers 10 ...") and returns the
// process exit code.
int run(const QStringList &arguments);

} // namespace ic::cli
