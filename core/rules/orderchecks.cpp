#include "orderchecks.h"

#include "rules/bounds.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

void requireText(
    QList<FieldError>& errors, const QString& field, const QString& text, int maxLength)
{
    if (text.trimmed().isEmpty())
        errors.append({ field, QCoreApplication::translate("fd::Checks", "must not be empty") });
    else if (text.size() > maxLength)
        errors.append({ field,
            QCoreApplication::translate("fd::Checks", "is longer than %1 characters")
                .arg(maxLength) });
    else if (const QString problem = textCharacterProblem(text); !problem.isEmpty())
        errors.append({ field, problem });
}

void checkCharacters(
    QList<FieldError>& errors, const QString& field, const QString& text, bool multiLine = false)
{
    if (const QString problem = textCharacterProblem(text, multiLine); !problem.isEmpty())
        errors.append({ field, problem });
}

void notInFuture(
    QList<FieldError>& errors, const QString& field, const QDateTime& when, const QDateTime& now)
{
    if (when.isValid() && when > now)
        errors.append({ field, QCoreApplication::translate("fd::Checks", "is in the future") });
}

void notTooEarly(QList<FieldError>& errors, const QString& field, const QDateTime& when)
{
    if (const QString problem = earliestProblem(when); !problem.isEmpty())
        errors.append({ field, problem });
}

} // namespace

QList<FieldError> checkOrderDetails(const WorkOrder& order, const QDateTime& now)
{
    QList<FieldError> errors;
    const QString numberProblem = codeProblem(order.number);
    if (!numberProblem.isEmpty())
        errors.append({ u"number"_s, numberProblem });
    requireText(errors, u"account"_s, order.account, 64);
    requireText(errors, u"customer"_s, order.customer, 200);
    static const QRegularExpression phone(u"^\\+?[0-9][0-9 ()\\-]{2,30}$"_s);
    if (!order.phone.isEmpty() && !phone.match(order.phone).hasMatch()) {
        errors.append({ u"phone"_s,
            QCoreApplication::translate(
                "fd::Checks", "is not a telephone number (digits, spaces, +, - and brackets)") });
    }
    if (order.address.size() > 300)
        errors.append({ u"address"_s,
            QCoreApplication::translate("fd::Checks", "is longer than %1 characters").arg(300) });
    else
        // An address may span lines, as on an envelope: a spreadsheet cell typed with
        // Alt+Enter (SPEC §13) keeps its break, and the order shows it as written.
        checkCharacters(errors, u"address"_s, order.address, true);
    const QString areaProblem = codeProblem(order.areaCode);
    if (!areaProblem.isEmpty())
        errors.append({ u"area_code"_s, areaProblem });
    if (!order.receivedAt.isValid())
        errors.append({ u"received_at"_s,
            QCoreApplication::translate("fd::Checks", "must be a date and time") });
    notInFuture(errors, u"received_at"_s, order.receivedAt, now);
    notTooEarly(errors, u"received_at"_s, order.receivedAt);
    return errors;
}

