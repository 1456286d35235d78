#include "settingspage.h"

#include "common/defaultlocation.h"
#include "dialogs/databaselocationdialog.h"
#include "models/cellformat.h"
#include "models/ruleversionmodel.h"
#include "rules/permissions.h"
#include "services/backupservice.h"
#include "services/connection.h"
#include "services/ruleservice.h"
#include "widgets/columnfitter.h"
#include "widgets/palette.h"
#include "widgets/tableviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

double spinValue(const QAbstractSpinBox* editor)
{
    if (const auto* whole = qobject_cast<const QSpinBox*>(editor))
        return whole->value();
    return static_cast<const QDoubleSpinBox*>(editor)->value();
}

const QString kPolicyKey = QString::fromUtf16(rule::kPolicy);
const QString kWeekdaysKey = QString::fromUtf16(rule::kWorkingWeekdays);

// The rules the policy box edits with a choice and check boxes instead of a number.
bool isChoiceRule(const QString& key)
{
    return key == kPolicyKey || key == kWeekdaysKey;
}

// The rules that mean something only under the working-days policy.
bool isWorkingDaysRule(const QString& key)
{
    return key == QString::fromUtf16(rule::kInstallDays)
        || key == QString::fromUtf16(rule::kRepairDays)
        || key == QString::fromUtf16(rule::kRemovalDays);
}

QString formatRuleValue(const RuleDefinition& definition, double value)
{
    return definition.whole ? formatCount(qint64(std::llround(value)))
                            : QLocale().toString(value, 'f', 2);
}

} // namespace

SettingsPage::SettingsPage(const Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    // The rules scroll inside their own box, so that the Save button, the versions, the
    // time zone and the database stay in sight however many rules there are.
    auto* columns = new QHBoxLayout(this);
    columns->addWidget(buildRules(), 3);
    auto* right = new QVBoxLayout;
    right->addWidget(buildVersions(), 1);
    right->addWidget(buildTimeZone());
    right->addWidget(buildDatabase());
    if (databaseLocation(m_session).engine == DatabaseLocation::Engine::Sqlite
        && isAllowed(m_session.actor().role, Action::ManageBackups))
        right->addWidget(buildBackups());
    columns->addLayout(right, 2);
}

