#pragma once

#include "common/result.h"
#include "common/session.h"

namespace fd {

// The supervisors' monitoring of the demo's calls (SPEC §17): every agent's sample of every
// month with calls is scored by the first supervisor, and a third of it again by the second,
// for calibration (now and then the two disagree by more than ten points). The leading
// agent's calls lose points for questions not asked neutrally. The same seed gives the same
// scores.
Status scoreDemoCalls(const Session& session, quint32 seed);

} // namespace fd
