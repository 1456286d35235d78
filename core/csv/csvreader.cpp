#include "csvreader.h"

#include "csv/csvsniffer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

constexpr qint64 kBlockSize = 1 << 20;

// Byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        int length = 0;
        unsigned int codePoint = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        const unsigned int smallest[] = { 0, 0, 0x80, 0x800, 0x10000 };
        if (codePoint < smallest[length] || codePoint > 0x10FFFF
            || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

} // namespace

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{ }

bool CsvReader::fill()
{
    if (!m_device || m_device->atEnd())
        return false;
    // QIODevice::read allocates all it is asked for: a small file gets a small block.
    const qint64 available = m_device->bytesAvailable();
    m_buffer = m_device->read(
        m_device->isSequential() || available <= 0 ? kBlockSize : qMin(available, kBlockSize));
    m_pos = 0;
    return !m_buffer.isEmpty();
}

bool CsvReader::peek(char& c)
{
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    c = m_buffer.at(m_pos);
    return true;
}

void CsvReader::advance()
{
    if (m_buffer.at(m_pos) == '\n')
        ++m_line;
    ++m_pos;
    ++m_consumed;
}

bool CsvReader::fail(int line, int column, const QString& message)
{
    m_failed = true;
    m_problem = { line, column, {}, message };
    return false;
}

bool CsvReader::finishField(QByteArray& bytes, int line, int column, QStringList& fields)
{
    const qsizetype invalid = firstInvalidUtf8(bytes);
    if (invalid >= 0) {
        const int at = line + int(bytes.left(invalid).count('\n'));
        if (!m_encoding.isEmpty())
            return fail(at, column, describeNotInEncoding(m_encoding));
        return fail(at, column, describeNotUtf8(bytes));
    }
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        return fail(line + int(bytes.left(nul).count('\n')), column,
            QCoreApplication::translate(
                "fd::Csv", "the file contains a NUL character; it is not a text file"));
    }
    QString text = QString::fromUtf8(bytes);
    if (m_encoding.isEmpty() && !m_trustUtf8) {
        if (const std::optional<QString> reason = describeMisreadChinese(text))
            return fail(line, column, *reason);
    }
    fields.append(std::move(text));
    bytes.clear();
    return true;
}

bool isBlankRecord(const QStringList& fields)
{
    // No copies: millions of records pass here, nearly all of them with a first field.
    for (const QString& field : fields) {
        for (const QChar c : field) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

void CsvReader::sniffSeparator()
{
    // The first line as far as the first block holds it; quoted text does not count.
    int counts[3] = { 0, 0, 0 };
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted)
            counts[0] += c == ',' ? 1 : 0, counts[1] += c == ';' ? 1 : 0,
                counts[2] += c == '\t' ? 1 : 0;
    }
    m_separator = counts[1] > counts[0] && counts[1] >= counts[2] ? ';'
        : counts[2] > counts[0] && counts[2] > counts[1]          ? '\t'
                                                                  : ',';
}

bool CsvReader::next(CsvRecord& record)
{
    if (m_failed)
        return false;
    char c = 0;
    if (!m_started) {
        m_started = true;
        // A workbook, UTF-16 text or a PDF is named for what it is before its bytes are
        // read as records.
        if (peek(c)) {
            if (const std::optional<QString> reason = describeNonCsvStart(m_buffer.left(4096)))
                return fail(1, 0, *reason);
        }
        // A byte-order mark is not part of the first column's name.
        if (peek(c) && m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos += 3;
            m_consumed += 3;
        }
        // Excel's "sep=;" first line names the separator and is no record.
        const QByteArray hint = m_buffer.mid(m_pos, 7).toLower();
        if (hint.startsWith("sep=") && hint.size() >= 5
            && (hint.size() == 5 || hint.at(5) == '\n' || hint.at(5) == '\r')
            && QByteArray(",;\t").contains(hint.at(4))) {
            if (m_separator == 0)
                m_separator = hint.at(4);
            for (int i = 0; i < 5; ++i)
                advance();
        } else if (m_separator == 0) {
            sniffSeparator();
        }
        if (m_separator == 0)
            m_separator = ',';
    }
    // Spreadsheets keep formatted rows that hold nothing: they are no records.
    while (readRecord(record)) {
        if (!isBlankRecord(record.fields))
            return true;
    }
    return false;
}

