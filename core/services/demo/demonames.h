#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace fd::demo {

// Names for the demo operator: half of its units work in Spanish-speaking districts and
// half in Chinese-speaking ones, so that every screen shows both scripts.
enum class Locale
{
    Spanish,
    Chinese
};

struct UnitName
{
    QString name;
    Locale locale;
};

const QList<UnitName>& unitNames();
const QStringList& districtNames(Locale locale);
QString personName(Locale locale, QRandomGenerator& random);
QString phoneNumber(Locale locale, QRandomGenerator& random);

} // namespace fd::demo
