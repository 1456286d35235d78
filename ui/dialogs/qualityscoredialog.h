#pragma once

#include "common/session.h"
#include "services/qualityservice.h"

#include <QDate>
#include <QDialog>
#include <QMap>
#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fd {

class QualitySampleModel;
class RecordFilterProxy;

// SPEC §17: a callback supervisor scores a call drawn for monitoring. On the left the month's
// sampled calls (by default those the supervisor has not scored yet); in the middle the
// chosen call as it was recorded (the order and visit, the agent, the six answers,
// satisfaction, thanks letter, comment) and the reference of its recording; on the right the
// form of the rules in force, one mark per criterion, empty until typed, and the total.
// Saving goes through QualityService::score: a refusal (a role that may not score, a mark
// out of the criterion's range, a call scored already) is shown as the core words it and
// nothing is written. The dialog stays open for the next call.
class QualityScoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualityScoreDialog)

public:
    QualityScoreDialog(const Session& session, const QDate& month, QWidget* parent = nullptr);

    // Why the sample or the form could not be read (a role that may not see them), or empty.
    QString loadError() const { return m_loadError; }
    // Chooses the call of `orderNumber` among those listed; false when it is not listed.
    bool selectCall(const QString& orderNumber);
    std::optional<SampledCall> selectedCall() const;
    void setOnlyUnscored(bool only);

    // The criteria of the form as loaded, in order, and the field of each.
    const QList<MonitorCriterion>& form() const { return m_form; }
    QLineEdit* markEdit(const QString& key) const { return m_marks.value(key); }
    // Types `points` into every criterion's field: a quick way to full marks for a test.
    void setMark(const QString& key, int points);
    QLineEdit* recordingEdit() const { return m_recording; }
    QCheckBox* onlyUnscoredCheck() const { return m_onlyUnscored; }
    QTableView* callsView() const { return m_view; }
    QualitySampleModel* sampleModel() const { return m_model; }
    QPushButton* saveButton() const { return m_save; }
    QString callText() const; // the call's details as shown, for tests
    QString totalText() const;
    QString errorText() const;
    QString savedText() const;

    // Scores the chosen call with the marks typed; false, with the reason shown, when the
    // service refuses. On success the list is read again (the call now scored).
    bool save();
    // The scores saved while the dialog was open.
    const QList<MonitorScoreRecord>& saved() const { return m_saved; }

private:
    void load();
    void buildForm(QGridLayout* grid);
    void showRows();
    void showCall();
    void updateTotal();
    void showError(const QString& message);

    const Session& m_session;
    QDate m_month;
    QString m_loadError;
    QList<MonitorCriterion> m_form;
    int m_rulesVersion = 0;
    QList<MonitorScoreRecord> m_saved;

    QLabel* m_heading = nullptr;
    QComboBox* m_agent = nullptr;
    QCheckBox* m_onlyUnscored = nullptr;
    QTableView* m_view = nullptr;
    QualitySampleModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_call = nullptr;
    QLabel* m_answers = nullptr;
    QLineEdit* m_recording = nullptr;
    QLabel* m_formHeading = nullptr;
    QMap<QString, QLineEdit*> m_marks;
    QLabel* m_total = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_savedLabel = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace fd
