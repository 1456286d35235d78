#include "qualityscoredialog.h"

#include "models/cellformat.h"
#include "models/qualitymodels.h"
#include "models/recordfilterproxy.h"
#include "models/scoreformat.h"
#include "rules/permissions.h"
#include "services/callbackservice.h"
#include "services/ruleservice.h"
#include "widgets/columnfitter.h"
#include "widgets/errorlabel.h"
#include "widgets/palette.h"
#include "widgets/plainwidgets.h"
#include "widgets/tableviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QualityScoreDialog::QualityScoreDialog(const Session& session, const QDate& month, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_month(QDate(month.year(), month.month(), 1))
{
    setWindowTitle(tr("Score a call — %1").arg(formatMonth(m_month)));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    // The calls drawn for monitoring.
    auto* callsBox = new QGroupBox(tr("Calls drawn for monitoring"), this);
    auto* callsLayout = new QVBoxLayout(callsBox);
    auto* filters = new QHBoxLayout;
    auto* agentLabel = new QLabel(tr("Agent"), callsBox);
    m_agent = new QComboBox(callsBox);
    agentLabel->setBuddy(m_agent);
    filters->addWidget(agentLabel);
    filters->addWidget(m_agent, 1);
    callsLayout->addLayout(filters);
    m_onlyUnscored = new QCheckBox(tr("Only calls I have not scored"), callsBox);
    m_onlyUnscored->setChecked(true);
    callsLayout->addWidget(m_onlyUnscored);
    m_model = new QualitySampleModel(session.zone(), this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(callsBox);
    setUpRecordTable(m_view);
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* fitter = new ColumnFitter(m_view, QualitySampleModel::ScoredBy);
    fitter->keepWhole(QualitySampleModel::Order);
    fitter->keepWhole(QualitySampleModel::Agent);
    fitter->keepWhole(QualitySampleModel::Reached);
    callsLayout->addWidget(m_view, 1);
    m_count = mutedLabel(QString(), callsBox);
    callsLayout->addWidget(m_count);
    columns->addWidget(callsBox, 6);

    // The call as it was recorded, and its recording.
    auto* callBox = new QGroupBox(tr("The call"), this);
    auto* callLayout = new QVBoxLayout(callBox);
    m_call = new QLabel(callBox);
    m_call->setWordWrap(true);
    m_call->setTextFormat(Qt::RichText);
    m_call->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_call->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    callLayout->addWidget(m_call);
    m_answers = new QLabel(callBox);
    m_answers->setWordWrap(true);
    m_answers->setTextFormat(Qt::RichText);
    m_answers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    callLayout->addWidget(m_answers);
    callLayout->addStretch();
    auto* recordingLabel = new QLabel(tr("Recording reference"), callBox);
    m_recording = new QLineEdit(callBox);
    recordingLabel->setBuddy(m_recording);
    callLayout->addWidget(recordingLabel);
    callLayout->addWidget(m_recording);
    callLayout->addWidget(mutedLabel(
        tr("Where the telephony system keeps the call's recording, so that anyone can listen to "
           "what was scored."),
        callBox));
    columns->addWidget(callBox, 4);

    // The form of the rules in force.
    auto* formBox = new QGroupBox(tr("Scoring form"), this);
    auto* formLayout = new QVBoxLayout(formBox);
    m_formHeading = mutedLabel(QString(), formBox);
    formLayout->addWidget(m_formHeading);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    formLayout->addLayout(grid);
    formLayout->addStretch();
    m_total = new QLabel(formBox);
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setWordWrap(true);
    formLayout->addWidget(m_total);
    m_error = makeErrorLabel(formBox);
    formLayout->addWidget(m_error);
    m_savedLabel = new QLabel(formBox);
    m_savedLabel->setWordWrap(true);
    m_savedLabel->setStyleSheet(u"color: %1;"_s.arg(colourName(ColourRole::SuccessText)));
    m_savedLabel->setVisible(false);
    formLayout->addWidget(m_savedLabel);
    columns->addWidget(formBox, 4);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save score"), QDialogButtonBox::ActionRole);
    m_save->setAutoDefault(false); // Enter in a mark's field does not save half a form
    connect(buttons, &QDialogButtonBox::rejected, this, &QualityScoreDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &QualityScoreDialog::save);
    layout->addWidget(buttons);

    load();
    buildForm(grid);
    const Role role = session.actor().role;
    if (!isAllowed(role, Action::MonitorCalls)) {
        m_save->setEnabled(false);
        m_save->setToolTip(tr("Your role (%1) may not score calls; a callback supervisor does.")
                               .arg(roleDisplayName(role)));
    }
    connect(m_agent, &QComboBox::currentIndexChanged, this, &QualityScoreDialog::showRows);
    connect(m_onlyUnscored, &QCheckBox::toggled, this, &QualityScoreDialog::showRows);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &QualityScoreDialog::showCall);
    showRows();
    resize(1240, 720);
}

