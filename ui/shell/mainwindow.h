#pragma once

#include "models/result.h"
#include "services/security/permission.h"
#include "services/security/session.h"
#include "services/storage/database.h"

#include <QIcon>
#include <QMainWindow>

#include <concepts>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QCloseEvent;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QTimer;

namespace ic {

class Clock;
class CustomersPage;
class JobRunner;
class AuditPage;
class HomepagePage;
class OverviewPage;
class PlansPage;
class PromotionsPage;

// The application shell: the areas on the left, the current area on the right, the book,
// the person signed in and their role in the status bar, and the File, View, Tools and Help
// menus.
//
// A book is shown to a person: opening one asks who signs in (the embedded book's staff
// accounts, or the first admin on its first start; on PostgreSQL the server login given in
// the connection dialog is the person). Each area page is given the window's connection
// (setDatabase) and the session (setSession, null when nobody is signed in); it hides or
// disables what the role may not do, and the services it calls decide.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows this book to this person from now on and closes the previous connection. The
    // book is remembered (without any password) as the one to open next time.
    void setBook(Database db, const Session &session);
    // Asks who signs in to an opened book (see above), then shows it; on a refusal or a
    // cancel, says why (unless cancelled) and keeps the current book and person.
    bool switchTo(Result<Database> opened);
    // Who signs in to `db`: the sign-in dialog, the first admin's, or the PostgreSQL login.
    Result<Session> askWhoSignsIn(Database &db);

    // The person signed in; null after signing out.
    const Session *session() const { return m_session ? &*m_session : nullptr; }
    // Signs out: the areas let go of the book and show nothing, then the sign-in dialog opens
    // again (on PostgreSQL, the connection dialog: the login is the person).
    void signOut();
    // Signs in to the book shown after a sign-out (File › Sign In…).
    void signIn();
    // The audit log filtered to one record ("plan", 12): any area can link a record to its
    // history. False when the person may not read the audit log.
    bool showHistory(const QString &entity, qint64 id);

    bool hasBook() const { return m_db != nullptr; }
    // The book shown; only valid while hasBook().
    const ConnectionSpec &bookSpec() const;
    bool isBookReachable() const { return m_reachable; }
    OverviewPage *overviewPage() const { return m_overview; }
    PlansPage *plansPage() const { return m_plans; }
    PromotionsPage *promotionsPage() const { return m_promotions; }
    CustomersPage *customersPage() const { return m_customers; }
    AuditPage *auditPage() const { return m_audit; }
    HomepagePage *homepagePage() const { return m_homepage; }
    // Shows an area by its name ("overview", "plans", "promotions", "audit"); false if there is
    // none, or the person signed in may not see it.
    bool showArea(const QString &name);
    // The name of the area shown, empty when nobody is signed in.
    QString currentArea() const;

    // The menu commands.
    void openBookFile();
    void connectToPostgres();
    void openDemo();
    void refresh();
    // Tools › Run the Billing Day (an admin's): today's daily run behind the job dialog, with
    // progress and Cancel, ending on the run's summary; the areas are read again after it.
    void runBillingDay();
    void showAbout();
    // The window's job runner (the Billing Day's dialog): for tests.
    JobRunner *jobRunner() const { return m_jobs; }
    // Asks the book whether it is still there (every 30 seconds, and on refresh).
    void checkConnection();

Q_SIGNALS:
    void bookChanged();

protected:
    // Quitting drops what an area has not saved: each area with unsaved edits asks first.
    void closeEvent(QCloseEvent *event) override;

private:
    // What the window tells an area page; a hook the page does not have stays empty.
    struct Area {
        QString name;
        QWidget *page = nullptr;
        QListWidgetItem *item = nullptr;
        Permission needed = Permission::ReadCatalog; // to see the area at all
        std::function<void(Database *)> setDatabase;
        std::function<void(const Session *)> setSession;
        std::function<void()> reload;
        std::function<bool()> mayLeave;
    };

    // Adds an area page: one line per area. The page's setDatabase(Database *),
    // setSession(const Session *), reload(), mayLeave() (unsaved edits may be dropped?) and
    // historyRequested(entity, id) signal are used when it has them.
    template <typename Page>
    Page *addArea(Page *page, const QString &name, const QString &title, const QIcon &icon,
                  Permission needed)
    {
        Area area;
        area.name = name;
        area.page = page;
        area.needed = needed;
        if constexpr (requires(Database * db) { page->setDatabase(db); })
            area.setDatabase = [page](Database *db) { page->setDatabase(db); };
        if constexpr (requires(const Session *s) { page->setSession(s); })
            area.setSession = [page](const Session *s) { page->setSession(s); };
        if constexpr (requires { page->reload(); })
            area.reload = [page] { page->reload(); };
        if constexpr (requires {
                          {
                              page->mayLeave()
                              } -> std::convertible_to<bool>;
                      })
            area.mayLeave = [page] { return page->mayLeave(); };
        if constexpr (requires { &Page::historyRequested; })
            connect(page, &Page::historyRequested, this, &MainWindow::showHistory);
        registerArea(std::move(area), title, icon);
        return page;
    }
    void registerArea(Area area, const QString &title, const QIcon &icon);
    // Gives every area the book and the session (or takes them away when nobody is signed
    // in) and shows what the role may see.
    void applySession();
    // Asks each area with unsaved edits whether they may be dropped; false: stay.
    bool mayLeaveAreas();
    void createMenus();
    void updateBookStatus();
    void updatePersonStatus();
    void showRefusal(const QString &sentence);
    bool isDemoBook(const ConnectionSpec &spec) const;

    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    std::optional<Session> m_session;
    bool m_reachable = false;
    std::vector<Area> m_areaList;
    QListWidget *m_navigation;
    QStackedWidget *m_areas;
    QStackedWidget *m_content; // the areas, or the page saying nobody is signed in
    OverviewPage *m_overview;
    PlansPage *m_plans;
    PromotionsPage *m_promotions;
    CustomersPage *m_customers;
    AuditPage *m_audit;
    HomepagePage *m_homepage;
    QLabel *m_bookName;
    QLabel *m_person;
    QLabel *m_reachability;
    QAction *m_signOut = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_runBillingDay = nullptr;
    JobRunner *m_jobs;
    QTimer *m_connectionTimer;
};

} // namespace ic
