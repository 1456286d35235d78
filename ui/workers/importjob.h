#pragma once

#include "common/databaselocation.h"
#include "common/role.h"
#include "common/session.h"
#include "services/import/importservice.h"

#include <QTimeZone>
#include <memory>

class QWidget;

namespace fd {

struct ImportJobResult
{
    bool ok = false;
    bool cancelled = false; // stopped by the user: nothing was written
    ImportOutcome outcome;
    ImportFailure failure; // when not ok
};

// One CSV import from start to end on the calling thread, with its own database connection
// and session (DESIGN.md habit 6: a QSqlDatabase is never shared across threads).
// `progress` is called from that thread; returning false stops the import.
ImportJobResult runImportJob(const DatabaseLocation& location, const Actor& actor,
    const QTimeZone& zone, const QDateTime& now, ImportKind kind, const QString& path,
    const ImportProgress& progress = {}, const ImportOptions& options = {});

// Runs the import on a worker thread under a progress dialog with a Cancel button and
// returns its result once it is done. The bar moves for the kinds whose import reports
// progress (work orders) and shows "busy" for the others, which are small.
ImportJobResult runImportWithProgress(const Session& session, ImportKind kind, const QString& path,
    QWidget* parent, const ImportOptions& options = {});

} // namespace fd
