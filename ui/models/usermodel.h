#pragma once

#include "domain/user.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace fd {

// The users who may sign in (issue 6), for the Users page.
class UserModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserModel)

public:
    enum Column
    {
        Name,
        DisplayName,
        Role,
        Active,
        Created,
        PasswordChanged,
        ColumnCount
    };

    explicit UserModel(QTimeZone zone, QObject* parent = nullptr);

    void setUsers(QList<User> users);
    const User& user(int row) const { return m_users.at(row); }
    int rowOf(const QString& name) const; // −1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QTimeZone m_zone;
    QList<User> m_users;
};

} // namespace fd
