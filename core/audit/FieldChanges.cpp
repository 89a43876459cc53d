#include "audit/FieldChanges.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>

namespace wingmate {

namespace {

QJsonValue toJson(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    // An unset date is "no value", not an empty string.
    case QMetaType::QDate:
        return value.toDate().isValid() ? QJsonValue(value.toDate().toString(Qt::ISODate)) : QJsonValue::Null;
    case QMetaType::QDateTime:
        return value.toDateTime().isValid() ? QJsonValue(value.toDateTime().toUTC().toString(Qt::ISODateWithMs))
                                            : QJsonValue::Null;
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return QJsonValue::fromVariant(value);
    }
}

} // namespace

QJsonObject fieldChanges(const QVariantMap& before, const QVariantMap& after)
{
    QJsonObject changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QJsonValue old = toJson(before.value(it.key()));
        const QJsonValue now = toJson(it.value());
        if (old != now)
            changes.insert(it.key(), QJsonObject { { QStringLiteral("before"), old }, { QStringLiteral("after"), now } });
    }
    return changes;
}

QJsonObject fieldValues(const QVariantMap& values)
{
    QJsonObject out;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.insert(it.key(), toJson(it.value()));
    return out;
}

} // namespace wingmate
