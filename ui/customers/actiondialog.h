#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace ic {

class FieldError;

// A small form for one action on a customer (pause, resume, cancel, a credit, a payment):
// the fields the caller adds, and under them the sentence of a refusal. OK runs the action;
// a refusal keeps the dialog open with everything typed in it, a success closes it.
class ActionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionDialog)

public:
    // Returns the sentence of a refusal, empty when the action was done.
    using Action = std::function<QString()>;

    ActionDialog(const QString &title, const QString &intro, const QString &okText,
                 QWidget *parent = nullptr);

    void addRow(const QString &label, QWidget *field);
    void addRow(QWidget *field);
    void setAction(Action action) { m_action = std::move(action); }
    // Shows a sentence under the fields (also for checks made before the action runs).
    void showError(const QString &sentence);
    QString errorText() const;
    QPushButton *okButton() const { return m_ok; }

    void accept() override;

private:
    QFormLayout *m_form;
    FieldError *m_error;
    QPushButton *m_ok;
    Action m_action;
};

} // namespace ic
