#include "clioutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Width on a terminal: CJK characters take two cells.
qsizetype displayWidth(const QString& text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        width += (u >= 0x1100
                     && (u <= 0x115F || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                         || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFF60)))
            ? 2
            : 1;
    }
    return width;
}

QString leafText(const QJsonValue& value)
{
    // A one-element array renders the value as QJsonDocument does; its brackets go.
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

OrderedJson& OrderedJson::add(const QString& key, const QJsonValue& value)
{
    m_members.append({ key, value, {} });
    return *this;
}

OrderedJson& OrderedJson::add(const QString& key, const OrderedJson& value)
{
    m_members.append({ key, QJsonValue(), { value } });
    return *this;
}

QString OrderedJson::text(int indent) const
{
    const QString inner(indent + 4, u' ');
    QString text = u"{\n"_s;
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        const Member& member = m_members.at(i);
        text += inner + leafText(member.key) + u": "_s
            + (member.object.isEmpty() ? leafText(member.value)
                                       : member.object.first().text(indent + 4))
            + (i + 1 < m_members.size() ? u",\n"_s : u"\n"_s);
    }
    return text + QString(indent, u' ') + u'}';
}

void printOrderedJson(const QList<OrderedJson>& list)
{
    QString text = u"["_s;
    for (qsizetype i = 0; i < list.size(); ++i)
        text += (i == 0 ? u"\n    "_s : u",\n    "_s) + list.at(i).text(4);
    text += list.isEmpty() ? u"]\n"_s : u"\n]\n"_s;
    write(stdout, text);
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void printLine(const QString& text)
{
    write(stdout, text + u'\n');
}

void printTable(const QStringList& headers, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& header : headers)
        widths.append(displayWidth(header));
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(row.at(i)));
    }
    auto format = [&](const QStringList& cells) -> QString {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            line += cells.at(i);
            if (i + 1 < cells.size())
                line += QString(widths.at(i) - displayWidth(cells.at(i)) + 2, u' ');
        }
        return line;
    };
    printLine(format(headers));
    for (const QStringList& row : rows)
        printLine(format(row));
}

void printError(const QString& message)
{
    QString line = message;
    line.replace(u'\n', u' ');
    write(stderr, u"fiberdesk-cli: "_s + line + u'\n');
}

void printNotice(const QString& message)
{
    printError(message); // the same one line on stderr; standard output stays the answer's
}

} // namespace fd
