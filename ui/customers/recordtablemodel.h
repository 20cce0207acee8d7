#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

namespace ic {

// A small read-only table of records already read (one customer's subscriptions, events,
// invoices, payments, credits): display text per cell, the raw value by RawRole (sort and
// copy never parse text), the record's id by IdRole. Replaced whole by setRecords().
class RecordTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    enum Role { RawRole = Qt::UserRole, IdRole };
    struct Column {
        QString title;
        bool alignRight = false;
    };
    struct Record {
        qint64 id = 0;
        QStringList texts;
        QVariantList raws;
    };

    explicit RecordTableModel(QList<Column> columns, QObject *parent = nullptr);

    void setRecords(QList<Record> records);
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QList<Record> m_records;
};

} // namespace ic
