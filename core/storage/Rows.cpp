#include "storage/Rows.h"

#include "storage/StorageErrors.h"
#include "storage/StoredValue.h"

#include <QSqlError>
#include <QStringList>

namespace wingmate::Rows {

Result<QSqlQuery> select(
    const QSqlDatabase& database, const QString& sql, const QVariantList& values, const QString& failure)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return storageFailure(query.lastError(), failure);
    return query;
}

QVariant stored(const QVariant& value)
{
    if (value.typeId() == QMetaType::QDate)
        return StoredValue::date(value.toDate());
    if (value.typeId() == QMetaType::QString)
        return StoredValue::text(value.toString());
    return value;
}

Result<qint64> insert(
    QSqlDatabase database, const QString& table, const QVariantMap& columns, const QString& failure)
{
    const QStringList names = columns.keys();
    const QStringList marks(names.size(), QStringLiteral("?"));
    QSqlQuery insert(database);
    insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (const QVariant& value : columns)
        insert.addBindValue(stored(value));
    if (!insert.exec())
        return storageFailure(insert.lastError(), failure);
    return insert.lastInsertId().toLongLong();
}

Result<qint64> insert(QSqlDatabase database, const QString& table, const QVariantMap& columns,
    const QDateTime& now, const QString& failure)
{
    QVariantMap stamped = columns;
    stamped.insert(QStringLiteral("created_at"), isoTime(now));
    stamped.insert(QStringLiteral("updated_at"), isoTime(now));
    return insert(std::move(database), table, stamped, failure);
}

Status update(QSqlDatabase database, const QString& table, qint64 id, const QVariantMap& columns,
    const QDateTime& now, const QString& failure)
{
    QStringList sets;
    for (const QString& name : columns.keys())
        sets << name + QStringLiteral(" = ?");
    sets << QStringLiteral("updated_at = ?");
    QSqlQuery update(database);
    update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND deleted_at IS NULL")
                       .arg(table, sets.join(QStringLiteral(", "))));
    for (const QVariant& value : columns)
        update.addBindValue(stored(value));
    update.addBindValue(isoTime(now));
    update.addBindValue(id);
    if (!update.exec())
        return storageFailure(update.lastError(), failure);
    if (update.numRowsAffected() != 1)
        return Status::failure(
            ErrorCode::InvalidInput, failure, QStringLiteral("%1 %2 was not found").arg(table).arg(id));
    return Status::success();
}

Status softDelete(QSqlDatabase database, const QString& table, qint64 id, const QString& reason,
    const QDateTime& now, const QString& failure, const QString& missing)
{
    QSqlQuery update(database);
    update.prepare(
        QStringLiteral("UPDATE %1 SET deleted_at = ?, deleted_reason = ? WHERE id = ? AND deleted_at IS NULL")
            .arg(table));
    update.addBindValue(isoTime(now));
    update.addBindValue(reason);
    update.addBindValue(id);
    if (!update.exec())
        return storageFailure(update.lastError(), failure);
    if (update.numRowsAffected() != 1)
        return Status::failure(ErrorCode::InvalidInput, missing);
    return Status::success();
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString isoTime(const QDateTime& time)
{
    return time.toString(Qt::ISODateWithMs);
}

QDate dateAt(const QSqlQuery& query, int column)
{
    return StoredValue::toDate(query.value(column));
}

QDateTime timeAt(const QSqlQuery& query, int column)
{
    return QDateTime::fromString(query.value(column).toString(), Qt::ISODateWithMs);
}

} // namespace wingmate::Rows
