#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <optional>

namespace fd {

// The encodings a CSV file may be imported from (SPEC §13 `--encoding NAME`): UTF-8 (the
// default), GB18030 (the Simplified Chinese Windows code page; GBK, GB2312 and CP936 name
// subsets of it and are read as it), Windows-1252 (Western European Windows; Latin-1 is
// read as it), and whatever else the ICU of Qt's QStringDecoder knows. Returns the name to
// show and use, or nothing for a name no decoder knows.
std::optional<QString> csvEncodingName(const QString& requested);
bool isUtf8EncodingName(const QString& name);
// The choices offered in the import dialog, the first being "UTF-8".
QStringList commonCsvEncodings();

// Reads another device's bytes in `encoding` and gives them as UTF-8, a block at a time (a
// file of any size streams through). A byte sequence that is not valid in the encoding, and
// a C1 control character (Windows-1252's unassigned bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D),
// come out as the byte 0xFF, which is never UTF-8: CsvReader (told the encoding) refuses
// that place with its line and column. Line breaks are the same byte in every encoding
// offered (ASCII-compatible), so each block is decoded whole lines at a time.
class CsvDecodingDevice final : public QIODevice
{
public:
    CsvDecodingDevice(QIODevice* source, const QString& encoding);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    // The source's size: progress is measured in the file's own bytes.
    qint64 size() const override { return m_source->size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    bool refill();
    QByteArray decodeLines(const QByteArray& bytes);

    QIODevice* m_source;
    QString m_encoding;
    QByteArray m_tail; // the start of a line whose end is in the next block
    QByteArray m_out; // decoded, not yet read
    qsizetype m_outPos = 0;
    bool m_sourceDone = false;
};

} // namespace fd
