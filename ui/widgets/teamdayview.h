#pragma once

#include "common/session.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace fd {

// One team's appointments on one day, in time order: what the crew has on its plate.
class TeamDayView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDayView)

public:
    explicit TeamDayView(const Session& session, QWidget* parent = nullptr);

    void refresh();
    void showTeam(const QString& teamCode, const QDate& day);
    QTableWidget* table() const { return m_table; }

signals:
    void openOrder(const QString& number);

private:
    const Session& m_session;
    QComboBox* m_team = nullptr;
    QDateEdit* m_day = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace fd
