#pragma once

#include "common/session.h"
#include "domain/appeal.h"

#include <QDate>
#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fd {

// SPEC §10: files an appeal against an item counted against a unit in a month. Opened from
// the evidence of the item, everything but the grounds is filled in and fixed; from the
// appeals page, the evaluator (or the unit's representative) names the item. The service
// decides: a refusal is shown in the dialog, which stays open with nothing filed.
class AppealFileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppealFileDialog)

public:
    struct Item
    {
        QString unitCode;
        QDate month;
        AppealItem item = AppealItem::LateOrder;
        QString ref;
        QString description; // what the evidence says of it: "Late by 3 h", shown above
    };

    // `item` filled: the item is fixed (filing from its evidence); empty: chosen here.
    AppealFileDialog(
        const Session& session, const std::optional<Item>& item, QWidget* parent = nullptr);

    QComboBox* unitCombo() const { return m_unit; }
    QComboBox* monthCombo() const { return m_month; }
    QComboBox* itemCombo() const { return m_item; }
    QLineEdit* refEdit() const { return m_ref; }
    QPlainTextEdit* groundsEdit() const { return m_grounds; }
    QPushButton* fileButton() const { return m_file; }
    QString error() const;
    // The appeal filed, once accepted.
    const std::optional<Appeal>& filed() const { return m_filed; }

public slots:
    void accept() override;

private:
    const Session& m_session;
    QComboBox* m_unit = nullptr;
    QComboBox* m_month = nullptr;
    QComboBox* m_item = nullptr;
    QLineEdit* m_ref = nullptr;
    QPlainTextEdit* m_grounds = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_file = nullptr;
    std::optional<Appeal> m_filed;
};

// SPEC §10: upholds or dismisses an open appeal, with a reason, by an evaluator other than
// its filer (the service refuses the filer; the dialog shows the refusal and stays open).
class AppealDecideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppealDecideDialog)

public:
    AppealDecideDialog(
        const Session& session, const Appeal& appeal, bool uphold, QWidget* parent = nullptr);

    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* decideButton() const { return m_decide; }
    QString error() const;
    const std::optional<Appeal>& decided() const { return m_decided; }

public slots:
    void accept() override;

private:
    const Session& m_session;
    Appeal m_appeal;
    bool m_uphold = false;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_decide = nullptr;
    std::optional<Appeal> m_decided;
};

} // namespace fd
