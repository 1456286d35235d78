#include "evaluationpdf.h"

#include "files/outputfile.h"
#include "reports/pdfstyle.h"
#include "reports/trendpainter.h"
#include "rules/ruleset.h"
#include "services/appealservice.h"
#include "services/evaluationservice.h"
#include "services/export/reportexport.h"
#include "services/ruleservice.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// Writes text lines down a page, keeping track of where the next goes.
class PageWriter
{
public:
    PageWriter(QPainter& painter, double width)
        : m_painter(painter)
        , m_width(width)
    { }

    void font(double points, bool bold = false, const QColor& color = QColor(0x22, 0x22, 0x22))
    {
        m_painter.setFont(reportFont(points, bold));
        m_painter.setPen(color);
    }
    void line(const QString& text, int flags = Qt::AlignLeft)
    {
        const QRectF box(0, m_y, m_width, 10000);
        const QRectF used = m_painter.boundingRect(box, flags | Qt::TextWordWrap, text);
        m_painter.drawText(box, flags | Qt::TextWordWrap, text);
        m_y += used.height();
    }
    void space(double lines = 0.6) { m_y += QFontMetricsF(m_painter.font()).height() * lines; }
    // A table row: cells at the given fractions of the width.
    // Cells wrap within their column; the row is as tall as its tallest cell.
    void row(const QStringList& cells, const QList<double>& stops, const QList<int>& alignments,
        bool shaded = false)
    {
        const double padding = QFontMetricsF(m_painter.font()).height() * 0.25;
        auto cellRect = [&](qsizetype i, double height) {
            const double from = stops.at(i) * m_width;
            const double to = (i + 1 < stops.size() ? stops.at(i + 1) : 1.0) * m_width;
            return QRectF(from + 8, m_y + padding, to - from - 16, height);
        };
        double height = QFontMetricsF(m_painter.font()).height();
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const int flags = alignments.value(i, Qt::AlignLeft) | Qt::TextWordWrap;
            height = qMax(
                height, m_painter.boundingRect(cellRect(i, 10000), flags, cells.at(i)).height());
        }
        if (shaded)
            m_painter.fillRect(
                QRectF(0, m_y, m_width, height + 2 * padding), QColor(0xf2, 0xf4, 0xf7));
        for (qsizetype i = 0; i < cells.size(); ++i)
            m_painter.drawText(cellRect(i, height),
                alignments.value(i, Qt::AlignLeft) | Qt::AlignTop | Qt::TextWordWrap, cells.at(i));
        m_y += height + 2 * padding;
    }
    // The largest size up to `points` at which every cell of a header row fits its column
    // on one line: a header is one word in some languages ("Puntualidad"), so it cannot wrap.
    double fittingSize(
        const QStringList& cells, const QList<double>& stops, double points, bool bold)
    {
        const QFont saved = m_painter.font();
        QFont font = reportFont(points, bold);
        for (; points > 6; points -= 0.5) {
            font.setPointSizeF(points);
            const QFontMetricsF metrics(font, m_painter.device());
            bool fits = true;
            for (qsizetype i = 0; i < cells.size() && fits; ++i) {
                const double from = stops.at(i) * m_width;
                const double to = (i + 1 < stops.size() ? stops.at(i + 1) : 1.0) * m_width;
                fits = metrics.horizontalAdvance(cells.at(i)) <= to - from - 16;
            }
            if (fits)
                break;
        }
        m_painter.setFont(saved);
        return points;
    }
    void rule()
    {
        m_painter.save();
        m_painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0));
        m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        m_painter.restore();
        space(0.3);
    }
    double y() const { return m_y; }
    void skipTo(double y) { m_y = y; }

private:
    QPainter& m_painter;
    double m_width;
    double m_y = 0;
};

