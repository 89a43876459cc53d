#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <cstddef>
#include <optional>

namespace wingmate {

// The one way a domain enum names its values: each value's stored key and
// its label for people, kept in one table per enum so the two never drift
// apart. A table is a constexpr array of KeyedValue in the enum's .cpp, its
// labels marked with QT_TRANSLATE_NOOP in the record's translation context.
template<typename E> struct KeyedValue {
    E value;
    const char* key;
    const char* label; // translated in the record's context
};

template<typename E, std::size_t N> QString keyOf(const KeyedValue<E> (&values)[N], E value)
{
    for (const KeyedValue<E>& v : values) {
        if (v.value == value)
            return QString::fromLatin1(v.key);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const KeyedValue<E> (&values)[N], const QString& key)
{
    for (const KeyedValue<E>& v : values) {
        if (key == QLatin1String(v.key))
            return v.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QString labelOf(const char* context, const KeyedValue<E> (&values)[N], E value)
{
    for (const KeyedValue<E>& v : values) {
        if (v.value == value)
            return QCoreApplication::translate(context, v.label);
    }
    return {};
}

// Every value, in the table's order (the order lists and menus show).
template<typename E, std::size_t N> QList<E> valuesOf(const KeyedValue<E> (&values)[N])
{
    QList<E> list;
    list.reserve(qsizetype(N));
    for (const KeyedValue<E>& v : values)
        list.append(v.value);
    return list;
}

} // namespace wingmate
