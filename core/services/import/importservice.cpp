#include "importservice.h"

#include "csv/csvdecoder.h"
#include "csv/csvrow.h"
#include "rules/permissions.h"
#include "services/areaservice.h"
#include "services/assessmentservice.h"
#include "services/equipmentservice.h"
#include "services/import/callbackimporter.h"
#include "services/import/complaintimporter.h"
#include "services/import/holidayimporter.h"
#include "services/import/importlimits.h"
#include "services/import/orderimporter.h"
#include "services/import/organisationrows.h"
#include "services/import/roomscoreimporter.h"
#include "services/teamservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"
#include "storage/plannerstatistics.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <limits>
#include <new>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// Reads the rows, completes those the file names only some columns of from what is
// stored (`complete`, see ImportService), and if they are all well-formed hands them to the
// service that owns them.
template <typename T, typename Read, typename Complete, typename Save>
BatchStatus readAndSave(const CsvDocument& document, const CsvColumns& columns,
    QList<CsvProblem>& problems, Read read, Complete complete, Save save)
{
    QList<T> values = read(document, columns, problems);
    if (!problems.isEmpty())
        return BatchStatus();
    const BatchStatus completed = complete(values);
    if (!completed.ok() || !problems.isEmpty())
        return completed;
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

// SPEC §13: a file that names only some columns changes only those. A record the file
// names by its code and that is stored takes the columns the file lacks from what is
// stored; a new one must have every column of `neededForNew`.
template <typename T, typename Fill>
BatchStatus completeFromStored(QList<T>& values, const CsvDocument& document,
    const CsvColumns& columns, const QStringList& neededForNew, QList<CsvProblem>& problems,
    const Result<QList<T>>& stored, ImportKind kind, Fill fill)
{
    bool partial = false;
    for (const QString& column : importColumns(kind))
        partial = partial || !columns.has(column);
    if (!partial)
        return BatchStatus();
    if (!stored.ok())
        return Error(stored.error());
    QHash<QString, const T*> byCode;
    for (const T& value : stored.value())
        byCode.insert(value.code, &value);
    for (qsizetype i = 0; i < values.size(); ++i) {
        T& value = values[i];
        if (const T* before = byCode.value(value.code)) {
            fill(value, *before);
            continue;
        }
        for (const QString& column : neededForNew) {
            if (!columns.has(column))
                problems.append({ document.records.at(i).line, 0, column,
                    QCoreApplication::translate("fd::Import",
                        "“%1” is not in FiberDesk yet, and a new one needs the column “%2”, "
                        "which the file does not have")
                        .arg(value.code, column) });
        }
    }
    return BatchStatus();
}

int countForText(qsizetype count)
{
    return int(qMin<qsizetype>(count, std::numeric_limits<int>::max()));
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
    if (total() == 1)
        return QCoreApplication::translate("fd::Import", "%1. Nothing was imported.").arg(first);
    // %n, not %2: "(and 1 more problem)", "(y 1 problema más)" — each language's plural.
    // The count in a variable of its own: lupdate 6.4 never returns from a cast written
    // inside the call.
    const int more = countForText(total() - 1);
    return QCoreApplication::translate(
        "fd::Import", "%1 (and %n more problems). Nothing was imported.", nullptr, more)
        .arg(first);
}

QStringList ImportFailure::report(qsizetype limit) const
{
    QStringList lines;
    if (!general.isEmpty())
        lines.append(general);
    for (const CsvProblem& problem : problems) {
        if (lines.size() >= limit)
            break;
        lines.append(describeCsvProblem(fileName, problem));
    }
    const qsizetype listed = lines.size() - (general.isEmpty() ? 0 : 1);
    const int more = countForText(total() - listed);
    if (more > 0)
        lines.append(QCoreApplication::translate(
            "fd::Import", "… and %n more problems (--json lists every problem).", nullptr, more));
    if (total() == 1)
        lines.append(QCoreApplication::translate("fd::Import", "Nothing was imported."));
    else if (total() > 1)
        lines.append(QCoreApplication::translate("fd::Import",
            "Nothing was imported: the file has %n problems.", nullptr, countForText(total())));
    return lines;
}

Result<ImportOutcome> ImportService::importFile(ImportKind kind, const QString& path,
    ImportFailure* failure, const ImportProgress& progress, const ImportOptions& options)
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
        out, [&] { return importDevice(kind, file, path, out, progress, options); });
}

