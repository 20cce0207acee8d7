#include "ui/homepage/rowseditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ic {

RowsEditor::RowsEditor(const QString &header, QWidget *parent)
    : QWidget(parent)
    , m_columns{{QStringLiteral("text"), header, false}}
    , m_isTextList(true)
{
    build();
}

RowsEditor::RowsEditor(QList<Column> columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(std::move(columns))
    , m_isTextList(false)
{
    build();
}

RowsEditor::~RowsEditor() = default;

void RowsEditor::build()
{
    m_table = new QTableWidget(0, int(m_columns.size()), this);
    m_table->setObjectName(QStringLiteral("rows"));
    QStringList headers;
    for (const Column &c : m_columns)
        headers << c.header;
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setMinimumHeight(110);
    m_table->setMaximumHeight(170);
    if (m_isTextList)
        m_table->horizontalHeader()->hide();
    else
        m_table->verticalHeader()->hide();
    connect(m_table, &QTableWidget::itemChanged, this, [this] { Q_EMIT edited(); });

    auto button = [this](const QString &icon, const QString &text, const QString &name) {
        auto *b = new QToolButton(this);
        b->setIcon(QIcon::fromTheme(icon));
        b->setText(text);
        b->setToolTip(text);
        b->setObjectName(name);
        b->setToolButtonStyle(b->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
        return b;
    };
    m_add = button(QStringLiteral("list-add"), tr("Add"), QStringLiteral("addRow"));
    m_remove = button(QStringLiteral("list-remove"), tr("Remove"), QStringLiteral("removeRow"));
    m_up = button(QStringLiteral("go-up"), tr("Move Up"), QStringLiteral("rowUp"));
    m_down = button(QStringLiteral("go-down"), tr("Move Down"), QStringLiteral("rowDown"));
    connect(m_add, &QToolButton::clicked, this, &RowsEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &RowsEditor::removeRow);
    connect(m_up, &QToolButton::clicked, this, [this] { moveRow(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveRow(1); });

    auto *buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void RowsEditor::fill(const QJsonArray &rows)
{
    if (rows == read())
        return;
    const QSignalBlocker block(m_table);
    const int current = m_table->currentRow();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject row = rows.at(r).toObject();
        for (int c = 0; c < m_columns.size(); ++c) {
            const Column &column = m_columns.at(c);
            auto *item = new QTableWidgetItem;
            if (column.isCheck) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(row.value(column.key).toBool() ? Qt::Checked : Qt::Unchecked);
            } else {
                item->setText(row.value(column.key).toString());
            }
            m_table->setItem(r, c, item);
        }
    }
    if (current >= 0 && current < rows.size())
        m_table->setCurrentCell(current, 0);
    updateBullets();
}

QJsonArray RowsEditor::read() const
{
    QJsonArray rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QJsonObject row;
        for (int c = 0; c < m_columns.size(); ++c) {
            const Column &column = m_columns.at(c);
            const QTableWidgetItem *item = m_table->item(r, c);
            if (column.isCheck)
                row.insert(column.key, item && item->checkState() == Qt::Checked);
            else
                row.insert(column.key, item ? item->text() : QString());
        }
        rows.append(row);
    }
    return rows;
}

void RowsEditor::updateBullets()
{
    if (!m_isTextList)
        return;
    QStringList bullets;
    for (int r = 0; r < m_table->rowCount(); ++r)
        bullets << QStringLiteral("•");
    m_table->setVerticalHeaderLabels(bullets);
}

void RowsEditor::setTexts(const QStringList &texts)
{
    QJsonArray rows;
    for (const QString &t : texts)
        rows.append(QJsonObject{{m_columns.first().key, t}});
    fill(rows);
}

void RowsEditor::setObjects(const QJsonArray &objects)
{
    fill(objects);
}

QStringList RowsEditor::texts() const
{
    QStringList out;
    for (const QJsonValue &row : read())
        out << row.toObject().value(m_columns.first().key).toString();
    return out;
}

QJsonArray RowsEditor::objects() const
{
    return read();
}

void RowsEditor::addRow()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker block(m_table);
        m_table->insertRow(row);
        for (int c = 0; c < m_columns.size(); ++c) {
            auto *item = new QTableWidgetItem;
            if (m_columns.at(c).isCheck) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            m_table->setItem(row, c, item);
        }
        updateBullets();
    }
    Q_EMIT edited();
    m_table->setCurrentCell(row, 0);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, 0));
}

void RowsEditor::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    {
        const QSignalBlocker block(m_table);
        m_table->removeRow(row);
        updateBullets();
    }
    Q_EMIT edited();
}

void RowsEditor::moveRow(int by)
{
    const int row = m_table->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    {
        const QSignalBlocker block(m_table);
        for (int c = 0; c < m_columns.size(); ++c) {
            QTableWidgetItem *a = m_table->takeItem(row, c);
            QTableWidgetItem *b = m_table->takeItem(to, c);
            m_table->setItem(row, c, b);
            m_table->setItem(to, c, a);
        }
    }
    m_table->setCurrentCell(to, 0);
    Q_EMIT edited();
}

} // namespace ic
