#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTreeWidget;

namespace ic {

class Clock;
class Database;

// "Try a code": a customer (by e-mail address), a plan and a code, and every check of the
// promotion in order, passed or failed with its sentence, then the plan's price, the
// discount and what is left to pay — from the PromotionEngine the billing uses.
class CodeTrialPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeTrialPanel)

public:
    explicit CodeTrialPanel(const Clock &clock, QWidget *parent = nullptr);
    ~CodeTrialPanel() override;

    void setDatabase(Database *db);
    // Lists the plans again (after the catalogue changed).
    void reloadPlans();
    // Runs the checks for what is on screen.
    void tryCode();
    void setCode(const QString &code);

    QLineEdit *customerEdit() const { return m_customer; }
    QComboBox *planBox() const { return m_plan; }
    QLineEdit *codeEdit() const { return m_code; }
    QCheckBox *firstPaymentBox() const { return m_firstPayment; }
    QTreeWidget *stepList() const { return m_steps; }
    QString verdictText() const;
    QString initialText() const;
    QString discountText() const;
    QString finalText() const;

private:
    void suggestCustomers(const QString &typed);
    void clearResult();

    const Clock &m_clock;
    Database *m_db = nullptr;
    QLineEdit *m_customer;
    QStringListModel *m_suggestions;
    QComboBox *m_plan;
    QLineEdit *m_code;
    QCheckBox *m_firstPayment;
    QPushButton *m_try;
    QTreeWidget *m_steps;
    QLabel *m_verdict;
    QLabel *m_initial;
    QLabel *m_discount;
    QLabel *m_final;
};

} // namespace ic
