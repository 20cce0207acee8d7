#pragma once

#include "models/result.h"
#include "services/storage/database.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace ic {

class Clock;
class OverviewPage;
class PlansPage;
class PromotionsPage;

// The application shell: the areas on the left, the current area on the right, the book
// in the status bar with whether it can still be reached, and the File, View and Help menus.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows this book from now on and closes the previous connection. The book is remembered
    // (without any password) as the one to open next time.
    void setBook(Database db);
    // Switches to an opened book, or shows why it was refused and keeps the current one.
    bool switchTo(Result<Database> opened);

    bool hasBook() const { return m_db != nullptr; }
    // The book shown; only valid while hasBook().
    const ConnectionSpec &bookSpec() const;
    bool isBookReachable() const { return m_reachable; }
    OverviewPage *overviewPage() const { return m_overview; }
    PlansPage *plansPage() const { return m_plans; }
    PromotionsPage *promotionsPage() const { return m_promotions; }
    // Shows an area by its name ("overview", "plans", "promotions"); false if there is none.
    bool showArea(const QString &name);

    // The menu commands.
    void openBookFile();
    void connectToPostgres();
    void openDemo();
    void refresh();
    void showAbout();
    // Asks the book whether it is still there (every 30 seconds, and on refresh).
    void checkConnection();

Q_SIGNALS:
    void bookChanged();

private:
    void createMenus();
    void updateBookStatus();
    void showRefusal(const QString &sentence);
    void addArea(QWidget *page, const QString &name, const QString &title, const QIcon &icon);

    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    bool m_reachable = false;
    QListWidget *m_navigation;
    QStackedWidget *m_areas;
    OverviewPage *m_overview;
    PlansPage *m_plans;
    PromotionsPage *m_promotions;
    QLabel *m_bookName;
    QLabel *m_reachability;
    QTimer *m_connectionTimer;
};

} // namespace ic