void QualityScoreDialog::load()
{
    const QualityService service(m_session);
    Result<QList<SampledCall>> sample = service.sample(m_month);
    Result<QList<MonitorCriterion>> form = service.form();
    const QString failure = !sample.ok() ? sample.error() : !form.ok() ? form.error() : QString();
    if (!failure.isEmpty()) {
        m_loadError = failure;
        m_heading->setText(tr("The calls to score cannot be shown: %1").arg(failure));
        m_heading->setStyleSheet(errorStyle());
        m_model->setCalls({});
        m_save->setEnabled(false);
        return;
    }
    m_form = form.value();
    Result<RuleSet> rules = RuleService(m_session).current();
    m_rulesVersion = rules.ok() ? rules.value().version() : 0;
    m_heading->setText(
        tr("Listen to the recording of a call drawn for %1, then mark each criterion. A score "
           "is given once and is not changed afterwards; the figures on the quality page take "
           "it at once.")
            .arg(formatMonth(m_month)));
    m_model->setCalls(sample.value());
    const QString keep = m_agent->currentData().toString();
    const QSignalBlocker blocker(m_agent);
    m_agent->clear();
    m_agent->addItem(tr("All agents"), QString());
    QStringList agents;
    for (const SampledCall& call : sample.value()) {
        if (!agents.contains(call.call.agent))
            agents.append(call.call.agent);
    }
    for (const QString& agent : std::as_const(agents))
        m_agent->addItem(agent, agent);
    m_agent->setCurrentIndex(qMax(0, m_agent->findData(keep)));
}

void QualityScoreDialog::buildForm(QGridLayout* grid)
{
    m_formHeading->setText(m_form.isEmpty()
            ? QString()
            : tr("Rules version %1. Type the points each criterion earned, from 0 to its "
                 "maximum.")
                  .arg(m_rulesVersion));
    // Whole numbers only; the range is the rules' and the core's to judge.
    auto* digits = new QRegularExpressionValidator(QRegularExpression(u"\\d{0,3}"_s), this);
    int row = 0;
    for (const MonitorCriterion& criterion : std::as_const(m_form)) {
        auto* name = new QLabel(
            u"<b>%1</b>"_s.arg(monitorCriterionName(criterion.key).toHtmlEscaped()), this);
        name->setWordWrap(true);
        auto* edit = new QLineEdit(this);
        edit->setObjectName(criterion.key);
        edit->setValidator(digits);
        edit->setAlignment(Qt::AlignRight);
        edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(u"0000"_s) + 20);
        edit->setPlaceholderText(tr("0–%1").arg(criterion.weight));
        edit->setToolTip(monitorCriterionHint(criterion.key));
        name->setBuddy(edit);
        auto* outOf = new QLabel(tr("of %1").arg(criterion.weight), this);
        grid->addWidget(name, row, 0);
        grid->addWidget(edit, row, 1);
        grid->addWidget(outOf, row, 2);
        ++row;
        auto* hint = mutedLabel(monitorCriterionHint(criterion.key), this);
        grid->addWidget(hint, row, 0, 1, 3);
        ++row;
        m_marks.insert(criterion.key, edit);
        connect(edit, &QLineEdit::textChanged, this, &QualityScoreDialog::updateTotal);
    }
    updateTotal();
}

void QualityScoreDialog::setOnlyUnscored(bool only)
{
    m_onlyUnscored->setChecked(only);
}

