#pragma once

#include "domain/organisation.h"

#include <QList>
#include <QString>

namespace fd {

// The checks on one record that need nothing but the record itself. The desktop program's
// edit dialogs and the CSV importers share them, so a value refused in one is refused in
// the other with the same words. `field` is the SPEC §9 column name.
struct FieldError
{
    QString field;
    QString message;
};

QList<FieldError> checkUnit(const Unit& unit);
QList<FieldError> checkArea(const Area& area);
QList<FieldError> checkTeam(const Team& team);
QList<FieldError> checkTechnician(const Technician& technician);
QList<FieldError> checkEquipment(const EquipmentHolding& holding);
QList<FieldError> checkAssessment(const Assessment& assessment);

// A code names a record in files and on screen: not empty, at most 64 characters, no
// spaces at either end, no comma or semicolon (they separate lists), no control characters.
QString codeProblem(const QString& code);

// The translated label of a SPEC §9 column, for messages shown in the desktop program.
QString fieldDisplayName(const QString& field);

// Joins field errors into one message for a dialog or a log line.
QString describeFieldErrors(const QList<FieldError>& errors);

} // namespace fd
