#pragma once

#include "domain/workorder.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <array>
#include <optional>

namespace fd {

// SPEC §5: the next-day callback of every completed order.

enum class CallbackOutcome
{
    Reached,
    NoAnswer,
    Busy,
    WrongNumber,
    Refused
};
enum class CallbackStatus
{
    Pending,
    Reached,
    Unreachable
};

// The six questions asked when the customer is reached, in the SPEC's order.
enum class CallbackQuestion
{
    OnTime,
    Appointment,
    Uniform,
    StandardService,
    Tested,
    SiteCleaned
};
inline constexpr int kCallbackQuestionCount = 6;

// Satisfaction 0–10 in bands: 9–10 promoter, 7–8 passive, 0–6 detractor (NPS).
enum class SatisfactionBand
{
    Detractor,
    Passive,
    Promoter
};
SatisfactionBand satisfactionBand(int score);

struct CallbackAnswers
{
    std::array<bool, kCallbackQuestionCount> yes {}; // indexed by CallbackQuestion
    int satisfaction = 10;
    bool commendation = false;
    QString comment;

    int yesCount() const;
};

// How a call's answers are written into the audit log when a call is corrected: the six
// answers as y/n, the satisfaction, the commendation and the comment
// ("yyynyy 8 commended — slow but kind").
QString callbackAnswersRecord(const CallbackAnswers& answers);

struct CallbackAttempt
{
    QDateTime at;
    CallbackOutcome outcome = CallbackOutcome::NoAnswer;
    QString agent;
};

struct CallbackTask
{
    qint64 id = 0;
    QString orderNumber;
    QDate dueOn;
    CallbackStatus status = CallbackStatus::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt; // when a retry is due (no answer, busy); invalid: call now
    QDateTime concludedAt; // reached, or became unreachable
    std::optional<CallbackAnswers> answers; // once reached
    int version = 1;

    // What the agent needs on screen, read with the task.
    QString customer;
    QString phone;
    QString address;
    QString unitCode;
    QString teamCode;
    QString technicianName;
    QString orderKind;
    QDateTime completedAt;
};

QString callbackOutcomeKey(CallbackOutcome outcome);
std::optional<CallbackOutcome> callbackOutcomeFromKey(const QString& key);
QString callbackOutcomeDisplayName(CallbackOutcome outcome);
QList<CallbackOutcome> allCallbackOutcomes();

QString callbackStatusKey(CallbackStatus status);
std::optional<CallbackStatus> callbackStatusFromKey(const QString& key);
QString callbackStatusDisplayName(CallbackStatus status);

QString callbackQuestionKey(CallbackQuestion question); // the SPEC's column names: on_time, ...
QString callbackQuestionText(CallbackQuestion question); // the question the agent reads out
// The same question after a visit of `kind`: a removal has nothing installed and no service
// to test, so items 4 and 5 of its visit are asked as they apply to a disconnection.
QString callbackQuestionText(CallbackQuestion question, OrderKind kind);
QString callbackQuestionShortName(CallbackQuestion question);
QList<CallbackQuestion> allCallbackQuestions();

} // namespace fd