QWidget* SettingsPage::buildRules()
{
    auto* box = new QGroupBox(tr("Rules"), this);
    auto* layout = new QVBoxLayout(box);
    m_inForce = new QLabel(box);
    QFont bold = m_inForce->font();
    bold.setBold(true);
    m_inForce->setFont(bold);
    layout->addWidget(m_inForce);
    auto* explanation = new QLabel(
        tr("Every threshold is a setting. Saving makes a new version; evaluations name the "
           "version they used, so older results never change."),
        box);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(explanation);
    layout->addWidget(buildPolicy(box));

    auto* scroll = new QScrollArea(box);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* groupsWidget = new QWidget(scroll);
    auto* groupsLayout = new QVBoxLayout(groupsWidget);
    groupsLayout->setContentsMargins(0, 0, 8, 0);
    // One group box per rule group, in the order the definitions come. Each rule on a row:
    // its name wraps in the room left of the value, and the value keeps the width its whole
    // range needs in the language on screen ("1.000.000.000", "−27,00"), so that no
    // label, however long, pushes the values out of sight.
    QHash<QString, QGridLayout*> grids;
    for (const RuleDefinition& definition : ruleDefinitions()) {
        if (isChoiceRule(definition.key))
            continue; // in the policy box above
        const QString group = definition.groupName();
        if (!grids.contains(group)) {
            auto* groupBox = new QGroupBox(group, groupsWidget);
            auto* grid = new QGridLayout(groupBox);
            grid->setColumnStretch(0, 1);
            grid->setHorizontalSpacing(12);
            grids.insert(group, grid);
            groupsLayout->addWidget(groupBox);
        }
        QAbstractSpinBox* editor = nullptr;
        if (definition.whole) {
            auto* spin = new QSpinBox(box);
            spin->setRange(
                int(definition.minimum), int(std::min(definition.maximum, 2147483647.0)));
            spin->setGroupSeparatorShown(true);
            connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::markChanged);
            editor = spin;
        } else {
            auto* spin = new QDoubleSpinBox(box);
            spin->setRange(definition.minimum, definition.maximum);
            spin->setDecimals(2);
            connect(spin, &QDoubleSpinBox::valueChanged, this, &SettingsPage::markChanged);
            editor = spin;
        }
        editor->setAlignment(Qt::AlignRight);
        editor->setFixedWidth(std::max(editor->sizeHint().width(), 110));
        editor->setToolTip(tr("Default: %1. Allowed: %2 to %3.")
                               .arg(formatRuleValue(definition, definition.defaultValue),
                                   formatRuleValue(definition, definition.minimum),
                                   formatRuleValue(definition, definition.maximum)));
        auto* label = new QLabel(definition.displayName(), box);
        label->setWordWrap(true);
        label->setBuddy(editor);
        label->setToolTip(editor->toolTip());
        QGridLayout* grid = grids.value(group);
        const int row = grid->rowCount();
        grid->addWidget(label, row, 0);
        grid->addWidget(editor, row, 1, Qt::AlignRight | Qt::AlignVCenter);
        m_editors.insert(definition.key, editor);
        m_labels.insert(definition.key, label);
    }
    // One value width for every group, so the values line up in a single column.
    int editorWidth = 0;
    for (const QAbstractSpinBox* editor : std::as_const(m_editors))
        editorWidth = std::max(editorWidth, editor->width());
    for (QAbstractSpinBox* editor : std::as_const(m_editors))
        editor->setFixedWidth(editorWidth);
    groupsLayout->addStretch();
    scroll->setWidget(groupsWidget);
    layout->addWidget(scroll, 1);

    auto* noteRow = new QHBoxLayout;
    auto* noteLabel = new QLabel(tr("Note"), box);
    m_note = new QLineEdit(box);
    m_note->setPlaceholderText(tr("Optional: why the rules change (contract clause, decision…)"));
    noteLabel->setBuddy(m_note);
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note);
    layout->addLayout(noteRow);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save as new version"), box);
    m_discard = new QPushButton(tr("Discard changes"), box);
    auto* defaults = new QPushButton(tr("Restore the defaults"), box);
    defaults->setToolTip(
        tr("Fills in the defaults; nothing is saved until “Save as new version”."));
    buttons->addWidget(m_save);
    buttons->addWidget(m_discard);
    buttons->addStretch();
    buttons->addWidget(defaults);
    layout->addLayout(buttons);
    m_ruleMessage = new QLabel(box);
    m_ruleMessage->setWordWrap(true);
    m_ruleMessage->hide();
    layout->addWidget(m_ruleMessage);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::saveVersion);
    connect(m_discard, &QPushButton::clicked, this, [this] { showRules(m_current); });
    connect(defaults, &QPushButton::clicked, this, [this] {
        for (const RuleDefinition& definition : ruleDefinitions())
            setRuleValue(definition.key, definition.defaultValue);
    });
    return box;
}

QWidget* SettingsPage::buildPolicy(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Service-level policy"), parent);
    auto* grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);

    auto* policyLabel = new QLabel(tr("Deadlines"), box);
    m_policy = new QComboBox(box);
    m_policy->addItem(tr("Same day: by the end of the day of receipt, or 24 hours after the "
                         "cut-off"),
        int(DeadlinePolicy::SameDay));
    m_policy->addItem(tr("Working days: a number of working days after the day of receipt"),
        int(DeadlinePolicy::WorkingDays));
    policyLabel->setBuddy(m_policy);
    grid->addWidget(policyLabel, 0, 0);
    grid->addWidget(m_policy, 0, 1, 1, 2);
    m_labels.insert(kPolicyKey, policyLabel);

    auto* weekdaysLabel = new QLabel(tr("Working weekdays"), box);
    auto* weekdays = new QHBoxLayout;
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto* check = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), box);
        weekdays->addWidget(check);
        m_weekdays.append(check);
        connect(check, &QCheckBox::toggled, this, [this, check](bool on) {
            // At least one working weekday: the last one cannot be taken away.
            if (!on && editedValue(kWeekdaysKey) == 0) {
                check->setChecked(true);
                return;
            }
            markChanged();
        });
    }
    weekdays->addStretch();
    grid->addWidget(weekdaysLabel, 1, 0);
    grid->addLayout(weekdays, 1, 1, 1, 2);
    m_labels.insert(kWeekdaysKey, weekdaysLabel);

    m_holidays = new QLabel(box);
    m_holidays->setWordWrap(true);
    m_holidays->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(m_holidays, 2, 1, 1, 2);

    auto* presetLabel = new QLabel(tr("Preset"), box);
    m_preset = new QComboBox(box);
    for (const RulePreset& preset : rulePresets()) {
        m_preset->addItem(preset.name, preset.name);
        m_preset->setItemData(m_preset->count() - 1, preset.displayDescription(), Qt::ToolTipRole);
    }
    presetLabel->setBuddy(m_preset);
    auto* fill = new QPushButton(tr("Fill in"), box);
    fill->setToolTip(tr("Fills in the preset's policy, days and credits; nothing is saved "
                        "until “Save as new version”. Amounts can be changed afterwards."));
    auto* description = new QLabel(box);
    description->setWordWrap(true);
    description->setForegroundRole(QPalette::PlaceholderText);
    auto describe = [this, description] {
        const RulePreset* preset = findRulePreset(m_preset->currentData().toString());
        description->setText(preset ? preset->displayDescription() : QString());
    };
    describe();
    grid->addWidget(presetLabel, 3, 0);
    grid->addWidget(m_preset, 3, 1);
    grid->addWidget(fill, 3, 2);
    grid->addWidget(description, 4, 1, 1, 2);

    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        showPolicyState();
        markChanged();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, describe);
    connect(fill, &QPushButton::clicked, this, &SettingsPage::fillInPreset);
    return box;
}

