#include "organisationpage.h"

#include "models/organisationdata.h"
#include "pages/areastab.h"
#include "pages/assessmentstab.h"
#include "pages/equipmenttab.h"
#include "pages/teamstab.h"
#include "pages/technicianstab.h"
#include "pages/unitstab.h"
#include "widgets/errorlabel.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

OrganisationPage::OrganisationPage(const Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    m_tabWidget = new QTabWidget(this);
    m_tabWidget->setDocumentMode(true);
    layout->addWidget(m_tabWidget);
    m_tabs = { new UnitsTab(session, this), new AreasTab(session, this),
        new TeamsTab(session, this), new TechniciansTab(session, this),
        new EquipmentTab(session, this), new AssessmentsTab(session, this) };
    for (RecordTab* tab : std::as_const(m_tabs)) {
        m_tabWidget->addTab(tab, tab->title());
        connect(tab, &RecordTab::changed, this, &OrganisationPage::onChanged);
    }
}

void OrganisationPage::refresh()
{
    Result<OrganisationData> data = OrganisationData::load(m_session);
    if (!data.ok()) {
        m_error->setText(tr("The organisation could not be read: %1").arg(data.error()));
        m_error->show();
        return;
    }
    m_error->hide();
    for (RecordTab* tab : std::as_const(m_tabs))
        tab->load(data.value());
}

void OrganisationPage::onChanged(const QString& message)
{
    refresh();
    emit dataChanged();
    emit statusMessage(message);
}

void OrganisationPage::focusSearch()
{
    m_tabs.at(currentTab())->focusSearch();
}

void OrganisationPage::newRecord()
{
    m_tabs.at(currentTab())->newRecord();
}

OrganisationPage::Tab OrganisationPage::currentTab() const
{
    return Tab(qMax(0, m_tabWidget->currentIndex()));
}

void OrganisationPage::setCurrentTab(Tab which)
{
    m_tabWidget->setCurrentIndex(which);
}

QString OrganisationPage::tabKey(Tab which) const
{
    static const QString keys[] = { u"units"_s, u"areas"_s, u"teams"_s, u"technicians"_s,
        u"equipment"_s, u"assessments"_s };
    return keys[which];
}

QString OrganisationPage::loadError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace fd
