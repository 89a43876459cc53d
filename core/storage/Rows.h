#pragma once

#include "Status.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantMap>

// The SQL plumbing the services share, so that a service holds its rules and
// not copies of the same read, insert and delete. Table and column names
// come from the services' own constants and the domain types' field maps,
// never from input; values are always bound.
namespace wingmate::Rows {

// A read: prepared, its values bound in order, forward only, executed.
// failure is the sentence shown if the database refuses it.
Result<QSqlQuery> select(
    const QSqlDatabase& database, const QString& sql, const QVariantList& values, const QString& failure);

// Every row of a read, converted by fromRow(const QSqlQuery&).
template<typename T, typename FromRow> Result<QList<T>> all(Result<QSqlQuery> query, FromRow fromRow)
{
    if (!query)
        return query.status();
    QList<T> found;
    while (query->next())
        found.append(fromRow(*query));
    return found;
}

// The first row of a read, converted; InvalidInput with missing when there
// is none.
template<typename T, typename FromRow>
Result<T> one(Result<QSqlQuery> query, FromRow fromRow, const QString& missing)
{
    if (!query)
        return query.status();
    if (!query->next())
        return Status::failure(ErrorCode::InvalidInput, missing);
    return fromRow(*query);
}

// The stored form of a field value: a date as YYYY-MM-DD or NULL when
// unset, text never NULL (the driver stores a null QString as NULL, and text
// columns are NOT NULL); anything else as it is.
QVariant stored(const QVariant& value);

// Inserts one row of exactly these columns; the new id.
Result<qint64> insert(
    QSqlDatabase database, const QString& table, const QVariantMap& columns, const QString& failure);
// Inserts one row with created_at and updated_at set to now; the new id.
Result<qint64> insert(QSqlDatabase database, const QString& table, const QVariantMap& columns,
    const QDateTime& now, const QString& failure);

// Updates the columns of one live (not deleted) row and its updated_at;
// InvalidInput with failure if there is no such row.
Status update(QSqlDatabase database, const QString& table, qint64 id, const QVariantMap& columns,
    const QDateTime& now, const QString& failure);

// Marks one live row deleted, when and why; InvalidInput with missing when
// there is no such row (or it was already deleted).
Status softDelete(QSqlDatabase database, const QString& table, qint64 id, const QString& reason,
    const QDateTime& now, const QString& failure, const QString& missing);

// The date codecs (dates through StoredValue): dates stored as YYYY-MM-DD,
// times as ISO 8601 with milliseconds.
QString isoDate(const QDate& date);
QString isoTime(const QDateTime& time);
QDate dateAt(const QSqlQuery& query, int column);
QDateTime timeAt(const QSqlQuery& query, int column);

} // namespace wingmate::Rows
