#pragma once

#include "security/SecureBytes.h"

#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace wingmate {

class SqlCipherResult;

// Qt SQL driver over the statically linked SQLCipher, written on Qt's public
// API only. Registered in-process as "QSQLCIPHER" (registerDriver()); Qt's
// stock QSQLITE plugin is never loaded into the same process.
//
// Keying: call setRawKey() before QSqlDatabase::open(). The 32 key bytes go to
// sqlite3_key() as a raw key blob, x'<64 hex digits>', so SQLCipher's own
// passphrase derivation is never used. Databases are SQLCipher 4's own
// format (HMAC-SHA512, 4096-byte pages); setCipherFormat(SqlCipher3) opens
// one written by SQLCipher 3 (Wingmate 0.1), to upgrade it. open() sets
// cipher_page_size (which must be set on every open), refuses to continue when
// PRAGMA cipher_version is empty (a plain SQLite build) or older than
// MinimumCipherVersion, and installs an
// authorizer that denies ATTACH/DETACH (unless allowAttach is set), virtual
// tables and loading extensions. open() does not read the database; a wrong
// key or a damaged first page shows on the first statement that touches it.
//
// Errors carry SQLite's message as databaseText() and SQLite's extended
// result code as nativeErrorCode().
class SqlCipherDriver : public QSqlDriver {
    Q_OBJECT
public:
    static constexpr const char* Name = "QSQLCIPHER";
    static constexpr int DefaultPageSize = 4096;
    // The oldest SQLCipher open() accepts (major, minor).
    static constexpr int MinimumCipherMajor = 4;
    static constexpr int MinimumCipherMinor = 6;

    // The on-disk format to read and write: SQLCipher 4's defaults, or
    // SQLCipher 3's (cipher_compatibility 3: HMAC-SHA1, PBKDF2-SHA1 for the
    // HMAC key), which only an upgrade should ever open.
    enum class CipherFormat { SqlCipher4, SqlCipher3 };

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    // Registers the driver with QSqlDatabase under Name. Safe to call again.
    static void registerDriver();

    // The form sqlite3_key()/sqlite3_rekey() take a raw key in: x' + 64 hex
    // digits + ' (anything else is silently treated as a passphrase).
    static SecureBytes rawKeyBlob(std::span<const unsigned char> key);

    // The key to use on the next open(). Copied into locked memory; the copy
    // and its hex form are wiped as soon as the database is keyed.
    void setRawKey(std::span<const unsigned char> key);
    // Opens without sqlite3_key(): an unencrypted database. Only for the
    // benchmark's plain copy and tests that compare against one.
    void setUnencrypted(bool unencrypted);
    void setPageSize(int bytes);
    void setCipherFormat(CipherFormat format);
    CipherFormat cipherFormat() const { return m_format; }
    // Whether a cipher_version answer ("4.6.1 community") is new enough.
    static bool isSupportedCipherVersion(const QString& version);
    void setAllowAttach(bool allow);
    bool allowAttach() const { return m_allowAttach; }

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
        const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3* connection() const { return m_db; }
    // PRAGMA cipher_version as answered on open ("" if not open).
    QString cipherVersion() const { return m_cipherVersion; }
    // Runs a script of several statements (migrations) with sqlite3_exec.
    bool execScript(const QString& sql);

    // Builds a QSqlError from the connection's last error.
    QSqlError makeError(const QString& context, QSqlError::ErrorType type, int resultCode) const;

private:
    bool execSimple(const char* sql, QSqlError::ErrorType type);
    void applyAuthorizer();

    sqlite3* m_db = nullptr;
    SecureBytes m_key;
    bool m_unencrypted = false;
    bool m_allowAttach = false;
    int m_pageSize = DefaultPageSize;
    CipherFormat m_format = CipherFormat::SqlCipher4;
    QString m_cipherVersion;
};

} // namespace wingmate
