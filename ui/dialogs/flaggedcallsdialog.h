#pragma once

#include "common/session.h"
#include "services/qualityservice.h"

#include <QDate>
#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QTableView;

namespace fd {

class FlaggedCallModel;
class RecordFilterProxy;

// The evaluation page's drill-down on the agent effect (SPEC §17): a unit's callbacks of the
// month made by agents flagged that month (QualityService::callsByFlaggedAgents), one row per
// call and question the agent is flagged on, with the answer given; searchable like the
// evidence, and a row opens the call with its answers and attempts.
class FlaggedCallsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlaggedCallsDialog)

public:
    FlaggedCallsDialog(const Session& session, const QDate& month, const QString& unitCode,
        const QString& unitName, QWidget* parent = nullptr);

    QString loadError() const { return m_loadError; }
    // The calls the service gave (each once, whatever the rows).
    const QList<MonitoredCall>& calls() const { return m_calls; }
    QString headingText() const;
    FlaggedCallModel* model() const { return m_model; }
    RecordFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    // The call behind a shown row, in a dialog of its own; nullptr (the reason in `error`)
    // when it cannot be read.
    std::unique_ptr<QDialog> recordDialog(int shownRow, QString* error = nullptr);

private:
    void load(const QString& unitName);
    void showCount();

    const Session& m_session;
    QDate m_month;
    QString m_unitCode;
    QString m_loadError;
    QList<MonitoredCall> m_calls;
    QLabel* m_heading = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    FlaggedCallModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
};

} // namespace fd
