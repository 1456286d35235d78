#include "organisationchecks.h"

#include "rules/bounds.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

constexpr int kMaxCodeLength = 64;
constexpr int kMaxTextLength = 200;

void checkCode(QList<FieldError>& errors, const QString& field, const QString& code)
{
    const QString problem = codeProblem(code);
    if (!problem.isEmpty())
        errors.append({ field, problem });
}

void checkRequiredText(QList<FieldError>& errors, const QString& field, const QString& text)
{
    if (text.trimmed().isEmpty())
        errors.append({ field, QCoreApplication::translate("fd::Checks", "must not be empty") });
    else if (text.size() > kMaxTextLength)
        errors.append({ field,
            QCoreApplication::translate("fd::Checks", "is longer than %1 characters")
                .arg(kMaxTextLength) });
    else if (const QString problem = textCharacterProblem(text); !problem.isEmpty())
        errors.append({ field, problem });
}

void checkOptionalText(QList<FieldError>& errors, const QString& field, const QString& text)
{
    if (text.size() > kMaxTextLength)
        errors.append({ field,
            QCoreApplication::translate("fd::Checks", "is longer than %1 characters")
                .arg(kMaxTextLength) });
    else if (const QString problem = textCharacterProblem(text); !problem.isEmpty())
        errors.append({ field, problem });
}

void checkAtMost(QList<FieldError>& errors, const QString& field, qint64 value, qint64 most)
{
    if (value < 0)
        errors.append({ field, QCoreApplication::translate("fd::Checks", "must not be negative") });
    else if (value > most)
        errors.append({ field,
            QCoreApplication::translate("fd::Checks", "must be at most %1")
                .arg(QString::number(most)) });
}

} // namespace

QString codeProblem(const QString& code)
{
    if (code.isEmpty())
        return QCoreApplication::translate("fd::Checks", "must not be empty");
    if (code.size() > kMaxCodeLength)
        return QCoreApplication::translate("fd::Checks", "is longer than %1 characters")
            .arg(kMaxCodeLength);
    if (code != code.trimmed())
        return QCoreApplication::translate("fd::Checks", "must not begin or end with a space");
    for (const QChar c : code) {
        if (c == u',' || c == u';')
            return QCoreApplication::translate(
                "fd::Checks", "must not contain a comma or a semicolon");
    }
    return textCharacterProblem(code);
}

QList<FieldError> checkUnit(const Unit& unit)
{
    QList<FieldError> errors;
    checkCode(errors, u"code"_s, unit.code);
    checkRequiredText(errors, u"name"_s, unit.name);
    checkOptionalText(errors, u"contract_no"_s, unit.contractNo);
    if (const QString problem = earliestProblem(unit.contractStart); !problem.isEmpty())
        errors.append({ u"contract_start"_s, problem });
    if (unit.status == UnitStatus::Terminated && unit.rectifyBy.isValid()
        && unit.statusSince.isValid() && unit.rectifyBy < unit.statusSince)
        errors.append({ u"rectify_by"_s,
            QCoreApplication::translate("fd::Checks", "is before the termination") });
    return errors;
}

QList<FieldError> checkArea(const Area& area)
{
    QList<FieldError> errors;
    checkCode(errors, u"code"_s, area.code);
    checkRequiredText(errors, u"name"_s, area.name);
    checkCode(errors, u"unit_code"_s, area.unitCode);
    checkAtMost(errors, u"subscribers"_s, area.subscribers, bounds::kMaxSubscribers);
    return errors;
}

QList<FieldError> checkTeam(const Team& team)
{
    QList<FieldError> errors;
    checkCode(errors, u"code"_s, team.code);
    checkCode(errors, u"unit_code"_s, team.unitCode);
    checkRequiredText(errors, u"name"_s, team.name);
    if (team.areaCodes.isEmpty()) {
        errors.append({ u"area_codes"_s,
            QCoreApplication::translate("fd::Checks", "must name at least one area") });
    } else {
        QSet<QString> seen;
        for (const QString& area : team.areaCodes) {
            const QString problem = codeProblem(area);
            if (!problem.isEmpty()) {
                errors.append({ u"area_codes"_s,
                    QCoreApplication::translate("fd::Checks", "area code “%1” %2")
                        .arg(area, problem) });
                break;
            }
            if (seen.contains(area)) {
                errors.append({ u"area_codes"_s,
                    QCoreApplication::translate("fd::Checks", "names the area “%1” twice")
                        .arg(area) });
                break;
            }
            seen.insert(area);
        }
    }
    return errors;
}

QList<FieldError> checkTechnician(const Technician& technician)
{
    QList<FieldError> errors;
    checkCode(errors, u"code"_s, technician.code);
    checkCode(errors, u"team_code"_s, technician.teamCode);
    checkRequiredText(errors, u"name"_s, technician.name);
    static const QRegularExpression phone(u"^\\+?[0-9][0-9 ()\\-]{2,30}$"_s);
    if (!technician.phone.isEmpty() && !phone.match(technician.phone).hasMatch())
        errors.append({ u"phone"_s,
            QCoreApplication::translate(
                "fd::Checks", "is not a telephone number (digits, spaces, +, - and brackets)") });
    checkOptionalText(errors, u"permit_no"_s, technician.permitNo);
    return errors;
}

QList<FieldError> checkEquipment(const EquipmentHolding& holding)
{
    QList<FieldError> errors;
    checkCode(errors, u"unit_code"_s, holding.unitCode);
    if (!holding.teamCode.isEmpty())
        checkCode(errors, u"team_code"_s, holding.teamCode);
    checkAtMost(errors, u"quantity"_s, holding.quantity, bounds::kMaxQuantity);
    return errors;
}

