// Checks Qt Linguist .ts files: every message has a finished, non-empty translation that
// keeps the source's %1… placeholders. Prints each problem and exits 1 if there is any.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(u"%L?\\d+"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.insert(match.captured().remove(u'L'));
    return found;
}

void report(const QString& file, const QString& context, const QString& source, const char* problem)
{
    std::fprintf(stderr, "%s: [%s] \"%s\": %s\n", qPrintable(file), qPrintable(context),
        qPrintable(source), problem);
}

// Returns the number of problems in one file.
int checkFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: cannot be read\n", qPrintable(path));
        return 1;
    }
    QXmlStreamReader xml(&file);
    int problems = 0;
    int messages = 0;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"source"_s) {
            source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            const QString type = xml.attributes().value(u"type"_s).toString();
            const bool plural = xml.attributes().hasAttribute(u"numerus"_s);
            if (type == u"vanished"_s || type == u"obsolete"_s) {
                xml.skipCurrentElement();
                continue;
            }
            ++messages;
            const QString translation
                = plural ? QString() : xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == u"unfinished"_s) {
                report(path, context, source, "unfinished");
                ++problems;
            } else if (!plural && translation.trimmed().isEmpty()) {
                report(path, context, source, "empty translation");
                ++problems;
            } else if (!plural && placeholders(translation) != placeholders(source)) {
                report(path, context, source, "placeholders differ from the source");
                ++problems;
            }
        }
    }
    if (xml.hasError()) {
        std::fprintf(
            stderr, "%s: not valid XML: %s\n", qPrintable(path), qPrintable(xml.errorString()));
        return problems + 1;
    }
    if (messages == 0) {
        std::fprintf(stderr, "%s: holds no messages\n", qPrintable(path));
        return problems + 1;
    }
    std::printf("%s: %d messages, %d problems\n", qPrintable(path), messages, problems);
    return problems;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: fiberdesk_ts_check FILE.ts...\n");
        return 2;
    }
    int problems = 0;
    for (const QString& file : files)
        problems += checkFile(file);
    return problems == 0 ? 0 : 1;
}
