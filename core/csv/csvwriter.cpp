#include "csvwriter.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QByteArray csvLine(const QStringList& fields, char separator)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += separator;
        const QByteArray field = fields.at(i).toUtf8();
        if (field.contains(separator) || field.contains('"') || field.contains('\n')
            || field.contains('\r')) {
            QByteArray quoted = field;
            quoted.replace("\"", "\"\"");
            line += '"' + quoted + '"';
        } else {
            line += field;
        }
    }
    line += "\r\n";
    return line;
}

namespace {

// Whether a spreadsheet could run the text as a formula.
bool runsAsFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    // A plain number ("-27.5", "+3") is a number to a spreadsheet, not a formula: it stays.
    static const QRegularExpression number(u"^[-+]?[0-9]+(\\.[0-9]+)?$"_s);
    if (number.match(text.toString()).hasMatch())
        return false;
    // OWASP's list, and the full-width forms an East Asian keyboard types.
    const char16_t first = text.front().unicode();
    static constexpr char16_t risky[]
        = { u'=', u'+', u'-', u'@', u'\t', u'\r', u'\uFF1D', u'\uFF0B', u'\uFF0D', u'\uFF20' };
    for (const char16_t c : risky) {
        if (first == c)
            return true;
    }
    return false;
}

// Whether the guard puts an apostrophe before the text: a formula, or an apostrophe that
// reading would otherwise take for the guard's.
bool needsGuard(QStringView text)
{
    while (text.startsWith(u'\''))
        text = text.mid(1);
    return runsAsFormula(text);
}

} // namespace

QString spreadsheetSafe(const QString& text)
{
    return needsGuard(text) ? QLatin1Char('\'') + text : text;
}

QString spreadsheetText(const QString& cell)
{
    if (cell.startsWith(u'\'') && needsGuard(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

} // namespace fd
