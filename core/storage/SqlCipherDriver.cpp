#include "storage/SqlCipherDriver.h"

#include "storage/SqlCipherResult.h"

#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QStringList>
#include <QtDebug>
#include <algorithm>
#include <mutex>
#include <sodium.h>
#include <sqlite3.h>
#include <utility>
#include <vector>

namespace wingmate {

namespace {

constexpr std::size_t RawKeySize = 32;

// SQLite's type affinity rules (datatype3.html, 3.1), narrowed to the Qt types
// the rest of the program reads; "NUMERIC", "DATE" and friends stay text.
QMetaType metaTypeForDeclared(const QString& declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return QMetaType::fromType<qlonglong>();
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB"))
        || type.contains(QLatin1String("TEXT")))
        return QMetaType::fromType<QString>();
    if (type.contains(QLatin1String("BLOB")))
        return QMetaType::fromType<QByteArray>();
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA"))
        || type.contains(QLatin1String("DOUB")))
        return QMetaType::fromType<double>();
    return QMetaType::fromType<QString>();
}

// Runs the authorizer's policy. The connection's driver is the user data, so
// allowAttach() is read live and can be switched while the database is open.
int authorize(void* userData, int action, const char* /*arg1*/, const char* arg2, const char* /*database*/,
    const char* /*trigger*/)
{
    const auto* driver = static_cast<const SqlCipherDriver*>(userData);
    switch (action) {
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
        return driver->allowAttach() ? SQLITE_OK : SQLITE_DENY;
    case SQLITE_CREATE_VTABLE:
    case SQLITE_DROP_VTABLE:
        return SQLITE_DENY;
    case SQLITE_FUNCTION:
        // arg2 is the function name; SQL function names are case-insensitive.
        return (arg2 && sqlite3_stricmp(arg2, "load_extension") == 0) ? SQLITE_DENY : SQLITE_OK;
    default:
        return SQLITE_OK;
    }
}

// One row of PRAGMA table_info.
struct ColumnInfo {
    QString name;
    QString declaredType;
    bool notNull = false;
    QString defaultValue; // an SQL expression, as written in the schema
    int pkOrder = 0; // 1-based position in the primary key, 0 if not part of it
};

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{
    // SecureBytes locks memory through libsodium; sodium_init() is idempotent.
    if (sodium_init() < 0)
        qWarning("SqlCipherDriver: libsodium failed to initialise");
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::registerDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(Name), new QSqlDriverCreator<SqlCipherDriver>);
    });
}

void SqlCipherDriver::setRawKey(std::span<const unsigned char> key)
{
    m_key = SecureBytes::copyOf(key);
}

void SqlCipherDriver::setUnencrypted(bool unencrypted)
{
    m_unencrypted = unencrypted;
}

void SqlCipherDriver::setPageSize(int bytes)
{
    m_pageSize = bytes;
}

void SqlCipherDriver::setCipherFormat(CipherFormat format)
{
    m_format = format;
}

bool SqlCipherDriver::isSupportedCipherVersion(const QString& version)
{
    // "4.6.1 community": the numbers before the first space.
    const QStringList parts = version.section(QLatin1Char(' '), 0, 0).split(QLatin1Char('.'));
    bool majorOk = false;
    bool minorOk = false;
    const int major = parts.value(0).toInt(&majorOk);
    const int minor = parts.value(1).toInt(&minorOk);
    if (!majorOk || !minorOk)
        return false;
    return major > MinimumCipherMajor || (major == MinimumCipherMajor && minor >= MinimumCipherMinor);
}

