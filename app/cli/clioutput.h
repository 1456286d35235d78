#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace fd {

// Standard output: JSON for scripts, aligned text for people. Standard error: one line.
void printJson(const QJsonValue& value);
void printLine(const QString& text = {});
void printTable(const QStringList& headers, const QList<QStringList>& rows);
// One line on stderr (newlines folded), as SPEC §9 asks of a failure.
void printError(const QString& message);

} // namespace fd
