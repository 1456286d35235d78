#include "reportpdf.h"

#include "files/outputfile.h"
#include "reports/pdfstyle.h"
#include "services/export/reportexport.h"

#include <QBuffer>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// A cell as printed: numbers in the language's decimal form, dates and times as ISO.
QString printed(const ExportCell& cell)
{
    switch (cell.type) {
    case ExportCell::Type::Number:
        return localDecimal(cell.text);
    case ExportCell::Type::DateTime:
        return cell.local.toString(u"yyyy-MM-dd HH:mm"_s);
    case ExportCell::Type::Date:
    case ExportCell::Type::Text:
        break;
    }
    return cell.text;
}

// One line of the document as laid out: a title, a table's header or one of its rows.
struct Block
{
    enum class Kind
    {
        Title,
        Subtitle,
        Heading,
        Header,
        Row,
        Gap
    } kind;
    QStringList cells;
    const ExportTable* table = nullptr;
    bool shaded = false;
};

class TableLayout
{
public:
    TableLayout(
        const ExportTable& table, const QStringList& labels, double width, QPaintDevice* device)
    {
        const QFontMetricsF header(reportFont(8, true), device);
        const QFontMetricsF body(reportFont(8), device);
        // Each column wants its header on one line and its widest cell; it needs at least
        // its longest header word and its widest cell (cells are codes, numbers, dates and
        // short names that should not break). Space beyond the needs goes to the wants.
        const double padding = 16;
        QList<double> wanted(labels.size(), 0), needed(labels.size(), 0);
        for (qsizetype c = 0; c < labels.size(); ++c) {
            wanted[c] = header.horizontalAdvance(labels.at(c));
            for (const QString& word : labels.at(c).split(u' ', Qt::SkipEmptyParts))
                needed[c] = std::max(needed[c], header.horizontalAdvance(word));
        }
        for (const ExportRow& row : table.rows) {
            for (qsizetype c = 0; c < row.size() && c < wanted.size(); ++c) {
                const double cell
                    = std::min(body.horizontalAdvance(printed(row.at(c))), width * 0.3);
                wanted[c] = std::max(wanted[c], cell);
                needed[c] = std::max(needed[c], cell);
            }
        }
        double sumNeeded = 0, sumWanted = 0;
        for (qsizetype c = 0; c < wanted.size(); ++c) {
            needed[c] += padding;
            wanted[c] = std::max(wanted[c] + padding, needed[c]);
            sumNeeded += needed[c];
            sumWanted += wanted[c];
        }
        QList<double> widths(wanted.size(), 0);
        for (qsizetype c = 0; c < wanted.size(); ++c) {
            if (sumWanted <= width)
                widths[c] = wanted[c];
            else if (sumNeeded <= width)
                widths[c] = needed[c]
                    + (wanted[c] - needed[c]) * (width - sumNeeded) / (sumWanted - sumNeeded);
            else
                widths[c] = needed[c] * width / sumNeeded;
        }
        double x = 0;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            columns.append({ x, std::min(widths.at(c), width - x) });
            x += widths.at(c);
        }
        for (qsizetype c = 0; c < table.header.size(); ++c) {
            bool numeric = !table.rows.isEmpty();
            for (const ExportRow& row : table.rows)
                numeric = numeric && c < row.size()
                    && (row.at(c).type == ExportCell::Type::Number || row.at(c).isEmpty());
            alignments.append(numeric ? Qt::AlignRight : Qt::AlignLeft);
        }
    }
    QList<std::pair<double, double>> columns; // x, width
    QList<int> alignments;
};

} // namespace

