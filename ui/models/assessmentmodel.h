#pragma once

#include "domain/organisation.h"
#include "models/recordtablemodel.h"

namespace fd {

struct OrganisationData;

// The Assessments tab: qualification and retraining assessments, newest first by default.
class AssessmentModel final : public RecordTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentModel)

public:
    enum Column
    {
        Date,
        Unit,
        Kind,
        Score,
        Passed,
        Assessor,
        Notes,
        ColumnCount
    };

    explicit AssessmentModel(QObject* parent = nullptr);

    void load(const OrganisationData& data);
    const Assessment& assessment(int row) const { return m_rows.at(row).assessment; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString rowKey(int row) const override;

private:
    struct Row
    {
        Assessment assessment;
        QString unitLabel;
    };

    QVariant display(const Row& row, Column column) const;

    QList<Row> m_rows;
};

} // namespace fd
