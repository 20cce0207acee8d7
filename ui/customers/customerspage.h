#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;

namespace ic {

class Clock;
class CustomerView;
class Database;
class GatewayRegistry;
class GridModel;
class GridView;
struct Session;

// The Customers area: search as you type over the whole book (name, e-mail, company,
// invoice number), the grid of what matches, and the page of the customer opened from it
// (Enter or a double click; Escape or Back returns to the search as it was).
class CustomersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPage)

public:
    // How long typing rests before the search runs.
    static constexpr int kDebounceMs = 120;

    explicit CustomersPage(const Clock &clock, QWidget *parent = nullptr);
    ~CustomersPage() override;

    // The GUI thread's connection (the grid reads through its own); null: no book. The
    // book's gateways are built from its settings here (GatewayRegistry::forBook), for the
    // counter's charges.
    void setDatabase(Database *db);
    const GatewayRegistry *gateways() const { return m_gateways.get(); }
    // The signed-in person (null: nobody signed in, the system acts); must outlive the page.
    void setSession(const Session *session);
    void reload();

    GridModel *model() const { return m_model; }
    GridView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    CustomerView *customerView() const { return m_customer; }
    QLabel *statusLabel() const { return m_status; }
    bool isShowingCustomer() const;

    // Opens a customer's page; opens the grid's current (or first) row.
    void openCustomer(qint64 id);
    void openCurrent();
    void showList();
    // Before the window lets go of the book (sign-out, another book) or another customer
    // opens: a note typed and not added is dropped only if the person says so.
    bool mayLeave();

Q_SIGNALS:
    // A record's audit log (the customer's, a subscription's), for the window to show.
    void historyRequested(const QString &entity, qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch();
    void showStatus();

    Database *m_db = nullptr;
    std::unique_ptr<GatewayRegistry> m_gateways;
    GridModel *m_model;
    GridView *m_view;
    QLineEdit *m_search;
    QLabel *m_status;
    QTimer *m_debounce;
    QStackedWidget *m_stack;
    CustomerView *m_customer;
    bool m_openWhenLoaded = false;
};

} // namespace ic
