#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace fd {

// A JSON object that keeps its members in the order they were added, for output whose key
// order the SPEC writes out (QJsonObject sorts its keys).
class OrderedJson
{
public:
    OrderedJson& add(const QString& key, const QJsonValue& value);
    OrderedJson& add(const QString& key, const OrderedJson& value);
    QString text(int indent = 0) const;

private:
    struct Member
    {
        QString key;
        QJsonValue value;
        QList<OrderedJson> object; // one element when the member is an object
    };
    QList<Member> m_members;
};

// A list of ordered objects, indented, on standard output.
void printOrderedJson(const QList<OrderedJson>& list);

// Standard output: JSON for scripts, aligned text for people. Standard error: one line.
void printJson(const QJsonValue& value);
void printLine(const QString& text = {});
void printTable(const QStringList& headers, const QList<QStringList>& rows);
// One line on stderr (newlines folded), as SPEC §9 asks of a failure.
void printError(const QString& message);
// The same for news that is no failure (an upgrade about to take a while).
void printNotice(const QString& message);

} // namespace fd
