#pragma once

#include "dialogs/recorddialog.h"
#include "domain/organisation.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace fd {

struct OrganisationData;

// New or edit a technician.
class TechnicianDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TechnicianDialog)

public:
    TechnicianDialog(const Session& session, const OrganisationData& data,
        std::optional<Technician> existing, QWidget* parent = nullptr);

    QLineEdit* phoneEdit() const { return m_phone; }

protected:
    BatchStatus save() override;

private:
    std::optional<Technician> m_existing;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_team = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_permitNo = nullptr;
    QCheckBox* m_ftthKit = nullptr;
};

} // namespace fd
