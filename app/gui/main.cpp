// influencecore: the desktop application. Opens a book (the one asked for, the demo book,
// the last one used, or the default one) and shows the main window on it.
#include "models/clock.h"
#include "services/security/demostaff.h"
#include "services/storage/connectionspec.h"
#include "ui/audit/auditpage.h"
#include "ui/catalog/planspage.h"
#include "ui/catalog/promotionspage.h"
#include "ui/common/gridmodel.h"
#include "ui/common/gridview.h"
#include "ui/customers/customerspage.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/homepage/homepagepage.h"
#include "ui/homepage/homepagepreview.h"
#include "ui/shell/bookopening.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <chrono>

#include <unistd.h>

using namespace std::chrono_literals;
using namespace ic;

namespace {

void refuse(const QString &sentence)
{
    // Said on the terminal too, for a person who started the program from one (and for the
    // tests, which cannot read a box in another process).
    QTextStream(stderr) << sentence << Qt::endl;
    QMessageBox::warning(nullptr, QCoreApplication::translate("Main", "Book not opened"), sentence);
}

// The last book used, if it still opens; otherwise the default book, created if missing.
Result<Database> openStartupBook()
{
    const QString last = QSettings().value(QStringLiteral("books/last")).toString();
    if (!last.isEmpty()) {
        auto spec = ConnectionSpec::parse(last);
        if (spec) {
            auto opened = openExistingBook(*spec);
            if (opened)
                return opened;
            refuse(opened.error().message);
        }
    }
    return openOrCreateBook(ConnectionSpec::sqlite(defaultBookPath()));
}

} // namespace

