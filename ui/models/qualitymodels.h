#pragma once

#include "services/qualityservice.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace fd {

// SPEC §17, the month's callback agents, one row each: their reached, sampled and scored
// calls, the average monitor score, the yes-rate overall and per question (against the
// other agents' on the same units: the agent effect), satisfaction, flagged questions and
// thanks letters. A flagged agent's row is red, and so is each question it is flagged on;
// every cell explains itself in a tooltip (the z-test's figures on the question columns).
class QualityAgentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualityAgentModel)

public:
    enum Column
    {
        Agent,
        Reached,
        Scored, // "scored of drawn"
        MonitorAverage,
        YesRate,
        FirstQuestion, // one column per question, in the SPEC's order
        Satisfaction = FirstQuestion + kCallbackQuestionCount,
        Commendations,
        Flagged,
        ColumnCount
    };

    explicit QualityAgentModel(QObject* parent = nullptr);

    void setReport(const QualityReport& report);
    const QualityReport& report() const { return m_report; }
    const AgentQuality& agent(int row) const { return m_report.agents.at(row); }
    int rowOfAgent(const QString& agent) const; // −1 when not listed
    // The agent effect of `row` on `question` (none when the report has no such row).
    std::optional<AgentQuestionEffect> effect(int row, CallbackQuestion question) const;
    static CallbackQuestion questionOfColumn(int column)
    {
        return CallbackQuestion(column - FirstQuestion);
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "z −4.2" in the language's decimal form.
    static QString formatZ(double z);
    // Why `effect` is flagged or not, in a sentence.
    static QString effectExplanation(const AgentQuestionEffect& effect);

private:
    QVariant display(const AgentQuality& agent, int row, int column) const;
    QVariant sortValue(const AgentQuality& agent, int row, int column) const;
    QVariant toolTip(const AgentQuality& agent, int row, int column) const;
    bool isFlaggedCell(const AgentQuality& agent, int column) const;

    QualityReport m_report;
};

// The supervisors of the month's calibration: calls scored and the mean absolute deviation
// from the means of the calls others scored too.
class QualitySupervisorModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualitySupervisorModel)

public:
    enum Column
    {
        Supervisor,
        Scored,
        Deviation,
        ColumnCount
    };

    explicit QualitySupervisorModel(QObject* parent = nullptr);

    void setSupervisors(const QList<SupervisorQuality>& supervisors);
    const SupervisorQuality& supervisor(int row) const { return m_supervisors.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SupervisorQuality> m_supervisors;
};

// The calls drawn for monitoring in a month (SPEC §17), by agent, then draw, with who has
// scored each; the scoring form picks one of them.
class QualitySampleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualitySampleModel)

public:
    enum Column
    {
        Agent,
        Order,
        Unit,
        Reached,
        ScoredBy,
        ColumnCount
    };

    explicit QualitySampleModel(const QTimeZone& zone, QObject* parent = nullptr);

    void setCalls(const QList<SampledCall>& calls);
    const QList<SampledCall>& calls() const { return m_calls; }
    const SampledCall& call(int row) const { return m_calls.at(row); }
    int rowOfOrder(const QString& orderNumber) const; // −1 when not drawn

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QTimeZone m_zone;
    QList<SampledCall> m_calls;
};

// The evaluation page's drill-down (SPEC §17): a unit's callbacks made by agents flagged that
// month, one row per call and question the agent is flagged on, with the answer given.
class FlaggedCallModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlaggedCallModel)

public:
    enum Column
    {
        Order,
        Agent,
        Question,
        Answer,
        Reached,
        ColumnCount
    };
    struct Row
    {
        MonitoredCall call;
        CallbackQuestion question = CallbackQuestion::OnTime;
    };

    explicit FlaggedCallModel(const QTimeZone& zone, QObject* parent = nullptr);

    // `calls` with, for each agent, the questions it is flagged on.
    void setCalls(const QList<MonitoredCall>& calls,
        const QHash<QString, QList<CallbackQuestion>>& flaggedQuestions);
    const Row& row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QTimeZone m_zone;
    QList<Row> m_rows;
};

} // namespace fd
