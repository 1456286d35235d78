#pragma once

#include "domain/callback.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace fd {

// SPEC §17: a reached callback call as the quality figures read it.
struct MonitoredCall
{
    qint64 taskId = 0;
    QString orderNumber;
    QString unitCode;
    QString agent; // who reached the customer
    QDateTime concludedAt;
    CallbackAnswers answers;
};

// One supervisor's score of one call, kept with what it was given under.
struct MonitorScoreRecord
{
    qint64 taskId = 0;
    QString orderNumber;
    QString supervisor;
    QDateTime scoredAt;
    int rulesVersion = 0; // the rules whose form weights the marks were given under
    QHash<QString, int> marks; // criterion key → points
    int score = 0; // 0–100
    QString recording; // the telephony system's reference of the recording listened to
};

} // namespace fd
