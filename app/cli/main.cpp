// influencecore-cli: the jobs of InfluenceCore Back-Office without a window. Each command
// calls the same service the application does. Exit codes: 0 done, 1 failed (one sentence
// on stderr), 2 the command line was wrong.

#include "app/cli/commands.h"
#include "app/i18n/translators.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstring>
#include <memory>

int main(int argc, char **argv)
{
    // A command that draws documents (the invoices' PDF and their fonts) needs Qt's GUI
    // application object, offscreen; the others keep the lighter core one.
    const bool draws = argc > 1 && std::strcmp(argv[1], "export-invoices") == 0;
    if (draws) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // The GUI object's own notes (no XDG_RUNTIME_DIR on a server, ...) would come before
        // the one sentence a refusal prints on stderr.
        QLoggingCategory::setFilterRules(QStringLiteral("default.warning=false\nqt.*=false"));
    }
    const std::unique_ptr<QCoreApplication> app =
        draws ? std::make_unique<QGuiApplication>(argc, argv)
              : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("InfluenceCore"));
    QCoreApplication::setApplicationName(QStringLiteral("InfluenceCore"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // Messages in the language of the system, from the same :/i18n files as the application.
    const ic::Translators translators;
    return ic::cli::run(QCoreApplication::arguments());
}
