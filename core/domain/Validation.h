#pragma once

#include <QDate>
#include <QString>

namespace wingmate {

// Shared input rules for every record, each answering with one plain
// sentence (empty when the value is acceptable). Services call these before
// writing anything.
namespace Validation {

// Text a person typed: no NUL or other control characters (newlines and
// tabs only where multiline), at most maxLength characters, and not empty
// when required. label names the field in the message ("The name").
QString textProblem(
    const QString& label, const QString& value, int maxLength, bool required, bool multiline = false);

// A date something happened: valid, not after today, not before 1900.
QString pastDateProblem(const QString& label, const QDate& date, const QDate& today);

// from must not be after to (both valid).
QString orderProblem(const QString& fromLabel, const QDate& from, const QString& toLabel, const QDate& to);

// NOMIS prison number: a letter, four digits, two letters (A1234BC).
// Returns the canonical upper-case form, or empty if malformed.
QString canonicalPrisonNumber(const QString& text);

// Lower-case, accents removed, spaces collapsed: the form names are searched
// in, so "Zoë" is found by "zoe".
QString searchKey(const QString& text);

} // namespace Validation

} // namespace wingmate
