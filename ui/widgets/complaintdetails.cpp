#include "complaintdetails.h"

#include "models/cellformat.h"
#include "services/complaintservice.h"
#include "widgets/palette.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

ComplaintDetails::ComplaintDetails(const Session& session, QWidget* parent)
    : QTextBrowser(parent)
    , m_session(session)
{
    setOpenLinks(false);
    setFrameShape(QFrame::StyledPanel);
    showComplaint(std::nullopt);
}

void ComplaintDetails::showComplaint(const std::optional<Complaint>& complaint)
{
    m_history.clear();
    if (!complaint) {
        setHtml(u"<p style=\"color:%1\">%2</p>"_s.arg(colourName(ColourRole::MutedText),
            tr("Choose a complaint to see it in full with the history of its verdict.")
                .toHtmlEscaped()));
        return;
    }
    const QTimeZone& zone = m_session.zone();
    auto escaped = [](const QString& text) { return text.toHtmlEscaped(); };
    QStringList facts = { complaintStatusDisplayName(complaint->status),
        complaintCategoryDisplayName(complaint->category),
        complaintSourceDisplayName(complaint->source), tr("unit %1").arg(complaint->unitCode) };
    if (!complaint->orderNumber.isEmpty())
        facts.append(tr("order %1").arg(complaint->orderNumber));
    QString html = u"<p><b>%1</b> &nbsp; %2</p><p>%3</p>"_s.arg(
        escaped(tr("Complaint %1").arg(complaint->id)), escaped(facts.join(u" · "_s)),
        escaped(complaint->description));

    // The story of the complaint, oldest first: registered, then each verdict or resolution.
    m_history.append(
        tr("%1 · %2 · Registered")
            .arg(formatDateTime(complaint->receivedAt, zone),
                complaint->registeredBy.isEmpty() ? tr("unknown") : complaint->registeredBy));
    Result<QList<ComplaintChange>> changes = ComplaintService(m_session).history(complaint->id);
    if (!changes.ok()) {
        m_history.append(changes.error());
    } else {
        // The importer marks the verdicts a file brought (core/services/import/
        // complaintimporter.cpp); their entry is dated when the file came in, the verdict
        // itself when it was given.
        const QString importedMark = u" — imported"_s;
        for (const ComplaintChange& change : changes.value()) {
            const QString when = formatDateTime(change.at, zone);
            if (change.after.endsWith(importedMark)) {
                const QString verdict = complaintVerdictDisplay(
                    change.after.left(change.after.size() - importedMark.size()));
                m_history.append(complaint->verifiedAt.isValid()
                        ? tr("%1 · %2 · Imported from a file: %3, given %4")
                              .arg(when, change.actor, verdict,
                                  formatDateTime(complaint->verifiedAt, zone))
                        : tr("%1 · %2 · Imported from a file: %3")
                              .arg(when, change.actor, verdict));
            } else if (change.before.isEmpty()) {
                m_history.append(
                    tr("%1 · %2 · %3: %4")
                        .arg(when, change.actor, complaintChangeDisplayName(change.action),
                            complaintVerdictDisplay(change.after)));
            } else {
                m_history.append(
                    tr("%1 · %2 · %3: %4 → %5")
                        .arg(when, change.actor, complaintChangeDisplayName(change.action),
                            complaintVerdictDisplay(change.before),
                            complaintVerdictDisplay(change.after)));
            }
        }
        // Verdicts that came with an imported file have no audit entry; the complaint keeps them.
        if (changes.value().isEmpty() && complaint->verifiedAt.isValid()) {
            m_history.append(
                tr("%1 · %2 · %3")
                    .arg(formatDateTime(complaint->verifiedAt, zone),
                        complaint->verifiedBy.isEmpty() ? tr("unknown") : complaint->verifiedBy,
                        complaintVerdictDisplay(complaintVerdictRecord(*complaint, false))));
        }
    }
    html += u"<p><b>%1</b></p><ul style=\"margin-left:-20px\">"_s.arg(escaped(tr("History")));
    for (const QString& line : std::as_const(m_history))
        html += u"<li>%1</li>"_s.arg(escaped(line));
    html += u"</ul>"_s;
    if (complaint->status == ComplaintStatus::Resolved) {
        html += u"<p><b>%1</b> %2 · %3</p>"_s.arg(escaped(tr("Resolved:")),
            escaped(formatDateTime(complaint->resolvedAt, zone)), escaped(complaint->resolution));
    }
    setHtml(html);
}

} // namespace fd
