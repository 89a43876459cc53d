#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <QVariant>

namespace wingmate {

// How values are stored: SQL NULL for an unset date, and never NULL for text
// (the driver stores a null QString as NULL). The one set of these codecs;
// storage/Rows builds on it.
namespace StoredValue {
QVariant date(const QDate& date);
// A stored date, YYYY-MM-DD, read from its fixed positions (a tenth of the
// general parser's cost); anything else goes through QDate::fromString with
// Qt::ISODate, so the result is the same.
QDate toDate(const QVariant& value);
// The decimal number in text[from, from + count); -1 unless all are digits.
int fixedDigits(QStringView text, qsizetype from, qsizetype count);
QVariant text(const QString& text);
QVariant optionalText(const QString& text); // NULL when empty
} // namespace StoredValue

} // namespace wingmate