void SettingsPage::fillInPreset()
{
    const RulePreset* preset = findRulePreset(m_preset->currentData().toString());
    if (!preset)
        return;
    for (auto it = preset->values.cbegin(); it != preset->values.cend(); ++it)
        setRuleValue(it.key(), it.value());
    markChanged();
}

// The working weekdays and days per kind mean something under the working-days policy only.
void SettingsPage::showPolicyState()
{
    const bool working = m_policy->currentData().toInt() == int(DeadlinePolicy::WorkingDays);
    for (QCheckBox* check : std::as_const(m_weekdays))
        check->setEnabled(working);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (isWorkingDaysRule(it.key())) {
            it.value()->setEnabled(working);
            m_labels.value(it.key())->setEnabled(working);
        }
    }
}

double SettingsPage::editedValue(const QString& key) const
{
    if (key == kPolicyKey)
        return m_policy->currentData().toInt();
    if (key == kWeekdaysKey) {
        int mask = 0;
        for (int i = 0; i < m_weekdays.size(); ++i) {
            if (m_weekdays.at(i)->isChecked())
                mask |= 1 << i;
        }
        return mask;
    }
    return spinValue(m_editors.value(key));
}

QWidget* SettingsPage::buildVersions()
{
    auto* box = new QGroupBox(tr("Rule versions"), this);
    auto* layout = new QVBoxLayout(box);
    m_versions = new RuleVersionModel(this);
    m_versionView = new QTableView(box);
    setUpRecordTable(m_versionView);
    m_versionView->setSortingEnabled(false);
    m_versionView->setModel(m_versions);
    auto* fitter = new ColumnFitter(m_versionView, RuleVersionModel::Note);
    // The note gives way first: a version and its date are read whole.
    fitter->keepWhole(RuleVersionModel::Version);
    fitter->keepWhole(RuleVersionModel::SavedAt);
    m_versionView->setMinimumHeight(120);
    layout->addWidget(m_versionView);
    return box;
}

QWidget* SettingsPage::buildTimeZone()
{
    auto* box = new QGroupBox(tr("Operator time zone"), this);
    auto* layout = new QVBoxLayout(box);
    auto* explanation
        = new QLabel(tr("Days, months and the same-day cut-off are counted in this zone."), box);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto* row = new QHBoxLayout;
    m_zone = new QComboBox(box);
    m_zone->addItem(
        tr("The computer's zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
        QString());
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray& id : ids)
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_zone->setMaxVisibleItems(20);
    row->addWidget(m_zone, 1);
    auto* apply = new QPushButton(tr("Apply"), box);
    row->addWidget(apply);
    layout->addLayout(row);
    m_zoneMessage = new QLabel(box);
    m_zoneMessage->setWordWrap(true);
    m_zoneMessage->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_zoneMessage);
    connect(apply, &QPushButton::clicked, this, &SettingsPage::applyTimeZone);
    return box;
}

