#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

// Loads FiberDesk's `name` (fiberdesk_es, …) from the first translation folder that has it.
bool loadOwn(QTranslator& translator, const QString& name)
{
    for (const QString& folder : translationFolders()) {
        if (translator.load(name, folder))
            return true;
    }
    return false;
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

QStringList translationFolders()
{
    const QString programFolder = QCoreApplication::applicationDirPath();
    // Installed: share/fiberdesk/translations under the programs' own prefix (/usr, /usr/local
    // or wherever cmake --install put them), found from where the program runs.
    QStringList folders { QDir::cleanPath(
        QDir(programFolder).filePath(QStringLiteral(FIBERDESK_QM_FROM_BINDIR))) };
    // A program of the build tree (the programs, the tests, the benchmarks) reads the files
    // lrelease wrote there; an installed program never looks into a build tree.
    const QString buildTree = QDir::cleanPath(QStringLiteral(FIBERDESK_BUILD_TREE));
    const QString canonicalProgram = QFileInfo(programFolder).canonicalFilePath();
    const QString canonicalBuild = QFileInfo(buildTree).canonicalFilePath();
    if (!canonicalBuild.isEmpty()
        && (canonicalProgram == canonicalBuild
            || canonicalProgram.startsWith(canonicalBuild + u'/'))) {
        folders.append(QDir::cleanPath(QStringLiteral(FIBERDESK_QM_BUILD_DIR)));
    }
    return folders;
}

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
        if (!loadOwn(*plurals, u"fiberdesk_en"_s))
            return false;
        QCoreApplication::installTranslator(plurals.get());
        installed().push_back(std::move(plurals));
        return true;
    }

    auto own = std::make_unique<QTranslator>();
    if (!loadOwn(*own, u"fiberdesk_"_s + code))
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
