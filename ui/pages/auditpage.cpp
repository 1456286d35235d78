#include "auditpage.h"

#include "models/auditmodel.h"
#include "services/auditservice.h"
#include "widgets/columnfitter.h"
#include "widgets/palette.h"
#include "widgets/tableviews.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QDateEdit* dayEdit(QWidget* parent, const QDate& day)
{
    auto* edit = new QDateEdit(day, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    return edit;
}

} // namespace

AuditPage::AuditPage(const Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_entity = new QComboBox(this);
    m_entity->addItem(tr("Every record"), QString());
    for (const QString& entity : auditEntities())
        m_entity->addItem(auditEntityDisplayName(entity), entity);
    m_actor = new QLineEdit(this);
    m_actor->setPlaceholderText(tr("user name"));
    m_actor->setClearButtonEnabled(true);
    m_from = dayEdit(this, session.today().addDays(-90));
    m_until = dayEdit(this, session.today());
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Record or value, e.g. U03 (Ctrl+F)"));
    m_search->setMinimumWidth(
        m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 36);
    m_search->setClearButtonEnabled(true);
    const std::pair<QString, QWidget*> labelled[] = { { tr("&Record"), m_entity },
        { tr("&Who"), m_actor }, { tr("Fro&m"), m_from }, { tr("&Until"), m_until } };
    for (const auto& [text, field] : labelled) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
        filters->addSpacing(8);
    }
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    m_model = new AuditModel(session.zone(), this);
    m_view = new QTableView(this);
    setUpRecordTable(m_view);
    m_view->setSortingEnabled(false); // newest first, always
    m_view->setModel(m_model);
    auto* fitter = new ColumnFitter(m_view, AuditModel::After);
    fitter->setMaximumWidth(260);
    layout->addWidget(m_view, 1);

    auto* chainRow = new QHBoxLayout;
    auto* verify = new QPushButton(tr("Check the chain"), this);
    verify->setToolTip(
        tr("Every entry carries the hash of the one before it: an entry changed or deleted outside "
           "FiberDesk breaks the chain."));
    m_chain = new QLabel(this);
    m_chain->setWordWrap(true);
    chainRow->addWidget(verify);
    chainRow->addWidget(m_chain, 1);
    layout->addLayout(chainRow);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &AuditPage::refresh);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_actor, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::refresh);
    connect(m_until, &QDateEdit::dateChanged, this, &AuditPage::refresh);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
}

void AuditPage::refresh()
{
    AuditFilter filter;
    filter.entity = m_entity->currentData().toString();
    filter.actor = m_actor->text().trimmed();
    filter.text = m_search->text().trimmed();
    filter.from = QDateTime(m_from->date(), QTime(0, 0), m_session.zone()).toUTC();
    filter.until = QDateTime(m_until->date().addDays(1), QTime(0, 0), m_session.zone()).toUTC();
    filter.limit = kShown + 1; // one more says whether there are more
    Result<QList<AuditEntry>> entries = AuditService(m_session).search(filter);
    if (!entries.ok()) {
        m_model->setEntries({});
        m_summary->setText(entries.error());
        return;
    }
    QList<AuditEntry> shown = entries.value();
    const bool more = shown.size() > kShown;
    if (more)
        shown.resize(kShown);
    m_model->setEntries(shown);
    m_summary->setText(more
            ? tr("The newest %1 matching entries; narrow the filters to see older ones.")
                  .arg(QLocale().toString(kShown))
            : tr("%Ln matching entries, newest first.", nullptr, int(shown.size())));
}

bool AuditPage::verifyChain()
{
    Result<AuditCheck> check = AuditService(m_session).verify();
    if (!check.ok()) {
        m_chain->setText(check.error());
        m_chain->setStyleSheet(u"color: %1;"_s.arg(colourName(ColourRole::DangerText)));
        return false;
    }
    if (check.value().intact) {
        m_chain->setText(tr("The chain is intact: %Ln entries, each chained to the one before.",
            nullptr, int(check.value().entries)));
        m_chain->setStyleSheet(
            u"color: %1; font-weight: bold;"_s.arg(colourName(ColourRole::SuccessText)));
    } else {
        m_chain->setText(check.value().problem);
        m_chain->setStyleSheet(
            u"color: %1; font-weight: bold;"_s.arg(colourName(ColourRole::DangerText)));
    }
    return check.value().intact;
}

QString AuditPage::chainText() const
{
    return m_chain->text();
}

QString AuditPage::summary() const
{
    return m_summary->text();
}

void AuditPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace fd
