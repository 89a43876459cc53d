#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlError>

struct sqlite3_stmt;

namespace wingmate {

class SqlCipherDriver;

// A forward-only read of one SELECT straight from SQLCipher, for bulk reads
// (the row exports) where making a QVariant and a QString of every value
// through QSqlQuery costs more than SQLite's own work. Runs on a QSQLCIPHER
// connection, inside whatever transaction it has open; refuses statements
// that would write.
//
// Text comes as SQLite's UTF-8 bytes, valid until the next call of next().
class SqlCipherRows {
public:
    // Prepares the statement (UTF-8); a failure shows in lastError() and
    // makes next() return false.
    SqlCipherRows(QSqlDatabase database, const char* sql);
    ~SqlCipherRows();
    SqlCipherRows(const SqlCipherRows&) = delete;
    SqlCipherRows& operator=(const SqlCipherRows&) = delete;

    // Binds a named parameter (":name") before the first next().
    void bind(const char* name, qint64 value);
    void bind(const char* name, const QString& value);

    // Steps onto the next row; false at the end, or on a failure (then
    // lastError() is valid).
    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QByteArrayView text(int column) const; // empty for NULL
    QSqlError lastError() const { return m_error; }

private:
    int parameter(const char* name);
    void fail(const QString& context, int resultCode);

    const SqlCipherDriver* m_driver = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QSqlError m_error;
    bool m_done = false;
};

} // namespace wingmate
