#include "storage/SqlCipherRows.h"

#include "storage/SqlCipherDriver.h"

#include <sqlite3.h>

namespace wingmate {

SqlCipherRows::SqlCipherRows(QSqlDatabase database, const char* sql)
    : m_driver(qobject_cast<const SqlCipherDriver*>(database.driver()))
{
    if (!m_driver || !m_driver->isOpen() || !m_driver->connection()) {
        m_error = QSqlError(QStringLiteral("Unable to prepare statement"),
            QStringLiteral("The database is not open"), QSqlError::ConnectionError,
            QString::number(SQLITE_MISUSE));
        m_done = true;
        return;
    }
    const int rc = sqlite3_prepare_v2(m_driver->connection(), sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK || !m_stmt) {
        fail(QStringLiteral("Unable to prepare statement"), rc == SQLITE_OK ? SQLITE_MISUSE : rc);
        return;
    }
    if (!sqlite3_stmt_readonly(m_stmt)) {
        m_error = QSqlError(QStringLiteral("Unable to prepare statement"),
            QStringLiteral("Only statements that read are run this way"), QSqlError::StatementError,
            QString::number(SQLITE_MISUSE));
        m_done = true;
    }
}

SqlCipherRows::~SqlCipherRows()
{
    // Safe after the driver closed: the connection lingers as a zombie until
    // its last statement is finalized.
    sqlite3_finalize(m_stmt);
}

int SqlCipherRows::parameter(const char* name)
{
    const int index = m_stmt ? sqlite3_bind_parameter_index(m_stmt, name) : 0;
    if (index == 0 && !m_done) {
        m_error = QSqlError(QStringLiteral("Unable to bind parameters"),
            QStringLiteral("The statement has no parameter %1").arg(QString::fromUtf8(name)),
            QSqlError::StatementError, QString::number(SQLITE_RANGE));
        m_done = true;
    }
    return index;
}

void SqlCipherRows::bind(const char* name, qint64 value)
{
    if (const int index = parameter(name); index > 0 && !m_done) {
        if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
            fail(QStringLiteral("Unable to bind parameters"), rc);
    }
}

void SqlCipherRows::bind(const char* name, const QString& value)
{
    if (const int index = parameter(name); index > 0 && !m_done) {
        const QByteArray utf8 = value.toUtf8();
        const int rc = sqlite3_bind_text64(
            m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        if (rc != SQLITE_OK)
            fail(QStringLiteral("Unable to bind parameters"), rc);
    }
}

bool SqlCipherRows::next()
{
    if (m_done)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(QStringLiteral("Unable to fetch row"), rc);
    m_done = true;
    // Ends the read (and its lock) straight away.
    sqlite3_reset(m_stmt);
    return false;
}

bool SqlCipherRows::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqlCipherRows::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView SqlCipherRows::text(int column) const
{
    // Text first, then its length, as sqlite3_column_bytes() documents.
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

void SqlCipherRows::fail(const QString& context, int resultCode)
{
    m_error = m_driver->makeError(context, QSqlError::StatementError, resultCode);
    m_done = true;
}

} // namespace wingmate
