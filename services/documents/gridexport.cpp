#include "services/documents/gridexport.h"

#include "models/tr.h"
#include "services/storage/database.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <xlsxwriter.h>

#include <cmath>
#include <memory>

namespace ic {

namespace {

constexpr int kPageSize = 1000;

// One exported field: a column's value, or the unit (currency or "%") of the column before.
struct Field {
    int column = 0;
    bool isUnit = false;
};

bool hasUnit(ColumnKind kind)
{
    return kind == ColumnKind::Money || kind == ColumnKind::Percent;
}

QList<Field> fieldsOf(const QList<GridColumn> &all, const QList<int> &columns)
{
    QList<Field> fields;
    for (int c : columns) {
        if (c < 0 || c >= all.size())
            continue;
        fields.append({c, false});
        if (hasUnit(all.at(c).kind))
            fields.append({c, true});
    }
    return fields;
}

QString titleOf(const QList<GridColumn> &all, const Field &f)
{
    return f.isUnit ? Tr::tr("%1 (unit)").arg(all.at(f.column).title) : all.at(f.column).title;
}

bool isMoney(const QVariant &v)
{
    return v.metaType() == QMetaType::fromType<Money>();
}

// The unit of an amount or percentage cell: the currency code, or "%". (Sums in several
// currencies are a text that names its currencies itself.)
QString unitOf(const GridColumn &column, const QVariant &v)
{
    if (v.isNull())
        return {};
    if (isMoney(v))
        return v.value<Money>().currency();
    return column.kind == ColumnKind::Percent ? QStringLiteral("%") : QString();
}

// The plain text of a raw value, as CSV holds it.
QString plainText(const GridColumn &column, const QVariant &v)
{
    if (v.isNull())
        return {};
    if (isMoney(v))
        return v.value<Money>().toDecimalString();
    switch (column.kind) {
    case ColumnKind::Percent: {
        // Basis points as a percentage with two decimals: 1250 -> "12.50".
        const qint64 bp = v.toLongLong();
        return QString::number(bp / 100) + u'.' +
               QStringLiteral("%1").arg(std::abs(bp % 100), 2, 10, QLatin1Char('0'));
    }
    case ColumnKind::Date:
        return v.toDate().toString(Qt::ISODate);
    case ColumnKind::Boolean:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ColumnKind::Integer:
        return QString::number(v.toLongLong());
    case ColumnKind::Text:
    case ColumnKind::Money:
        break;
    }
    return v.toString();
}

QString csvQuoted(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_qs, u"\"\""_qs);
    return u'"' + quoted + u'"';
}

// Writes rows as they come; one implementation per format.
class Writer {
public:
    virtual ~Writer() = default;
    virtual void writeRow(const QList<GridColumn> &all, const QList<Field> &fields,
                          const GridRow *row) = 0; // null row: the title row
    virtual Done finish() = 0;
    virtual void discard() = 0;
};

class CsvWriter final : public Writer {
public:
    explicit CsvWriter(const QString &path)
        : m_file(path)
    {
    }
    Done open()
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return failure(ErrorCode::Io, Tr::tr("The file %1 could not be written: %2")
                                              .arg(m_file.fileName(), m_file.errorString()));
        return {};
    }
    void writeRow(const QList<GridColumn> &all, const QList<Field> &fields,
                  const GridRow *row) override
    {
        QStringList cells;
        for (const Field &f : fields) {
            if (!row)
                cells.append(csvQuoted(titleOf(all, f)));
            else if (f.isUnit)
                cells.append(csvQuoted(unitOf(all.at(f.column), row->values.value(f.column))));
            else
                cells.append(csvQuoted(plainText(all.at(f.column), row->values.value(f.column))));
        }
        m_file.write((cells.join(u',') + u"\r\n").toUtf8());
    }
    Done finish() override
    {
        if (!m_file.commit())
            return failure(ErrorCode::Io, Tr::tr("The file %1 could not be written: %2")
                                              .arg(m_file.fileName(), m_file.errorString()));
        return {};
    }
    void discard() override { m_file.cancelWriting(); }

private:
    QSaveFile m_file;
};

