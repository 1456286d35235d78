#pragma once

#include "domain/evidence.h"
#include "rules/scoring.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimeZone>
#include <optional>

namespace fd {

// Where a list of evidence comes from: the evaluation's own populations (orders due,
// repairs, callbacks reached, penalised complaints: EvaluationService::evidence), or the
// two the §8 indicators add.
enum class EvidenceSource
{
    Evaluation,
    CallbacksDue,
    ComplaintsReceived
};

// Whether a row counted against the unit: a late order, a repeat fault, a callback with a
// "no", a callback due that nobody reached, a complaint that cost points.
bool countsAgainst(EvidenceSource source, const EvidenceRow& row);

// The orders, callbacks or complaints behind a figure, one kind at a time: each kind has
// the columns an evaluator checks it by.
class EvidenceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceModel)

public:
    enum class Column
    {
        Order,
        OrderKind,
        Account,
        Customer,
        Received,
        Deadline,
        Measured,
        DueOn,
        CallbackStatus,
        ReachedAt,
        YesAnswers,
        AnsweredNo,
        Satisfaction,
        Commendation,
        Complaint,
        Category,
        Verdict,
        VerifiedAt,
        Description,
        Result,
    };

    explicit EvidenceModel(const QTimeZone& zone, QObject* parent = nullptr);

    void setRows(EvidenceSource source, EvidenceKind kind, QList<EvidenceDetail> rows);
    const EvidenceDetail& detail(int row) const { return m_rows.at(row); }
    EvidenceKind kind() const { return m_kind; }
    QList<Column> columns() const { return m_columns; }
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); } // −1: not shown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindTitle(EvidenceSource source, EvidenceKind kind); // "Orders due"

private:
    QVariant display(const EvidenceDetail& detail, Column column) const;
    QVariant sortValue(const EvidenceDetail& detail, Column column) const;
    QString result(const EvidenceDetail& detail) const;

    QTimeZone m_zone;
    EvidenceSource m_source = EvidenceSource::Evaluation;
    EvidenceKind m_kind = EvidenceKind::Order;
    QList<Column> m_columns;
    QList<EvidenceDetail> m_rows;
};

} // namespace fd
