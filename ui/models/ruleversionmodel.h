#pragma once

#include "domain/ruleversion.h"
#include "rules/ruleset.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace fd {

// The Settings page's list of rule versions, newest first; the version in force in bold.
class RuleVersionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleVersionModel)

public:
    enum Column
    {
        Version,
        SavedAt,
        SavedBy,
        Note,
        ColumnCount
    };

    explicit RuleVersionModel(QObject* parent = nullptr);

    // `zone`: the operator's, in which the save times are shown.
    void setVersions(QList<RuleVersionInfo> versions, int current, const QTimeZone& zone);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RuleVersionInfo> m_versions;
    int m_current = 0;
    QTimeZone m_zone;
};

} // namespace fd
