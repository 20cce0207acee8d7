#pragma once

#include <QJsonArray>
#include <QList>
#include <QStringList>
#include <QWidget>

class QTableWidget;
class QToolButton;

namespace ic {

// A short list edited in place: one row per entry, Add, Remove, Up and Down. Either a list of
// texts (the advantages of a service, shown as bullets) or a list of objects with a column per
// key (form fields, questions and answers). Every change the person makes is emitted whole.
class RowsEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowsEditor)

public:
    struct Column {
        QString key;
        QString header;
        bool isCheck = false;
    };
    // A list of texts.
    explicit RowsEditor(const QString &header, QWidget *parent = nullptr);
    // A list of objects.
    RowsEditor(QList<Column> columns, QWidget *parent = nullptr);
    ~RowsEditor() override;

    void setTexts(const QStringList &texts);
    void setObjects(const QJsonArray &objects);
    QStringList texts() const;
    QJsonArray objects() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void edited();

private:
    void build();
    void addRow();
    void removeRow();
    void moveRow(int by);
    void fill(const QJsonArray &rows);
    QJsonArray read() const;
    void updateBullets();

    QList<Column> m_columns;
    bool m_isTextList;
    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
};

} // namespace ic
