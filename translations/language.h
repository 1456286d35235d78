#pragma once

#include <QList>
#include <QString>

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

// Replaces the installed translators with FiberDesk's and Qt's own for `code`.
// English needs none. Returns false when the translation could not be loaded.
bool installLanguage(const QString& code);

} // namespace fd
