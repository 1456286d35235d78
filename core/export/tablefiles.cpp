#include "tablefiles.h"

#include "csv/csvwriter.h"
#include "files/outputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <xlsxwriter.h>

using namespace Qt::Literals::StringLiterals;

namespace fd {

std::optional<FileFormat> fileFormatFromKey(const QString& key)
{
    if (key == u"csv"_s)
        return FileFormat::Csv;
    if (key == u"xlsx"_s)
        return FileFormat::Xlsx;
    if (key == u"pdf"_s)
        return FileFormat::Pdf;
    return std::nullopt;
}

QString fileFormatKey(FileFormat format)
{
    switch (format) {
    case FileFormat::Csv:
        return u"csv"_s;
    case FileFormat::Xlsx:
        return u"xlsx"_s;
    case FileFormat::Pdf:
        return u"pdf"_s;
    }
    return {};
}

QByteArray csvTable(const ExportTable& table, const CsvFormat& format)
{
    QByteArray bytes = csvLine(table.header, format.separator);
    for (const ExportRow& row : table.rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const ExportCell& cell : row) {
            if (cell.type == ExportCell::Type::Text) {
                fields.append(spreadsheetSafe(cell.text));
            } else if (cell.type == ExportCell::Type::Number && format.decimalSign != '.') {
                QString text = cell.text;
                fields.append(text.replace(u'.', QLatin1Char(format.decimalSign)));
            } else {
                fields.append(cell.text);
            }
        }
        bytes += csvLine(fields, format.separator);
    }
    return bytes;
}

QByteArray csvFile(const QList<ExportTable>& tables, const CsvFormat& format)
{
    QByteArray bytes(kUtf8Bom);
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (i > 0)
            bytes += "\r\n";
        bytes += csvTable(tables.at(i), format);
    }
    return bytes;
}

namespace {

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the book.
QString sheetName(const QString& wanted, qsizetype index, QSet<QString>& taken)
{
    QString name = wanted;
    for (const QChar c : u"[]:*?/\\"_s)
        name.replace(c, u'_');
    name = name.trimmed().left(31);
    if (name.isEmpty())
        name = u"Sheet"_s + QString::number(index + 1);
    QString unique = name;
    for (int n = 2; taken.contains(unique.toLower()); ++n) {
        const QString suffix = u" ("_s + QString::number(n) + u')';
        unique = name.left(31 - suffix.size()) + suffix;
    }
    taken.insert(unique.toLower());
    return unique;
}

lxw_datetime toLxw(const QDate& date, const QTime& time = QTime(0, 0))
{
    return lxw_datetime { date.year(), date.month(), date.day(), time.hour(), time.minute(),
        double(time.second()) };
}

} // namespace