QList<FieldError> checkAssessment(const Assessment& assessment)
{
    QList<FieldError> errors;
    checkCode(errors, u"unit_code"_s, assessment.unitCode);
    if (!assessment.date.isValid())
        errors.append({ u"date"_s, QCoreApplication::translate("fd::Checks", "must be a date") });
    else if (const QString problem = earliestProblem(assessment.date); !problem.isEmpty())
        errors.append({ u"date"_s, problem });
    if (!(assessment.score >= 0 && assessment.score <= 100))
        errors.append({ u"score"_s,
            QCoreApplication::translate("fd::Checks", "must lie between 0 and 100") });
    checkOptionalText(errors, u"assessor"_s, assessment.assessor);
    return errors;
}

QString fieldDisplayName(const QString& field)
{
    static const QHash<QString, const char*> labels = {
        { u"code"_s, QT_TRANSLATE_NOOP("fd::Checks", "Code") },
        { u"name"_s, QT_TRANSLATE_NOOP("fd::Checks", "Name") },
        { u"contract_no"_s, QT_TRANSLATE_NOOP("fd::Checks", "Contract number") },
        { u"contract_start"_s, QT_TRANSLATE_NOOP("fd::Checks", "Contract start") },
        { u"status"_s, QT_TRANSLATE_NOOP("fd::Checks", "Status") },
        { u"rectify_by"_s, QT_TRANSLATE_NOOP("fd::Checks", "Rectify by") },
        { u"unit_code"_s, QT_TRANSLATE_NOOP("fd::Checks", "Unit") },
        { u"team_code"_s, QT_TRANSLATE_NOOP("fd::Checks", "Team") },
        { u"subscribers"_s, QT_TRANSLATE_NOOP("fd::Checks", "Subscribers") },
        { u"area_codes"_s, QT_TRANSLATE_NOOP("fd::Checks", "Areas") },
        { u"phone"_s, QT_TRANSLATE_NOOP("fd::Checks", "Phone") },
        { u"permit_no"_s, QT_TRANSLATE_NOOP("fd::Checks", "Work permit") },
        { u"ftth_kit"_s, QT_TRANSLATE_NOOP("fd::Checks", "FTTH tool kit") },
        { u"active"_s, QT_TRANSLATE_NOOP("fd::Checks", "Active") },
        { u"kind"_s, QT_TRANSLATE_NOOP("fd::Checks", "Kind") },
        { u"quantity"_s, QT_TRANSLATE_NOOP("fd::Checks", "Quantity") },
        { u"date"_s, QT_TRANSLATE_NOOP("fd::Checks", "Date") },
        { u"score"_s, QT_TRANSLATE_NOOP("fd::Checks", "Score") },
        { u"passed"_s, QT_TRANSLATE_NOOP("fd::Checks", "Passed") },
        { u"assessor"_s, QT_TRANSLATE_NOOP("fd::Checks", "Assessor") },
        { u"number"_s, QT_TRANSLATE_NOOP("fd::Checks", "Order number") },
        { u"account"_s, QT_TRANSLATE_NOOP("fd::Checks", "Subscriber account") },
        { u"customer"_s, QT_TRANSLATE_NOOP("fd::Checks", "Customer") },
        { u"address"_s, QT_TRANSLATE_NOOP("fd::Checks", "Address") },
        { u"area_code"_s, QT_TRANSLATE_NOOP("fd::Checks", "Area") },
        { u"received_at"_s, QT_TRANSLATE_NOOP("fd::Checks", "Received") },
        { u"technician_code"_s, QT_TRANSLATE_NOOP("fd::Checks", "Technician") },
        { u"contacted_at"_s, QT_TRANSLATE_NOOP("fd::Checks", "Customer contacted") },
        { u"appointment_start"_s, QT_TRANSLATE_NOOP("fd::Checks", "Appointment from") },
        { u"appointment_end"_s, QT_TRANSLATE_NOOP("fd::Checks", "Appointment until") },
        { u"customer_requested_later"_s,
            QT_TRANSLATE_NOOP("fd::Checks", "Customer asked for a later time") },
        { u"arrived_at"_s, QT_TRANSLATE_NOOP("fd::Checks", "Arrived") },
        { u"completed_at"_s, QT_TRANSLATE_NOOP("fd::Checks", "Completed") },
        { u"uniform"_s, QT_TRANSLATE_NOOP("fd::Checks", "Uniform and ID badge") },
        { u"permit_shown"_s,
            QT_TRANSLATE_NOOP("fd::Checks", "Permit and order shown, shoe covers") },
        { u"location_consulted"_s,
            QT_TRANSLATE_NOOP("fd::Checks", "Customer consulted on location") },
        { u"tested"_s, QT_TRANSLATE_NOOP("fd::Checks", "Service tested and demonstrated") },
        { u"site_cleaned"_s, QT_TRANSLATE_NOOP("fd::Checks", "Site cleaned") },
        { u"signed_by"_s, QT_TRANSLATE_NOOP("fd::Checks", "Signed by") },
        { u"rx_power_dbm"_s, QT_TRANSLATE_NOOP("fd::Checks", "Receive power (dBm)") },
        { u"exempt_reason"_s, QT_TRANSLATE_NOOP("fd::Checks", "Exemption") },
        { u"ont_collected"_s, QT_TRANSLATE_NOOP("fd::Checks", "ONT collected") },
    };
    const auto found = labels.constFind(field);
    return found == labels.cend() ? field : QCoreApplication::translate("fd::Checks", *found);
}

QString describeFieldErrors(const QList<FieldError>& errors)
{
    QStringList parts;
    for (const FieldError& error : errors)
        parts.append(QCoreApplication::translate("fd::Checks", "%1: %2")
                         .arg(fieldDisplayName(error.field), error.message));
    return parts.join(u"\n"_s);
}

} // namespace fd
