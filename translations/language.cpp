#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

const QString kSettingKey = u"ui/language"_s;

std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

bool isAvailable(const QString& code)
{
    for (const LanguageOption& option : availableLanguages()) {
        if (option.code == code)
            return true;
    }
    return false;
}

} // namespace

QList<LanguageOption> availableLanguages()
{
    return {
        { u"en"_s, u"English"_s },
        { u"es"_s, u"Español"_s },
        { u"zh_CN"_s, u"简体中文"_s },
    };
}

QString preferredLanguage()
{
    const QString forced = qEnvironmentVariable("FIBERDESK_LANG");
    if (isAvailable(forced))
        return forced;
    const QString stored = QSettings().value(kSettingKey).toString();
    if (isAvailable(stored))
        return stored;
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString normalized = QString(name).replace(u'-', u'_');
        if (normalized.startsWith(u"es"_s))
            return u"es"_s;
        if (normalized.startsWith(u"zh"_s))
            return u"zh_CN"_s;
        if (normalized.startsWith(u"en"_s))
            return u"en"_s;
    }
    return u"en"_s;
}

void storeLanguage(const QString& code)
{
    QSettings().setValue(kSettingKey, code);
}

bool installLanguage(const QString& code)
{
    for (const auto& translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
    QLocale::setDefault(QLocale(code == u"en"_s ? u"en_US"_s : code));
    if (code == u"en"_s) {
        // English's plural forms ("1 entry", "2 entries"): the sources say "%n entries".
        auto plurals = std::make_unique<QTranslator>();
        if (!plurals->load(u":/i18n/fiberdesk_en"_s))
            return false;
        QCoreApplication::installTranslator(plurals.get());
        installed().push_back(std::move(plurals));
        return true;
    }

    auto own = std::make_unique<QTranslator>();
    if (!own->load(u":/i18n/fiberdesk_"_s + code))
        return false;
    QCoreApplication::installTranslator(own.get());
    installed().push_back(std::move(own));
    // Qt's own dialogs and buttons; a missing package only leaves them in English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return true;
}

} // namespace fd
