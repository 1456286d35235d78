#include "qualitymodels.h"

#include "models/cellformat.h"
#include "models/itemroles.h"
#include "models/scoreformat.h"

#include <QFont>
#include <QLocale>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QString optionalPoints(const std::optional<Rational>& value)
{
    return value ? formatPoints(*value, 1) : u"—"_s;
}

QString optionalPercent(const std::optional<Rational>& value)
{
    return value ? formatRate(*value / Rational(100)) : u"—"_s;
}

QVariant optionalNumber(const std::optional<Rational>& value)
{
    return value ? QVariant(value->toDouble()) : QVariant(-1.0);
}

} // namespace

// ---- Agents ------------------------------------------------------------------------------

QualityAgentModel::QualityAgentModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void QualityAgentModel::setReport(const QualityReport& report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int QualityAgentModel::rowOfAgent(const QString& agent) const
{
    for (int row = 0; row < m_report.agents.size(); ++row) {
        if (m_report.agents.at(row).agent == agent)
            return row;
    }
    return -1;
}

std::optional<AgentQuestionEffect> QualityAgentModel::effect(
    int row, CallbackQuestion question) const
{
    const QString& agent = m_report.agents.at(row).agent;
    for (const AgentQuestionEffect& effect : m_report.effects) {
        if (effect.agent == agent && effect.question == question)
            return effect;
    }
    return std::nullopt;
}

int QualityAgentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.agents.size());
}

int QualityAgentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QualityAgentModel::formatZ(double z)
{
    return tr("z %1").arg(QLocale().toString(z, 'f', 1));
}

QString QualityAgentModel::effectExplanation(const AgentQuestionEffect& effect)
{
    if (effect.othersCalls == 0)
        return tr("No other agent reached a customer of the same units, so there is nothing "
                  "to compare with: not tested.");
    if (!effect.z)
        return tr("Every answer on both sides is the same, so there is no difference to test: "
                  "not flagged.");
    const QString z = QLocale().toString(*effect.z, 'f', 2);
    if (effect.flagged)
        return tr("z = %1: flagged. The difference is at least 3 standard errors with %2 or "
                  "more calls on each side, far more than chance gives: listen to this agent's "
                  "calls on this question.")
            .arg(z)
            .arg(kAgentEffectMinimumCalls);
    if (std::abs(*effect.z) >= kAgentEffectZ)
        return tr("z = %1, but with fewer than %2 calls on one side that is too little to judge: "
                  "not flagged.")
            .arg(z)
            .arg(kAgentEffectMinimumCalls);
    return tr("z = %1: not flagged; a difference under 3 standard errors can be chance.").arg(z);
}

bool QualityAgentModel::isFlaggedCell(const AgentQuality& agent, int column) const
{
    if (agent.flagged.isEmpty())
        return false;
    if (column == Agent || column == Flagged)
        return true;
    if (column >= FirstQuestion && column < FirstQuestion + kCallbackQuestionCount)
        return agent.flagged.contains(questionOfColumn(column));
    return false;
}

QVariant QualityAgentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const AgentQuality& agent = m_report.agents.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(agent, row, column);
    case SortRole:
        return sortValue(agent, row, column);
    case FilterRole:
        return column == Agent || column == Flagged ? display(agent, row, column) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Agent || column == Flagged ? QVariant() : numberAlignment();
    case Qt::ForegroundRole:
        return isFlaggedCell(agent, column) ? warningForeground() : QVariant();
    case Qt::BackgroundRole:
        return isFlaggedCell(agent, column) && column != Agent && column != Flagged
            ? warningBackground()
            : QVariant();
    case Qt::FontRole:
        if (isFlaggedCell(agent, column)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(agent, row, column);
    default:
        return {};
    }
}

QVariant QualityAgentModel::display(const AgentQuality& agent, int row, int column) const
{
    if (column >= FirstQuestion && column < FirstQuestion + kCallbackQuestionCount) {
        const std::optional<AgentQuestionEffect> found = effect(row, questionOfColumn(column));
        if (!found || found->agentCalls == 0)
            return u"—"_s;
        return formatRate(Rational(found->agentYes, found->agentCalls));
    }
    switch (column) {
    case Agent:
        return agent.agent;
    case Reached:
        return formatCount(agent.reached);
    case Scored:
        return tr("%1 of %2").arg(formatCount(agent.scored), formatCount(agent.sampled));
    case MonitorAverage:
        return optionalPoints(agent.monitorAverage);
    case YesRate:
        return optionalPercent(agent.yesRate);
    case Satisfaction:
        return optionalPoints(agent.satisfactionAverage);
    case Commendations:
        return formatCount(agent.commendations);
    case Flagged: {
        QStringList questions;
        for (CallbackQuestion question : agent.flagged) {
            const std::optional<AgentQuestionEffect> found = effect(row, question);
            questions.append(found && found->z
                    ? tr("%1 (%2)").arg(callbackQuestionShortName(question), formatZ(*found->z))
                    : callbackQuestionShortName(question));
        }
        return questions.join(u", "_s);
    }
    default:
        return {};
    }
}

