#pragma once

#include "common/session.h"
#include "domain/complaint.h"

#include <QTextBrowser>
#include <optional>

namespace fd {

// One complaint in full under the list: what the customer said, who logged it, the verdict
// and resolution, and every change of verdict with who made it and when (the audit log).
class ComplaintDetails final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintDetails)

public:
    explicit ComplaintDetails(const Session& session, QWidget* parent = nullptr);

    void showComplaint(const std::optional<Complaint>& complaint);
    // The history lines as shown, for tests: "2026-11-20 05:00 · tester · Verdict: …".
    QStringList historyLines() const { return m_history; }

private:
    const Session& m_session;
    QStringList m_history;
};

} // namespace fd
