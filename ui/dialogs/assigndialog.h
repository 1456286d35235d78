#pragma once

#include "common/session.h"
#include "domain/workorder.h"
#include "services/orderservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace fd {

// Assigns (or reassigns) an order to a team and technician. The teams that cover the order's
// area come first, the least loaded at the top; a team whose unit may not take new orders is
// shown but cannot be chosen, and one whose unit falls short of the allocation rules carries
// a warning. Keyboard: arrows choose the team, Tab goes to the technician, Enter assigns.
class AssignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignDialog)

public:
    AssignDialog(const Session& session, const WorkOrder& order, QWidget* parent = nullptr);

    void accept() override;

    // What the assignment brought: the saved order and the service's warnings.
    const OrderChange& change() const { return m_change; }
    QString error() const;
    QTreeWidget* teams() const { return m_teams; }
    QComboBox* technicians() const { return m_technicians; }

private:
    void loadTechnicians();

    const Session& m_session;
    WorkOrder m_order;
    QList<TeamProposal> m_proposals;
    QTreeWidget* m_teams = nullptr;
    QComboBox* m_technicians = nullptr;
    QLabel* m_message = nullptr;
    OrderChange m_change;
};

} // namespace fd
