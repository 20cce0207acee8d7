#include "ui/shell/mainwindow.h"

#include "ui/audit/auditpage.h"
#include "ui/catalog/planspage.h"
#include "ui/catalog/promotionspage.h"
#include "ui/common/jobrunner.h"
#include "ui/customers/customerspage.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/homepage/homepagepage.h"
#include "ui/shell/bookopening.h"
#include "ui/shell/postgresdialog.h"
#include "ui/shell/signindialog.h"

#include "services/billing/dailyrun.h"
#include "services/gateways/gatewayregistry.h"
#include "services/security/demostaff.h"
#include "services/security/staffauth.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTime>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

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
QIcon themeIcon(std::initializer_list<const char *> names, const QIcon &fallback)
{
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
    , m_content(new QStackedWidget(this))
    , m_bookName(new QLabel(this))
    , m_person(new QLabel(this))
    , m_reachability(new QLabel(this))
    , m_jobs(new JobRunner(this))
    , m_connectionTimer(new QTimer(this))
{
    setWindowTitle(tr("InfluenceCore"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet"),
                                   style()->standardIcon(QStyle::SP_ComputerIcon)));

    // Only the areas that exist are listed; each one is a page of the stack.
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(190);
    m_overview =
        addArea(new OverviewPage(m_clock, this), QStringLiteral("overview"), tr("Overview"),
                themeIcon({"view-grid", "go-home", "view-grid-symbolic", "go-home-symbolic"},
                          style()->standardIcon(QStyle::SP_FileDialogInfoView)),
                Permission::ReadReports);
    m_plans = addArea(new PlansPage(m_clock, this), QStringLiteral("plans"), tr("Plans"),
                      themeIcon({"view-list-details", "x-office-spreadsheet", "view-list-symbolic"},
                                style()->standardIcon(QStyle::SP_FileDialogDetailedView)),
                      Permission::ReadCatalog);
    m_promotions =
        addArea(new PromotionsPage(m_clock, this), QStringLiteral("promotions"), tr("Promotions"),
                themeIcon({"emblem-favorite", "starred", "starred-symbolic"},
                          style()->standardIcon(QStyle::SP_DialogYesButton)),
                Permission::ReadCatalog);
    m_customers =
        addArea(new CustomersPage(m_clock, this), QStringLiteral("customers"), tr("Customers"),
                themeIcon({"system-users", "x-office-address-book", "avatar-default-symbolic"},
                          style()->standardIcon(QStyle::SP_DirHomeIcon)),
                Permission::ReadCustomers);
    m_audit = addArea(
        new AuditPage(m_clock, this), QStringLiteral("audit"), tr("Audit log"),
        themeIcon({"document-open-recent", "appointment-soon", "document-open-recent-symbolic"},
                  style()->standardIcon(QStyle::SP_FileDialogContentsView)),
        Permission::ReadAudit);
    m_homepage = addArea(
        new HomepagePage(this), QStringLiteral("homepage"), tr("Homepage"),
        themeIcon({"applications-internet", "web-browser", "text-html", "web-browser-symbolic"},
                  style()->standardIcon(QStyle::SP_DriveNetIcon)),
        Permission::ReadHomepage);
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

    // Shown instead of the areas while nobody is signed in.
    auto *signedOut = new QWidget(this);
    signedOut->setObjectName(QStringLiteral("signedOut"));
    auto *signedOutLayout = new QVBoxLayout(signedOut);
    auto *nobody = new QLabel(tr("Nobody is signed in."), signedOut);
    QFont nobodyFont = nobody->font();
    nobodyFont.setPointSizeF(nobodyFont.pointSizeF() * 1.4);
    nobody->setFont(nobodyFont);
    auto *signInButton = new QPushButton(tr("&Sign In…"), signedOut);
    signInButton->setObjectName(QStringLiteral("signInButton"));
    connect(signInButton, &QPushButton::clicked, this, &MainWindow::signIn);
    signedOutLayout->addStretch(1);
    signedOutLayout->addWidget(nobody, 0, Qt::AlignHCenter);
    signedOutLayout->addWidget(signInButton, 0, Qt::AlignHCenter);
    signedOutLayout->addStretch(2);

    m_content->addWidget(central);
    m_content->addWidget(signedOut);
    setCentralWidget(m_content);

    m_bookName->setObjectName(QStringLiteral("bookName"));
    m_person->setObjectName(QStringLiteral("person"));
    m_reachability->setObjectName(QStringLiteral("reachability"));
    statusBar()->addWidget(m_bookName, 1);
    statusBar()->addPermanentWidget(m_person);
    statusBar()->addPermanentWidget(m_reachability);

    createMenus();
    updateBookStatus();
    applySession();

    m_connectionTimer->setInterval(30s);
    connect(m_connectionTimer, &QTimer::timeout, this, &MainWindow::checkConnection);
    m_connectionTimer->start();

    resize(1100, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::registerArea(Area area, const QString &title, const QIcon &icon)
{
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, area.name);
    item->setSizeHint(QSize(0, 36));
    area.item = item;
    m_areas->addWidget(area.page);
    m_areaList.push_back(std::move(area));
}

QString MainWindow::currentArea() const
{
    if (!m_session || !m_navigation->currentItem())
        return QString();
    return m_navigation->currentItem()->data(Qt::UserRole).toString();
}

bool MainWindow::showArea(const QString &name)
{
    if (!m_session)
        return false;
    for (int row = 0; row < m_navigation->count(); ++row)
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == name &&
            !m_navigation->item(row)->isHidden()) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    return false;
}

void MainWindow::createMenus()
{
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
    m_signIn = file->addAction(tr("&Sign In…"), this, &MainWindow::signIn);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signOut = file->addAction(QIcon::fromTheme(QStringLiteral("system-log-out")), tr("Sign &Out"),
                                this, &MainWindow::signOut);
    m_signOut->setObjectName(QStringLiteral("signOut"));
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

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    m_runBillingDay =
        tools->addAction(tr("Run the &Billing Day…"), this, &MainWindow::runBillingDay);
    m_runBillingDay->setObjectName(QStringLiteral("runBillingDay"));
    m_runBillingDay->setStatusTip(
        tr("Renewal invoices, reminders, charges and dunning for today, as the nightly run does."));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About InfluenceCore"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

const ConnectionSpec &MainWindow::bookSpec() const
{
    return m_db->spec();
}

void MainWindow::setBook(Database db, const Session &session)
{
    // The pages let go of the connection before it closes.
    m_session.reset();
    applySession();
    m_db = std::make_unique<Database>(std::move(db));
    m_reachable = true;
    // Never the password: toString() leaves it out.
    QSettings().setValue(kLastBook, m_db->spec().toString());
    m_session = session;
    updateBookStatus();
    applySession();
    Q_EMIT bookChanged();
}

void MainWindow::applySession()
{
    const Session *session = this->session();
    Database *db = session ? m_db.get() : nullptr;
    for (const Area &area : m_areaList) {
        const bool allowed = session && session->may(area.needed);
        area.item->setHidden(!allowed);
        // The grids read a page at a time on the window's own connection; an area the role
        // may not see gets neither the book nor the session.
        if (area.setSession)
            area.setSession(allowed ? session : nullptr);
        if (area.setDatabase)
            area.setDatabase(allowed ? db : nullptr);
    }
    // The overview reads on a connection of its own, made from the book's spec.
    if (db && session->may(Permission::ReadReports))
        m_overview->setBook(m_db->spec());
    if (session) {
        QListWidgetItem *current = m_navigation->currentItem();
        if (!current || current->isHidden())
            for (int row = 0; row < m_navigation->count(); ++row)
                if (!m_navigation->item(row)->isHidden()) {
                    m_navigation->setCurrentRow(row);
                    break;
                }
    }
    m_content->setCurrentIndex(session ? 0 : 1);
    m_signOut->setEnabled(session != nullptr);
    m_signIn->setEnabled(!session);
    // The daily run by hand is an admin's (Permission::ManageSettings); others do not see it.
    const bool mayRunDay = session && m_db && session->may(Permission::ManageSettings);
    m_runBillingDay->setVisible(mayRunDay);
    m_runBillingDay->setEnabled(mayRunDay);
    if (auto *tools = menuBar()->findChild<QMenu *>(QStringLiteral("toolsMenu")))
        tools->menuAction()->setVisible(mayRunDay);
    updatePersonStatus();
}

bool MainWindow::isDemoBook(const ConnectionSpec &spec) const
{
    return spec.dialect == Dialect::SQLite &&
           QFileInfo(spec.path).absoluteFilePath() == QFileInfo(demoBookPath()).absoluteFilePath();
}

Result<Session> MainWindow::askWhoSignsIn(Database &db)
{
    // On PostgreSQL the login of the connection dialog is the person.
    if (db.dialect() == Dialect::PostgreSQL)
        return StaffAuth::sessionForLogin(db, m_clock);
    StaffAuth auth(db, m_clock);
    auto hasStaff = auth.hasStaff();
    if (!hasStaff)
        return std::unexpected(hasStaff.error());
    SignInDialog dialog(
        auth, *hasStaff ? SignInDialog::Mode::SignIn : SignInDialog::Mode::FirstAdmin, this);
    if (isDemoBook(db.spec()))
        dialog.showDemoAccounts(demoAccounts());
    if (dialog.exec() != QDialog::Accepted || !dialog.session())
        return failure(ErrorCode::Cancelled, QString());
    return *dialog.session();
}

bool MainWindow::switchTo(Result<Database> opened)
{
    if (!opened) {
        if (opened.error().code != ErrorCode::Cancelled)
            showRefusal(opened.error().message);
        return false;
    }
    // What was typed in an area is not dropped without asking.
    if (!mayLeaveAreas())
        return false;
    auto session = askWhoSignsIn(*opened);
    if (!session) {
        if (session.error().code != ErrorCode::Cancelled)
            showRefusal(session.error().message);
        return false;
    }
    setBook(std::move(*opened), *session);
    return true;
}

bool MainWindow::mayLeaveAreas()
{
    if (!m_session)
        return true;
    for (const Area &area : m_areaList)
        if (area.mayLeave && !area.item->isHidden() && !area.mayLeave())
            return false;
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayLeaveAreas()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::signOut()
{
    if (!m_session || !mayLeaveAreas())
        return;
    m_session.reset();
    applySession();
    if (m_db && m_db->dialect() == Dialect::PostgreSQL) {
        // The connection is the person's own login: it closes, and the next person gives theirs.
        m_db.reset();
        updateBookStatus();
        applySession();
        connectToPostgres();
        return;
    }
    signIn();
}

void MainWindow::signIn()
{
    if (m_session)
        return;
    // After signing out of PostgreSQL the connection is closed: the next person gives their
    // login in the connection dialog.
    if (!m_db) {
        connectToPostgres();
        return;
    }
    auto session = askWhoSignsIn(*m_db);
    if (!session) {
        if (session.error().code != ErrorCode::Cancelled)
            showRefusal(session.error().message);
        return;
    }
    m_session = *session;
    applySession();
}

bool MainWindow::showHistory(const QString &entity, qint64 id)
{
    if (!m_session || !m_session->may(Permission::ReadAudit) || !showArea(QStringLiteral("audit")))
        return false;
    m_audit->showRecord(entity, id);
    return true;
}

void MainWindow::showRefusal(const QString &sentence)
{
    QMessageBox::warning(this, tr("Book not opened"), sentence);
}

void MainWindow::openBookFile()
{
    QString dir;
    if (m_db && m_db->dialect() == Dialect::SQLite)
        dir = QFileInfo(m_db->spec().path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Book"), dir,
        tr("InfluenceCore books (*.sqlite *.db *.book);;All files (*)"));
    if (path.isEmpty())
        return;
    switchTo(openExistingBook(ConnectionSpec::sqlite(path), this));
}

void MainWindow::connectToPostgres()
{
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
    // Connecting (up to the server's timeout) runs as a job: the window is not frozen.
    switchTo(openExistingBook(spec, this));
}

void MainWindow::openDemo()
{
    switchTo(openDemoBook(demoBookPath(), this));
}

void MainWindow::refresh()
{
    checkConnection();
    if (!m_session)
        return;
    for (const Area &area : m_areaList)
        if (area.reload && !area.item->isHidden())
            area.reload();
}

void MainWindow::runBillingDay()
{
    if (!m_db || !m_session || m_jobs->isBusy())
        return;
    if (auto allowed = require(session(), Permission::ManageSettings); !allowed) {
        QMessageBox::warning(this, tr("Run the Billing Day"), allowed.error().message);
        return;
    }
    const QDate today = m_clock.today(QTimeZone::systemTimeZone());
    const ConnectionSpec spec = m_db->spec();
    const Clock *clock = &m_clock;
    JobRunner::Options options;
    options.title = tr("Run the Billing Day");
    options.text =
        tr("Running the billing day of %1…").arg(locale().toString(today, QLocale::LongFormat));
    options.showsOutcome = true;
    options.delayMs = 0;
    // The book's gateways, as influencecore-cli daily has them (GatewayRegistry).
    m_jobs->run(
        options, JobBase::Connection{spec},
        [today, clock](const JobContext &job) -> Result<DailyRunSummary> {
            auto gateways = GatewayRegistry::forBook(*job.db());
            if (!gateways)
                return std::unexpected(gateways.error());
            DailyRun run(*job.db(), *clock, *gateways);
            return run.run(today, job);
        },
        [](const DailyRunSummary &summary) { return summary.toText(); });
    // What the run made (or finished before a cancel) shows in the areas.
    refresh();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About InfluenceCore"),
        tr("<h3>InfluenceCore Back-Office %1</h3>"
           "<p>The homepage and the billing of a small SaaS company: plans, subscriptions, "
           "invoices and dunning, on SQLite or PostgreSQL.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::checkConnection()
{
    if (!m_db)
        return;
    const bool reachable = m_db->ping();
    if (reachable != m_reachable) {
        m_reachable = reachable;
        updateBookStatus();
    }
}

void MainWindow::updatePersonStatus()
{
    if (!m_session) {
        m_person->setText(tr("Nobody is signed in"));
        m_person->setToolTip(QString());
        return;
    }
    const QString name =
        m_session->displayName.isEmpty() ? m_session->username : m_session->displayName;
    m_person->setText(tr("%1 · %2").arg(name, roleDisplayName(m_session->role)));
    m_person->setToolTip(
        tr("Signed in as %1 since %2.")
            .arg(m_session->username, QLocale().toString(m_session->signedInAt.toLocalTime().time(),
                                                         QLocale::ShortFormat)));
}

void MainWindow::updateBookStatus()
{
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
