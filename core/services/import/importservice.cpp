#include "importservice.h"

#include "csv/csvrow.h"
#include "rules/permissions.h"
#include "services/areaservice.h"
#include "services/assessmentservice.h"
#include "services/equipmentservice.h"
#include "services/import/callbackimporter.h"
#include "services/import/complaintimporter.h"
#include "services/import/importlimits.h"
#include "services/import/orderimporter.h"
#include "services/import/organisationrows.h"
#include "services/import/roomscoreimporter.h"
#include "services/teamservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <new>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// Reads the rows, and if they are all well-formed hands them to the service that owns them.
template <typename T, typename Read, typename Save>
BatchStatus readAndSave(const CsvDocument& document, const CsvColumns& columns,
    QList<CsvProblem>& problems, Read read, Save save)
{
    const QList<T> values = read(document, columns, problems);
    if (!problems.isEmpty())
        return BatchStatus();
    return save(values);
}

// The memory an import takes is bounded by design (importlimits.h). Should the system still
// refuse memory (a limit far below the program's own), the import is refused with a
// message, its transaction rolled back as the stack unwinds, never ended by std::bad_alloc.
template <typename Import>
Result<ImportOutcome> refusingWhenMemoryRunsOut(ImportFailure& out, Import import)
{
    try {
        return import();
    } catch (const std::bad_alloc&) {
        out.problems.clear();
        out.general = QCoreApplication::translate(
            "fd::Import", "There was not enough memory to import “%1”; nothing was imported.")
                          .arg(out.fileName);
        return Error(out.general);
    }
}

} // namespace

QStringList ImportFailure::describe(qsizetype limit) const
{
    QStringList lines;
    if (!general.isEmpty())
        lines.append(general);
    for (const CsvProblem& problem : problems) {
        if (lines.size() >= limit)
            break;
        lines.append(describeCsvProblem(fileName, problem));
    }
    return lines;
}

QString ImportFailure::summary() const
{
    if (!general.isEmpty())
        return general;
    if (problems.isEmpty())
        return {};
    QString first = describeCsvProblem(fileName, problems.first());
    // Most reasons are phrases ("is empty"), but a service's refusal is a whole sentence:
    // its full stop is not doubled by the one before "Nothing was imported".
    if (first.endsWith(u'.') || first.endsWith(u'。'))
        first.chop(1);
    if (problems.size() == 1)
        return QCoreApplication::translate("fd::Import", "%1. Nothing was imported.").arg(first);
    // %n, not %2: "(and 1 more problem)", "(y 1 problema más)" — each language's plural.
    // The count in a variable of its own: lupdate 6.4 never returns from a cast written
    // inside the call.
    const int more = int(problems.size()) - 1;
    return QCoreApplication::translate(
        "fd::Import", "%1 (and %n more problems). Nothing was imported.", nullptr, more)
        .arg(first);
}

Result<ImportOutcome> ImportService::importFile(
    ImportKind kind, const QString& path, ImportFailure* failure, const ImportProgress& progress)
{
    ImportFailure local;
    ImportFailure& out = failure ? *failure : local;
    out = { path, {}, {} };
    const QFileInfo info(path);
    if (!info.exists())
        out.general
            = QCoreApplication::translate("fd::Import", "The file “%1” does not exist.").arg(path);
    else if (info.isDir())
        out.general = QCoreApplication::translate("fd::Import", "“%1” is a folder, not a CSV file.")
                          .arg(path);
    else if (!info.isFile()) // a pipe would block the import until someone writes to it
        out.general = QCoreApplication::translate(
            "fd::Import", "“%1” is not a regular file (a device or a pipe), not a CSV file.")
                          .arg(path);
    if (!out.general.isEmpty())
        return Error(out.general);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.general = QCoreApplication::translate("fd::Import", "Cannot read “%1”: %2")
                          .arg(path, file.errorString());
        return Error(out.general);
    }
    return refusingWhenMemoryRunsOut(
        out, [&] { return importDevice(kind, file, path, out, progress); });
}

Result<ImportOutcome> ImportService::importBytes(ImportKind kind, const QByteArray& bytes,
    const QString& fileName, ImportFailure* failure, const ImportProgress& progress)
{
    ImportFailure local;
    ImportFailure& out = failure ? *failure : local;
    out = { fileName, {}, {} };
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return refusingWhenMemoryRunsOut(
        out, [&] { return importDevice(kind, buffer, fileName, out, progress); });
}

