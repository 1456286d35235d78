#pragma once

#include "common/session.h"
#include "dialogs/appealdialog.h"
#include "domain/appeal.h"
#include "domain/evidence.h"
#include "pages/page.h"

#include <QDate>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace fd {

class AppealModel;
class ComplaintDetails;
class EvidenceModel;
class RecordFilterProxy;

// SPEC §10: the appeals against the monthly evaluation — filter by month and status, and
// for the appeal chosen, beside the list, its grounds, its decision and the evidence of the
// item contested (the order's timeliness and status history, the repeat repair with the
// repair before it, or the complaint with its verdicts). An evaluator files appeals on a
// unit's behalf and decides those filed by someone else; a unit's representative sees and
// files its own unit's only. Buttons follow the role and say why when disabled; the service
// refuses anyway.
class AppealsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppealsPage)

public:
    enum StatusFilter
    {
        AllStatuses,
        OpenOnly,
        UpheldOnly,
        DismissedOnly,
    };

    explicit AppealsPage(const Session& session, QWidget* parent = nullptr);

    void refresh() override;
    void newRecord() override; // Ctrl+N: file an appeal

    // An invalid month: every month.
    QDate month() const { return m_month; }
    void setMonth(const QDate& month);
    void setStatusFilter(StatusFilter filter);
    bool selectAppeal(qint64 id);
    std::optional<Appeal> selectedAppeal() const;

    // Each action as its button does it, dialogs included.
    void fileAppeal(const std::optional<AppealFileDialog::Item>& item = std::nullopt);
    void decideSelected(bool uphold);

    AppealModel* model() const { return m_model; }
    RecordFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QComboBox* monthCombo() const { return m_monthCombo; }
    QComboBox* statusCombo() const { return m_statusCombo; }
    QPushButton* fileButton() const { return m_file; }
    QPushButton* upholdButton() const { return m_uphold; }
    QPushButton* dismissButton() const { return m_dismiss; }
    // Beside the list: the chosen appeal and the evidence of its item.
    QString headingText() const;
    QString groundsText() const;
    QString decisionText() const;
    EvidenceModel* evidenceModel() const { return m_evidenceModel; }
    QTableWidget* historyTable() const { return m_history; }
    // A repeat fault's other half: the visit it came back after.
    QString pairText() const;
    ComplaintDetails* complaintDetails() const { return m_complaint; }
    QString loadError() const { return m_loadError; }
    QString evidenceError() const { return m_evidenceError; }

private:
    void showSelected();
    void showEvidence(const Appeal& appeal);
    void updateButtons();
    void updateCount();

    const Session& m_session;
    QDate m_month;
    QString m_loadError;
    QString m_evidenceError;
    qint64 m_selectedId = 0;

    QComboBox* m_monthCombo = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_file = nullptr;
    QPushButton* m_uphold = nullptr;
    QPushButton* m_dismiss = nullptr;
    AppealModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_grounds = nullptr;
    QLabel* m_decision = nullptr;
    QLabel* m_evidenceHeading = nullptr;
    EvidenceModel* m_evidenceModel = nullptr;
    QTableView* m_evidenceView = nullptr;
    QLabel* m_pair = nullptr;
    QLabel* m_historyHeading = nullptr;
    QTableWidget* m_history = nullptr;
    ComplaintDetails* m_complaint = nullptr;
};

} // namespace fd
