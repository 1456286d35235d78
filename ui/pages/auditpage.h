#pragma once

#include "common/session.h"
#include "pages/page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace fd {

class AuditModel;

// The audit log (SPEC §9, issue 6): who changed what, when, from what to what, newest first,
// filtered by kind of record, person, day and text; and the check of its hash chain, which
// finds an entry edited or deleted outside FiberDesk.
class AuditPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    static constexpr int kShown = 2000; // the newest matching entries; filters narrow further

    explicit AuditPage(const Session& session, QWidget* parent = nullptr);

    void refresh() override;
    void focusSearch() override;
    bool verifyChain(); // true when intact; the outcome is shown on the page

    AuditModel* model() const { return m_model; }
    QComboBox* entityCombo() const { return m_entity; }
    QLineEdit* actorEdit() const { return m_actor; }
    QLineEdit* searchEdit() const { return m_search; }
    QString chainText() const;
    QString summary() const;

private:
    const Session& m_session;
    AuditModel* m_model = nullptr;
    QComboBox* m_entity = nullptr;
    QLineEdit* m_actor = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_until = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_chain = nullptr;
    QTimer* m_typing = nullptr;
};

} // namespace fd
