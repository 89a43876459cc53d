#pragma once

#include <QJsonObject>
#include <QVariantMap>

namespace wingmate {

// The field-level before and after of a change, for its audit event:
//   { "field": { "before": old, "after": new }, ... }
// Only fields whose values differ are listed; dates are written ISO 8601.
QJsonObject fieldChanges(const QVariantMap& before, const QVariantMap& after);

// All fields of a new record, for a "create" event: { "field": value, ... }.
QJsonObject fieldValues(const QVariantMap& values);

} // namespace wingmate