// "November 2026", "Noviembre de 2026", "2026年11月": the language's own pattern (a
// locale's long month name alone gives "十一月 2026"), capitalized to begin a line.
QString monthTitle(const QDate& month)
{
    QString text = QLocale().toString(month,
        QCoreApplication::translate(
            "fd::Report", "MMMM yyyy", "a month and its year, as a QDate format"));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString percent(const Rational& rate)
{
    return localDecimal((rate * Rational(100)).toString(1)) + u" %"_s;
}

// A score as the language writes it, rounded as the evaluation rounds it.
QString points(const Rational& value, int decimals)
{
    return localDecimal(value.toString(decimals));
}

void summaryPage(PageWriter& page, const MonthEvaluation& month, const ScoringRules& rules)
{
    page.font(18, true, QColor(0x1c, 0x4e, 0x80));
    page.line(
        QCoreApplication::translate("fd::Report", "Monthly evaluation of the maintenance units"));
    page.font(12);
    qsizetype finals = 0;
    int reevaluations = 0;
    for (const UnitEvaluation& unit : month.units) {
        finals += unit.final ? 1 : 0;
        reevaluations += unit.reevaluationDue ? 1 : 0;
    }
    // An appeal upheld after the month was finalized changes figures a final report shows:
    // the reader is told before the table, not only in its rows (SPEC §10).
    const QString state = reevaluations > 0
        ? QCoreApplication::translate("fd::Report",
            "final, re-evaluation due for %n units after an upheld appeal", nullptr, reevaluations)
        : finals == month.units.size() && finals > 0
        ? QCoreApplication::translate("fd::Report", "final")
        : QCoreApplication::translate("fd::Report", "draft, figures may still change");
    page.line(
        QCoreApplication::translate("fd::Report", "%1 — %2").arg(monthTitle(month.month), state));
    page.space();
    const QList<double> stops = { 0, 0.075, 0.37, 0.49, 0.57, 0.65, 0.715, 0.79, 0.855 };
    const QList<int> align = { Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight,
        Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft };
    const QStringList headers = { QCoreApplication::translate("fd::Report", "Unit"),
        QCoreApplication::translate("fd::Report", "Name"),
        QCoreApplication::translate("fd::Report", "Timeliness"),
        QCoreApplication::translate("fd::Report", "Quality"),
        QCoreApplication::translate("fd::Report", "Service"),
        QCoreApplication::translate("fd::Report", "Room"),
        QCoreApplication::translate("fd::Report", "Adjust."),
        QCoreApplication::translate("fd::Report", "Total"),
        QCoreApplication::translate("fd::Report", "Result") };
    page.font(page.fittingSize(headers, stops, 8, true), true);
    page.row(headers, stops, align, true);
    int index = 0;
    for (const UnitEvaluation& unit : month.units) {
        const MonthScore& s = unit.score;
        QString result = unit.reevaluationDue
            ? QCoreApplication::translate("fd::Report", "final, re-evaluation due")
            : unit.final ? QCoreApplication::translate("fd::Report", "final")
                         : QCoreApplication::translate("fd::Report", "draft");
        if (s.strike)
            result += u", "_s + QCoreApplication::translate("fd::Report", "strike");
        // A strike is what the reader looks for: its row is red.
        page.font(9, s.strike, s.strike ? QColor(0xc0, 0x1c, 0x28) : QColor(0x22, 0x22, 0x22));
        page.row({ unit.unitCode, unit.unitName, points(s.timeliness, 2), points(s.quality, 2),
                     points(s.service, 2), s.roomMissing ? u"—"_s : points(s.room, 2),
                     points(s.adjustment, 2), points(s.total, 1), result },
            stops, align, ++index % 2 == 0);
    }
    page.space();

    // Where each unit stands under the 80-point rule after this month.
    QStringList standings;
    for (const UnitEvaluation& unit : month.units) {
        if (unit.unitStatus == UnitStatus::Terminated) {
            standings.append(
                QCoreApplication::translate("fd::Report",
                    "%1 %2: contract ended, must rectify by %3 (strikes in %4 months: %5).")
                    .arg(unit.unitCode, unit.unitName,
                        unit.rectifyBy.isValid() ? unit.rectifyBy.toString(Qt::ISODate) : u"—"_s)
                    .arg(rules.strikeWindowMonths)
                    .arg(unit.strikes));
        } else if (unit.strikes > 0) {
            standings.append(QCoreApplication::translate("fd::Report",
                "%1 %2: a warning, strikes in %3 months: %4; at %5 the contract ends.")
                                 .arg(unit.unitCode, unit.unitName)
                                 .arg(rules.strikeWindowMonths)
                                 .arg(unit.strikes)
                                 .arg(rules.strikesToTerminate));
        }
    }
    page.font(11, true);
    page.line(QCoreApplication::translate("fd::Report", "The 80-point rule"));
    page.font(9);
    if (standings.isEmpty())
        page.line(QCoreApplication::translate("fd::Report", "No unit has a strike in the window."));
    for (const QString& standing : std::as_const(standings))
        page.line(standing);
    page.space();
    page.font(9, false, QColor(0x55, 0x55, 0x55));
    page.line(QCoreApplication::translate("fd::Report",
        "Points: timeliness out of %1, maintenance quality out of %2, customer service out of %3, "
        "machine-room management out of %4 (rules version %5). A total below %6 is a strike; %7 "
        "strikes within %8 months end the contract.")
                  .arg(points(rules.timelinessWeight, 0), points(rules.qualityWeight, 0),
                      points(rules.serviceWeight, 0), points(rules.roomMaximum, 0),
                      QString::number(month.ruleVersion), points(rules.strikeBelow, 1),
                      QString::number(rules.strikesToTerminate),
                      QString::number(rules.strikeWindowMonths)));
}

// The month's appeals, this many to a page: a row wraps to three lines at most (the
// decision's reason is cut there; the CSV and XLSX reports hold it whole), so that a page
// never runs past its footer and the page count is known before the first page is drawn.
constexpr qsizetype kAppealsPerPage = 14;

QString cutAt(const QString& text, qsizetype characters)
{
    return text.size() <= characters ? text : text.left(characters - 1) + u'…';
}

// SPEC §10: "reports list a month's appeals and their status".
void appealsPage(
    PageWriter& page, const QList<Appeal>& appeals, qsizetype first, const QTimeZone& zone)
{
    page.font(14, true, QColor(0x1c, 0x4e, 0x80));
    page.line(QCoreApplication::translate("fd::Report", "Appeals against this month's counts"));
    page.font(9, false, QColor(0x55, 0x55, 0x55));
    page.line(QCoreApplication::translate("fd::Report",
        "An upheld appeal takes the item out of the count; in a finalized month the unit is "
        "then re-evaluated."));
    page.space();
    const QList<double> stops = { 0, 0.06, 0.13, 0.30, 0.52, 0.65 };
    const QList<int> align = { Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft,
        Qt::AlignLeft, Qt::AlignLeft };
    const QStringList headers = { QCoreApplication::translate("fd::Report", "No."),
        QCoreApplication::translate("fd::Report", "Unit"),
        QCoreApplication::translate("fd::Report", "Item"),
        QCoreApplication::translate("fd::Report", "Order or complaint"),
        QCoreApplication::translate("fd::Report", "Status"),
        QCoreApplication::translate("fd::Report", "Decision") };
    page.font(page.fittingSize(headers, stops, 9, true), true);
    page.row(headers, stops, align, true);
    page.font(9);
    const qsizetype last = qMin(appeals.size(), first + kAppealsPerPage);
    for (qsizetype i = first; i < last; ++i) {
        const Appeal& appeal = appeals.at(i);
        QString decision;
        if (appeal.status != AppealStatus::Open) {
            decision = QCoreApplication::translate("fd::Report", "%1, %2: %3")
                           .arg(appeal.decidedBy,
                               appeal.decidedAt.toTimeZone(zone).toString(u"yyyy-MM-dd"_s),
                               cutAt(appeal.reason, 110));
        }
        page.row({ QString::number(appeal.id), appeal.unitCode, appealItemDisplayName(appeal.item),
                     appeal.ref, appealStatusDisplayName(appeal.status), decision },
            stops, align, (i - first) % 2 == 1);
    }
}

void unitPage(PageWriter& page, QPainter& painter, double width, const UnitEvaluation& unit,
    const QList<TrendPoint>& trend, const ScoringRules& rules, const QTimeZone& zone)
{
    const QLocale locale;
    const MonthScore& s = unit.score;
    const MonthCounts& c = unit.counts;
    page.font(16, true, QColor(0x1c, 0x4e, 0x80));
    page.line(unit.unitCode + u" — "_s + unit.unitName);
    page.font(11);
    page.line(
        QCoreApplication::translate("fd::Report", "Evaluation of %1").arg(monthTitle(unit.month)));
    page.font(9, false, QColor(0x55, 0x55, 0x55));
    page.line(unit.final
            ? QCoreApplication::translate(
                "fd::Report", "Final: rules version %1, finalized %2 by %3.")
                  .arg(QString::number(unit.ruleVersion),
                      unit.finalizedAt.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s),
                      unit.finalizedBy)
            : QCoreApplication::translate(
                "fd::Report", "Draft: computed now with rules version %1; it may still change.")
                  .arg(unit.ruleVersion));
    if (unit.reevaluationDue) {
        page.font(9, true, QColor(0x9a, 0x5b, 0x00));
        page.line(QCoreApplication::translate("fd::Report",
            "Re-evaluation due: an appeal against this month was upheld after it was finalized. "
            "The figures below are the finalized ones until an administrator reopens and "
            "re-finalizes the month."));
    }
    page.space();

    const QList<double> stops = { 0, 0.30, 0.40, 0.50 };
    const QList<int> align = { Qt::AlignLeft, Qt::AlignRight, Qt::AlignHCenter, Qt::AlignLeft };
    page.font(10, true);
    page.row({ QCoreApplication::translate("fd::Report", "Category"),
                 QCoreApplication::translate("fd::Report", "Points"),
                 QCoreApplication::translate("fd::Report", "Out of"),
                 QCoreApplication::translate("fd::Report", "How it was counted") },
        stops, align, true);
    page.font(10);
    page.row({ QCoreApplication::translate("fd::Report", "Timeliness"), points(s.timeliness, 2),
                 points(rules.timelinessWeight, 0),
                 c.removalsDue == 0
                     ? QCoreApplication::translate(
                         "fd::Report", "%1 of %2 orders due this month on time (%3)")
                           .arg(locale.toString(c.ordersOnTime), locale.toString(c.ordersDue),
                               percent(s.onTimeRate))
                     : QCoreApplication::translate("fd::Report",
                         "%1 of %2 orders due this month on time (%3), removals %4 of %5")
                           .arg(locale.toString(c.ordersOnTime), locale.toString(c.ordersDue),
                               percent(s.onTimeRate), locale.toString(c.removalsOnTime),
                               locale.toString(c.removalsDue)) },
        stops, align);
    page.row({ QCoreApplication::translate("fd::Report", "Maintenance quality"),
                 points(s.quality, 2), points(rules.qualityWeight, 0),
                 QCoreApplication::translate(
                     "fd::Report", "%1 repeat faults among %2 repairs received (%3)")
                     .arg(locale.toString(c.repeats), locale.toString(c.repairs),
                         percent(s.repeatRate)) },
        stops, align, true);
    page.row({ QCoreApplication::translate("fd::Report", "Customer service"), points(s.service, 2),
                 points(rules.serviceWeight, 0),
                 QCoreApplication::translate("fd::Report",
                     "%1 of %2 answers yes in %3 callbacks; %4 complaints cost %5 points")
                     .arg(locale.toString(c.yesAnswers), locale.toString(6 * c.callbacksReached),
                         locale.toString(c.callbacksReached),
                         locale.toString(c.penalisedComplaints), points(s.penalties, 2)) },
        stops, align);
    page.row(
        { QCoreApplication::translate("fd::Report", "Machine-room management"),
            s.roomMissing ? u"—"_s : points(s.room, 2), points(rules.roomMaximum, 0),
            s.roomMissing ? QCoreApplication::translate("fd::Report", "not entered yet")
                          : QCoreApplication::translate("fd::Report", "entered after inspection")
                    + (unit.roomNote.isEmpty() ? QString() : u": "_s + unit.roomNote) },
        stops, align, true);
    page.row({ QCoreApplication::translate("fd::Report", "Adjustment"), points(s.adjustment, 2),
                 QString(), unit.adjustmentReason },
        stops, align);
    page.font(11, true, s.strike ? QColor(0xc0, 0x1c, 0x28) : QColor(0x1b, 0x6e, 0x3a));
    page.row({ QCoreApplication::translate("fd::Report", "Total"), points(s.total, 1), u"100"_s,
                 s.strike ? QCoreApplication::translate("fd::Report", "below %1: a strike")
                                .arg(points(rules.strikeBelow, 1))
                          : QCoreApplication::translate("fd::Report", "%1 or more: no strike")
                                .arg(points(rules.strikeBelow, 1)) },
        stops, align, true);
    page.space(1.0);

    page.font(11, true);
    page.line(QCoreApplication::translate("fd::Report", "Total over the last %1 months (finalized)")
                  .arg(rules.strikeWindowMonths));
    page.font(8);
    const double chartHeight = width * 0.36;
    paintTrend(painter, QRectF(0, page.y() + 10, width, chartHeight), trend,
        rules.strikeBelow.toDouble(), unit.month, rules.strikeWindowMonths);
    page.skipTo(page.y() + chartHeight + 30);
    page.space(0.5);

    page.font(11, true);
    page.line(QCoreApplication::translate("fd::Report", "The 80-point rule"));
    page.font(10);
    page.line(QCoreApplication::translate("fd::Report",
        "When a month is finalized, the strikes of the unit among its finalized months in the %1 "
        "months "
        "ending with it are counted, leaving out months that ended before its last reinstatement. "
        "At %2 "
        "strikes the contract ends and the unit must rectify and pass a retraining assessment.")
                  .arg(QString::number(rules.strikeWindowMonths),
                      QString::number(rules.strikesToTerminate)));
    page.space(0.4);
    page.font(10, true);
    QString standing
        = QCoreApplication::translate("fd::Report", "Strikes in the window: %1. Status: %2.")
              .arg(QString::number(unit.strikes), unitStatusDisplayName(unit.unitStatus));
    if (unit.rectifyBy.isValid())
        standing += u' '
            + QCoreApplication::translate("fd::Report", "Must rectify by %1.")
                  .arg(locale.toString(unit.rectifyBy, QLocale::LongFormat));
    page.line(standing);
}

} // namespace

