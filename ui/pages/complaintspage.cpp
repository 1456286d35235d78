#include "complaintspage.h"

#include "pages/bulletintab.h"
#include "pages/complaintstab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace fd {

ComplaintsPage::ComplaintsPage(const Session& session, QWidget* parent)
    : Page(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_complaints = new ComplaintsTab(session, m_tabs);
    m_bulletin = new BulletinTab(session, m_tabs);
    m_tabs->addTab(m_complaints, tr("Complaints"));
    m_tabs->addTab(m_bulletin, tr("Daily bulletin"));
    layout->addWidget(m_tabs);
    connect(m_complaints, &ComplaintsTab::changed, this, [this](const QString& message) {
        m_bulletin->refresh(); // a verdict today changes today's bulletin
        emit dataChanged();
        emit statusMessage(message);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refresh(); });
}

void ComplaintsPage::refresh()
{
    if (currentTab() == List)
        m_complaints->refresh();
    else
        m_bulletin->refresh();
}

void ComplaintsPage::focusSearch()
{
    setCurrentTab(List);
    m_complaints->focusSearch();
}

void ComplaintsPage::newRecord()
{
    setCurrentTab(List);
    m_complaints->registerComplaint();
}

ComplaintsPage::Tab ComplaintsPage::currentTab() const
{
    return Tab(qMax(0, m_tabs->currentIndex()));
}

void ComplaintsPage::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

} // namespace fd
