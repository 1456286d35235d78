#pragma once

#include "common/session.h"
#include "pages/page.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace fd {

class ComplianceModel;
class RecordFilterProxy;

// SPEC §3: which units hold what the allocation rules require for the subscribers they
// serve, today or after a planned growth. Built to be read at a glance: one summary line,
// red cells where a unit falls short.
class CompliancePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompliancePage)

public:
    explicit CompliancePage(const Session& session, QWidget* parent = nullptr);

    void refresh() override;
    void focusSearch() override;

    ComplianceModel* model() const { return m_model; }
    RecordFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QDoubleSpinBox* growthEdit() const { return m_growth; }
    QCheckBox* onlyShortCheck() const { return m_onlyShort; }
    QString summary() const;
    QString shortList() const;

private:
    void updateSummary();

    const Session& m_session;
    ComplianceModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_shortList = nullptr;
    QLabel* m_legend = nullptr;
    QDoubleSpinBox* m_growth = nullptr;
    QCheckBox* m_onlyShort = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace fd
