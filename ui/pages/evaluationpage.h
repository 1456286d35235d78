#pragma once

#include "common/session.h"
#include "files/outputfile.h"
#include "models/indicatormodel.h"
#include "pages/page.h"
#include "rules/scoring.h"
#include "services/evaluationservice.h"
#include "services/indicatorservice.h"
#include "widgets/reportsave.h"

#include <QDate>
#include <QHash>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace fd {

class ColumnFitter;
class EvaluationModel;
class RecordFilterProxy;
class UnitEvaluationPanel;

// SPEC §7–§8: a month's evaluation of every unit at a glance — the table of scores with
// strikes in red and warnings in amber, and for the chosen unit its breakdown, trend and
// indicators — with what an evaluator does with it: enter machine-room scores and
// adjustments, finalize the month, open the evidence of a figure, look at a unit's
// standing, export the month as CSV or as the PDF sent to the units. An admin can reopen a
// unit's final month. Buttons follow the role; the services refuse anyway.
class EvaluationPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationPage)

public:
    explicit EvaluationPage(const Session& session, QWidget* parent = nullptr);

    void refresh() override;

    QDate month() const { return m_month; }
    void setMonth(const QDate& month);
    // The last month that has ended in the operator's zone: what an evaluator works on.
    QDate defaultMonth() const;
    bool selectUnit(const QString& unitCode);
    // The chosen unit's row in the model, −1 when none.
    int selectedRow() const;
    const UnitEvaluation* selectedUnit() const;

    // Each action as its button does it, dialogs included.
    void enterRoomScore();
    void adjustScore();
    void finalizeMonth();
    void reopenSelected();
    void openEvidence(const EvidenceRequest& request);
    void showStatusHistory();
    // SPEC §17: the chosen unit's callbacks made by agents flagged that month.
    void openFlaggedCalls();
    void exportCsv();
    void exportPdf();
    // The exports without the file dialog, off the GUI thread all the same.
    Status exportCsvTo(const QString& path);
    Status exportPdfTo(const QString& path);

    EvaluationModel* model() const { return m_model; }
    RecordFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    UnitEvaluationPanel* panel() const { return m_panel; }
    QComboBox* monthCombo() const { return m_monthCombo; }
    QPushButton* roomButton() const { return m_room; }
    QPushButton* adjustmentButton() const { return m_adjust; }
    QPushButton* finalizeButton() const { return m_finalize; }
    QPushButton* reopenButton() const { return m_reopen; }
    QPushButton* evidenceButton() const { return m_evidence; }
    QPushButton* historyButton() const { return m_history; }
    QPushButton* flaggedButton() const { return m_flagged; }
    QPushButton* kpiButton() const { return m_kpi; }
    QString flaggedText() const; // the line beside the button, "" when hidden
    // How many of the chosen unit's callbacks of the month agents flagged that month made
    // (SPEC §17); none when the role does not see the callback quality or it cannot be read.
    std::optional<qint64> flaggedCallCount() const;
    QString summary() const;
    QString notices() const;
    QString loadError() const { return m_loadError; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // Writes the month's report (CSV or PDF) to a path on a session of its own.
    using ReportWriter
        = Status (*)(const Session& session, const QDate& month, const OutputTarget& target);
    Status writeReport(const QString& path, ReportWriter write);
    // The one save-dialog step (widgets/reportsave.h) for the month's evaluation or
    // indicators, `preferred` the file type first offered.
    void saveMonthReport(ReportKind kind, FileFormat preferred);

    void fitTableHeight();
    void buildControls(QVBoxLayout* layout);
    void fillMonths();
    void showSelected();
    void updateButtons();
    void updateSummary();
    void loadFlaggedCounts();
    void showFlaggedCount();
    void onTableDoubleClicked(const QModelIndex& index);
    void changed(const QString& message);

    const Session& m_session;
    QDate m_month;
    ScoringRules m_rules;
    MonthIndicators m_indicators;
    QString m_loadError;
    QString m_selectedCode;
    // What the service said when this page last finalized a month, by month.
    QHash<QDate, QStringList> m_finalizeWarnings;
    // The month's callbacks by flagged agents, by unit, and the agents flagged (SPEC §17).
    QHash<QString, qint64> m_flaggedCounts;
    QStringList m_flaggedAgents;
    QString m_flaggedError;

    QComboBox* m_monthCombo = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QPushButton* m_recompute = nullptr;
    QPushButton* m_finalize = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QPushButton* m_exportIndicators = nullptr;
    QPushButton* m_kpi = nullptr; // SPEC §12
    QLabel* m_summary = nullptr;
    QLabel* m_notices = nullptr;
    QLabel* m_legend = nullptr;
    EvaluationModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_unitHeading = nullptr;
    QPushButton* m_room = nullptr;
    QPushButton* m_adjust = nullptr;
    QPushButton* m_evidence = nullptr;
    QPushButton* m_history = nullptr;
    QPushButton* m_reopen = nullptr;
    QWidget* m_flaggedRow = nullptr;
    QLabel* m_flaggedLabel = nullptr;
    QPushButton* m_flagged = nullptr;
    UnitEvaluationPanel* m_panel = nullptr;
    QSplitter* m_splitter = nullptr;
    ColumnFitter* m_fitter = nullptr;
    bool m_userSizedSplitter = false;
    // Long work runs with the event loop turning: a second click must not start it again.
    bool m_busy = false;
};

} // namespace fd
