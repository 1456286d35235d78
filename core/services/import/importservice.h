#pragma once

#include "common/batch.h"
#include "common/session.h"
#include "csv/csvreader.h"
#include "services/import/importkind.h"
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

// Why an import was refused: every problem found, each with its place in the file.
struct ImportFailure
{
    QString fileName;
    QString general; // not tied to one place (permission, unreadable file, database)
    QList<CsvProblem> problems;

    QStringList describe(qsizetype limit = 200) const;
    // One line for the command line: the first problem, and how many more there are.
    QString summary() const;
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
        ImportFailure* failure = nullptr, const ImportProgress& progress = {});
    Result<ImportOutcome> importBytes(ImportKind kind, const QByteArray& bytes,
        const QString& fileName, ImportFailure* failure = nullptr,
        const ImportProgress& progress = {});

private:
    Result<ImportOutcome> importDevice(ImportKind kind, QIODevice& device, const QString& fileName,
        ImportFailure& out, const ImportProgress& progress);

    const Session& m_session;
};

} // namespace fd