QList<FieldError> checkOrderTimes(const WorkOrder& order, const QDateTime& now)
{
    QList<FieldError> errors;
    notInFuture(errors, u"contacted_at"_s, order.contactedAt, now);
    notInFuture(errors, u"arrived_at"_s, order.arrivedAt, now);
    notInFuture(errors, u"completed_at"_s, order.completedAt, now);
    notTooEarly(errors, u"contacted_at"_s, order.contactedAt);
    notTooEarly(errors, u"appointment_start"_s, order.appointmentStart);
    notTooEarly(errors, u"appointment_end"_s, order.appointmentEnd);
    notTooEarly(errors, u"arrived_at"_s, order.arrivedAt);
    notTooEarly(errors, u"completed_at"_s, order.completedAt);
    checkCharacters(errors, u"signed_by"_s, order.checklist.signedBy);
    // A reading no receiver can give is a typing or export error, never stored (SPEC §16).
    if (order.rxPowerDbm
        && !(*order.rxPowerDbm >= bounds::kMinRxPowerDbm
            && *order.rxPowerDbm <= bounds::kMaxRxPowerDbm)) {
        errors.append({ u"rx_power_dbm"_s,
            QCoreApplication::translate("fd::Checks",
                "is not a possible receive power; a reading lies between %1 and %2 dBm")
                .arg(QString::number(bounds::kMinRxPowerDbm, 'f', 0),
                    QString::number(bounds::kMaxRxPowerDbm, 'f', 0)) });
    }
    if (order.contactedAt.isValid() && order.receivedAt.isValid()
        && order.contactedAt < order.receivedAt)
        errors.append({ u"contacted_at"_s,
            QCoreApplication::translate("fd::Checks", "is before the order was received") });
    if (order.arrivedAt.isValid() && order.receivedAt.isValid()
        && order.arrivedAt < order.receivedAt)
        errors.append({ u"arrived_at"_s,
            QCoreApplication::translate("fd::Checks", "is before the order was received") });
    if (order.completedAt.isValid() && order.arrivedAt.isValid()
        && order.completedAt < order.arrivedAt)
        errors.append({ u"completed_at"_s,
            QCoreApplication::translate("fd::Checks", "is before the arrival") });
    if (order.appointmentStart.isValid() != order.appointmentEnd.isValid()) {
        errors.append(
            { order.appointmentStart.isValid() ? u"appointment_end"_s : u"appointment_start"_s,
                QCoreApplication::translate(
                    "fd::Checks", "an appointment window needs both a start and an end") });
    } else if (order.appointmentStart.isValid() && order.appointmentEnd <= order.appointmentStart) {
        errors.append({ u"appointment_end"_s,
            QCoreApplication::translate("fd::Checks", "is not after the start") });
    }
    return errors;
}

QList<FieldError> checkCompletion(OrderKind kind, const ConductChecklist& checklist,
    std::optional<double> rxPowerDbm, std::optional<bool> ontCollected, const PowerRange& range)
{
    QList<FieldError> errors;
    const bool removal = isRemoval(kind);
    if (removal && checklist.tested) {
        errors.append({ u"tested"_s,
            QCoreApplication::translate(
                "fd::Checks", "a removal takes the service away: there is no service to test") });
    } else if (!removal && !checklist.tested) {
        errors.append({ u"tested"_s,
            QCoreApplication::translate("fd::Checks",
                "the service must be tested and demonstrated to the customer before the order is "
                "completed") });
    }
    if (checklist.signedBy.trimmed().isEmpty() && checklist.refusalReason.trimmed().isEmpty()) {
        errors.append({ u"signed_by"_s,
            QCoreApplication::translate("fd::Checks",
                "the customer's signature (name) or the reason the customer refused to sign is "
                "required") });
    }
    if (removal) {
        if (rxPowerDbm)
            errors.append({ u"rx_power_dbm"_s,
                QCoreApplication::translate(
                    "fd::Checks", "a removal has no FTTH test, so it has no reading") });
        if (!ontCollected)
            errors.append({ u"ont_collected"_s,
                QCoreApplication::translate("fd::Checks",
                    "say whether the ONT was collected (yes or no) to complete a removal") });
        return errors;
    }
    if (ontCollected) {
        errors.append({ u"ont_collected"_s,
            QCoreApplication::translate(
                "fd::Checks", "only a removal collects the ONT; leave it empty for a %1")
                .arg(orderKindKey(kind)) });
    }
    if (!rxPowerDbm) {
        errors.append({ u"rx_power_dbm"_s,
            QCoreApplication::translate(
                "fd::Checks", "the FTTH test reading (ONT receive power in dBm) is required") });
    } else if (!range.contains(*rxPowerDbm)) {
        errors.append({ u"rx_power_dbm"_s,
            QCoreApplication::translate("fd::Checks",
                "%1 dBm is outside the accepted range %2 to %3 dBm, so the test did not pass")
                .arg(QString::number(*rxPowerDbm, 'f', 1),
                    QString::number(range.minimumDbm, 'f', 1),
                    QString::number(range.maximumDbm, 'f', 1)) });
    }
    return errors;
}

} // namespace fd
