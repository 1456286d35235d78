#pragma once

#include "common/result.h"
#include "common/session.h"
#include "files/outputfile.h"

#include <QDate>

namespace fd {

// The month's evaluation as a PDF fit to send to the units (SPEC §9 `export evaluation
// --format pdf`): a first page with every unit's scores, then a page per unit with its
// figures line by line, the counts behind them, its twelve-month trend against the strike
// line, and the 80-point rule as it stands for it. Needs a QGuiApplication (fonts).
// Written through OutputFile (SPEC §16).
Status exportEvaluationPdf(const Session& session, const QDate& month, const OutputTarget& target);

} // namespace fd
