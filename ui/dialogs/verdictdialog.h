#pragma once

#include "common/session.h"
#include "domain/complaint.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;

namespace fd {

// An evaluator's decision on a complaint (SPEC §6): verify it, saying whether the
// maintenance staff caused it (which costs the unit penalty points in the month of
// verification); reject it, saying why; or, once judged, record how it was resolved. The
// service writes who and when to the audit log and refuses what the status does not allow.
class VerdictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictDialog)

public:
    enum class Action
    {
        Verify,
        Reject,
        Resolve
    };

    VerdictDialog(const Session& session, const Complaint& complaint, Action action,
        QWidget* parent = nullptr);

    void accept() override;
    const Complaint& saved() const { return m_saved; }
    QString error() const;
    // Verify: true for staff caused; nothing until chosen.
    void chooseStaffCaused(bool staffCaused);
    QPlainTextEdit* noteEdit() const { return m_note; }

private:
    const Session& m_session;
    Complaint m_complaint;
    Action m_action;
    QButtonGroup* m_staffCaused = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    Complaint m_saved;
};

} // namespace fd
