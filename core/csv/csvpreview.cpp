#include "csvpreview.h"

#include "csv/csvdecoder.h"
#include "csv/csvsniffer.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace fd {

CsvPreview previewCsv(QIODevice& device, const QString& encoding, char separator, int maxRows)
{
    CsvPreview preview;
    std::optional<CsvDecodingDevice> decoded;
    QIODevice* source = &device;
    const bool utf8 = encoding.isEmpty() || isUtf8EncodingName(encoding);
    if (!utf8) {
        decoded.emplace(&device, encoding);
        source = &*decoded;
    }
    CsvReader reader(source);
    reader.setSeparator(separator);
    reader.setEncoding(utf8 ? QString() : *csvEncodingName(encoding), !encoding.isEmpty() && utf8);
    CsvRecord record;
    if (reader.next(record))
        preview.header = record.fields;
    while (preview.rows.size() < maxRows && reader.next(record))
        preview.rows.append(record);
    preview.separator = reader.separator();
    if (reader.failed())
        preview.problem = reader.problem();
    else if (preview.rows.size() == maxRows)
        preview.more = reader.next(record) || reader.failed();
    return preview;
}

QString guessCsvEncoding(const QByteArray& start)
{
    // A block may end inside a character: only whole lines are judged.
    QByteArray lines = start;
    const qsizetype lastBreak = lines.lastIndexOf('\n');
    if (lastBreak > 0 && lines.size() >= (1 << 16))
        lines.truncate(lastBreak + 1);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(lines);
    if (!utf8.hasError()) {
        for (const QString& field : text.split(QRegularExpression(u"[,;\\t\\n\"]"_s))) {
            if (describeMisreadChinese(field))
                return u"GB18030"_s;
        }
        return u"UTF-8"_s;
    }
    return looksLikeGbk(lines) ? u"GB18030"_s : u"windows-1252"_s;
}

} // namespace fd
