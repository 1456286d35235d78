#include "callback.h"

#include "domain/namedenum.h"

namespace fd {

namespace {

const NamedValue<CallbackOutcome> kOutcomes[] = {
    { CallbackOutcome::Reached, u"reached", QT_TRANSLATE_NOOP("fd::CallbackOutcome", "Reached") },
    { CallbackOutcome::NoAnswer, u"no_answer",
        QT_TRANSLATE_NOOP("fd::CallbackOutcome", "No answer") },
    { CallbackOutcome::Busy, u"busy", QT_TRANSLATE_NOOP("fd::CallbackOutcome", "Busy") },
    { CallbackOutcome::WrongNumber, u"wrong_number",
        QT_TRANSLATE_NOOP("fd::CallbackOutcome", "Wrong number") },
    { CallbackOutcome::Refused, u"refused",
        QT_TRANSLATE_NOOP("fd::CallbackOutcome", "Refused to answer") },
};

const NamedValue<CallbackStatus> kStatuses[] = {
    { CallbackStatus::Pending, u"pending", QT_TRANSLATE_NOOP("fd::CallbackStatus", "To call") },
    { CallbackStatus::Reached, u"reached", QT_TRANSLATE_NOOP("fd::CallbackStatus", "Done") },
    { CallbackStatus::Unreachable, u"unreachable",
        QT_TRANSLATE_NOOP("fd::CallbackStatus", "Unreachable") },
};

const NamedValue<CallbackQuestion> kQuestionKeys[] = {
    { CallbackQuestion::OnTime, u"on_time", QT_TRANSLATE_NOOP("fd::CallbackQuestion", "On time") },
    { CallbackQuestion::Appointment, u"appointment",
        QT_TRANSLATE_NOOP("fd::CallbackQuestion", "Appointment") },
    { CallbackQuestion::Uniform, u"uniform", QT_TRANSLATE_NOOP("fd::CallbackQuestion", "Uniform") },
    { CallbackQuestion::StandardService, u"standard_service",
        QT_TRANSLATE_NOOP("fd::CallbackQuestion", "Standard service") },
    { CallbackQuestion::Tested, u"tested", QT_TRANSLATE_NOOP("fd::CallbackQuestion", "Tested") },
    { CallbackQuestion::SiteCleaned, u"site_cleaned",
        QT_TRANSLATE_NOOP("fd::CallbackQuestion", "Site cleaned") },
};

const NamedValue<CallbackQuestion> kQuestionTexts[] = {
    { CallbackQuestion::OnTime, u"on_time",
        QT_TRANSLATE_NOOP(
            "fd::CallbackScript", "Did our technician arrive at the time we agreed with you?") },
    { CallbackQuestion::Appointment, u"appointment",
        QT_TRANSLATE_NOOP(
            "fd::CallbackScript", "Did we call you to agree the appointment before the visit?") },
    { CallbackQuestion::Uniform, u"uniform",
        QT_TRANSLATE_NOOP(
            "fd::CallbackScript", "Did the technician wear the company uniform and an ID badge?") },
    { CallbackQuestion::StandardService, u"standard_service",
        QT_TRANSLATE_NOOP("fd::CallbackScript",
            "Did the technician show the work permit and order, use shoe covers and ask where to "
            "install?") },
    { CallbackQuestion::Tested, u"tested",
        QT_TRANSLATE_NOOP(
            "fd::CallbackScript", "Did the technician test the service and show you it works?") },
    { CallbackQuestion::SiteCleaned, u"site_cleaned",
        QT_TRANSLATE_NOOP("fd::CallbackScript", "Did the technician leave the place clean?") },
};

} // namespace

SatisfactionBand satisfactionBand(int score)
{
    if (score >= 9)
        return SatisfactionBand::Promoter;
    if (score >= 7)
        return SatisfactionBand::Passive;
    return SatisfactionBand::Detractor;
}

int CallbackAnswers::yesCount() const
{
    int count = 0;
    for (bool answer : yes)
        count += answer ? 1 : 0;
    return count;
}

QString callbackOutcomeKey(CallbackOutcome outcome)
{
    return keyForValue(kOutcomes, outcome);
}
std::optional<CallbackOutcome> callbackOutcomeFromKey(const QString& key)
{
    return valueForKey(kOutcomes, key);
}
QString callbackOutcomeDisplayName(CallbackOutcome outcome)
{
    return labelForValue(kOutcomes, outcome, "fd::CallbackOutcome");
}
QList<CallbackOutcome> allCallbackOutcomes()
{
    return valuesOf(kOutcomes);
}

QString callbackStatusKey(CallbackStatus status)
{
    return keyForValue(kStatuses, status);
}
std::optional<CallbackStatus> callbackStatusFromKey(const QString& key)
{
    return valueForKey(kStatuses, key);
}
QString callbackStatusDisplayName(CallbackStatus status)
{
    return labelForValue(kStatuses, status, "fd::CallbackStatus");
}

QString callbackQuestionKey(CallbackQuestion question)
{
    return keyForValue(kQuestionKeys, question);
}
QString callbackQuestionText(CallbackQuestion question)
{
    return labelForValue(kQuestionTexts, question, "fd::CallbackScript");
}
QString callbackQuestionText(CallbackQuestion question, OrderKind kind)
{
    if (isRemoval(kind) && question == CallbackQuestion::StandardService)
        return QCoreApplication::translate("fd::CallbackScript",
            "Did the technician show the work permit and order and use shoe covers?");
    if (isRemoval(kind) && question == CallbackQuestion::Tested)
        return QCoreApplication::translate("fd::CallbackScript",
            "Did the technician tell you what was disconnected and which equipment was taken "
            "back?");
    return callbackQuestionText(question);
}
QString callbackQuestionShortName(CallbackQuestion question)
{
    return labelForValue(kQuestionKeys, question, "fd::CallbackQuestion");
}
QList<CallbackQuestion> allCallbackQuestions()
{
    return valuesOf(kQuestionKeys);
}

QString callbackAnswersRecord(const CallbackAnswers& answers)
{
    QString record;
    for (bool yes : answers.yes)
        record += yes ? u'y' : u'n';
    record += u' ' + QString::number(answers.satisfaction);
    if (answers.commendation)
        record += QStringLiteral(" commended");
    if (!answers.comment.isEmpty())
        record += QStringLiteral(" — ") + answers.comment;
    return record;
}

} // namespace fd
