#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace fd {

// A table that names each value of a domain enum twice: the SPEC's identifier (CSV files,
// JSON, the database) and a label for people (translated in `context`). One table per enum
// is the only place where those spellings live.
template <typename Enum> struct NamedValue
{
    Enum value;
    const char16_t* key;
    const char* label; // marked with QT_TRANSLATE_NOOP(context, ...)
};

template <typename Enum, size_t N>
std::optional<Enum> valueForKey(const NamedValue<Enum> (&table)[N], const QString& key)
{
    for (const auto& entry : table) {
        if (key == QStringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template <typename Enum, size_t N>
QString keyForValue(const NamedValue<Enum> (&table)[N], Enum value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QString::fromUtf16(entry.key);
    }
    return {};
}

template <typename Enum, size_t N>
QString labelForValue(const NamedValue<Enum> (&table)[N], Enum value, const char* context)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QCoreApplication::translate(context, entry.label);
    }
    return {};
}

template <typename Enum, size_t N> QList<Enum> valuesOf(const NamedValue<Enum> (&table)[N])
{
    QList<Enum> values;
    for (const auto& entry : table)
        values.append(entry.value);
    return values;
}

} // namespace fd
