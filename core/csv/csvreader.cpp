#include "csvreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

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

// Line (1-based) and field number (1-based) of a byte offset, counting commas outside
// quotes on that line: good enough to point at a broken character.
CsvProblem locateByte(const QByteArray& bytes, qsizetype offset, const QString& message)
{
    CsvProblem problem;
    problem.line = 1 + int(bytes.left(offset).count('\n'));
    const qsizetype lineStart = bytes.lastIndexOf('\n', offset - 1) + 1;
    int column = 1;
    bool quoted = false;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if (bytes.at(i) == '"')
            quoted = !quoted;
        else if (bytes.at(i) == ',' && !quoted)
            ++column;
    }
    problem.column = column;
    problem.message = message;
    return problem;
}

class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
    { }

    bool parse(CsvDocument& document, CsvProblem& problem)
    {
        bool first = true;
        while (m_pos < m_text.size()) {
            if (atLineEnd()) { // an empty line
                skipLineEnd();
                continue;
            }
            CsvRecord record;
            record.line = m_line;
            if (!parseRecord(record.fields, problem))
                return false;
            if (first) {
                document.header = record.fields;
                first = false;
            } else {
                document.records.append(std::move(record));
            }
        }
        return true;
    }

private:
    bool atLineEnd() const
    {
        const QChar c = m_text.at(m_pos);
        return c == u'\n'
            || (c == u'\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n')
            || (c == u'\r' && m_pos + 1 == m_text.size());
    }

    void skipLineEnd()
    {
        if (m_text.at(m_pos) == u'\r')
            ++m_pos;
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'\n')
            ++m_pos;
        ++m_line;
    }

    bool parseRecord(QStringList& fields, CsvProblem& problem)
    {
        while (true) {
            QString field;
            const int column = int(fields.size()) + 1;
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'"') {
                if (!parseQuoted(field, column, problem))
                    return false;
            } else if (!parseUnquoted(field, column, problem)) {
                return false;
            }
            fields.append(field);
            if (m_pos >= m_text.size())
                return true;
            if (m_text.at(m_pos) == u',') {
                ++m_pos;
                continue;
            }
            skipLineEnd();
            return true;
        }
    }

    bool parseQuoted(QString& field, int column, CsvProblem& problem)
    {
        const int startLine = m_line;
        ++m_pos; // opening quote
        while (true) {
            if (m_pos >= m_text.size()) {
                problem = { startLine, column, {},
                    QCoreApplication::translate(
                        "fd::Csv", "a quoted field is not closed before the end of the file") };
                return false;
            }
            const qsizetype quote = m_text.indexOf(u'"', m_pos);
            const qsizetype end = quote < 0 ? m_text.size() : quote;
            const QStringView chunk = m_text.mid(m_pos, end - m_pos);
            m_line += int(chunk.count(u'\n'));
            field += chunk;
            m_pos = end;
            if (quote < 0)
                continue; // reports the unclosed quote above
            if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'"') {
                field += u'"';
                m_pos += 2;
                continue;
            }
            ++m_pos; // closing quote
            break;
        }
        if (m_pos < m_text.size() && m_text.at(m_pos) != u',' && !atLineEnd()) {
            problem = { m_line, column, {},
                QCoreApplication::translate("fd::Csv", "unexpected text after a closing quote") };
            return false;
        }
        return true;
    }

    bool parseUnquoted(QString& field, int column, CsvProblem& problem)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u',' || c == u'\n' || (c == u'\r' && atLineEnd()))
                break;
            if (c == u'"') {
                problem = { m_line, column, {},
                    QCoreApplication::translate("fd::Csv",
                        "a double quote inside a field that does not start with one (quote the "
                        "whole field "
                        "and double the quote)") };
                return false;
            }
            ++m_pos;
        }
        field = m_text.mid(start, m_pos - start).toString();
        return true;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

Result<CsvDocument> parseCsv(const QByteArray& bytes, CsvProblem* problem)
{
    CsvProblem found;
    auto fail = [&](const CsvProblem& p) -> Result<CsvDocument> {
        if (problem)
            *problem = p;
        return Error(p.message);
    };
    const qsizetype invalid = firstInvalidUtf8(bytes);
    if (invalid >= 0)
        return fail(locateByte(bytes, invalid,
            QCoreApplication::translate(
                "fd::Csv", "the file is not valid UTF-8 text (save it as UTF-8)")));
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return fail(locateByte(bytes, nul,
            QCoreApplication::translate(
                "fd::Csv", "the file contains a NUL character; it is not a text file")));

    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    CsvDocument document;
    Parser parser(text);
    if (!parser.parse(document, found))
        return fail(found);
    if (document.header.isEmpty())
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
