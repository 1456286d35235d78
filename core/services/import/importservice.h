#pragma once

#include "common/batch.h"
#include "common/session.h"
#include "csv/csvreader.h"
#include "services/import/importkind.h"
#include "services/import/importlimits.h"
#include "services/import/importprogress.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace fd {

struct ImportOutcome
{
    ImportKind kind = ImportKind::Units;
    qsizetype rows = 0;
    SaveSummary summary;
};

// How to read a file: its encoding and separator (SPEC §13).
struct ImportOptions
{
    // Empty or "UTF-8": UTF-8, with or without a byte-order mark. Another name (GB18030,
    // windows-1252, see csvEncodingName) converts the file from it.
    QString encoding;
    // ',', ';' or '\t'; 0 to take the one the header row uses.
    char separator = 0;
};

// Why an import was refused: every problem found, each with its place in the file.
struct ImportFailure
{
    // A streamed file (orders, calls) is read to its end however many problems it has; the
    // first kMostKept are kept with their places, the others only counted.
    static constexpr qsizetype kMostKept = importlimits::kMostProblems;

    QString fileName;
    QString general; // not tied to one place (permission, unreadable file, database)
    QList<CsvProblem> problems;
    qsizetype uncounted = 0; // problems found beyond kMostKept, not kept

    qsizetype total() const { return problems.size() + uncounted; }
    QStringList describe(qsizetype limit = 200) const;
    // One line for the command line: the first problem, and how many more there are.
    QString summary() const;
    // For the command line: every problem on its own line up to `limit`, then how many more
    // there are, then "Nothing was imported."
    QStringList report(qsizetype limit) const;
};

// SPEC §9 CSV import: all or nothing. A file with any bad row is refused whole with every
// problem's line, column and reason, and nothing is written.
class ImportService
{
public:
    explicit ImportService(const Session& session)
        : m_session(session)
    { }

    // Returns the outcome, or fills `failure` (when given) and returns an error.
    Result<ImportOutcome> importFile(ImportKind kind, const QString& path,
        ImportFailure* failure = nullptr, const ImportProgress& progress = {},
        const ImportOptions& options = {});
    Result<ImportOutcome> importBytes(ImportKind kind, const QByteArray& bytes,
        const QString& fileName, ImportFailure* failure = nullptr,
        const ImportProgress& progress = {}, const ImportOptions& options = {});

private:
    Result<ImportOutcome> importDevice(ImportKind kind, QIODevice& device, const QString& fileName,
        ImportFailure& out, const ImportProgress& progress, const ImportOptions& options);

    const Session& m_session;
};

} // namespace fd