Status exportReportPdf(
    const Session& session, const ExportReport& report, const OutputTarget& target)
{
    FD_TRY_ASSIGN(QString audit, reportAuditHead(session));
    QByteArray pdf;
    {
        QBuffer device(&pdf);
        device.open(QIODevice::WriteOnly);
        QPdfWriter writer(&device);
        writer.setTitle(report.title);
        writer.setCreator(u"FiberDesk"_s);
        writer.setPageSize(QPageSize(QPageSize::A4));
        int widest = 0;
        for (const ExportTable& table : report.tables)
            widest = std::max(widest, int(table.header.size()));
        writer.setPageOrientation(widest > 8 ? QPageLayout::Landscape : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        const double width = writer.width();
        const double footerHeight
            = QFontMetricsF(reportFont(7), &writer).height() * 2.0; // the footer and a gap
        const double bottom = writer.height() - footerHeight;

        // Lays out every line first, so that the footer can say "page 2 of 5".
        QList<Block> blocks;
        blocks.append({ Block::Kind::Title, { report.title } });
        for (const QString& line : report.subtitle)
            blocks.append({ Block::Kind::Subtitle, { line } });
        QList<TableLayout> layouts;
        layouts.reserve(report.tables.size());
        for (const ExportTable& table : report.tables) {
            const QStringList labels = table.labels.isEmpty() ? table.header : table.labels;
            layouts.append(TableLayout(table, labels, width, &writer));
            blocks.append({ Block::Kind::Gap, {} });
            blocks.append({ Block::Kind::Heading, { table.name }, &table });
            blocks.append({ Block::Kind::Header, labels, &table });
            int index = 0;
            for (const ExportRow& row : table.rows) {
                QStringList cells;
                for (const ExportCell& cell : row)
                    cells.append(printed(cell));
                blocks.append({ Block::Kind::Row, cells, &table, ++index % 2 == 0 });
            }
        }
        const auto fontOf = [](Block::Kind kind) {
            switch (kind) {
            case Block::Kind::Title:
                return reportFont(16, true);
            case Block::Kind::Subtitle:
                return reportFont(10);
            case Block::Kind::Heading:
                return reportFont(11, true);
            case Block::Kind::Header:
                return reportFont(8, true);
            case Block::Kind::Row:
            case Block::Kind::Gap:
                break;
            }
            return reportFont(8);
        };
        QPainter painter(&writer);
        const auto layoutOf = [&](const Block& block) -> const TableLayout* {
            for (qsizetype t = 0; t < report.tables.size(); ++t) {
                if (&report.tables.at(t) == block.table)
                    return &layouts.at(t);
            }
            return nullptr;
        };
        const auto heightOf = [&](const Block& block) {
            const QFont font = fontOf(block.kind);
            const QFontMetricsF metrics(font, &writer);
            if (block.kind == Block::Kind::Gap)
                return metrics.height() * 0.8;
            const TableLayout* layout = layoutOf(block);
            if (block.kind != Block::Kind::Header && block.kind != Block::Kind::Row)
                return painter
                           .boundingRect(
                               QRectF(0, 0, width, 1e6), Qt::TextWordWrap, block.cells.value(0))
                           .height()
                    + metrics.height() * 0.3;
            double height = metrics.height();
            painter.setFont(font);
            for (qsizetype c = 0; c < block.cells.size() && c < layout->columns.size(); ++c) {
                const QRectF box(0, 0, layout->columns.at(c).second - 16, 1e6);
                height = std::max(height,
                    painter.boundingRect(box, Qt::TextWordWrap, block.cells.at(c)).height());
            }
            return height + metrics.height() * 0.4;
        };
        // Pages: the blocks each holds. A table that runs over repeats its header.
        QList<QList<Block>> pages(1);
        double y = 0;
        const Block* header = nullptr;
        for (const Block& block : blocks) {
            if (block.kind == Block::Kind::Header)
                header = &block;
            const double height = heightOf(block);
            if (y + height > bottom && !pages.last().isEmpty()) {
                pages.append(QList<Block>());
                y = 0;
                if (block.kind == Block::Kind::Gap)
                    continue;
                if (block.kind == Block::Kind::Row && header && header->table == block.table) {
                    pages.last().append(*header);
                    y += heightOf(*header);
                }
            }
            pages.last().append(block);
            y += height;
        }

        const QString by = reportPrintedBy(session);
        const QString at = reportPrintedAt(session);
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (p > 0)
                writer.newPage();
            double top = 0;
            for (const Block& block : pages.at(p)) {
                const double height = heightOf(block);
                painter.setFont(fontOf(block.kind));
                painter.setPen(block.kind == Block::Kind::Title ? QColor(0x1c, 0x4e, 0x80)
                                                                : QColor(0x22, 0x22, 0x22));
                if (block.kind == Block::Kind::Header || block.kind == Block::Kind::Row) {
                    const TableLayout* layout = layoutOf(block);
                    if (block.kind == Block::Kind::Header || block.shaded)
                        painter.fillRect(QRectF(0, top, width, height),
                            block.kind == Block::Kind::Header ? QColor(0xe4, 0xea, 0xf2)
                                                              : QColor(0xf4, 0xf6, 0xf9));
                    const double pad = QFontMetricsF(painter.font(), &writer).height() * 0.2;
                    for (qsizetype c = 0; c < block.cells.size() && c < layout->columns.size();
                         ++c) {
                        const auto [x, w] = layout->columns.at(c);
                        painter.drawText(QRectF(x + 8, top + pad, w - 16, height),
                            layout->alignments.value(c, Qt::AlignLeft) | Qt::AlignTop
                                | Qt::TextWordWrap,
                            block.cells.at(c));
                    }
                } else if (block.kind != Block::Kind::Gap) {
                    painter.drawText(
                        QRectF(0, top, width, height), Qt::TextWordWrap, block.cells.value(0));
                }
                top += height;
            }
            paintFooter(painter, width, writer.height(),
                reportFooter(int(p + 1), int(pages.size()), by, at, audit));
        }
        painter.end();
    }
    fixPdfToUnicode(pdf);
    return OutputFile::write(target, pdf);
}

} // namespace fd
