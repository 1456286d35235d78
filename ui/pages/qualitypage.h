#pragma once

#include "common/session.h"
#include "pages/page.h"
#include "services/qualityservice.h"

#include <QDate>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;
class QValueAxis;
class QVBoxLayout;

namespace fd {

class ColumnFitter;
class QualityAgentModel;
class QualitySupervisorModel;
class RecordFilterProxy;

// SPEC §17 at a glance, for the callback supervisors (and the evaluators who judge what the
// answers are worth): the month's agents — calls reached, sampled and scored, the monitor
// score, the yes-rate overall and per question, satisfaction, thanks letters — with the agents
// whose customers answer markedly differently from the other agents' on the same units flagged
// in red (the z-test's figures in the tooltips); the supervisors' calibration (calls scored
// by several, their spread, each supervisor's deviation); how the monitor scores agree with
// what customers say; and six months of the team's monitor score and yes-rate. A supervisor
// scores the month's sampled calls from here (QualityScoreDialog); the month's figures export
// as PDF, Excel workbook or CSV.
class QualityPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualityPage)

public:
    explicit QualityPage(const Session& session, QWidget* parent = nullptr);

    void refresh() override;

    QDate month() const { return m_month; }
    void setMonth(const QDate& month);
    // The last month that has ended in the operator's zone.
    QDate defaultMonth() const;
    static constexpr int kTrendMonths = 6;

    // Opens the scoring form on the month's sample; the page reads the figures again when a
    // score was saved.
    void openScoreForm();
    void exportReport();

    QualityAgentModel* agentModel() const { return m_agents; }
    QTableView* agentView() const { return m_agentView; }
    QualitySupervisorModel* supervisorModel() const { return m_supervisors; }
    QTableView* supervisorView() const { return m_supervisorView; }
    QComboBox* monthCombo() const { return m_monthCombo; }
    QPushButton* scoreButton() const { return m_score; }
    QPushButton* exportButton() const { return m_export; }
    QChartView* trendView() const { return m_trendView; }
    QLineSeries* monitorSeries() const { return m_monitorSeries; }
    QLineSeries* yesSeries() const { return m_yesSeries; }
    QString summary() const;
    QString notices() const;
    QString emptyText() const; // why the agents' table is empty, or ""
    QString calibrationText() const;
    QString correlationText() const;
    QString trendText() const; // why the chart is empty, or ""
    QString loadError() const { return m_loadError; }

private:
    void buildControls(QVBoxLayout* layout);
    void fillMonths();
    void showReport(const QualityReport& report);
    void showCalibration(const QualityReport& report);
    void showCorrelation(const QualityReport& report);
    void showTrend();
    void showError(const QString& message);

    const Session& m_session;
    QDate m_month;
    QString m_loadError;

    QComboBox* m_monthCombo = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QPushButton* m_score = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_notices = nullptr;
    QLabel* m_legend = nullptr;
    QLabel* m_empty = nullptr;
    QualityAgentModel* m_agents = nullptr;
    RecordFilterProxy* m_agentProxy = nullptr;
    QTableView* m_agentView = nullptr;
    ColumnFitter* m_agentFitter = nullptr;
    QLabel* m_calibration = nullptr;
    QualitySupervisorModel* m_supervisors = nullptr;
    QTableView* m_supervisorView = nullptr;
    QLabel* m_correlation = nullptr;
    QGroupBox* m_trendBox = nullptr;
    QLabel* m_trendEmpty = nullptr;
    QChartView* m_trendView = nullptr;
    QChart* m_chart = nullptr;
    QLineSeries* m_monitorSeries = nullptr;
    QLineSeries* m_yesSeries = nullptr;
    QBarCategoryAxis* m_monthAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace fd
