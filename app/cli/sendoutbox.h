#pragma once

#include <QStringList>

namespace ic::cli {

// influencecore-cli send-outbox [--once] [--smtp URL] [--from ADDRESS] [--database URL]
int sendOutbox(const QStringList &arguments);

} // namespace ic::cli
