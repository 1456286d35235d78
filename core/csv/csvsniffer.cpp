#include "csvsniffer.h"

#include <QCoreApplication>

namespace fd {

namespace {

QString saveAsCsv()
{
    return QCoreApplication::translate(
        "fd::Csv", "save it from the spreadsheet as “CSV UTF-8 (comma delimited)”");
}

QString notCsv(const QString& what)
{
    return QCoreApplication::translate("fd::Csv", "the file is %1, not a CSV text file; %2")
        .arg(what, saveAsCsv());
}

// UTF-16 text without a byte-order mark: mostly ASCII, so every other byte is zero.
bool looksLikeUtf16(const QByteArray& start)
{
    const qsizetype pairs = qMin<qsizetype>(start.size(), 4096) / 2;
    if (pairs < 4)
        return false;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zeroEven += start.at(2 * i) == '\0' ? 1 : 0;
        zeroOdd += start.at(2 * i + 1) == '\0' ? 1 : 0;
    }
    const qsizetype many = pairs * 3 / 4;
    return (zeroOdd >= many && zeroEven == 0) || (zeroEven >= many && zeroOdd == 0);
}

} // namespace

std::optional<QString> describeNonCsvStart(const QByteArray& start)
{
    if (start.startsWith(QByteArrayLiteral("\xFF\xFE\x00\x00"))
        || start.startsWith(QByteArrayLiteral("\x00\x00\xFE\xFF"))) {
        return QCoreApplication::translate("fd::Csv", "the file is UTF-32 text, not UTF-8; %1")
            .arg(saveAsCsv());
    }
    if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF")) {
        return QCoreApplication::translate(
            "fd::Csv", "the file is UTF-16 text (what Excel calls “Unicode text”), not UTF-8; %1")
            .arg(saveAsCsv());
    }
    struct Signature
    {
        QByteArray magic;
        const char* what;
    };
    static const Signature signatures[] = {
        { QByteArrayLiteral("PK\x03\x04"),
            QT_TRANSLATE_NOOP(
                "fd::Csv", "a spreadsheet workbook or another ZIP archive (.xlsx, .ods, .zip)") },
        { QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"),
            QT_TRANSLATE_NOOP("fd::Csv", "an old Excel workbook (.xls)") },
        { QByteArrayLiteral("%PDF-"), QT_TRANSLATE_NOOP("fd::Csv", "a PDF document") },
        { QByteArrayLiteral("SQLite format 3\0"),
            QT_TRANSLATE_NOOP("fd::Csv", "an SQLite database (a FiberDesk database or backup?)") },
        { QByteArrayLiteral("\x89PNG"), QT_TRANSLATE_NOOP("fd::Csv", "an image") },
        { QByteArrayLiteral("\xFF\xD8\xFF"), QT_TRANSLATE_NOOP("fd::Csv", "an image") },
        { QByteArrayLiteral("GIF8"), QT_TRANSLATE_NOOP("fd::Csv", "an image") },
        { QByteArrayLiteral("\x1F\x8B"), QT_TRANSLATE_NOOP("fd::Csv", "a compressed file (gzip)") },
        { QByteArrayLiteral("\x7F"
                            "ELF"),
            QT_TRANSLATE_NOOP("fd::Csv", "a program") },
    };
    for (const Signature& signature : signatures) {
        if (start.startsWith(signature.magic))
            return notCsv(QCoreApplication::translate("fd::Csv", signature.what));
    }
    if (looksLikeUtf16(start)) {
        return QCoreApplication::translate(
            "fd::Csv", "the file seems to be UTF-16 text without a byte-order mark, not UTF-8; %1")
            .arg(saveAsCsv());
    }
    return std::nullopt;
}

bool looksLikeGbk(const QByteArray& bytes)
{
    // GBK writes a Chinese character as two bytes from 0xA1 to 0xFE, and a name or an
    // address as several in a row; Latin-1 and Windows-1252 put one byte above 127 between
    // ASCII letters (ñ, é, ü), two at most ("ñí" in "Compañía").
    qsizetype run = 0;
    qsizetype longestChineseRun = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        if (i < bytes.size() && data[i] >= 0xA1 && data[i] != 0xFF) {
            ++run;
            continue;
        }
        longestChineseRun = qMax(longestChineseRun, run);
        run = 0;
    }
    return longestChineseRun >= 4;
}

QString describeNotUtf8(const QByteArray& bytes)
{
    const bool gbk = looksLikeGbk(bytes);
    const QString encoding = gbk
        ? QCoreApplication::translate("fd::Csv", "GBK/GB18030 (Simplified Chinese Windows)")
        : QCoreApplication::translate(
            "fd::Csv", "Latin-1 or Windows-1252 (Western European Windows)");
    const QString option = gbk ? QStringLiteral("GB18030") : QStringLiteral("windows-1252");
    return QCoreApplication::translate("fd::Csv",
        "the text is not UTF-8; it seems to be %1: %2, or import it with the encoding %3 "
        "(--encoding %3)")
        .arg(encoding, saveAsCsv(), option);
}

QString describeNotInEncoding(const QString& encoding)
{
    return QCoreApplication::translate("fd::Csv",
        "the bytes here are not valid %1 text; is the file in another encoding (UTF-8, GB18030, "
        "windows-1252)?")
        .arg(encoding);
}

std::optional<QString> describeMisreadChinese(const QString& text)
{
    // Two bytes of GBK that form UTF-8 give a letter from U+0080 to U+07FF; those from
    // U+0370 (Greek, Cyrillic, Armenian, Hebrew, Arabic…) and the C1 control characters are
    // not in the files of a Chinese, Spanish or English speaking operator.
    int foreign = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 && u <= 0x9F) {
            foreign = 2;
            break;
        }
        if (u >= 0x370 && u <= 0x7FF)
            ++foreign;
    }
    if (foreign < 2)
        return std::nullopt;
    return QCoreApplication::translate("fd::Csv",
        "“%1” looks like Chinese text saved in GBK/GB18030 and read as UTF-8; import the file "
        "with the encoding GB18030 (--encoding GB18030), or, if the text is right, with the "
        "encoding UTF-8 (--encoding UTF-8)")
        .arg(text.left(40));
}

} // namespace fd