class XlsxWriter final : public Writer {
public:
    XlsxWriter(const QString &path, const QString &sheetName)
        : m_path(path)
        , m_temporary(path + u".part")
    {
        m_book = workbook_new(QFile::encodeName(m_temporary).constData());
        if (!m_book)
            return;
        m_sheet = workbook_add_worksheet(m_book, sheetName.left(31).toUtf8().constData());
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_date = workbook_add_format(m_book);
        format_set_num_format(m_date, "yyyy-mm-dd");
        m_amount = workbook_add_format(m_book);
        format_set_num_format(m_amount, "#,##0.00");
    }
    ~XlsxWriter() override
    {
        if (m_book)
            discard();
    }
    Done open()
    {
        if (!m_book || !m_sheet)
            return failure(ErrorCode::Io, Tr::tr("The file %1 could not be written.").arg(m_path));
        return {};
    }
    void writeRow(const QList<GridColumn> &all, const QList<Field> &fields,
                  const GridRow *row) override
    {
        for (int i = 0; i < fields.size(); ++i) {
            const Field &f = fields.at(i);
            if (!row) {
                writeText(i, titleOf(all, f), m_bold);
                continue;
            }
            const QVariant v = row->values.value(f.column);
            if (f.isUnit) {
                writeText(i, unitOf(all.at(f.column), v), nullptr);
                continue;
            }
            if (v.isNull())
                continue;
            if (isMoney(v)) {
                const Money m = v.value<Money>();
                worksheet_write_number(
                    m_sheet, m_row, lxw_col_t(i),
                    double(m.minor()) / std::pow(10.0, Money::minorDigits(m.currency())), m_amount);
                continue;
            }
            switch (all.at(f.column).kind) {
            case ColumnKind::Integer:
                worksheet_write_number(m_sheet, m_row, lxw_col_t(i), double(v.toLongLong()),
                                       nullptr);
                break;
            case ColumnKind::Percent:
                worksheet_write_number(m_sheet, m_row, lxw_col_t(i), double(v.toLongLong()) / 100,
                                       m_amount);
                break;
            case ColumnKind::Boolean:
                worksheet_write_boolean(m_sheet, m_row, lxw_col_t(i), v.toBool(), nullptr);
                break;
            case ColumnKind::Date: {
                const QDate d = v.toDate();
                lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0.0};
                worksheet_write_datetime(m_sheet, m_row, lxw_col_t(i), &when, m_date);
                break;
            }
            case ColumnKind::Text:
            case ColumnKind::Money:
                writeText(i, v.toString(), nullptr);
                break;
            }
        }
        ++m_row;
    }
    Done finish() override
    {
        const lxw_error closed = workbook_close(m_book);
        m_book = nullptr;
        if (closed != LXW_NO_ERROR) {
            QFile::remove(m_temporary);
            return failure(ErrorCode::Io,
                           Tr::tr("The file %1 could not be written: %2")
                               .arg(m_path, QString::fromUtf8(lxw_strerror(closed))));
        }
        QFile::remove(m_path);
        if (!QFile::rename(m_temporary, m_path))
            return failure(ErrorCode::Io, Tr::tr("The file %1 could not be written.").arg(m_path));
        return {};
    }
    void discard() override
    {
        if (m_book)
            workbook_close(m_book);
        m_book = nullptr;
        QFile::remove(m_temporary);
    }

private:
    void writeText(int column, const QString &text, lxw_format *format)
    {
        if (!text.isEmpty())
            worksheet_write_string(m_sheet, m_row, lxw_col_t(column), text.toUtf8().constData(),
                                   format);
    }
    QString m_path;
    QString m_temporary;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_amount = nullptr;
    lxw_row_t m_row = 0;
};

} // namespace

Result<qint64> exportGrid(const Session *by, const Database &db, const GridSource &source,
                          const GridRequest &request, const QList<int> &columns,
                          const QString &path, ExportFormat format, const QString &sheetName,
                          const ExportProgress &progress)
{
    if (auto allowed = require(by, Permission::Export); !allowed)
        return std::unexpected(allowed.error());
    const QList<GridColumn> all = source.columns();
    const QList<Field> fields = fieldsOf(all, columns);
    auto total = source.count(db, request);
    if (!total)
        return std::unexpected(total.error());

    std::unique_ptr<Writer> writer;
    if (format == ExportFormat::Csv) {
        auto csv = std::make_unique<CsvWriter>(path);
        if (auto opened = csv->open(); !opened)
            return std::unexpected(opened.error());
        writer = std::move(csv);
    } else {
        auto xlsx = std::make_unique<XlsxWriter>(path, sheetName);
        if (auto opened = xlsx->open(); !opened)
            return std::unexpected(opened.error());
        writer = std::move(xlsx);
    }
    writer->writeRow(all, fields, nullptr);

    qint64 written = 0;
    const QString sentence = Tr::tr("Writing the rows to %1").arg(QFileInfo(path).fileName());
    if (!progress(0, *total, sentence)) {
        writer->discard();
        return failure(ErrorCode::Cancelled, Tr::tr("The export was cancelled."));
    }
    // Page after page by key: each one costs the same, down to the last row.
    std::optional<GridKey> after;
    for (;;) {
        auto page = source.fetch(db, request, after, kPageSize);
        if (!page) {
            writer->discard();
            return std::unexpected(page.error());
        }
        for (const GridRow &row : std::as_const(page->rows))
            writer->writeRow(all, fields, &row);
        written += page->rows.size();
        if (!progress(written, std::max(*total, written), sentence)) {
            writer->discard();
            return failure(ErrorCode::Cancelled, Tr::tr("The export was cancelled."));
        }
        if (page->rows.size() < kPageSize)
            break;
        after = page->last;
    }
    if (auto finished = writer->finish(); !finished)
        return std::unexpected(finished.error());
    return written;
}

} // namespace ic