QWidget* SettingsPage::buildDatabase()
{
    auto* box = new QGroupBox(tr("Database"), this);
    auto* layout = new QVBoxLayout(box);
    m_database = new QLineEdit(databaseLocation(m_session).displayName(), box);
    m_database->setReadOnly(true);
    layout->addWidget(m_database);
    auto* row = new QHBoxLayout;
    auto* choose = new QPushButton(tr("Use another database…"), box);
    row->addWidget(choose);
    row->addStretch();
    layout->addLayout(row);
    m_databaseMessage = new QLabel(box);
    m_databaseMessage->setWordWrap(true);
    m_databaseMessage->setForegroundRole(QPalette::PlaceholderText);
    m_databaseMessage->hide();
    layout->addWidget(m_databaseMessage);
    connect(choose, &QPushButton::clicked, this, &SettingsPage::chooseDatabase);
    return box;
}

QWidget* SettingsPage::buildBackups()
{
    auto* box = new QGroupBox(tr("Backups"), this);
    auto* layout = new QVBoxLayout(box);
    m_backups = new QLabel(box);
    m_backups->setWordWrap(true);
    m_backups->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_backups);
    return box;
}

// Where the daily backups go, how long they are kept and the space they take (issue 24).
void SettingsPage::refreshBackups()
{
    if (!m_backups)
        return;
    BackupService service(m_session);
    Result<BackupSettings> settings = service.settings();
    Result<QList<DailyBackup>> backups = service.dailyBackups();
    if (!settings.ok() || !backups.ok()) {
        m_backups->setText(!settings.ok() ? settings.error() : backups.error());
        return;
    }
    qint64 total = 0;
    for (const DailyBackup& backup : backups.value())
        total += backup.bytes;
    const QLocale locale;
    const QString rule = settings.value().keepDays == 0
        ? tr("Automatic daily backups are off.")
        : tr("A compressed backup a day goes to %1; each is kept %2 days, and the last of each "
             "of the last %3 months.")
              .arg(service.folder(settings.value()), QString::number(settings.value().keepDays),
                  QString::number(BackupSettings::kMonthlyKept));
    QString space
        = tr("Backups kept: %1, taking %2 on the disk.")
              .arg(QString::number(backups.value().size()), locale.formattedDataSize(total));
    if (!backups.value().isEmpty()) {
        space += u' '
            + tr("The newest: %1 (%2).")
                  .arg(formatDate(backups.value().first().date), // as the versions' dates
                      locale.formattedDataSize(backups.value().first().bytes));
    }
    m_backups->setText(rule + u"\n"_s + space);
}

void SettingsPage::refresh()
{
    refreshBackups();
    RuleService rules(m_session);
    Result<RuleSet> current = rules.current();
    if (!current.ok()) {
        showRuleMessage(current.error(), true);
        return;
    }
    m_current = current.value();
    m_inForce->setText(tr("Version %1 is in force").arg(m_current.version()));
    if (const RulePreset* preset = matchingRulePreset(m_current))
        m_preset->setCurrentIndex(m_preset->findData(preset->name));
    Result<QList<Holiday>> holidays = rules.holidays();
    if (holidays.ok()) {
        QStringList next;
        for (const Holiday& holiday : holidays.value()) {
            if (holiday.date >= m_session.today() && next.size() < 3)
                next.append(tr("%1 (%2)").arg(formatDate(holiday.date), holiday.name));
        }
        QString text = tr("Holidays in the calendar: %1. Import a holidays file (date,name) to "
                          "add to it.")
                           .arg(holidays.value().size());
        if (!next.isEmpty())
            text += u' ' + tr("Next: %1.").arg(next.join(u"; "_s));
        m_holidays->setText(text);
    } else {
        m_holidays->setText(holidays.error());
    }
    showRules(m_current);
    Result<QList<RuleVersionInfo>> versions = rules.versions();
    if (versions.ok()) {
        m_versions->setVersions(versions.value(), m_current.version(), m_session.zone());
    } else {
        showRuleMessage(versions.error(), true);
    }
    Result<QString> zone = rules.timeZoneId();
    if (zone.ok()) {
        const int index = m_zone->findData(zone.value());
        m_zone->setCurrentIndex(index < 0 ? 0 : index);
        m_zoneMessage->setText(
            tr("FiberDesk is counting days in %1.").arg(QString::fromUtf8(m_session.zone().id())));
    }
}