void SqlCipherDriver::setAllowAttach(bool allow)
{
    m_allowAttach = allow;
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
    // A reader holds a SHARED lock that makes writers on other connections wait.
    case SimpleLocking:
    // SqlCipherResult maps integers and reals to the low-precision types asked for.
    case LowPrecisionNumbers:
        return true;
    case QuerySize: // SQLite only knows the row count after stepping to the end
    case BatchOperations: // QSqlResult's default execBatch() loops over exec() instead
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

SecureBytes SqlCipherDriver::rawKeyBlob(std::span<const unsigned char> key)
{
    // x'<64 hex digits>' makes SQLCipher use the bytes as the key itself,
    // skipping its PBKDF2 passphrase derivation. sodium_bin2hex writes a
    // terminator, so the buffer is one longer while the hex is written.
    const std::size_t length = 2 + 2 * key.size() + 1;
    SecureBytes text(length + 1);
    char* chars = reinterpret_cast<char*>(text.data());
    chars[0] = 'x';
    chars[1] = '\'';
    sodium_bin2hex(chars + 2, 2 * key.size() + 1, key.data(), key.size());
    chars[length - 1] = '\'';
    SecureBytes blob = SecureBytes::copyOf(text.span().first(length));
    return blob;
}

bool SqlCipherDriver::open(const QString& db, const QString& user, const QString& password,
    const QString& host, int port, const QString& connectOptions)
{
    // The user name, password (never a passphrase: see setRawKey), host, port
    // and connection options have no meaning for a local SQLCipher file.
    Q_UNUSED(user)
    Q_UNUSED(password)
    Q_UNUSED(host)
    Q_UNUSED(port)
    Q_UNUSED(connectOptions)

    // Whatever happens below, the key does not outlive this call.
    const SecureBytes key = std::exchange(m_key, SecureBytes());
    if (isOpen())
        close();

    const auto fail = [this](const QSqlError& error) {
        setLastError(error);
        if (m_db) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
        }
        m_cipherVersion.clear();
        setOpenError(true);
        return false;
    };

    if (!m_unencrypted && key.size() != RawKeySize) {
        return fail(QSqlError(QStringLiteral("No valid key set"),
            key.isEmpty() ? QStringLiteral("setRawKey() was not called before open()")
                          : QStringLiteral("The key must be exactly 32 bytes"),
            QSqlError::ConnectionError, QString::number(SQLITE_MISUSE)));
    }

    // SQLCipher accepts an invalid cipher_page_size without an error and then
    // fails every read, so refuse it here where the cause is still clear.
    if (m_pageSize < 512 || m_pageSize > 65536 || (m_pageSize & (m_pageSize - 1)) != 0) {
        return fail(QSqlError(QStringLiteral("Invalid page size"),
            QStringLiteral("The page size must be a power of two from 512 to 65536, not %1").arg(m_pageSize),
            QSqlError::ConnectionError, QString::number(SQLITE_MISUSE)));
    }

    const QByteArray path = db.toUtf8();
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return fail(makeError(QStringLiteral("Unable to open the database"), QSqlError::ConnectionError, rc));

    if (!m_unencrypted) {
        SecureBytes blob = rawKeyBlob(key.span());
        rc = sqlite3_key(m_db, blob.data(), static_cast<int>(blob.size()));
        blob.clear();
        if (rc != SQLITE_OK)
            return fail(
                makeError(QStringLiteral("Unable to key the database"), QSqlError::ConnectionError, rc));

        // SQLCipher 4.6 writes its own log to stderr (a wrong key, a damaged
        // page); Wingmate reports those itself, in words a worker can act
        // on. Only takes effect once the codec is set up, so after the key.
        if (!execSimple("PRAGMA cipher_log_level = NONE", QSqlError::ConnectionError))
            return fail(lastError());
        // A database SQLCipher 3 wrote: its HMAC and key settings, before
        // anything reads the file.
        if (m_format == CipherFormat::SqlCipher3
            && !execSimple("PRAGMA cipher_compatibility = 3", QSqlError::ConnectionError)) {
            return fail(lastError());
        }
        // SQLCipher does not store the page size in the file, so it has to be
        // given on every open (cipher_compatibility 3 would assume 1024).
        const QByteArray pageSize = "PRAGMA cipher_page_size = " + QByteArray::number(m_pageSize);
        if (!execSimple(pageSize.constData(), QSqlError::ConnectionError))
            return fail(lastError());
    } else {
        // Keeps a plain comparison copy on the same page size; only has an
        // effect when the file is new, and does not read it.
        const QByteArray pageSize = "PRAGMA page_size = " + QByteArray::number(m_pageSize);
        if (!execSimple(pageSize.constData(), QSqlError::ConnectionError))
            return fail(lastError());
    }

    // cipher_version is answered by the codec without touching the file.
    sqlite3_stmt* stmt = nullptr;
    rc = sqlite3_prepare_v2(m_db, "PRAGMA cipher_version", -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return fail(
            makeError(QStringLiteral("Unable to query the cipher version"), QSqlError::ConnectionError, rc));
    QString version;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        version = QString::fromUtf8(text, sqlite3_column_bytes(stmt, 0));
    } else if (rc != SQLITE_DONE) {
        const QSqlError error
            = makeError(QStringLiteral("Unable to query the cipher version"), QSqlError::ConnectionError, rc);
        sqlite3_finalize(stmt);
        return fail(error);
    }
    sqlite3_finalize(stmt);
    if (version.isEmpty() && !m_unencrypted) {
        return fail(QSqlError(QStringLiteral("This SQLite build has no encryption (SQLCipher missing); "
                                             "refusing to open the vault."),
            QString(), QSqlError::ConnectionError, QString::number(SQLITE_MISUSE)));
    }
    if (!version.isEmpty() && !isSupportedCipherVersion(version)) {
        return fail(QSqlError(QStringLiteral("This program was built with SQLCipher %1; it needs %2.%3 or later.")
                                  .arg(version)
                                  .arg(MinimumCipherMajor)
                                  .arg(MinimumCipherMinor),
            QString(), QSqlError::ConnectionError, QString::number(SQLITE_MISUSE)));
    }

    // The busy handler Qt's own SQLite driver uses by default, so a writer
    // waits for another connection's transaction instead of failing at once.
    sqlite3_busy_timeout(m_db, 5000);
    applyAuthorizer();

    m_cipherVersion = version;
    setOpen(true);
    setOpenError(false);
    setLastError(QSqlError());
    return true;
}

