#include "assessmentmodel.h"

#include "models/cellformat.h"
#include "models/itemroles.h"
#include "models/organisationdata.h"

#include <QFont>

namespace fd {

AssessmentModel::AssessmentModel(QObject* parent)
    : RecordTableModel(parent)
{ }

void AssessmentModel::load(const OrganisationData& data)
{
    QList<Row> rows;
    rows.reserve(data.assessments.size());
    for (const Assessment& assessment : data.assessments)
        rows.append(Row { assessment, data.unitLabel(assessment.unitCode) });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AssessmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssessmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        if (column == Date)
            return row.assessment.date;
        if (column == Score)
            return row.assessment.score;
        if (column == Passed)
            return row.assessment.passed;
        return display(row, column);
    case FilterRole:
        return column == Date || column == Score || column == Passed ? QVariant()
                                                                     : display(row, column);
    case Qt::TextAlignmentRole:
        if (column == Score)
            return numberAlignment();
        return column == Passed ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case Qt::ForegroundRole:
        return column == Passed && !row.assessment.passed ? warningForeground() : QVariant();
    case Qt::ToolTipRole:
        return column == Notes && !row.assessment.notes.isEmpty() ? QVariant(row.assessment.notes)
                                                                  : QVariant();
    default:
        return {};
    }
}

QVariant AssessmentModel::display(const Row& row, Column column) const
{
    switch (column) {
    case Date:
        return formatDate(row.assessment.date);
    case Unit:
        return row.unitLabel;
    case Kind:
        return assessmentKindDisplayName(row.assessment.kind);
    case Score:
        return formatScore(row.assessment.score);
    case Passed:
        return yesNo(row.assessment.passed);
    case Assessor:
        return row.assessment.assessor;
    case Notes:
        return row.assessment.notes;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AssessmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole) {
        if (section == Score)
            return numberAlignment();
        return section == Passed ? QVariant(int(Qt::AlignCenter)) : QVariant();
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Unit:
        return tr("Unit");
    case Kind:
        return tr("Kind");
    case Score:
        return tr("Score");
    case Passed:
        return tr("Passed");
    case Assessor:
        return tr("Assessor");
    case Notes:
        return tr("Notes");
    case ColumnCount:
        break;
    }
    return {};
}

QString AssessmentModel::rowKey(int row) const
{
    return QString::number(m_rows.at(row).assessment.id);
}

} // namespace fd
