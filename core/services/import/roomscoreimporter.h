#pragma once

#include "common/batch.h"
#include "common/session.h"
#include "csv/csvrow.h"

namespace fd {

// The room_scores file of SPEC §9: each row goes through EvaluationService::setRoomScore
// (range, frozen months, audit); a score already on record with the same points and note is
// left alone. All or nothing.
bool importRoomScores(const Session& session, const CsvDocument& document,
    const CsvColumns& columns, QList<CsvProblem>& problems, SaveSummary& summary,
    QString& generalError);

} // namespace fd
