#include "storage/StoredValue.h"

namespace wingmate {

namespace StoredValue {

QVariant date(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant& value)
{
    if (value.isNull())
        return QDate();
    const QString text = value.toString();
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        const int year = fixedDigits(text, 0, 4);
        const int month = fixedDigits(text, 5, 2);
        const int day = fixedDigits(text, 8, 2);
        // As Qt::ISODate: year 0 is no year; QDate refuses a month or day
        // out of range.
        if (year > 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return QDate::fromString(text, Qt::ISODate);
}

int fixedDigits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

QVariant text(const QString& text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

QVariant optionalText(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace StoredValue

} // namespace wingmate
