#pragma once

#include "common/session.h"
#include "domain/complaintfilter.h"

#include <QHash>
#include <QList>
#include <QWidget>
#include <optional>

class QComboBox;

namespace fd {

class OptionalDateEdit;

// The complaints list's filters, which the service applies: status, unit, category, source
// and the days received (whole days in the operator's zone).
class ComplaintFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintFilterBar)

public:
    explicit ComplaintFilterBar(const Session& session, QWidget* parent = nullptr);

    // The units to choose from, read again (a unit may have been added meanwhile).
    void loadUnits();
    ComplaintFilter filter() const;

    QComboBox* statusCombo() const { return m_status; }
    QComboBox* unitCombo() const { return m_unit; }
    QComboBox* categoryCombo() const { return m_category; }
    QComboBox* sourceCombo() const { return m_source; }
    OptionalDateEdit* fromEdit() const { return m_from; }
    OptionalDateEdit* toEdit() const { return m_to; }

signals:
    void filterChanged();

private:
    const Session& m_session;
    QComboBox* m_status = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_source = nullptr;
    OptionalDateEdit* m_from = nullptr;
    OptionalDateEdit* m_to = nullptr;
};

} // namespace fd
