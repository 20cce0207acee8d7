// Test main for the widget suites: an offscreen QApplication, English (United States) as
// the UI locale so amounts and dates read the same on every machine, and settings and
// application data in a temporary folder so no test touches a person's own books. The main
// window holds the homepage preview (QtWebEngine): its browser starts as the application
// starts it (no sandbox as root, shared GL contexts set before the application exists).
// Every dialog watcher a test arms (tests/ui/modal.h) ends with that test.
#include "tests/ui/modal.h"

#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InfluenceCore"));
    QApplication::setApplicationName(QStringLiteral("InfluenceCore UI tests"));
    ::testing::InitGoogleTest(&argc, argv);
    ic::test::installModalWatchGuard(); // no dialog watcher outlives its test
    return RUN_ALL_TESTS();
}
