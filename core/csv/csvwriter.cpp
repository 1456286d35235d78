#include "csvwriter.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QByteArray csvLine(const QStringList& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        const QByteArray field = fields.at(i).toUtf8();
        if (field.contains(',') || field.contains('"') || field.contains('\n')
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

QString spreadsheetSafe(const QString& text)
{
    if (text.isEmpty())
        return text;
    // A plain number ("-27.5", "+3") is a number to a spreadsheet, not a formula: it stays.
    static const QRegularExpression number(u"^[-+]?[0-9]+(\\.[0-9]+)?$"_s);
    if (number.match(text).hasMatch())
        return text;
    // OWASP's list, and the full-width forms an East Asian keyboard types.
    const char16_t first = text.front().unicode();
    static constexpr char16_t risky[]
        = { u'=', u'+', u'-', u'@', u'\t', u'\r', u'\uFF1D', u'\uFF0B', u'\uFF0D', u'\uFF20' };
    for (const char16_t c : risky) {
        if (first == c)
            return QLatin1Char('\'') + text;
    }
    return text;
}

} // namespace fd
