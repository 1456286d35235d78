#pragma once

#include "common/session.h"
#include "pages/page.h"
#include "rules/ruleset.h"

#include <QHash>

class QAbstractSpinBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fd {

class RuleVersionModel;

// The versioned rules (SPEC §9), the operator's time zone and where the database lives.
class SettingsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(const Session& session, QWidget* parent = nullptr);

    void refresh() override;

    // The rules as the editors show them now.
    RuleSet editedRules() const;
    void setRuleValue(const QString& key, double value); // for tests and "Restore defaults"
    QAbstractSpinBox* ruleEditor(const QString& key) const { return m_editors.value(key); }
    void saveVersion();
    QLineEdit* noteEdit() const { return m_note; }
    QString ruleMessage() const;
    RuleVersionModel* versionModel() const { return m_versions; }
    QComboBox* timeZoneCombo() const { return m_zone; }
    // SPEC §11: the service-level policy, its working weekdays and the presets.
    QComboBox* policyCombo() const { return m_policy; }
    QComboBox* presetCombo() const { return m_preset; }
    void fillInPreset(); // the chosen preset's values into the editors; nothing saved yet
    QLabel* holidaysLabel() const { return m_holidays; }
    QLabel* backupsLabel() const { return m_backups; }

private:
    QWidget* buildRules();
    QWidget* buildPolicy(QWidget* parent);
    double editedValue(const QString& key) const;
    void showPolicyState();
    QWidget* buildVersions();
    QWidget* buildTimeZone();
    QWidget* buildDatabase();
    QWidget* buildBackups();
    void refreshBackups();
    void showRules(const RuleSet& rules);
    void markChanged();
    void applyTimeZone();
    void chooseDatabase();
    void showRuleMessage(const QString& text, bool error);

    const Session& m_session;
    RuleSet m_current;
    QHash<QString, QAbstractSpinBox*> m_editors;
    QHash<QString, QLabel*> m_labels;
    QLabel* m_inForce = nullptr;
    QComboBox* m_policy = nullptr;
    QList<QCheckBox*> m_weekdays; // Monday first
    QComboBox* m_preset = nullptr;
    QLabel* m_holidays = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_discard = nullptr;
    QLabel* m_ruleMessage = nullptr;
    RuleVersionModel* m_versions = nullptr;
    QTableView* m_versionView = nullptr;
    QComboBox* m_zone = nullptr;
    QLabel* m_zoneMessage = nullptr;
    QLineEdit* m_database = nullptr;
    QLabel* m_databaseMessage = nullptr;
    QLabel* m_backups = nullptr;
};

} // namespace fd
