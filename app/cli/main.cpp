// influencecore-cli: the jobs of InfluenceCore Back-Office without a window. Each command
// calls the same service the application does. Exit codes: 0 done, 1 failed (one sentence
// on stderr), 2 the command line was wrong.

#include "app/cli/commands.h"
#include "app/i18n/translators.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("InfluenceCore"));
    QCoreApplication::setApplicationName(QStringLiteral("InfluenceCore"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // Messages in the language of the system, from the same :/i18n files as the application.
    const ic::Translators translators;
    return ic::cli::run(QCoreApplication::arguments());
}
