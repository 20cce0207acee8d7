#pragma once

#include "models/plan.h"
#include "models/subscription.h"
#include "services/customers/customerdesk.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimer;

namespace ic {

class Clock;
class Database;
class FieldError;
class PaymentGateway;
struct Session;

// Flow 1 at the counter: a plan, an optional promotion code checked as it is typed (its
// promotion's name, or the sentence of the check it fails), the first invoice's lines and
// amounts, and how the first payment is taken. Create does it; a refusal stays in the
// dialog with everything typed. A charge through the gateway runs off the GUI thread, on its
// own connection, the dialog saying it is working meanwhile (and not closing until the
// gateway has answered).
class NewSubscriptionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSubscriptionDialog)

public:
    static constexpr int kCodeCheckMs = 200;

    NewSubscriptionDialog(CustomerDesk &desk, qint64 customerId, bool mayRecordPayments,
                          QWidget *parent = nullptr);
    ~NewSubscriptionDialog() override;

    QComboBox *planCombo() const { return m_plan; }
    QLineEdit *codeEdit() const { return m_code; }
    QLabel *codeStatus() const { return m_codeStatus; }
    // The summary as plain text: one line per invoice line, then the totals.
    QString summaryText() const { return m_summaryText; }
    QRadioButton *chargeButton() const { return m_charge; }
    QRadioButton *manualButton() const { return m_manual; }
    QRadioButton *laterButton() const { return m_later; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QString errorText() const;
    QPushButton *createButton() const { return m_create; }
    // True while the gateway is being asked (the charge runs on another thread).
    bool isWorking() const { return m_watcher.isRunning(); }
    QLabel *workingLabel() const { return m_working; }
    // Checks the code and prices now, without waiting for typing to rest.
    void refresh();
    const std::optional<CounterSale> &sale() const { return m_sale; }

    void accept() override;
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    qint64 planId() const;
    void setWorking(bool working);
    void finished();

    CustomerDesk &m_desk;
    qint64 m_customerId;
    QComboBox *m_plan;
    QLineEdit *m_code;
    QLabel *m_codeStatus;
    QLabel *m_summary;
    QString m_summaryText;
    QRadioButton *m_charge;
    QRadioButton *m_manual;
    QRadioButton *m_later;
    QLineEdit *m_reference;
    FieldError *m_error;
    QPushButton *m_create;
    QLabel *m_working;
    QTimer *m_check;
    QFutureWatcher<Result<CounterSale>> m_watcher;
    QList<bool> m_enabledBefore; // the inputs as they were before the charge started
    std::optional<CounterSale> m_sale;
};

// A plan change of one subscription: the new plan, now or at the next period; for a change
// now, the proration (days given back, days charged, tax, total or credit) before anything
// is written. Confirm does it; a refusal stays in the dialog.
class ChangePlanDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePlanDialog)

public:
    ChangePlanDialog(Database &db, const Clock &clock, const Session *session,
                     const Subscription &subscription, const QList<Plan> &plans,
                     QWidget *parent = nullptr);

    QComboBox *planCombo() const { return m_plan; }
    QRadioButton *nowButton() const { return m_now; }
    QRadioButton *nextPeriodButton() const { return m_next; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QString previewText() const { return m_previewText; }
    QString errorText() const;
    QPushButton *confirmButton() const { return m_confirm; }
    // What the change wrote (the proration invoice, or the credit), once confirmed.
    QString outcomeText() const { return m_outcome; }

    void accept() override;

private:
    void preview();
    qint64 planId() const;

    Database &m_db;
    const Clock &m_clock;
    const Session *m_session;
    Subscription m_subscription;
    QComboBox *m_plan;
    QRadioButton *m_now;
    QRadioButton *m_next;
    QLineEdit *m_reason;
    QLabel *m_preview;
    QString m_previewText;
    FieldError *m_error;
    QPushButton *m_confirm;
    QString m_outcome;
};

} // namespace ic
