#include "csvdecoder.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

constexpr qint64 kBlock = 1 << 20;

QString canonical(const QString& requested)
{
    const QString key = requested.trimmed().toLower().remove(u'-').remove(u'_');
    // GBK and GB2312 are subsets of GB18030: a file that says it is GBK may still hold a
    // character only GB18030 has (Excel on a Chinese Windows writes CP936).
    if (key == u"gbk"_s || key == u"gb2312"_s || key == u"cp936"_s || key == u"gb18030"_s)
        return u"GB18030"_s;
    if (key == u"windows1252"_s || key == u"cp1252"_s || key == u"latin1"_s || key == u"iso88591"_s
        || key == u"ansi"_s)
        return u"windows-1252"_s;
    if (key == u"utf8"_s || key == u"utf8bom"_s)
        return u"UTF-8"_s;
    return requested.trimmed();
}

} // namespace

std::optional<QString> csvEncodingName(const QString& requested)
{
    const QString name = canonical(requested);
    if (name.isEmpty())
        return std::nullopt;
    if (isUtf8EncodingName(name))
        return u"UTF-8"_s;
    const QByteArray latin = name.toLatin1();
    QStringDecoder decoder(latin.constData());
    if (!decoder.isValid())
        return std::nullopt;
    return name;
}

bool isUtf8EncodingName(const QString& name)
{
    return canonical(name) == u"UTF-8"_s;
}

QStringList commonCsvEncodings()
{
    return { u"UTF-8"_s, u"GB18030"_s, u"windows-1252"_s };
}

CsvDecodingDevice::CsvDecodingDevice(QIODevice* source, const QString& encoding)
    : m_source(source)
    , m_encoding(canonical(encoding))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 CsvDecodingDevice::bytesAvailable() const
{
    return m_out.size() - m_outPos + QIODevice::bytesAvailable();
}

bool CsvDecodingDevice::atEnd() const
{
    return m_outPos >= m_out.size() && m_sourceDone && m_tail.isEmpty()
        && QIODevice::bytesAvailable() == 0;
}

QByteArray CsvDecodingDevice::decodeLines(const QByteArray& bytes)
{
    const QByteArray name = m_encoding.toLatin1();
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    bool suspect = decoder.hasError();
    for (qsizetype i = 0; i < text.size() && !suspect; ++i)
        suspect = text.at(i).unicode() >= 0x80 && text.at(i).unicode() <= 0x9F;
    if (!suspect)
        return text.toUtf8();
    // Somewhere in these lines is a bad sequence: decode them one by one, so that only the
    // bad places (the replacement characters of a line that had an error, and C1 control
    // characters) are marked.
    QByteArray out;
    out.reserve(bytes.size() * 3 / 2);
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        QStringDecoder lineDecoder(name.constData(), QStringDecoder::Flag::Stateless);
        const QString line = lineDecoder.decode(bytes.mid(start, end - start));
        const bool lineError = lineDecoder.hasError();
        QString run;
        for (const QChar c : line) {
            const char16_t u = c.unicode();
            if ((u >= 0x80 && u <= 0x9F) || (lineError && c == QChar::ReplacementCharacter)) {
                out += run.toUtf8();
                run.clear();
                out += '\xFF';
            } else {
                run += c;
            }
        }
        out += run.toUtf8();
        start = end;
    }
    return out;
}

bool CsvDecodingDevice::refill()
{
    while (!m_sourceDone) {
        QByteArray block = m_source->read(kBlock);
        if (block.isEmpty()) {
            m_sourceDone = true;
            break;
        }
        block.prepend(m_tail);
        m_tail.clear();
        const qsizetype lastBreak = block.lastIndexOf('\n');
        if (lastBreak < 0) {
            m_tail = block;
            if (m_tail.size() > 4 * kBlock) { // no line break for megabytes: let CsvReader say so
                m_out = decodeLines(m_tail);
                m_outPos = 0;
                m_tail.clear();
                return true;
            }
            continue;
        }
        m_tail = block.mid(lastBreak + 1);
        block.truncate(lastBreak + 1);
        m_out = decodeLines(block);
        m_outPos = 0;
        return true;
    }
    if (!m_tail.isEmpty()) {
        m_out = decodeLines(m_tail);
        m_outPos = 0;
        m_tail.clear();
        return true;
    }
    return false;
}

qint64 CsvDecodingDevice::readData(char* data, qint64 maxSize)
{
    if (m_outPos >= m_out.size()) {
        m_out.clear();
        m_outPos = 0;
        if (!refill())
            return 0;
    }
    const qint64 n = qMin<qint64>(maxSize, m_out.size() - m_outPos);
    memcpy(data, m_out.constData() + m_outPos, size_t(n));
    m_outPos += n;
    return n;
}

} // namespace fd
