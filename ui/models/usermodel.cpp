#include "usermodel.h"

#include "models/cellformat.h"

#include <QBrush>

namespace fd {

UserModel::UserModel(QTimeZone zone, QObject* parent)
    : QAbstractTableModel(parent)
    , m_zone(std::move(zone))
{ }

void UserModel::setUsers(QList<User> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

int UserModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).name == name)
            return row;
    }
    return -1;
}

int UserModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const User& user = m_users.at(index.row());
    if (role == Qt::ForegroundRole && !user.active)
        return inactiveForeground();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return user.name;
    case DisplayName:
        return user.displayName;
    case Role:
        return user.unitCode.isEmpty()
            ? roleDisplayName(user.role)
            : tr("%1 of %2").arg(roleDisplayName(user.role), user.unitCode);
    case Active:
        return yesNo(user.active);
    case Created:
        return formatDateTime(user.createdAt, m_zone);
    case PasswordChanged:
        return formatDateTime(user.passwordChangedAt, m_zone);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("User name");
    case DisplayName:
        return tr("Full name");
    case Role:
        return tr("Role");
    case Active:
        return tr("May sign in");
    case Created:
        return tr("Created");
    case PasswordChanged:
        return tr("Password changed");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fd