void SettingsPage::showRules(const RuleSet& rules)
{
    for (const RuleDefinition& definition : ruleDefinitions())
        setRuleValue(definition.key, rules.value(definition.key));
    markChanged();
}

void SettingsPage::setRuleValue(const QString& key, double value)
{
    if (key == kPolicyKey) {
        const int index = m_policy->findData(int(std::llround(value)));
        m_policy->setCurrentIndex(index < 0 ? 0 : index);
        showPolicyState();
        return;
    }
    if (key == kWeekdaysKey) {
        const int mask = int(std::clamp<qint64>(std::llround(value), 1, 127));
        for (int i = 0; i < m_weekdays.size(); ++i) {
            const QSignalBlocker quiet(m_weekdays.at(i));
            m_weekdays.at(i)->setChecked((mask & (1 << i)) != 0);
        }
        return;
    }
    QAbstractSpinBox* editor = m_editors.value(key);
    if (auto* whole = qobject_cast<QSpinBox*>(editor))
        whole->setValue(int(std::llround(value)));
    else if (auto* decimal = qobject_cast<QDoubleSpinBox*>(editor))
        decimal->setValue(value);
}

RuleSet SettingsPage::editedRules() const
{
    RuleSet rules = m_current;
    for (const RuleDefinition& definition : ruleDefinitions())
        (void)rules.set(definition.key, editedValue(definition.key));
    return rules;
}

void SettingsPage::markChanged()
{
    // A changed value's label turns bold, so the evaluator sees what the new version changes.
    bool any = false;
    for (const RuleDefinition& definition : ruleDefinitions()) {
        const bool changed = editedValue(definition.key) != m_current.value(definition.key);
        QLabel* label = m_labels.value(definition.key);
        QFont font = label->font();
        font.setBold(changed);
        label->setFont(font);
        any = any || changed;
    }
    m_save->setEnabled(any);
    m_discard->setEnabled(any);
}

void SettingsPage::saveVersion()
{
    const int before = m_current.version();
    Result<int> saved = RuleService(m_session).saveVersion(editedRules(), m_note->text().trimmed());
    if (!saved.ok()) {
        showRuleMessage(saved.error(), true);
        return;
    }
    m_note->clear();
    refresh();
    if (saved.value() == before) {
        showRuleMessage(tr("Nothing changed; version %1 stays in force.").arg(before), false);
        return;
    }
    showRuleMessage(tr("Saved as version %1, now in force.").arg(saved.value()), false);
    emit dataChanged();
    emit statusMessage(tr("Rules version %1 saved.").arg(saved.value()));
}

QString SettingsPage::ruleMessage() const
{
    return m_ruleMessage->isHidden() ? QString() : m_ruleMessage->text();
}

void SettingsPage::showRuleMessage(const QString& text, bool error)
{
    m_ruleMessage->setText(text);
    m_ruleMessage->setStyleSheet(error
            ? u"color: %1;"_s.arg(colourName(ColourRole::DangerText))
            : u"color: %1; font-weight: bold;"_s.arg(colourName(ColourRole::SuccessText)));
    m_ruleMessage->show();
}

void SettingsPage::applyTimeZone()
{
    const QString id = m_zone->currentData().toString();
    const Status status = RuleService(m_session).setTimeZoneId(id);
    if (!status.ok()) {
        m_zoneMessage->setText(status.error());
        return;
    }
    // The open session keeps the zone it started with, so that one window never mixes two
    // zones' days; the new zone applies from the next start.
    m_zoneMessage->setText(
        tr("Saved. FiberDesk counts days in %1 from its next start.")
            .arg(id.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : id));
}

void SettingsPage::chooseDatabase()
{
    DatabaseLocationDialog dialog(defaultDatabaseLocation(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setStoredDatabaseLocation(dialog.location());
    QString text = tr("FiberDesk opens %1 the next time it starts.").arg(dialog.location());
    if (!qEnvironmentVariableIsEmpty("FIBERDESK_DB"))
        text = tr("Saved, but the FIBERDESK_DB environment variable names %1 and takes precedence.")
                   .arg(qEnvironmentVariable("FIBERDESK_DB"));
    m_databaseMessage->setText(text);
    m_databaseMessage->show();
}

} // namespace fd