Status exportEvaluationPdf(const Session& session, const QDate& month, const OutputTarget& target)
{
    EvaluationService evaluations(session);
    Result<MonthEvaluation> evaluation = evaluations.evaluate(month);
    if (!evaluation.ok())
        return Error(evaluation.error());
    FD_TRY_ASSIGN(RuleSet rules, RuleService(session).current());
    const ScoringRules scoring = ScoringRules::fromRuleSet(rules);

    FD_TRY_ASSIGN(QString audit, reportAuditHead(session));
    const QString by = reportPrintedBy(session);
    const QString at = reportPrintedAt(session);
    FD_TRY_ASSIGN(const QList<Appeal> appeals, AppealService(session).list(month));
    const qsizetype appealPages = (appeals.size() + kAppealsPerPage - 1) / kAppealsPerPage;
    const int pages = int(1 + appealPages + evaluation.value().units.size());
    QByteArray pdf;
    {
        QBuffer file(&pdf);
        file.open(QIODevice::WriteOnly);
        QPdfWriter writer(&file);
        writer.setTitle(QCoreApplication::translate("fd::Report", "Monthly evaluation %1")
                            .arg(EvaluationService::monthKey(month)));
        writer.setCreator(u"FiberDesk"_s);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        QPainter painter(&writer);
        painter.setFont(reportFont(10));
        const double width = writer.width();
        int number = 1;
        {
            PageWriter page(painter, width);
            summaryPage(page, evaluation.value(), scoring);
            paintFooter(
                painter, width, writer.height(), reportFooter(number, pages, by, at, audit));
        }
        for (qsizetype first = 0; first < appeals.size(); first += kAppealsPerPage) {
            writer.newPage();
            ++number;
            PageWriter page(painter, width);
            appealsPage(page, appeals, first, session.zone());
            paintFooter(
                painter, width, writer.height(), reportFooter(number, pages, by, at, audit));
        }
        for (const UnitEvaluation& unit : evaluation.value().units) {
            writer.newPage();
            ++number;
            FD_TRY_ASSIGN(
                QList<UnitEvaluation> history, evaluations.finalizedMonths(unit.unitCode));
            QList<TrendPoint> trend;
            for (const UnitEvaluation& finalized : history) {
                if (finalized.month <= month
                    && finalized.month > month.addMonths(-scoring.strikeWindowMonths))
                    trend.prepend({ finalized.month, finalized.score.total.toDouble(),
                        finalized.score.strike });
            }
            PageWriter page(painter, width);
            unitPage(page, painter, width, unit, trend, scoring, session.zone());
            paintFooter(
                painter, width, writer.height(), reportFooter(number, pages, by, at, audit));
        }
    }
    fixPdfToUnicode(pdf);
    return OutputFile::write(target, pdf);
}

} // namespace fd
