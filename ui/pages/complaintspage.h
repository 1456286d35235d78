#pragma once

#include "common/session.h"
#include "pages/page.h"

class QTabWidget;

namespace fd {

class BulletinTab;
class ComplaintsTab;

// SPEC §6: the complaints and their verdicts, and the daily bulletin per unit.
class ComplaintsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintsPage)

public:
    enum Tab
    {
        List,
        DailyBulletin,
        TabCount
    };

    explicit ComplaintsPage(const Session& session, QWidget* parent = nullptr);

    void refresh() override;
    void focusSearch() override;
    void newRecord() override;

    ComplaintsTab* complaintsTab() const { return m_complaints; }
    BulletinTab* bulletinTab() const { return m_bulletin; }
    Tab currentTab() const;
    void setCurrentTab(Tab tab);

private:
    QTabWidget* m_tabs = nullptr;
    ComplaintsTab* m_complaints = nullptr;
    BulletinTab* m_bulletin = nullptr;
};

} // namespace fd
