#include "ui/shell/mainwindow.h"

#include "ui/catalog/planspage.h"
#include "ui/catalog/promotionspage.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/shell/bookopening.h"
#include "ui/shell/postgresdialog.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTime>
#include <QTimer>

#include <chrono>
#include <initializer_list>

using namespace std::chrono_literals;

namespace ic {

namespace {

const QString kLastBook = QStringLiteral("books/last");
const QString kPostgresHost = QStringLiteral("postgres/host");
const QString kPostgresPort = QStringLiteral("postgres/port");
const QString kPostgresUser = QStringLiteral("postgres/user");
const QString kPostgresDatabase = QStringLiteral("postgres/database");

// The first of the theme's icons that exists (full colour first, then symbolic), else the
// style's own.
QIcon themeIcon(std::initializer_list<const char *> names, const QIcon &fallback) {
    for (const char *name : names)
        if (QIcon::hasThemeIcon(QLatin1String(name)))
            return QIcon::fromTheme(QLatin1String(name));
    return fallback;
}

} // namespace

MainWindow::MainWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_navigation(new QListWidget(this))
    , m_areas(new QStackedWidget(this))
    , m_overview(new OverviewPage(m_clock, this))
    , m_plans(new PlansPage(m_clock, this))
    , m_promotions(new PromotionsPage(m_clock, this))
    , m_bookName(new QLabel(this))
    , m_reachability(new QLabel(this))
    , m_connectionTimer(new QTimer(this)) {
    setWindowTitle(tr("InfluenceCore"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet"),
                                   style()->standardIcon(QStyle::SP_ComputerIcon)));

    // Only the areas that exist are listed; each one is a page of the stack.
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(190);
    addArea(m_overview, QStringLiteral("overview"), tr("Overview"),
            themeIcon({"view-grid", "go-home", "view-grid-symbolic", "go-home-symbolic"},
                      style()->standardIcon(QStyle::SP_FileDialogInfoView)));
    addArea(m_plans, QStringLiteral("plans"), tr("Plans"),
            themeIcon({"view-list-details", "x-office-spreadsheet", "view-list-symbolic"},
                      style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    addArea(m_promotions, QStringLiteral("promotions"), tr("Promotions"),
            themeIcon({"emblem-favorite", "starred", "starred-symbolic"},
                      style()->standardIcon(QStyle::SP_DialogYesButton)));
    connect(m_navigation, &QListWidget::currentRowChanged, m_areas,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_areas, 1);
    setCentralWidget(central);

    m_bookName->setObjectName(QStringLiteral("bookName"));
    m_reachability->setObjectName(QStringLiteral("reachability"));
    statusBar()->addWidget(m_bookName, 1);
    statusBar()->addPermanentWidget(m_reachability);

    createMenus();
    updateBookStatus();

    m_connectionTimer->setInterval(30s);
    connect(m_connectionTimer, &QTimer::timeout, this, &MainWindow::checkConnection);
    m_connectionTimer->start();

    resize(1100, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::addArea(QWidget *page, const QString &name, const QString &title,
                         const QIcon &icon) {
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, name);
    item->setSizeHint(QSize(0, 36));
    m_areas->addWidget(page);
}

bool MainWindow::showArea(const QString &name) {
    for (int row = 0; row < m_navigation->count(); ++row)
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == name) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    return false;
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-open"),
                                         style()->standardIcon(QStyle::SP_DialogOpenButton)),
                        tr("&Open Book…"), this, &MainWindow::openBookFile);
    open->setObjectName(QStringLiteral("openBook"));
    open->setShortcut(QKeySequence::Open);
    QAction *postgres =
        file->addAction(QIcon::fromTheme(QStringLiteral("network-server"),
                                         style()->standardIcon(QStyle::SP_DriveNetIcon)),
                        tr("Connect to &PostgreSQL…"), this, &MainWindow::connectToPostgres);
    postgres->setObjectName(QStringLiteral("connectPostgres"));
    QAction *demo = file->addAction(tr("Open &Demo Book"), this, &MainWindow::openDemo);
    demo->setObjectName(QStringLiteral("openDemo"));
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction =
        view->addAction(QIcon::fromTheme(QStringLiteral("view-refresh"),
                                         style()->standardIcon(QStyle::SP_BrowserReload)),
                        tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refresh"));
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About InfluenceCore"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

const ConnectionSpec &MainWindow::bookSpec() const {
    return m_db->spec();
}

void MainWindow::setBook(Database db) {
    // The pages let go of the connection before it closes.
    m_plans->setDatabase(nullptr);
    m_promotions->setDatabase(nullptr);
    m_db = std::make_unique<Database>(std::move(db));
    m_reachable = true;
    // Never the password: toString() leaves it out.
    QSettings().setValue(kLastBook, m_db->spec().toString());
    updateBookStatus();
    m_overview->setBook(m_db->spec());
    // The catalogue grids read a page at a time on the window's own connection.
    m_plans->setDatabase(m_db.get());
    m_promotions->setDatabase(m_db.get());
    Q_EMIT bookChanged();
}

bool MainWindow::switchTo(Result<Database> opened) {
    if (!opened) {
        if (opened.error().code != ErrorCode::Cancelled)
            showRefusal(opened.error().message);
        return false;
    }
    setBook(std::move(*opened));
    return true;
}

void MainWindow::showRefusal(const QString &sentence) {
    QMessageBox::warning(this, tr("Book not opened"), sentence);
}

void MainWindow::openBookFile() {
    QString dir;
    if (m_db && m_db->dialect() == Dialect::SQLite)
        dir = QFileInfo(m_db->spec().path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Book"), dir,
        tr("InfluenceCore books (*.sqlite *.db *.book);;All files (*)"));
    if (path.isEmpty())
        return;
    switchTo(openExistingBook(ConnectionSpec::sqlite(path)));
}

void MainWindow::connectToPostgres() {
    PostgresDialog dialog(this);
    QSettings settings;
    ConnectionSpec remembered;
    remembered.dialect = Dialect::PostgreSQL;
    remembered.host = settings.value(kPostgresHost, QStringLiteral("localhost")).toString();
    remembered.port = settings.value(kPostgresPort, 5432).toInt();
    remembered.user = settings.value(kPostgresUser).toString();
    remembered.database = settings.value(kPostgresDatabase).toString();
    dialog.setSpec(remembered);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionSpec spec = dialog.spec();
    // Where, and as whom, is remembered for next time; the password is not.
    settings.setValue(kPostgresHost, spec.host);
    settings.setValue(kPostgresPort, spec.port);
    settings.setValue(kPostgresUser, spec.user);
    settings.setValue(kPostgresDatabase, spec.database);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = openExistingBook(spec);
    QApplication::restoreOverrideCursor();
    switchTo(std::move(opened));
}

void MainWindow::openDemo() {
    switchTo(openDemoBook(demoBookPath(), this));
}

void MainWindow::refresh() {
    checkConnection();
    m_overview->reload();
    m_plans->reload();
    m_promotions->reload();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About InfluenceCore"),
        tr("<h3>InfluenceCore Back-Office %1</h3>"
           "<p>The homepage and the billing of a small SaaS company: plans, subscriptions, "
           "invoices and dunning, on SQLite or PostgreSQL.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::checkConnection() {
    if (!m_db)
        return;
    const bool reachable = m_db->ping();
    if (reachable != m_reachable) {
        m_reachable = reachable;
        updateBookStatus();
    }
}

void MainWindow::updateBookStatus() {
    if (!m_db) {
        m_bookName->setText(tr("No book is open"));
        m_reachability->clear();
        setWindowTitle(tr("InfluenceCore"));
        return;
    }
    const QString name = m_db->spec().displayName();
    m_bookName->setText(name);
    m_bookName->setToolTip(name);
    setWindowTitle(tr("%1 — InfluenceCore")
                       .arg(m_db->dialect() == Dialect::SQLite
                                ? QFileInfo(m_db->spec().path).fileName()
                                : m_db->spec().database));
    if (m_reachable) {
        m_reachability->setText(tr("Connected"));
        m_reachability->setStyleSheet(QString());
        m_reachability->setToolTip(
            tr("The book answered at %1.")
                .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    } else {
        m_reachability->setText(tr("Not reachable"));
        m_reachability->setStyleSheet(QStringLiteral("color: #b02a1e; font-weight: bold;"));
        m_reachability->setToolTip(
            tr("The book did not answer; the figures shown may be out of date."));
    }
}

} // namespace ic
