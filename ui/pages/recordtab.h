#pragma once

#include "common/result.h"
#include "common/session.h"
#include "models/organisationdata.h"

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fd {

class ColumnFitter;
class RecordFilterProxy;
class RecordTableModel;

// One tab of the Organisation page: a search box, a sortable table and the buttons that act
// on the selected record. Subclasses say what the table holds and what the buttons open.
class RecordTab : public QWidget
{
    Q_OBJECT

public:
    // Shows `data`, keeping the selection on the same record.
    void load(const OrganisationData& data);

    virtual QString title() const = 0;
    // "New…" (Ctrl+N) and "Edit…" (Enter, double-click) on the selected record.
    virtual void newRecord() = 0;
    virtual void editSelected();

    void focusSearch();
    QTableView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    RecordFilterProxy* proxy() const { return m_proxy; }
    RecordTableModel* model() const { return m_model; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* toggleButton() const { return m_toggle; }
    QString message() const;
    // The source row of the current record, −1 when none.
    int currentRow() const;
    void selectKey(const QString& key);

signals:
    // Something was saved: the Organisation page reloads every tab (they cross-reference).
    void changed(const QString& message);

protected:
    RecordTab(const Session& session, RecordTableModel* model, QWidget* parent);

    virtual void loadModel(const OrganisationData& data) = 0;
    virtual void updateButtons();

    QPushButton* addButton(const QString& text, const std::function<void()>& action);
    void setNewButtonText(const QString& text);
    void removeEditButton();
    // A Deactivate/Reactivate button calling `setActive(code, active)`.
    void addActiveToggle(const std::function<Status(const QString&, bool)>& setActive);
    void setDefaultSort(int column, Qt::SortOrder order = Qt::AscendingOrder);
    // The column that takes the width left over (the Name column unless said otherwise).
    void setElasticColumn(int column);
    void showError(const QString& message);
    void showInfo(const QString& message);

    const OrganisationData& data() const { return m_data; }

    const Session& m_session;

private:
    void updateCount();

    OrganisationData m_data;
    RecordTableModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_buttonBar = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_toggle = nullptr;
    ColumnFitter* m_fitter = nullptr;
};

} // namespace fd