bool CsvReader::readRecord(CsvRecord& record)
{
    char c = 0;
    // Skip empty lines.
    while (peek(c) && (c == '\n' || c == '\r'))
        advance();
    if (!peek(c))
        return false;

    record.line = m_line;
    record.fields.clear();
    const qint64 recordStart = m_consumed;
    // Text without line breaks for megabytes is not a CSV file (or a quote is not closed):
    // it is refused before it fills the memory.
    auto tooLong = [&]() { return m_consumed - recordStart > kMaxRecordBytes; };
    QByteArray field;
    while (true) {
        const int column = int(record.fields.size()) + 1;
        const int fieldLine = m_line;
        if (peek(c) && c == '"') {
            advance();
            while (true) {
                // Copy up to the next quote in one go; line breaks inside count as lines.
                if (m_pos >= m_buffer.size() && !fill()) {
                    return fail(fieldLine, column,
                        QCoreApplication::translate(
                            "fd::Csv", "a quoted field is not closed before the end of the file"));
                }
                const char* data = m_buffer.constData();
                const qsizetype size = m_buffer.size();
                qsizetype end = m_pos;
                while (end < size && data[end] != '"')
                    ++end;
                for (qsizetype i = m_pos; i < end; ++i)
                    m_line += data[i] == '\n' ? 1 : 0;
                field.append(data + m_pos, end - m_pos);
                m_consumed += end - m_pos;
                m_pos = end;
                if (tooLong()) {
                    return fail(fieldLine, column,
                        QCoreApplication::translate("fd::Csv",
                            "a quoted field that starts here runs on for more than %1 MiB; is its "
                            "closing "
                            "quote missing?")
                            .arg(kMaxRecordBytes >> 20));
                }
                if (end == size)
                    continue; // the field goes on in the next block
                advance(); // the quote
                char after = 0;
                if (peek(after) && after == '"') { // a doubled quote stands for one
                    advance();
                    field.append('"');
                    continue;
                }
                break;
            }
            if (peek(c) && c != m_separator && c != '\n' && c != '\r')
                return fail(m_line, column,
                    QCoreApplication::translate(
                        "fd::Csv", "unexpected text after a closing quote"));
        } else {
            while (m_pos < m_buffer.size() || fill()) {
                const char* data = m_buffer.constData();
                const qsizetype size = m_buffer.size();
                qsizetype end = m_pos;
                const char separator = m_separator;
                while (end < size && data[end] != separator && data[end] != '\n'
                    && data[end] != '\r' && data[end] != '"')
                    ++end;
                field.append(data + m_pos, end - m_pos);
                m_consumed += end - m_pos;
                m_pos = end;
                if (tooLong()) {
                    return fail(record.line, 0,
                        QCoreApplication::translate("fd::Csv",
                            "the line is longer than %1 MiB; this is not a CSV file of FiberDesk's "
                            "kinds")
                            .arg(kMaxRecordBytes >> 20));
                }
                if (end < size)
                    break;
            }
            if (peek(c) && c == '"') {
                return fail(m_line, column,
                    QCoreApplication::translate("fd::Csv",
                        "a double quote inside a field that does not start with one (quote the "
                        "whole field and "
                        "double the quote)"));
            }
        }
        if (!finishField(field, fieldLine, column, record.fields))
            return false;
        if (!peek(c))
            return true;
        if (c == m_separator) {
            if (record.fields.size() >= kMaxFields) {
                return fail(record.line, 0,
                    QCoreApplication::translate("fd::Csv",
                        "the line has more than %1 fields; this is not a CSV file of "
                        "FiberDesk's kinds")
                        .arg(kMaxFields));
            }
            advance();
            continue;
        }
        // End of the record: CR, LF or CRLF.
        advance();
        if (c == '\r' && peek(c) && c == '\n')
            advance();
        return true;
    }
}

Result<CsvDocument> parseCsv(const QByteArray& bytes, CsvProblem* problem, char separator)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    reader.setSeparator(separator);
    CsvDocument document;
    CsvRecord record;
    bool first = true;
    while (reader.next(record)) {
        if (first)
            document.header = record.fields;
        else
            document.records.append(record);
        first = false;
    }
    auto fail = [&](const CsvProblem& found) -> Result<CsvDocument> {
        if (problem)
            *problem = found;
        return Error(found.message);
    };
    if (reader.failed())
        return fail(reader.problem());
    if (first)
        return fail({ 1, 0, {},
            QCoreApplication::translate("fd::Csv", "the file is empty; it needs a header row") });
    return document;
}

QString describeCsvProblem(const QString& fileName, const CsvProblem& problem)
{
    const QString name = QFileInfo(fileName).fileName();
    const QString line = QString::number(problem.line);
    const QString column = QString::number(problem.column);
    if (problem.column <= 0)
        return QCoreApplication::translate("fd::Csv", "%1, line %2: %3")
            .arg(name, line, problem.message);
    if (problem.field.isEmpty())
        return QCoreApplication::translate("fd::Csv", "%1, line %2, column %3: %4")
            .arg(name, line, column, problem.message);
    return QCoreApplication::translate("fd::Csv", "%1, line %2, column %3 (%4): %5")
        .arg(name, line, column, problem.field, problem.message);
}

} // namespace fd