Result<ImportOutcome> ImportService::importDevice(ImportKind kind, QIODevice& device,
    const QString& fileName, ImportFailure& out, const ImportProgress& progress)
{
    out = { fileName, {}, {} };
    auto refuse = [&]() -> Result<ImportOutcome> { return Error(out.summary()); };

    // Dispatchers import the CRM's orders, agents their calls, evaluators the organisation
    // and complaint verdicts (SPEC §1).
    const Action action = kind == ImportKind::Orders ? Action::DispatchOrders
        : kind == ImportKind::Callbacks              ? Action::WorkCallbacks
        : kind == ImportKind::Complaints             ? Action::JudgeComplaint
        : kind == ImportKind::RoomScores             ? Action::EnterScores
                                                     : Action::ImportOrganisation;
    const Status allowed = checkAllowed(m_session.actor(), action);
    if (!allowed.ok()) {
        out.general = allowed.error();
        return refuse();
    }
    CsvReader reader(&device);
    CsvRecord header;
    if (!reader.next(header)) {
        out.problems.append(reader.failed() ? reader.problem()
                                            : CsvProblem { 1, 0, {},
                                                QCoreApplication::translate("fd::Csv",
                                                    "the file is empty; it needs a header row") });
        return refuse();
    }
    CsvColumns columns;
    CsvProblem problem;
    if (!columns.read(header.fields, importColumns(kind), problem, optionalImportColumns(kind))) {
        out.problems.append(problem);
        return refuse();
    }

    SaveSummary summary;
    // Millions of rows: streamed through in chunks, inside one transaction.
    if (kind == ImportKind::Orders) {
        OrderImporter importer(m_session);
        if (!importer.run(
                reader, columns, device.size(), out.problems, summary, progress, out.general))
            return refuse();
        return ImportOutcome { kind, importer.rows(), summary };
    }
    if (kind == ImportKind::Callbacks) {
        CallbackImporter importer(m_session);
        if (!importer.run(
                reader, columns, device.size(), out.problems, summary, progress, out.general))
            return refuse();
        return ImportOutcome { kind, importer.rows(), summary };
    }

    // The files read whole into memory are the organisation's, complaints, room scores and
    // assessments: what their records take is counted as they are read, and a file that
    // would take more than the budget is refused there (orders and calls are streamed).
    CsvDocument document;
    document.header = header.fields;
    CsvRecord record;
    qint64 held = 0;
    while (reader.next(record)) {
        held += importlimits::recordFootprint(record);
        if (held > importlimits::kWholeFileBudget) {
            out.general = QCoreApplication::translate("fd::Import",
                "“%1” is too large for a file of %2: it is read whole before it is saved, "
                "and at line %3 it already needs more than %4 MiB of memory. Is it the right "
                "file? If so, split it into smaller files.")
                              .arg(fileName, importKindDisplayName(kind).toLower(),
                                  QString::number(record.line),
                                  QString::number(importlimits::kWholeFileBudget >> 20));
            return refuse();
        }
        document.records.append(record);
    }
    if (reader.failed()) {
        out.problems.append(reader.problem());
        return refuse();
    }
    for (const CsvRecord& each : std::as_const(document.records)) {
        if (out.problems.size() >= importlimits::kMostProblems)
            break;
        columns.fitsRecord(each, out.problems);
    }
    if (!out.problems.isEmpty())
        return refuse();

    const CsvDocument& doc = document;
    QList<CsvProblem>& problems = out.problems;
    BatchStatus saved;
    switch (kind) {
    case ImportKind::Units:
        saved = readAndSave<Unit>(
            doc, columns, problems, readUnitRows, [&](const QList<Unit>& values) {
                return UnitService(m_session).save(values, UnitService::Origin::Imported, &summary);
            });
        break;
    case ImportKind::Areas:
        saved = readAndSave<Area>(
            doc, columns, problems, readAreaRows, [&](const QList<Area>& values) {
                return AreaService(m_session).save(values, &summary);
            });
        break;
    case ImportKind::Teams:
        saved = readAndSave<Team>(
            doc, columns, problems, readTeamRows, [&](const QList<Team>& values) {
                return TeamService(m_session).save(values, &summary);
            });
        break;
    case ImportKind::Technicians:
        saved = readAndSave<Technician>(
            doc, columns, problems, readTechnicianRows, [&](const QList<Technician>& values) {
                return TechnicianService(m_session).save(values, &summary);
            });
        break;
    case ImportKind::Equipment:
        saved = readAndSave<EquipmentHolding>(
            doc, columns, problems, readEquipmentRows, [&](const QList<EquipmentHolding>& values) {
                return EquipmentService(m_session).save(values, &summary);
            });
        break;
    case ImportKind::Assessments:
        saved = readAndSave<Assessment>(
            doc, columns, problems, readAssessmentRows, [&](const QList<Assessment>& values) {
                return AssessmentService(m_session).record(values, &summary);
            });
        break;
    case ImportKind::Complaints: {
        QString general;
        if (!ComplaintImporter(m_session).run(doc, columns, problems, summary, general))
            saved = Error(general);
        break;
    }
    case ImportKind::RoomScores: {
        QString general;
        if (!importRoomScores(m_session, doc, columns, problems, summary, general))
            saved = Error(general);
        break;
    }
    case ImportKind::Orders:
    case ImportKind::Callbacks:
        break; // streamed above
    }
    if (!problems.isEmpty())
        return refuse();
    if (!saved.ok()) {
        out.general = saved.generalError();
        for (const RecordError& error : saved.recordErrors()) {
            const CsvRecord& failed = doc.records.at(error.index);
            out.problems.append(
                { failed.line, columns.index(error.field) + 1, error.field, error.message });
        }
        std::stable_sort(out.problems.begin(), out.problems.end(),
            [](const CsvProblem& a, const CsvProblem& b) { return a.line < b.line; });
        return refuse();
    }
    return ImportOutcome { kind, doc.records.size(), summary };
}

} // namespace fd
