#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fd {

struct LanguageOption
{
    QString code; // "en", "es", "zh_CN"
    QString nativeName; // shown in the language menu in its own language
};

QList<LanguageOption> availableLanguages();

// The language chosen in the desktop program (remembered between runs), or, when none was
// chosen, the first of the user's system languages FiberDesk speaks, else English.
// FIBERDESK_LANG overrides both (tests pin English with it).
QString preferredLanguage();
void storeLanguage(const QString& code);

// Where FiberDesk's .qm files are looked for, in order: share/fiberdesk/translations beside
// the program's installed prefix, then (for a program of the build tree only) the build
// tree's translations folder.
QStringList translationFolders();

// Replaces the installed translators with FiberDesk's and Qt's own for `code`.
// Returns false when FiberDesk's translation could not be loaded from translationFolders()
// (English too has one, for its plural forms).
bool installLanguage(const QString& code);

} // namespace fd
