#pragma once

#include "common/role.h"
#include "common/session.h"
#include "services/import/importservice.h"
#include "storage/database.h"

#include <QTimeZone>

class QWidget;

namespace fd {

struct ImportJobResult
{
    bool ok = false;
    ImportOutcome outcome;
    ImportFailure failure; // when not ok
};

// One CSV import from start to end on the calling thread, with its own database connection
// and session (DESIGN.md habit 6: a QSqlDatabase is never shared across threads).
ImportJobResult runImportJob(const DatabaseLocation& location, const Actor& actor, const QTimeZone& zone,
    const QDateTime& now, ImportKind kind, const QString& path);

// Runs the import on a worker thread under a busy progress dialog and returns its result
// once it is done. The GUI stays responsive (repaints) meanwhile; the import service is all
// or nothing and offers no cancellation, so the dialog has no Cancel button.
ImportJobResult runImportWithProgress(const Session& session, ImportKind kind, const QString& path, QWidget* parent);

} // namespace fd
