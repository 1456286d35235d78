#include "pdfstyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRawFont>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fd {

// What was measured (pdftotext of the evaluation PDF, Qt 6.4, Noto CJK and DejaVu):
// - Chinese under an English or C locale came out in Noto Sans CJK JP, the Japanese glyph
//   forms: the family is now named, Noto Sans CJK SC, for every script (its Latin and
//   accented letters are complete), so the language of the machine does not choose it.
// - "Pacífico" extracted as "Pacíﬁco" (U+FB01): Qt shapes Latin text with the font's
//   ligatures and names the ligature glyph by the one code point the font maps to it.
//   PreferNoShaping sets Latin letters one glyph each, so the text reads back as printed.
// - 网 extracted as ⽹ (U+2F79): no font choice helps, every Noto CJK face maps the radicals
//   to the ideographs' glyphs; fixPdfToUnicode() corrects the written ToUnicode maps.
QFont reportFont(double points, bool bold)
{
    QFont font(u"Noto Sans CJK SC"_s);
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QString localDecimal(const QString& text)
{
    const QString sign = QLocale().decimalPoint();
    if (sign == u"."_s)
        return text;
    QString local = text;
    return local.replace(u'.', sign);
}

QString reportFooter(int page, int pages, const QString& printedBy, const QString& printedAt,
    const QString& auditHead)
{
    return QCoreApplication::translate("fd::Report", "Page %1 of %2 · printed by %3 on %4 · %5")
        .arg(QLocale().toString(page), QLocale().toString(pages), printedBy, printedAt, auditHead);
}

void paintFooter(QPainter& painter, double width, double height, const QString& text)
{
    painter.save();
    painter.setFont(reportFont(7));
    painter.setPen(QColor(0x66, 0x66, 0x66));
    const double line = QFontMetricsF(painter.font(), painter.device()).height();
    painter.drawText(QRectF(0, height - line, width, line), Qt::AlignLeft | Qt::AlignBottom, text);
    painter.restore();
}

namespace {

bool isRadical(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF);
}

// The ideograph the report font draws with the same glyph as `radical`, or the radical's
// compatibility decomposition (every Kangxi radical has one), or nothing.
char32_t ideographFor(char32_t radical)
{
    static const QHash<char32_t, char32_t> byRadical = [] {
        QHash<char32_t, char32_t> map;
        const QRawFont font = QRawFont::fromFont(reportFont(10));
        if (!font.isValid())
            return map;
        QString ideographs;
        for (char32_t c = 0x4E00; c <= 0x9FFF; ++c)
            ideographs += QChar(char16_t(c));
        const QList<quint32> glyphs = font.glyphIndexesForString(ideographs);
        QHash<quint32, char32_t> byGlyph;
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            if (glyphs.at(i) != 0 && !byGlyph.contains(glyphs.at(i)))
                byGlyph.insert(glyphs.at(i), char32_t(0x4E00 + i));
        }
        QString radicals;
        for (char32_t c = 0x2E80; c <= 0x2FDF; ++c)
            radicals += QChar(char16_t(c));
        const QList<quint32> radicalGlyphs = font.glyphIndexesForString(radicals);
        for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
            const auto found = byGlyph.constFind(radicalGlyphs.at(i));
            if (radicalGlyphs.at(i) != 0 && found != byGlyph.cend())
                map.insert(char32_t(0x2E80 + i), *found);
        }
        return map;
    }();
    if (const auto found = byRadical.constFind(radical); found != byRadical.cend())
        return *found;
    const QString decomposed
        = QString(QChar(char16_t(radical))).normalized(QString::NormalizationForm_KC);
    if (decomposed.size() == 1 && !isRadical(decomposed.at(0).unicode()))
        return decomposed.at(0).unicode();
    return 0;
}

// Rewrites the destination code points of one ToUnicode map's bfrange and bfchar lines.
int fixMap(QByteArray& pdf, qsizetype from, qsizetype to)
{
    int fixed = 0;
    bool inRange = false, inChar = false;
    qsizetype lineStart = from;
    while (lineStart < to) {
        qsizetype lineEnd = pdf.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > to)
            lineEnd = to;
        const QByteArray line = pdf.mid(lineStart, lineEnd - lineStart).trimmed();
        if (line.endsWith("beginbfrange"))
            inRange = true;
        else if (line.endsWith("beginbfchar"))
            inChar = true;
        else if (line == "endbfrange")
            inRange = false;
        else if (line == "endbfchar")
            inChar = false;
        else if (inRange || inChar) {
            // <src> <dst>, <lo> <hi> <dst> or <lo> <hi> [<dst> <dst> …]: destinations
            // come after the first one (bfchar) or two (bfrange) codes.
            const int skip = inRange ? 2 : 1;
            int index = 0;
            for (qsizetype at = lineStart; at < lineEnd; ++at) {
                if (pdf.at(at) != '<')
                    continue;
                const qsizetype close = pdf.indexOf('>', at);
                if (close < 0 || close > lineEnd)
                    break;
                if (index++ >= skip && close - at == 5) {
                    bool ok = false;
                    const char32_t code = pdf.mid(at + 1, 4).toUInt(&ok, 16);
                    // A single code point in a bfrange's start (not a list) would shift the
                    // whole range; only list entries and bfchar entries name one glyph.
                    const bool single = inChar || pdf.lastIndexOf('[', at) > lineStart;
                    if (ok && single && isRadical(code)) {
                        if (const char32_t ideograph = ideographFor(code)) {
                            pdf.replace(at + 1, 4,
                                QByteArray::number(quint32(ideograph), 16)
                                    .toUpper()
                                    .rightJustified(4, '0'));
                            ++fixed;
                        }
                    }
                }
                at = close;
            }
        }
        lineStart = lineEnd + 1;
    }
    return fixed;
}

} // namespace

int fixPdfToUnicode(QByteArray& pdf)
{
    int fixed = 0;
    qsizetype at = 0;
    while ((at = pdf.indexOf("begincmap", at)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", at);
        if (end < 0)
            break;
        fixed += fixMap(pdf, at, end);
        at = end;
    }
    return fixed;
}

QString reportPrintedBy(const Session& session)
{
    return session.actor().user;
}

QString reportPrintedAt(const Session& session)
{
    return session.now().toTimeZone(session.zone()).toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace fd