Result<ImportOutcome> ImportService::importBytes(ImportKind kind, const QByteArray& bytes,
    const QString& fileName, ImportFailure* failure, const ImportProgress& progress,
    const ImportOptions& options)
{
    ImportFailure local;
    ImportFailure& out = failure ? *failure : local;
    out = { fileName, {}, {} };
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return refusingWhenMemoryRunsOut(
        out, [&] { return importDevice(kind, buffer, fileName, out, progress, options); });
}

Result<ImportOutcome> ImportService::importDevice(ImportKind kind, QIODevice& device,
    const QString& fileName, ImportFailure& out, const ImportProgress& progress,
    const ImportOptions& options)
{
    out = { fileName, {}, {} };
    auto refuse = [&]() -> Result<ImportOutcome> {
        capProblems(out.problems, ImportFailure::kMostKept, out.uncounted);
        return Error(out.summary());
    };

    // Dispatchers import the CRM's orders, agents their calls, evaluators the organisation
    // and complaint verdicts (SPEC §1).
    const Action action = kind == ImportKind::Orders ? Action::DispatchOrders
        : kind == ImportKind::Callbacks              ? Action::WorkCallbacks
        : kind == ImportKind::Complaints             ? Action::JudgeComplaint
        : kind == ImportKind::RoomScores             ? Action::EnterScores
        : kind == ImportKind::Holidays               ? Action::ChangeRules
                                                     : Action::ImportOrganisation;
    const Status allowed = checkAllowed(m_session.actor(), action);
    if (!allowed.ok()) {
        out.general = allowed.error();
        return refuse();
    }
    // Another encoding than UTF-8 is converted as the file is read.
    std::optional<CsvDecodingDevice> decoded;
    QIODevice* source = &device;
    QString encoding;
    if (!options.encoding.isEmpty() && !isUtf8EncodingName(options.encoding)) {
        const std::optional<QString> name = csvEncodingName(options.encoding);
        if (!name) {
            out.general = QCoreApplication::translate("fd::Import",
                "“%1” is not an encoding FiberDesk knows; name one such as UTF-8, GB18030 or "
                "windows-1252.")
                              .arg(options.encoding);
            return refuse();
        }
        encoding = *name;
        // A UTF-8 byte-order mark says what the file is, whatever was chosen.
        if (device.peek(3) == QByteArrayLiteral("\xEF\xBB\xBF")) {
            out.problems.append({ 1, 0, {},
                QCoreApplication::translate("fd::Import",
                    "the file starts with a UTF-8 byte-order mark: it is UTF-8, not %1; import "
                    "it as UTF-8")
                    .arg(encoding) });
            return refuse();
        }
        decoded.emplace(&device, encoding);
        source = &*decoded;
    }
    CsvReader reader(source);
    reader.setSeparator(options.separator);
    reader.setEncoding(encoding, isUtf8EncodingName(options.encoding));
    CsvRecord header;
    if (!reader.next(header)) {
        out.problems.append(reader.failed() ? reader.problem()
                                            : CsvProblem { 1, 0, {},
                                                QCoreApplication::translate("fd::Csv",
                                                    "the file is empty; it needs a header row") });
        return refuse();
    }
    CsvColumns columns;
    if (!columns.read(header.fields, importColumns(kind) + optionalImportColumns(kind),
            importRequiredColumns(kind), out.problems))
        return refuse();
    columns.setDecimalComma(reader.separator() != ',');

    SaveSummary summary;
    // Millions of rows: streamed through in chunks, inside one transaction.
    if (kind == ImportKind::Orders) {
        OrderImporter importer(m_session);
        importer.setMostKept(ImportFailure::kMostKept);
        const bool done = importer.run(
            reader, columns, device.size(), out.problems, summary, progress, out.general);
        out.uncounted = importer.uncounted();
        if (!done)
            return refuse();
        refreshAfterBulkWrite(
            m_session.database(), { u"orders"_s }, summary.created + summary.updated);
        return ImportOutcome { kind, importer.rows(), summary };
    }
    if (kind == ImportKind::Callbacks) {
        CallbackImporter importer(m_session);
        importer.setMostKept(ImportFailure::kMostKept);
        const bool done = importer.run(
            reader, columns, device.size(), out.problems, summary, progress, out.general);
        out.uncounted = importer.uncounted();
        if (!done)
            return refuse();
        refreshAfterBulkWrite(m_session.database(), { u"callback_tasks"_s, u"callback_attempts"_s },
            summary.created + summary.updated);
        return ImportOutcome { kind, importer.rows(), summary };
    }

    // The files read whole into memory are the organisation's, complaints, room scores and
    // assessments: what their records take is counted as they are read, and a file that
    // would take more than the budget is refused there (orders and calls are streamed).
    // A record of the wrong shape is reported, and the others are read on so that their
    // problems are reported too.
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
        if (columns.fitsRecord(record, out.problems))
            document.records.append(record);
        capProblems(out.problems, ImportFailure::kMostKept, out.uncounted);
    }
    if (reader.failed()) {
        out.problems.append(reader.problem());
        return refuse();
    }

    const CsvDocument& doc = document;
    QList<CsvProblem>& problems = out.problems;
    BatchStatus saved;
    switch (kind) {
    case ImportKind::Units:
        saved = readAndSave<Unit>(
            doc, columns, problems, readUnitRows,
            [&](QList<Unit>& values) {
                return completeFromStored(values, doc, columns, { u"name"_s }, problems,
                    UnitService(m_session).list(), kind, [&](Unit& unit, const Unit& stored) {
                        if (!columns.has(u"name"_s))
                            unit.name = stored.name;
                        if (!columns.has(u"contract_no"_s))
                            unit.contractNo = stored.contractNo;
                        if (!columns.has(u"contract_start"_s))
                            unit.contractStart = stored.contractStart;
                        if (!columns.has(u"status"_s))
                            unit.status = stored.status;
                    });
            },
            [&](const QList<Unit>& values) {
                return UnitService(m_session).save(values, UnitService::Origin::Imported, &summary);
            });
        break;
    case ImportKind::Areas:
        saved = readAndSave<Area>(
            doc, columns, problems, readAreaRows,
            [&](QList<Area>& values) {
                return completeFromStored(values, doc, columns,
                    { u"name"_s, u"unit_code"_s, u"subscribers"_s }, problems,
                    AreaService(m_session).list(), kind, [&](Area& area, const Area& stored) {
                        if (!columns.has(u"name"_s))
                            area.name = stored.name;
                        if (!columns.has(u"unit_code"_s))
                            area.unitCode = stored.unitCode;
                        if (!columns.has(u"subscribers"_s))
                            area.subscribers = stored.subscribers;
                    });
            },
            [&](const QList<Area>& values) {
                return AreaService(m_session).save(values, &summary);
            });
        break;
    case ImportKind::Teams:
        saved = readAndSave<Team>(
            doc, columns, problems, readTeamRows,
            [&](QList<Team>& values) {
                return completeFromStored(values, doc, columns,
                    { u"unit_code"_s, u"name"_s, u"area_codes"_s }, problems,
                    TeamService(m_session).list(), kind, [&](Team& team, const Team& stored) {
                        if (!columns.has(u"unit_code"_s))
                            team.unitCode = stored.unitCode;
                        if (!columns.has(u"name"_s))
                            team.name = stored.name;
                        if (!columns.has(u"area_codes"_s))
                            team.areaCodes = stored.areaCodes;
                    });
            },
            [&](const QList<Team>& values) {
                return TeamService(m_session).save(values, &summary);
            });
        break;
    case ImportKind::Technicians:
        saved = readAndSave<Technician>(
            doc, columns, problems, readTechnicianRows,
            [&](QList<Technician>& values) {
                return completeFromStored(values, doc, columns,
                    { u"team_code"_s, u"name"_s, u"ftth_kit"_s, u"active"_s }, problems,
                    TechnicianService(m_session).list(), kind,
                    [&](Technician& technician, const Technician& stored) {
                        if (!columns.has(u"team_code"_s))
                            technician.teamCode = stored.teamCode;
                        if (!columns.has(u"name"_s))
                            technician.name = stored.name;
                        if (!columns.has(u"phone"_s))
                            technician.phone = stored.phone;
                        if (!columns.has(u"permit_no"_s))
                            technician.permitNo = stored.permitNo;
                        if (!columns.has(u"ftth_kit"_s))
                            technician.ftthKit = stored.ftthKit;
                        if (!columns.has(u"active"_s))
                            technician.active = stored.active;
                    });
            },
            [&](const QList<Technician>& values) {
                return TechnicianService(m_session).save(values, &summary);
            });
        break;
    case ImportKind::Equipment:
        saved = readAndSave<EquipmentHolding>(
            doc, columns, problems, readEquipmentRows,
            [](QList<EquipmentHolding>&) { return BatchStatus(); },
            [&](const QList<EquipmentHolding>& values) {
                return EquipmentService(m_session).save(values, &summary);
            });
        break;
    case ImportKind::Assessments:
        saved = readAndSave<Assessment>(
            doc, columns, problems, readAssessmentRows,
            [](QList<Assessment>&) { return BatchStatus(); },
            [&](const QList<Assessment>& values) {
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
    case ImportKind::Holidays: {
        QString general;
        if (!importHolidays(m_session, doc, columns, problems, summary, general))
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
