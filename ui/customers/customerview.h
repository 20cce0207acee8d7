#pragma once

#include "services/customers/customerdesk.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ic {

class Clock;
class Database;
class FieldError;
class GatewayRegistry;
class RecordTableModel;
struct Session;

// One customer's page: the profile, then tabs for the subscriptions (with the history of the
// one chosen), invoices, payments, credits and notes; above them the actions of the counter.
// The role of the person signed in disables what it may not do; the services decide, and a
// refusal is one sentence where the person acted (in the action's dialog, under the note, or
// on the banner under the actions for a button without a dialog).
class CustomerView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerView)

public:
    enum class Action {
        NewSubscription,
        ChangePlan,
        Pause,
        Resume,
        Cancel,
        AddCredit,
        RecordPayment,
        AddNote,
    };

    explicit CustomerView(const Clock &clock, QWidget *parent = nullptr);
    ~CustomerView() override;

    void setDatabase(Database *db);
    void setSession(const Session *session);
    // The book's gateways, which the counter charges through (not owned; null: no charge can
    // be made from this page).
    void setGateways(const GatewayRegistry *gateways);

    void open(qint64 customerId);
    // A note typed and not added yet: asks whether it may be dropped; false keeps it.
    bool mayLeave();
    void reload();
    qint64 customerId() const { return m_file.customer.id; }
    const CustomerFile &file() const { return m_file; }

    QPushButton *actionButton(Action action) const;
    // The banner under the actions: what the last action did, or why it was refused.
    QString messageText() const;
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *subscriptionsTable() const { return m_subscriptionsTable; }
    RecordTableModel *subscriptionsModel() const { return m_subscriptions; }
    RecordTableModel *eventsModel() const { return m_events; }
    RecordTableModel *invoicesModel() const { return m_invoices; }
    RecordTableModel *paymentsModel() const { return m_payments; }
    // The customer's payment methods (brand, ****1234, expiry, default, gateway).
    RecordTableModel *paymentMethodsModel() const { return m_methods; }
    RecordTableModel *creditsModel() const { return m_credits; }
    QPlainTextEdit *noteEdit() const { return m_noteEdit; }
    QString noteError() const;
    QString profileText() const;

    // The actions, as the buttons run them (each opens its dialog).
    void newSubscription();
    void changePlan();
    void pause();
    void resume();
    void cancel();
    void addCredit();
    void recordPayment();
    void addNote();

    // The audit log of this customer, or of the subscription chosen (the window shows it; the
    // button is there for the roles that may read the log).
    void showCustomerHistory();
    void showSubscriptionHistory();
    QPushButton *historyButton() const { return m_history; }

Q_SIGNALS:
    void backRequested();
    void historyRequested(const QString &entity, qint64 id);
    // Something was written: the grid may want to read again.
    void changed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fill();
    void showEvents();
    void updateActions();
    void say(const QString &sentence, bool refused = false);
    const Subscription *selectedSubscription() const;
    bool may(Permission permission) const;
    void lifecycleStep(const QString &title, const QString &intro, const QString &okText,
                       const std::function<QString(qint64, const QString &)> &step);

    const Clock &m_clock;
    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    const GatewayRegistry *m_gateways = nullptr;
    CustomerFile m_file;

    QLabel *m_name;
    QLabel *m_profile;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QTableView *m_subscriptionsTable;
    RecordTableModel *m_subscriptions;
    RecordTableModel *m_events;
    RecordTableModel *m_invoices;
    RecordTableModel *m_payments;
    RecordTableModel *m_methods;
    RecordTableModel *m_credits;
    QPlainTextEdit *m_notes;
    QPlainTextEdit *m_noteEdit;
    FieldError *m_noteError;
    QList<QPushButton *> m_buttons;
    QPushButton *m_history;
    QAction *m_subscriptionHistory;
};

} // namespace ic