void SqlCipherDriver::close()
{
    if (m_db) {
        // Live QSqlQuery objects still own their statements, so they cannot be
        // finalized here. Resetting them ends their reads and rolling back ends
        // any open transaction, so the connection holds no lock once closed.
        for (sqlite3_stmt* stmt = sqlite3_next_stmt(m_db, nullptr); stmt;
             stmt = sqlite3_next_stmt(m_db, stmt))
            sqlite3_reset(stmt);
        if (!sqlite3_get_autocommit(m_db))
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        // close_v2 leaves a zombie handle until every outstanding statement is
        // finalized (by ~SqlCipherResult), so those statements stay safe to free.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_cipherVersion.clear();
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front: a deferred transaction that
    // later upgrades from read to write can deadlock against another writer.
    return execSimple("BEGIN IMMEDIATE", QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT", QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", QSqlError::TransactionError);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!m_db)
        return names;

    QStringList conditions;
    if (type & QSql::Tables)
        conditions << QStringLiteral("(type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\')");
    if (type & QSql::Views)
        conditions << QStringLiteral("type = 'view'");
    if (type & QSql::SystemTables) {
        names << QStringLiteral("sqlite_master");
        conditions << QStringLiteral("(type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\')");
    }
    if (conditions.isEmpty())
        return names;

    const QByteArray sql = QStringLiteral("SELECT name FROM sqlite_master WHERE %1 ORDER BY name")
                               .arg(conditions.join(QLatin1String(" OR ")))
                               .toUtf8();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return names;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        names << QString::fromUtf8(text, sqlite3_column_bytes(stmt, 0));
    }
    sqlite3_finalize(stmt);
    return names;
}

