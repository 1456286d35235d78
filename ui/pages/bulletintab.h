#pragma once

#include "common/session.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableView;

namespace fd {

class BulletinModel;

// SPEC §6's daily bulletin: each unit's day (orders received, completed and overdue,
// callbacks done, complaints received and verified) with the totals, for any day.
class BulletinTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulletinTab)

public:
    explicit BulletinTab(const Session& session, QWidget* parent = nullptr);

    void refresh();
    void setDay(const QDate& day);
    QDateEdit* dayEdit() const { return m_day; }
    BulletinModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString summary() const;

private:
    const Session& m_session;
    QDateEdit* m_day = nullptr;
    QLabel* m_summary = nullptr;
    BulletinModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace fd