QVariant QualityAgentModel::sortValue(const AgentQuality& agent, int row, int column) const
{
    if (column >= FirstQuestion && column < FirstQuestion + kCallbackQuestionCount) {
        const std::optional<AgentQuestionEffect> found = effect(row, questionOfColumn(column));
        return found && found->agentCalls > 0 ? double(found->agentYes) / found->agentCalls : -1.0;
    }
    switch (column) {
    case Reached:
        return agent.reached;
    case Scored:
        return agent.scored;
    case MonitorAverage:
        return optionalNumber(agent.monitorAverage);
    case YesRate:
        return optionalNumber(agent.yesRate);
    case Satisfaction:
        return optionalNumber(agent.satisfactionAverage);
    case Commendations:
        return agent.commendations;
    case Flagged:
        return int(agent.flagged.size());
    default:
        return display(agent, row, column);
    }
}

QVariant QualityAgentModel::toolTip(const AgentQuality& agent, int row, int column) const
{
    if (column >= FirstQuestion && column < FirstQuestion + kCallbackQuestionCount) {
        const CallbackQuestion question = questionOfColumn(column);
        const std::optional<AgentQuestionEffect> found = effect(row, question);
        if (!found)
            return {};
        const auto rate = [](int yes, int calls) {
            return calls > 0 ? formatRate(Rational(yes, calls)) : u"—"_s;
        };
        return tr("%1 on “%2”: %3 yes of %4 calls (%5).\nThe other agents, on calls about the "
                  "same units: %6 yes of %7 (%8).\n%9")
            .arg(agent.agent, callbackQuestionText(question), formatCount(found->agentYes),
                formatCount(found->agentCalls), rate(found->agentYes, found->agentCalls),
                formatCount(found->othersYes), formatCount(found->othersCalls),
                rate(found->othersYes, found->othersCalls), effectExplanation(*found));
    }
    switch (column) {
    case MonitorAverage:
        return agent.monitorAverage
            ? tr("Average of the scored calls (%1), out of 100.").arg(formatCount(agent.scored))
            : tr("No call of %1's sample has been scored yet.").arg(agent.agent);
    case Flagged:
    case Agent:
        if (agent.flagged.isEmpty())
            return tr("%1 is flagged on no question: the answers to %1's calls are in line with "
                      "the other agents' on the same units.")
                .arg(agent.agent);
        return tr("%1's customers answer some questions markedly differently from the other "
                  "agents' customers of the same units (|z| ≥ 3): the calls may lead customers "
                  "towards an answer. Listen to them; hover over a red question for the "
                  "figures.")
            .arg(agent.agent);
    default:
        return {};
    }
}

QVariant QualityAgentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section >= FirstQuestion && section < FirstQuestion + kCallbackQuestionCount) {
        const CallbackQuestion question = questionOfColumn(section);
        if (role == Qt::DisplayRole)
            return tr("%1 yes").arg(callbackQuestionShortName(question));
        if (role == Qt::ToolTipRole)
            return tr("Share of “yes” answers to “%1”. Red: the agent is flagged on it, its "
                      "yes-rate differs from the other agents' on the same units by |z| ≥ 3 "
                      "(a two-proportion z-test) with at least %2 calls on each side.")
                .arg(callbackQuestionText(question))
                .arg(kAgentEffectMinimumCalls);
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Agent:
            return tr("Agent");
        case Reached:
            return tr("Reached");
        case Scored:
            return tr("Scored");
        case MonitorAverage:
            return tr("Monitor score");
        case YesRate:
            return tr("Yes, all questions");
        case Satisfaction:
            return tr("Satisfaction");
        case Commendations:
            return tr("Thanks letters");
        case Flagged:
            return tr("Flagged questions");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Agent:
            return tr("The callback agent who reached the customer");
        case Reached:
            return tr("Calls of the month that reached the customer");
        case Scored:
            return tr("Calls a supervisor has scored, of those drawn at random (the same draw "
                      "every time) from the agent's reached calls for monitoring");
        case MonitorAverage:
            return tr("Average monitor score of the scored calls, out of 100; a call scored by "
                      "several supervisors counts with their mean");
        case YesRate:
            return tr("Share of “yes” answers over all six questions");
        case Satisfaction:
            return tr("Average satisfaction the customers gave, 0 to 10");
        case Commendations:
            return tr("Thanks letters (commendations) customers gave on these calls");
        case Flagged:
            return tr("Questions on which the agent's customers answer markedly differently "
                      "from the other agents' customers of the same units (|z| ≥ 3 with at "
                      "least %1 calls on each side): the calls may lead customers towards an "
                      "answer")
                .arg(kAgentEffectMinimumCalls);
        default:
            return {};
        }
    }
    return {};
}

// ---- Supervisors ---------------------------------------------------------------------------

QualitySupervisorModel::QualitySupervisorModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void QualitySupervisorModel::setSupervisors(const QList<SupervisorQuality>& supervisors)
{
    beginResetModel();
    m_supervisors = supervisors;
    endResetModel();
}

int QualitySupervisorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_supervisors.size());
}

int QualitySupervisorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QualitySupervisorModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SupervisorQuality& supervisor = m_supervisors.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Supervisor:
            return supervisor.supervisor;
        case Scored:
            return formatCount(supervisor.scored);
        case Deviation:
            return optionalPoints(supervisor.deviation);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Scored:
            return supervisor.scored;
        case Deviation:
            return optionalNumber(supervisor.deviation);
        default:
            return supervisor.supervisor;
        }
    case FilterRole:
        return index.column() == Supervisor ? QVariant(supervisor.supervisor) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Supervisor ? QVariant() : numberAlignment();
    case Qt::ToolTipRole:
        if (index.column() == Deviation && !supervisor.deviation)
            return tr("No call %1 scored was scored by another supervisor too.")
                .arg(supervisor.supervisor);
        return {};
    default:
        return {};
    }
}

QVariant QualitySupervisorModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Supervisor:
            return tr("Supervisor");
        case Scored:
            return tr("Calls scored");
        case Deviation:
            return tr("Deviation from the others");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == Deviation)
        return tr("On the calls other supervisors scored too: how far this supervisor's score "
                  "is from the call's mean, on average, in points. Large: this supervisor "
                  "scores differently from the others.");
    return {};
}

// ---- The sample ----------------------------------------------------------------------------

QualitySampleModel::QualitySampleModel(const QTimeZone& zone, QObject* parent)
    : QAbstractTableModel(parent)
    , m_zone(zone)
{ }

void QualitySampleModel::setCalls(const QList<SampledCall>& calls)
{
    beginResetModel();
    m_calls = calls;
    endResetModel();
}

int QualitySampleModel::rowOfOrder(const QString& orderNumber) const
{
    for (int row = 0; row < m_calls.size(); ++row) {
        if (m_calls.at(row).call.orderNumber == orderNumber)
            return row;
    }
    return -1;
}

int QualitySampleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int QualitySampleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QualitySampleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SampledCall& sampled = m_calls.at(index.row());
    const auto text = [&]() -> QString {
        switch (index.column()) {
        case Agent:
            return sampled.call.agent;
        case Order:
            return sampled.call.orderNumber;
        case Unit:
            return sampled.call.unitCode;
        case Reached:
            return formatDate(sampled.call.concludedAt.toTimeZone(m_zone).date());
        case ScoredBy:
            return sampled.scoredBy.isEmpty() ? tr("nobody yet") : sampled.scoredBy.join(u", "_s);
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        return text();
    case SortRole:
        if (index.column() == Reached)
            return sampled.call.concludedAt;
        if (index.column() == ScoredBy)
            return int(sampled.scoredBy.size());
        return text();
    case FilterRole:
        return index.column() == Reached ? QVariant() : QVariant(text());
    case Qt::ForegroundRole:
        return index.column() == ScoredBy && sampled.scoredBy.isEmpty() ? inactiveForeground()
                                                                        : QVariant();
    case Qt::ToolTipRole:
        return index.column() == ScoredBy ? QVariant(text()) : QVariant();
    default:
        return {};
    }
}

QVariant QualitySampleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Agent:
        return tr("Agent");
    case Order:
        return tr("Order");
    case Unit:
        return tr("Unit");
    case Reached:
        return tr("Reached");
    case ScoredBy:
        return tr("Scored by");
    default:
        return {};
    }
}

// ---- Calls by flagged agents ---------------------------------------------------------------

FlaggedCallModel::FlaggedCallModel(const QTimeZone& zone, QObject* parent)
    : QAbstractTableModel(parent)
    , m_zone(zone)
{ }

void FlaggedCallModel::setCalls(const QList<MonitoredCall>& calls,
    const QHash<QString, QList<CallbackQuestion>>& flaggedQuestions)
{
    beginResetModel();
    m_rows.clear();
    for (const MonitoredCall& call : calls) {
        for (CallbackQuestion question : flaggedQuestions.value(call.agent))
            m_rows.append({ call, question });
    }
    endResetModel();
}

int FlaggedCallModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlaggedCallModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlaggedCallModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const bool yes = row.call.answers.yes.at(int(row.question));
    const auto text = [&]() -> QString {
        switch (index.column()) {
        case Order:
            return row.call.orderNumber;
        case Agent:
            return row.call.agent;
        case Question:
            return callbackQuestionShortName(row.question);
        case Answer:
            return yesNo(yes);
        case Reached:
            return formatDateTime(row.call.concludedAt, m_zone);
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        return text();
    case SortRole:
        if (index.column() == Reached)
            return row.call.concludedAt;
        if (index.column() == Question)
            return int(row.question);
        return text();
    case FilterRole:
        return index.column() == Reached ? QVariant() : QVariant(text());
    case Qt::ToolTipRole:
        return index.column() == Question ? QVariant(callbackQuestionText(row.question))
                                          : QVariant();
    default:
        return {};
    }
}

QVariant FlaggedCallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Order:
        return tr("Order");
    case Agent:
        return tr("Agent");
    case Question:
        return tr("Question");
    case Answer:
        return tr("Answer");
    case Reached:
        return tr("Reached");
    default:
        return {};
    }
}

} // namespace fd