void QualityScoreDialog::setMark(const QString& key, int points)
{
    if (QLineEdit* edit = m_marks.value(key))
        edit->setText(QString::number(points));
}

void QualityScoreDialog::showRows()
{
    const std::optional<SampledCall> chosen = selectedCall();
    const QString agent = m_agent->currentData().toString();
    const bool onlyUnscored = m_onlyUnscored->isChecked();
    const QString me = m_session.actor().user;
    m_proxy->setRowPredicate([this, agent, onlyUnscored, me](int row) {
        const SampledCall& sampled = m_model->call(row);
        return (agent.isEmpty() || sampled.call.agent == agent)
            && (!onlyUnscored || !sampled.scoredBy.contains(me));
    });
    m_count->setText(tr("Showing %1 of the %2 calls drawn for %3")
                         .arg(formatCount(m_proxy->rowCount()), formatCount(m_model->rowCount()),
                             formatMonth(m_month)));
    if (!(chosen && selectCall(chosen->call.orderNumber)) && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    showCall();
}

bool QualityScoreDialog::selectCall(const QString& orderNumber)
{
    const int row = m_model->rowOfOrder(orderNumber);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

std::optional<SampledCall> QualityScoreDialog::selectedCall() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_proxy->mapToSource(current).row();
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->call(row);
}

void QualityScoreDialog::showCall()
{
    const std::optional<SampledCall> sampled = selectedCall();
    const bool scorable = sampled.has_value() && m_loadError.isEmpty();
    for (QLineEdit* edit : std::as_const(m_marks))
        edit->setEnabled(scorable);
    m_recording->setEnabled(scorable);
    if (isAllowed(m_session.actor().role, Action::MonitorCalls))
        m_save->setEnabled(scorable);
    m_answers->clear();
    if (!sampled) {
        m_recording->clear();
        QString why;
        if (!m_loadError.isEmpty())
            why = m_loadError;
        else if (m_model->rowCount() == 0)
            why = tr("No call was drawn for %1: no callback reached a customer that month.")
                      .arg(formatMonth(m_month));
        else if (m_onlyUnscored->isChecked())
            why = tr("You have scored every call drawn for %1 that is listed. Untick “Only calls "
                     "I have not scored” to see them all.")
                      .arg(formatMonth(m_month));
        else
            why = tr("Choose a call in the list.");
        m_call->setText(why.toHtmlEscaped());
        return;
    }
    const MonitoredCall& call = sampled->call;
    const QTimeZone& zone = m_session.zone();
    Result<std::optional<CallbackTask>> found = CallbackService(m_session).find(call.taskId);
    QStringList lines;
    std::optional<OrderKind> kind;
    QString comment;
    if (found.ok() && found.value()) {
        const CallbackTask& task = *found.value();
        kind = orderKindFromKey(task.orderKind);
        lines.append(tr("<b>Order %1</b> · %2 · completed %3")
                         .arg(call.orderNumber.toHtmlEscaped(),
                             (kind ? orderKindDisplayName(*kind) : task.orderKind).toHtmlEscaped(),
                             formatDateTime(task.completedAt, zone)));
        lines.append(tr("Customer: %1").arg(task.customer.toHtmlEscaped()));
        QStringList crew;
        crew.append(tr("Unit %1").arg(call.unitCode.toHtmlEscaped()));
        if (!task.teamCode.isEmpty())
            crew.append(tr("team %1").arg(task.teamCode.toHtmlEscaped()));
        if (!task.technicianName.isEmpty())
            crew.append(tr("technician %1").arg(task.technicianName.toHtmlEscaped()));
        lines.append(crew.join(u" · "_s));
        if (task.answers)
            comment = task.answers->comment;
    } else {
        lines.append(tr("<b>Order %1</b> · unit %2")
                         .arg(call.orderNumber.toHtmlEscaped(), call.unitCode.toHtmlEscaped()));
        if (!found.ok())
            lines.append(u"<span style='color:%1'>%2</span>"_s.arg(
                colourName(ColourRole::DangerText), found.error().toHtmlEscaped()));
    }
    lines.append(tr("Called by <b>%1</b>, reached %2")
                     .arg(call.agent.toHtmlEscaped(), formatDateTime(call.concludedAt, zone)));
    lines.append(sampled->scoredBy.isEmpty()
            ? tr("Not scored by any supervisor yet.")
            : tr("Already scored by: %1").arg(sampled->scoredBy.join(u", "_s).toHtmlEscaped()));
    m_call->setText(lines.join(u"<br>"_s));

    QString answers = u"<p><b>%1</b></p><table cellspacing='0' cellpadding='2'>"_s.arg(
        tr("The answers as recorded").toHtmlEscaped());
    for (CallbackQuestion question : allCallbackQuestions()) {
        const bool yes = call.answers.yes.at(int(question));
        answers += u"<tr><td>%1</td><td style='color:%2'><b>%3</b></td></tr>"_s.arg(
            (kind ? callbackQuestionText(question, *kind) : callbackQuestionText(question))
                .toHtmlEscaped(),
            colourName(yes ? ColourRole::SuccessText : ColourRole::DangerText), yesNo(yes));
    }
    answers += u"</table><p>"_s
        + tr("Satisfaction: %1 of 10 · thanks letter: %2")
              .arg(QString::number(call.answers.satisfaction), yesNo(call.answers.commendation))
              .toHtmlEscaped();
    if (!comment.isEmpty())
        answers += u"<br>"_s + tr("Comment: “%1”").arg(comment).toHtmlEscaped();
    answers += u"</p>"_s;
    m_answers->setText(answers);
    m_recording->setText(sampled->recording);
    m_recording->setPlaceholderText(tr("e.g. REC-%1").arg(call.orderNumber));
}

void QualityScoreDialog::updateTotal()
{
    int total = 0;
    int missing = 0;
    for (const MonitorCriterion& criterion : std::as_const(m_form)) {
        const QString text = m_marks.value(criterion.key)->text().trimmed();
        if (text.isEmpty())
            ++missing;
        else
            total += text.toInt();
    }
    if (m_form.isEmpty())
        m_total->clear();
    else if (missing == 0)
        m_total->setText(tr("Score: %1 of 100").arg(total));
    else
        m_total->setText(
            tr("Score: %1 so far; criteria still to mark: %2").arg(total).arg(missing));
}

void QualityScoreDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool QualityScoreDialog::save()
{
    showError(QString());
    const std::optional<SampledCall> sampled = selectedCall();
    if (!sampled) {
        showError(tr("Choose a call in the list first."));
        return false;
    }
    // A field left empty is not marked: the core names the criterion that lacks its mark.
    MonitorMarks marks;
    for (const MonitorCriterion& criterion : std::as_const(m_form)) {
        const QString text = m_marks.value(criterion.key)->text().trimmed();
        if (text.isEmpty())
            continue;
        bool whole = false;
        const int points = text.toInt(&whole);
        if (!whole) {
            showError(tr("“%1” is not a whole number of points for “%2”.")
                          .arg(text, monitorCriterionName(criterion.key)));
            return false;
        }
        marks.insert(criterion.key, points);
    }
    const QString order = sampled->call.orderNumber;
    Result<MonitorScoreRecord> scored
        = QualityService(m_session).score(order, marks, m_recording->text());
    if (!scored.ok()) {
        showError(scored.error());
        return false;
    }
    m_saved.append(scored.value());
    m_savedLabel->setText(tr("Saved: the call of order %1 (%2) scored %3 of 100.")
                              .arg(order, sampled->call.agent)
                              .arg(scored.value().score));
    m_savedLabel->setVisible(true);
    for (QLineEdit* edit : std::as_const(m_marks))
        edit->clear();
    // The list again: the call is scored now (and leaves the list of calls still to score).
    load();
    showRows();
    return true;
}

QString QualityScoreDialog::callText() const
{
    return m_call->text() + u'\n' + m_answers->text();
}

QString QualityScoreDialog::totalText() const
{
    return m_total->text();
}

QString QualityScoreDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString QualityScoreDialog::savedText() const
{
    return m_savedLabel->isHidden() ? QString() : m_savedLabel->text();
}

} // namespace fd
