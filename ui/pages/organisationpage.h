#pragma once

#include "common/session.h"
#include "pages/page.h"

class QLabel;
class QTabWidget;

namespace fd {

class RecordTab;

// Units, service areas, teams, technicians, equipment and assessments, one tab each.
class OrganisationPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationPage)

public:
    enum Tab
    {
        Units,
        Areas,
        Teams,
        Technicians,
        Equipment,
        Assessments,
        TabCount
    };

    explicit OrganisationPage(const Session& session, QWidget* parent = nullptr);

    void refresh() override;
    void focusSearch() override;
    void newRecord() override;

    RecordTab* tab(Tab which) const { return m_tabs.at(which); }
    Tab currentTab() const;
    void setCurrentTab(Tab which);
    QString tabKey(Tab which) const; // "units", "areas"…: file names of screenshots
    QString loadError() const;

private:
    void onChanged(const QString& message);

    const Session& m_session;
    QTabWidget* m_tabWidget = nullptr;
    QList<RecordTab*> m_tabs;
    QLabel* m_error = nullptr;
};

} // namespace fd