int main(int argc, char **argv)
{
    // The homepage preview's browser refuses to start its sandbox as root (a container, a
    // CI machine): it runs without one there.
    if (geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InfluenceCore"));
    QApplication::setApplicationName(QStringLiteral("InfluenceCore"));
    QApplication::setApplicationVersion(QStringLiteral(IC_VERSION));
    // Outside a desktop that names its icon theme, look for icons in Adwaita before falling
    // back to the style's few built-in ones.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor")
        QIcon::setThemeName(QStringLiteral("Adwaita"));

    // Qt's own strings (dialog buttons) and ours, in the language of the system.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("influencecore"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Main", "InfluenceCore Back-Office: the homepage and the "
                                            "billing of a small SaaS company."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringList{QStringLiteral("d"), QStringLiteral("database")},
        QCoreApplication::translate("Main", "Opens the book at URL_OR_FILE: a SQLite file, or "
                                            "postgresql://user@host:port/database."),
        QCoreApplication::translate("Main", "URL_OR_FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("Main", "Opens the demo book, building it the first time."));
    // For the README and for checking the look: saves the window once the overview is shown.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Saves a picture of the window and quits."),
                                        QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // The area shown first ("overview", "plans", "promotions"), for screenshots of each.
    QCommandLineOption areaOption(QStringLiteral("area"), QStringLiteral("Shows this area first."),
                                  QStringLiteral("NAME"));
    areaOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // Signs in to the demo book as its account of this role without the dialog, for
    // screenshots and tests ("admin", "accountant", "support").
    QCommandLineOption asOption(QStringLiteral("as"),
                                QStringLiteral("Signs in to the demo book as ROLE."),
                                QStringLiteral("ROLE"));
    asOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // The homepage preview's width in a screenshot: phone, tablet or desktop.
    QCommandLineOption previewOption(QStringLiteral("preview-width"),
                                     QStringLiteral("The homepage preview's width."),
                                     QStringLiteral("DEVICE"));
    previewOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // For screenshots of the Customers area: a search typed, and the first customer found
    // opened.
    QCommandLineOption searchOption(QStringLiteral("search"),
                                    QStringLiteral("Types TEXT in the customer search."),
                                    QStringLiteral("TEXT"));
    searchOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption openFirstOption(QStringLiteral("open-first"),
                                       QStringLiteral("Opens the first customer found."));
    openFirstOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({databaseOption, demoOption, screenshotOption, areaOption, asOption,
                       previewOption, searchOption, openFirstOption});
    parser.process(app);

    if (parser.isSet(databaseOption) && parser.isSet(demoOption)) {
        refuse(QCoreApplication::translate("Main", "Give either --database or --demo, not both."));
        return 2;
    }
    std::optional<Role> asRole;
    if (parser.isSet(asOption)) {
        asRole = roleFromString(parser.value(asOption));
        if (!asRole) {
            refuse(QCoreApplication::translate(
                       "Main", "There is no role called \"%1\"; give admin, accountant or support.")
                       .arg(parser.value(asOption)));
            return 2;
        }
        if (!parser.isSet(demoOption)) {
            refuse(QCoreApplication::translate("Main", "--as signs in to the demo book only: "
                                                       "give --demo with it."));
            return 2;
        }
    }
    if (parser.isSet(previewOption)) {
        const QString device = parser.value(previewOption);
        if (device != u"phone" && device != u"tablet" && device != u"desktop") {
            refuse(QCoreApplication::translate(
                       "Main", "There is no preview width called \"%1\"; give phone, tablet or "
                               "desktop.")
                       .arg(device));
            return 2;
        }
    }
    // A picture of the demo book is taken as its admin unless told otherwise (the screenshot
    // commands of the README and the helpers' notes give no --as).
    if (!asRole && parser.isSet(screenshotOption) && parser.isSet(demoOption))
        asRole = Role::Admin;

    Result<Database> opened = failure(ErrorCode::NotFound, QString());
    if (parser.isSet(databaseOption)) {
        auto spec = ConnectionSpec::parse(parser.value(databaseOption));
        opened = spec ? openExistingBook(*spec) : Result<Database>(std::unexpected(spec.error()));
    } else if (parser.isSet(demoOption)) {
        opened = openDemoBook(demoBookPath(), nullptr);
    } else {
        opened = openStartupBook();
    }
    if (!opened) {
        if (opened.error().code != ErrorCode::Cancelled)
            refuse(opened.error().message);
        return 1;
    }

    SystemClock clock;
    MainWindow window(clock);
    if (asRole) {
        auto session = demoSession(*opened, clock, *asRole);
        if (!session) {
            refuse(session.error().message);
            return 1;
        }
        window.setBook(std::move(*opened), *session);
    } else if (!window.switchTo(std::move(opened))) {
        return 1; // nobody signed in
    }
    window.show();
    if (parser.isSet(areaOption)) {
        const QString area = parser.value(areaOption);
        if (!window.showArea(area)) {
            refuse(
                QCoreApplication::translate("Main", "There is no area called \"%1\".").arg(area));
            return 2;
        }
        // Grids want width: the picture of an area is taken at 1280 × 720.
        if (parser.isSet(screenshotOption))
            window.resize(1280, 720);
        // The first row opened in the area's editor, so the picture shows one (once the grid,
        // read on its worker thread, has it).
        const auto selectFirst = [&window](GridView *view) {
            QObject::connect(
                view->gridModel(), &GridModel::reloaded, &window, [view] { view->selectRow(0); },
                Qt::SingleShotConnection);
        };
        if (area == u"plans")
            selectFirst(window.plansPage()->view());
        else if (area == u"promotions")
            selectFirst(window.promotionsPage()->view());
        else if (area == u"audit")
            selectFirst(window.auditPage()->view());
        else if (area == u"homepage") {
            const QString device = parser.value(previewOption);
            window.homepagePage()->preview()->setDevice(
                device == u"phone"    ? HomepagePreview::Device::Phone
                : device == u"tablet" ? HomepagePreview::Device::Tablet
                                      : HomepagePreview::Device::Desktop);
        } else if (area == u"customers") {
            CustomersPage *customers = window.customersPage();
            if (parser.isSet(searchOption))
                customers->searchEdit()->setText(parser.value(searchOption));
            if (parser.isSet(openFirstOption))
                QTimer::singleShot(400ms, customers, [customers] { customers->openCurrent(); });
        }
    }

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // One more turn of the event loop so the last layout is painted; the Customers area
        // waits for its search and the customer it opens.
        const auto settle = parser.value(areaOption) == u"customers" ? 1500ms : 200ms;
        const auto take = [&window, file, settle] {
            QTimer::singleShot(settle, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        // The homepage waits for its preview to be drawn (the browser paints a moment after
        // the page says it is ready); the overview is loaded for the roles that see it; the
        // other areas read at once.
        if (parser.value(areaOption) == u"homepage")
            QObject::connect(
                window.homepagePage()->preview(), &HomepagePreview::ready, &window,
                [&window, take] { QTimer::singleShot(600ms, &window, take); },
                Qt::SingleShotConnection);
        else if (window.session() && window.session()->may(Permission::ReadReports))
            QObject::connect(window.overviewPage(), &OverviewPage::loaded, &window, take,
                             Qt::SingleShotConnection);
        else
            QTimer::singleShot(500ms, &window, take);
        QTimer::singleShot(60s, &window, [] { QCoreApplication::exit(3); });
    }
    return QApplication::exec();
}