Result<QByteArray> xlsxFile(const QList<ExportTable>& tables, const QDateTime& created)
{
    const auto failed = [](const QString& reason) {
        return Error(QCoreApplication::translate("fd::Export", "Cannot make the spreadsheet: %1")
                         .arg(reason));
    };
    QTemporaryDir folder;
    if (!folder.isValid())
        return failed(folder.errorString());
    const QByteArray path = QFile::encodeName(folder.filePath(u"book.xlsx"_s));
    const QByteArray tmpdir = QFile::encodeName(folder.path());
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE; // rows go out as written: a big export stays small
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    lxw_workbook* workbook = workbook_new_opt(path.constData(), &options);
    if (!workbook)
        return failed(QString::fromUtf8(path));
    lxw_doc_properties properties {};
    static char creator[] = "FiberDesk";
    properties.author = creator;
    properties.created = created.isValid() ? time_t(created.toSecsSinceEpoch()) : 0;
    workbook_set_properties(workbook, &properties);

    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format* dateTimeFormat = workbook_add_format(workbook);
    format_set_num_format(dateTimeFormat, "yyyy-mm-dd hh:mm:ss");
    QHash<int, lxw_format*> decimalFormats;
    const auto numberFormat = [&](int decimals) -> lxw_format* {
        if (decimals <= 0)
            return nullptr;
        if (lxw_format* format = decimalFormats.value(decimals))
            return format;
        lxw_format* format = workbook_add_format(workbook);
        const QByteArray pattern = "0." + QByteArray(decimals, '0');
        format_set_num_format(format, pattern.constData());
        decimalFormats.insert(decimals, format);
        return format;
    };

    QSet<QString> taken;
    lxw_error error = LXW_NO_ERROR;
    for (qsizetype t = 0; t < tables.size() && error == LXW_NO_ERROR; ++t) {
        const ExportTable& table = tables.at(t);
        const QByteArray name = sheetName(table.name, t, taken).toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.constData());
        if (!sheet)
            return failed(QString::fromUtf8(name));
        // Frozen before the rows: constant-memory mode writes each row as it comes.
        worksheet_freeze_panes(sheet, 1, 0);
        QList<int> widths(table.header.size(), 8);
        for (qsizetype c = 0; c < table.header.size(); ++c)
            widths[c] = std::max(widths[c], int(table.header.at(c).size()) + 2);
        for (const ExportRow& row : table.rows) {
            for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
                widths[c] = std::min(60, std::max(widths[c], int(row.at(c).text.size()) + 2));
        }
        for (qsizetype c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
        for (qsizetype c = 0; c < table.header.size() && error == LXW_NO_ERROR; ++c)
            error = worksheet_write_string(
                sheet, 0, lxw_col_t(c), table.header.at(c).toUtf8().constData(), bold);
        for (qsizetype r = 0; r < table.rows.size() && error == LXW_NO_ERROR; ++r) {
            const ExportRow& row = table.rows.at(r);
            const lxw_row_t at = lxw_row_t(r + 1);
            for (qsizetype c = 0; c < row.size() && error == LXW_NO_ERROR; ++c) {
                const ExportCell& cell = row.at(c);
                if (cell.isEmpty())
                    continue;
                switch (cell.type) {
                case ExportCell::Type::Text:
                    // A cell of an XLSX file is text or a formula by its type, never by its
                    // first character: no guard is needed, and the text stays as it is.
                    error = worksheet_write_string(
                        sheet, at, lxw_col_t(c), cell.text.toUtf8().constData(), nullptr);
                    break;
                case ExportCell::Type::Number:
                    error = worksheet_write_number(
                        sheet, at, lxw_col_t(c), cell.number, numberFormat(cell.decimals));
                    break;
                case ExportCell::Type::Date: {
                    lxw_datetime value = toLxw(cell.date);
                    error = worksheet_write_datetime(sheet, at, lxw_col_t(c), &value, dateFormat);
                    break;
                }
                case ExportCell::Type::DateTime: {
                    lxw_datetime value = toLxw(cell.local.date(), cell.local.time());
                    error
                        = worksheet_write_datetime(sheet, at, lxw_col_t(c), &value, dateTimeFormat);
                    break;
                }
                }
            }
        }
    }
    if (error != LXW_NO_ERROR) {
        workbook_close(workbook);
        return failed(QString::fromUtf8(lxw_strerror(error)));
    }
    error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return failed(QString::fromUtf8(lxw_strerror(error)));
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    return file.readAll();
}

Status writeTables(const QList<ExportTable>& tables, FileFormat format, const CsvFormat& csv,
    const OutputTarget& target, const QDateTime& created)
{
    switch (format) {
    case FileFormat::Csv:
        return OutputFile::write(target, csvFile(tables, csv));
    case FileFormat::Xlsx: {
        FD_TRY_ASSIGN(QByteArray book, xlsxFile(tables, created));
        return OutputFile::write(target, book);
    }
    case FileFormat::Pdf:
        break;
    }
    return Error(QCoreApplication::translate("fd::Export", "A table is written as CSV or XLSX."));
}

} // namespace fd