namespace {

std::vector<ColumnInfo> tableInfo(sqlite3* db, const QString& escapedTable)
{
    std::vector<ColumnInfo> columns;
    if (!db)
        return columns;
    const QByteArray sql = QStringLiteral("PRAGMA table_info(%1)").arg(escapedTable).toUtf8();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return columns;
    const auto text = [stmt](int column) {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
        return QString::fromUtf8(bytes, sqlite3_column_bytes(stmt, column));
    };
    // Columns: cid, name, type, notnull, dflt_value, pk.
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ColumnInfo column;
        column.name = text(1);
        column.declaredType = text(2);
        column.notNull = sqlite3_column_int(stmt, 3) != 0;
        if (sqlite3_column_type(stmt, 4) != SQLITE_NULL)
            column.defaultValue = text(4);
        column.pkOrder = sqlite3_column_int(stmt, 5);
        columns.push_back(std::move(column));
    }
    sqlite3_finalize(stmt);
    return columns;
}

} // namespace

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord result;
    const QString table = stripDelimiters(tableName, TableName);
    const std::vector<ColumnInfo> columns = tableInfo(m_db, escapeIdentifier(tableName, TableName));

    int pkColumns = 0;
    for (const ColumnInfo& column : columns)
        pkColumns += column.pkOrder > 0 ? 1 : 0;

    for (const ColumnInfo& column : columns) {
        QSqlField field(column.name, metaTypeForDeclared(column.declaredType), table);
        field.setRequiredStatus(column.notNull ? QSqlField::Required : QSqlField::Optional);
        if (!column.defaultValue.isNull())
            field.setDefaultValue(column.defaultValue);
        // Only a lone "INTEGER PRIMARY KEY" aliases the rowid and fills itself in.
        field.setAutoValue(pkColumns == 1 && column.pkOrder == 1
            && column.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0);
        result.append(field);
    }
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    const QString table = stripDelimiters(tableName, TableName);
    QSqlIndex index(table);
    std::vector<ColumnInfo> columns = tableInfo(m_db, escapeIdentifier(tableName, TableName));
    std::erase_if(columns, [](const ColumnInfo& column) { return column.pkOrder == 0; });
    std::sort(columns.begin(), columns.end(),
        [](const ColumnInfo& a, const ColumnInfo& b) { return a.pkOrder < b.pkOrder; });
    for (const ColumnInfo& column : columns)
        index.append(QSqlField(column.name, metaTypeForDeclared(column.declaredType), table));
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    // Qt passes names through here more than once (QSqlTableModel, record());
    // an identifier that is already one well-formed quoted name is kept. One
    // that merely starts and ends with a quote is escaped like any other.
    if (isIdentifierEscaped(identifier, type) && identifier.size() >= 2) {
        const QStringView inner = QStringView(identifier).mid(1, identifier.size() - 2);
        bool wellFormed = true;
        for (qsizetype i = 0; i < inner.size(); ++i) {
            if (inner.at(i) == u'"') {
                if (i + 1 < inner.size() && inner.at(i + 1) == u'"')
                    ++i;
                else
                    wellFormed = false;
            }
        }
        if (wellFormed)
            return identifier;
    }
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}

bool SqlCipherDriver::execScript(const QString& sql)
{
    if (!m_db) {
        setLastError(
            QSqlError(QStringLiteral("Unable to run the script"), QStringLiteral("The database is not open"),
                QSqlError::ConnectionError, QString::number(SQLITE_MISUSE)));
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(QStringLiteral("Unable to run the script"), QSqlError::StatementError, rc));
        return false;
    }
    return true;
}

QSqlError SqlCipherDriver::makeError(const QString& context, QSqlError::ErrorType type, int resultCode) const
{
    QString message;
    int code = resultCode;
    if (m_db) {
        const int extended = sqlite3_extended_errcode(m_db);
        // Trust the connection's error state only when it describes this
        // failure; otherwise it may be left over from an earlier call.
        if ((extended & 0xff) == (resultCode & 0xff)) {
            code = extended;
            message = QString::fromUtf8(sqlite3_errmsg(m_db));
        }
    }
    if (message.isEmpty())
        message = QString::fromUtf8(sqlite3_errstr(resultCode));
    return QSqlError(context, message, type, QString::number(code));
}

bool SqlCipherDriver::execSimple(const char* sql, QSqlError::ErrorType type)
{
    if (!m_db) {
        setLastError(QSqlError(QString::fromUtf8(sql), QStringLiteral("The database is not open"), type,
            QString::number(SQLITE_MISUSE)));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(QStringLiteral("Unable to execute %1").arg(QString::fromUtf8(sql)), type, rc));
        return false;
    }
    return true;
}

void SqlCipherDriver::applyAuthorizer()
{
    sqlite3_set_authorizer(m_db, &authorize, this);
}

} // namespace wingmate
