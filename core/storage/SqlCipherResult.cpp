#include "storage/SqlCipherResult.h"

#include "storage/SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QTime>
#include <limits>
#include <sqlite3.h>

namespace wingmate {

namespace {

// Same affinity rules as the driver's record(); kept local so the result does
// not depend on the driver object, which may be gone before the result is.
QMetaType metaTypeForDeclared(const char* declared)
{
    const QByteArray type = QByteArray(declared).toUpper();
    if (type.contains("INT"))
        return QMetaType::fromType<qlonglong>();
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT"))
        return QMetaType::fromType<QString>();
    if (type.contains("BLOB"))
        return QMetaType::fromType<QByteArray>();
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType::fromType<double>();
    return QMetaType::fromType<QString>();
}

QMetaType metaTypeForStorage(int storageClass)
{
    switch (storageClass) {
    case SQLITE_INTEGER:
        return QMetaType::fromType<qlonglong>();
    case SQLITE_FLOAT:
        return QMetaType::fromType<double>();
    case SQLITE_TEXT:
        return QMetaType::fromType<QString>();
    case SQLITE_BLOB:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType();
    }
}

// Qt's convention (shared by its own drivers): a null QString, QByteArray or
// date/time binds as SQL NULL, while an empty but non-null one binds as ''.
bool isSqlNull(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

// True if the statement's first keyword is INSERT or REPLACE. Needed because
// an INSERT OR REPLACE can legitimately leave last_insert_rowid unchanged.
bool isInsert(const char* sql)
{
    if (!sql)
        return false;
    const QByteArray text = QByteArray(sql).trimmed().left(7).toUpper();
    return text.startsWith("INSERT") || text.startsWith("REPLACE");
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
    , m_driver(driver)
{
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalize();
    m_record.clear();
    m_columnTypes.clear();
    setSelect(false);
    setActive(false);
    setAt(QSql::BeforeFirstRow);

    // driver() is a QPointer inside QSqlResult: null once the driver is gone.
    if (!driver() || !driver()->isOpen() || !m_driver->connection()) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
            QStringLiteral("The database is not open"), QSqlError::ConnectionError,
            QString::number(SQLITE_MISUSE)));
        return false;
    }
    sqlite3* db = m_driver->connection();

    // Qt's QByteArray is always NUL-terminated; passing the terminator in the
    // length lets SQLite use the buffer without copying it.
    const QByteArray utf8 = query.toUtf8();
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()) + 1, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setLastError(m_driver->makeError(
            QStringLiteral("Unable to prepare statement"), QSqlError::StatementError, rc));
        finalize();
        return false;
    }
    if (!m_stmt) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
            QStringLiteral("The query contains no SQL statement"), QSqlError::StatementError,
            QString::number(SQLITE_MISUSE)));
        return false;
    }

    // Anything but whitespace and comments after the first statement would be
    // silently ignored by SQLite; refuse instead (execScript() runs scripts).
    if (tail && *tail) {
        sqlite3_stmt* next = nullptr;
        rc = sqlite3_prepare_v2(db, tail, -1, &next, nullptr);
        const bool more = rc != SQLITE_OK || next != nullptr;
        sqlite3_finalize(next);
        if (more) {
            setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                QStringLiteral("Unable to execute multiple statements at a time"), QSqlError::StatementError,
                QString::number(SQLITE_MISUSE)));
            finalize();
            return false;
        }
    }

    const int columns = sqlite3_column_count(m_stmt);
    for (int i = 0; i < columns; ++i) {
        const char* declared = sqlite3_column_decltype(m_stmt, i);
        // Expressions have no declared type; exec() fills it in from the first row.
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, i)),
            declared ? metaTypeForDeclared(declared) : QMetaType(),
            QString::fromUtf8(sqlite3_column_table_name(m_stmt, i)));
        m_record.append(field);
        m_columnTypes.push_back(field.metaType());
    }
    return true;
}

