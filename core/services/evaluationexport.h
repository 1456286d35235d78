#pragma once

#include "common/result.h"
#include "common/session.h"
#include "files/outputfile.h"

#include <QDate>
#include <QString>

namespace fd {

// The month's evaluation as a CSV file (SPEC §9 `export evaluation --format csv`): one row
// per unit with its scores, strike, statuses and the counts behind every figure. Written
// through OutputFile (SPEC §16), so a failed export leaves no half file. The last column,
// audit_head, is the audit log's head when the report was made (SPEC §16), the same on every
// row: `audit verify --anchor` takes it back.
Status exportEvaluationCsv(const Session& session, const QDate& month, const OutputTarget& target);

} // namespace fd
