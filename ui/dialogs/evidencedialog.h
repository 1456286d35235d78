#pragma once

#include "common/session.h"
#include "dialogs/appealdialog.h"
#include "domain/appeal.h"
#include "models/indicatormodel.h"
#include "rules/appeals.h"
#include "services/evaluationservice.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fd {

class ColumnFitter;
class EvidenceModel;
class RecordFilterProxy;

// The orders, callbacks or complaints behind a figure of a unit's month (SPEC §8): for a
// final month, the rows frozen when it was finalized; for a draft, as the data stands. One
// kind at a time, optionally only the rows that counted against the unit, searchable by
// order number, account or customer.
class EvidenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceDialog)

public:
    EvidenceDialog(const Session& session, const UnitEvaluation& unit,
        const EvidenceRequest& request, QWidget* parent = nullptr);

    // Every row the service gave, of every kind, whatever is shown.
    const QList<EvidenceDetail>& allRows() const { return m_all; }
    QString loadError() const { return m_loadError; }
    void showKind(EvidenceKind kind);
    void setOnlyAgainst(bool only);

    EvidenceModel* model() const { return m_model; }
    RecordFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QComboBox* kindCombo() const { return m_kind; }
    QCheckBox* onlyAgainstCheck() const { return m_onlyAgainst; }
    // Saves the unit's evidence (orders, callbacks, complaints) as PDF, workbook or CSV.
    QPushButton* exportButton() const { return m_export; }
    // SPEC §10: "Appeal this item…" on the chosen row when it counted against the unit (a
    // late order, a repeat fault, a complaint that cost points), enabled while the month's
    // appeal window is open and the item is not contested yet; the tooltip says why not.
    QPushButton* appealButton() const { return m_appeal; }
    // The item of a shown row as an appeal names it; none when the row did not count.
    std::optional<AppealFileDialog::Item> appealItem(int shownRow) const;
    // Opens the filing dialog for the chosen row, as the button does.
    void appealCurrent();
    // The appeals filed from this dialog.
    const QList<Appeal>& filedAppeals() const { return m_filed; }

    // The record behind a shown row, in a dialog of its own: an order or repair in the
    // order form (its history tab open), a call with its answers, calls and the complaint it
    // registered, a complaint with its verdicts and resolution. Double-click or Enter opens
    // it; nullptr when the record cannot be read (the reason in `error`).
    std::unique_ptr<QDialog> recordDialog(int shownRow, QString* error = nullptr);

private:
    void load();
    void showRows();
    void openRow(const QModelIndex& index);
    QList<EvidenceKind> kindsOfSource() const;
    void loadAppeals();
    void updateAppealButton();

    const Session& m_session;
    UnitEvaluation m_unit;
    EvidenceSource m_source;
    QList<EvidenceDetail> m_all;
    QString m_loadError;
    QLabel* m_heading = nullptr;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_onlyAgainst = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_appeal = nullptr;
    // The month's appeal window for the unit and the appeals standing (open or upheld)
    // against its items, by kind and record id.
    std::optional<AppealWindow> m_window;
    QString m_windowError;
    QList<Appeal> m_standing;
    QList<Appeal> m_filed;
    QTableView* m_view = nullptr;
    EvidenceModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    ColumnFitter* m_fitter = nullptr;
};

} // namespace fd
