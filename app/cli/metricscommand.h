#pragma once

#include <QStringList>

namespace ic::cli {

// influencecore-cli metrics --from YYYY-MM --to YYYY-MM [--currency EUR] [--plan SLUG]
// [--format table|csv|json] [--database URL]: the dashboard's numbers
// (services/analytics/metrics.h), printed. Returns the process exit code.
int metrics(const QStringList &arguments);

} // namespace ic::cli