bool SqlCipherResult::exec()
{
    m_cache.clear();
    m_row.clear();
    m_done = false;
    m_firstRowPending = false;
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    setSelect(false);
    setLastError(QSqlError());

    if (!m_stmt) {
        setLastError(QSqlError(QStringLiteral("Unable to execute statement"),
            QStringLiteral("No statement is prepared"), QSqlError::StatementError,
            QString::number(SQLITE_MISUSE)));
        return false;
    }
    sqlite3* db = sqlite3_db_handle(m_stmt);
    // After close() (and perhaps a new open()) the statement belongs to a
    // closed connection that only lingers until we finalize it.
    if (!driver() || !driver()->isOpen() || m_driver->connection() != db) {
        setLastError(QSqlError(QStringLiteral("Unable to execute statement"),
            QStringLiteral("The database connection was closed"), QSqlError::ConnectionError,
            QString::number(SQLITE_MISUSE)));
        return false;
    }

    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);

    // Qt keeps one value per placeholder occurrence in the query text, in
    // order, and names them (":name", or a serial for "?" that Qt rewrote).
    // SQLite has one parameter per distinct name, so bind by name first and
    // fall back to position for anonymous "?" and "?NNN".
    const QList<QVariant>& values = boundValues();
    QHash<QString, int> positionOfName;
    for (int pos = boundValueCount() - 1; pos >= 0; --pos)
        positionOfName.insert(boundValueName(pos), pos);

    const int parameters = sqlite3_bind_parameter_count(m_stmt);
    for (int i = 1; i <= parameters; ++i) {
        const char* name = sqlite3_bind_parameter_name(m_stmt, i);
        int pos = i - 1;
        if (name && name[0] != '?') {
            const auto found = positionOfName.constFind(QString::fromUtf8(name));
            if (found != positionOfName.constEnd())
                pos = found.value();
        }
        if (pos < 0 || pos >= values.size()) {
            setLastError(QSqlError(QStringLiteral("Unable to bind parameters"),
                QStringLiteral("Parameter count mismatch: no value for parameter %1 (%2)")
                    .arg(i)
                    .arg(name ? QString::fromUtf8(name) : QStringLiteral("?")),
                QSqlError::StatementError, QString::number(SQLITE_RANGE)));
            return false;
        }

        const QVariant& value = values.at(pos);
        int rc = SQLITE_OK;
        if (isSqlNull(value)) {
            rc = sqlite3_bind_null(m_stmt, i);
        } else {
            switch (value.metaType().id()) {
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(m_stmt, i, value.toBool() ? 1 : 0);
                break;
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar:
            case QMetaType::Long:
            case QMetaType::LongLong:
                rc = sqlite3_bind_int64(m_stmt, i, value.toLongLong());
                break;
            case QMetaType::ULong:
            case QMetaType::ULongLong: {
                const qulonglong number = value.toULongLong();
                if (number > static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
                    setLastError(QSqlError(QStringLiteral("Unable to bind parameters"),
                        QStringLiteral("Parameter %1 does not fit in a 64-bit signed integer").arg(i),
                        QSqlError::StatementError, QString::number(SQLITE_RANGE)));
                    return false;
                }
                rc = sqlite3_bind_int64(m_stmt, i, static_cast<sqlite3_int64>(number));
                break;
            }
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, i, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                // A zero-length blob from a null pointer would bind as NULL.
                rc = bytes.isEmpty() ? sqlite3_bind_zeroblob(m_stmt, i, 0)
                                     : sqlite3_bind_blob64(m_stmt, i, bytes.constData(),
                                         static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                QString text;
                if (value.metaType().id() == QMetaType::QDateTime)
                    text = value.toDateTime().toString(Qt::ISODateWithMs);
                else if (value.metaType().id() == QMetaType::QTime)
                    text = value.toTime().toString(Qt::ISODateWithMs);
                else if (value.metaType().id() == QMetaType::QDate)
                    text = value.toDate().toString(Qt::ISODate);
                else if (value.canConvert<QString>())
                    text = value.toString();
                else {
                    setLastError(QSqlError(QStringLiteral("Unable to bind parameters"),
                        QStringLiteral("Parameter %1 has a type SQLite cannot store: %2")
                            .arg(i)
                            .arg(QString::fromLatin1(value.metaType().name())),
                        QSqlError::StatementError, QString::number(SQLITE_MISMATCH)));
                    return false;
                }
                const QByteArray utf8 = text.toUtf8();
                rc = sqlite3_bind_text64(m_stmt, i, utf8.constData(),
                    static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setLastError(m_driver->makeError(
                QStringLiteral("Unable to bind parameters"), QSqlError::StatementError, rc));
            return false;
        }
    }

    // sqlite3_changes() keeps the count of the last INSERT/UPDATE/DELETE, even
    // across DDL; the total moving tells us this statement changed rows.
    const int totalBefore = sqlite3_total_changes(db);
    const sqlite3_int64 rowidBefore = sqlite3_last_insert_rowid(db);

    const int rc = sqlite3_step(m_stmt);
    const int columns = sqlite3_column_count(m_stmt);
    if (rc == SQLITE_ROW) {
        m_row.resize(static_cast<std::size_t>(columns));
        for (int i = 0; i < columns; ++i) {
            if (!m_record.field(i).metaType().isValid()) {
                QSqlField field = m_record.field(i);
                field.setMetaType(metaTypeForStorage(sqlite3_column_type(m_stmt, i)));
                m_record.replace(i, field);
                m_columnTypes[static_cast<std::size_t>(i)] = field.metaType();
            }
        }
        for (int i = 0; i < columns; ++i)
            m_row[static_cast<std::size_t>(i)] = columnValue(i);
        m_firstRowPending = true;
        setSelect(true);
    } else if (rc == SQLITE_DONE) {
        m_done = true;
        if (columns == 0) {
            m_rowsAffected = sqlite3_total_changes(db) != totalBefore ? sqlite3_changes(db) : 0;
            const sqlite3_int64 rowid = sqlite3_last_insert_rowid(db);
            if (m_rowsAffected > 0 && (rowid != rowidBefore || isInsert(sqlite3_sql(m_stmt))))
                m_lastInsertId = QVariant(static_cast<qlonglong>(rowid));
        }
        setSelect(columns > 0);
        // Releases the statement's read lock straight away.
        sqlite3_reset(m_stmt);
    } else {
        setLastError(m_driver->makeError(
            QStringLiteral("Unable to execute statement"), QSqlError::StatementError, rc));
        sqlite3_reset(m_stmt);
        m_done = true;
        return false;
    }
    setActive(true);
    return true;
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::stepRow()
{
    if (m_done || !m_stmt)
        return false;
    if (!driver() || !driver()->isOpen() || m_driver->connection() != sqlite3_db_handle(m_stmt)) {
        setLastError(QSqlError(QStringLiteral("Unable to fetch row"),
            QStringLiteral("The database connection was closed"), QSqlError::ConnectionError,
            QString::number(SQLITE_MISUSE)));
        m_done = true;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        const int columns = sqlite3_column_count(m_stmt);
        m_row.resize(static_cast<std::size_t>(columns));
        for (int i = 0; i < columns; ++i)
            m_row[static_cast<std::size_t>(i)] = columnValue(i);
        return true;
    }
    if (rc != SQLITE_DONE) {
        // A select can fail half-way (a runtime error, a damaged page): the
        // rows so far stay readable, the error is what the caller sees next.
        setLastError(
            m_driver->makeError(QStringLiteral("Unable to fetch row"), QSqlError::StatementError, rc));
    }
    m_done = true;
    sqlite3_reset(m_stmt);
    return false;
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || !isActive() || !isSelect())
        return false;

    // Takes the next row from the statement into m_row, including the one
    // exec() already stepped onto.
    const auto advance = [this] {
        if (m_firstRowPending) {
            m_firstRowPending = false;
            return true;
        }
        return stepRow();
    };

    if (!isForwardOnly()) {
        while (m_cache.size() <= static_cast<std::size_t>(index)) {
            if (!advance())
                return false;
            m_cache.push_back(std::move(m_row));
            m_row.clear();
        }
        setAt(index);
        return true;
    }

    int current = at();
    if (current == QSql::AfterLastRow || index < current)
        return false;
    while (current < index) {
        if (!advance()) {
            setAt(QSql::AfterLastRow);
            return false;
        }
        ++current;
    }
    setAt(current);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    if (isForwardOnly() && at() > 0)
        return false;
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;

    if (!isForwardOnly()) {
        // Reading to the end caches every row; fetch(INT_MAX) would stop at
        // the end the same way but leave the position undefined.
        while (fetch(static_cast<int>(m_cache.size()))) { }
        if (lastError().isValid() || m_cache.empty())
            return false;
        setAt(static_cast<int>(m_cache.size()) - 1);
        return true;
    }

    // Forward-only: step to the end keeping only the newest row, which stays
    // in m_row because stepRow() does not clear it when the rows run out.
    int current = at();
    if (current == QSql::AfterLastRow)
        return false;
    while (fetch(current + 1))
        current = at();
    if (lastError().isValid() || current < 0)
        return false;
    setAt(current);
    return true;
}

bool SqlCipherResult::fetchNext()
{
    if (at() == QSql::AfterLastRow)
        return false;
    return fetch(at() + 1);
}

QVariant SqlCipherResult::data(int index)
{
    const std::vector<QVariant>* row = nullptr;
    if (isForwardOnly())
        row = &m_row;
    else if (at() >= 0 && static_cast<std::size_t>(at()) < m_cache.size())
        row = &m_cache[static_cast<std::size_t>(at())];
    if (!row || index < 0 || static_cast<std::size_t>(index) >= row->size())
        return QVariant();
    return (*row)[static_cast<std::size_t>(index)];
}

bool SqlCipherResult::isNull(int index)
{
    // columnValue() stores SQL NULL as a null QVariant and nothing else as one.
    return data(index).isNull();
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

QSqlRecord SqlCipherResult::record() const
{
    return m_record;
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_stmt));
}

void SqlCipherResult::detachFromResultSet()
{
    // Ends the read so its lock goes; the statement stays prepared for exec().
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_done = true;
    m_firstRowPending = false;
}

void SqlCipherResult::virtual_hook(int id, void* data)
{
    QSqlResult::virtual_hook(id, data);
}

void SqlCipherResult::finalize()
{
    // Safe after the driver closed: the connection lingers as a zombie until
    // its last statement is finalized, which is this one.
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_done = true;
    m_firstRowPending = false;
    m_row.clear();
    m_cache.clear();
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: {
        const qlonglong value = sqlite3_column_int64(m_stmt, column);
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32)
            return QVariant(static_cast<int>(value));
        return QVariant(value);
    }
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(m_stmt, column);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return QVariant(static_cast<int>(value));
        case QSql::LowPrecisionInt64:
            return QVariant(static_cast<qlonglong>(value));
        default:
            // SQLite keeps reals as doubles; there is no higher precision to give.
            return QVariant(value);
        }
    }
    case SQLITE_TEXT: {
        // Text first, then its length, as sqlite3_column_bytes() documents.
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)));
    }
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        const int length = sqlite3_column_bytes(m_stmt, column);
        // An empty blob comes back as a null pointer; keep it distinct from NULL.
        return QVariant(bytes ? QByteArray(bytes, length) : QByteArray(""));
    }
    default:
        // A typed null, so QSqlQuery::value() still says what the column holds.
        return QVariant(m_columnTypes[static_cast<std::size_t>(column)]);
    }
}

} // namespace wingmate
