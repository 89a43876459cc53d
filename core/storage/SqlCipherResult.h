#pragma once

#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

#include <vector>

struct sqlite3_stmt;

namespace wingmate {

class SqlCipherDriver;

// One prepared statement. Supports positional (?) and named (:name)
// placeholders, NULL, integer, real, text and blob values, forward-only and
// scrollable navigation (scrollable results are buffered as they are read),
// lastInsertId() and numRowsAffected().
class SqlCipherResult : public QSqlResult {
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

protected:
    bool prepare(const QString& query) override;
    bool exec() override;
    bool reset(const QString& query) override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;
    QVariant data(int index) override;
    bool isNull(int index) override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    // The sqlite3_stmt* (null when nothing is prepared) as a QVariant holding void*.
    QVariant handle() const override;
    void detachFromResultSet() override;
    void virtual_hook(int id, void* data) override;

private:
    // Steps the statement once; true when a row is now current in m_row.
    bool stepRow();
    void finalize();
    QVariant columnValue(int column) const;

    const SqlCipherDriver* m_driver;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_done = false;            // the statement has no more rows
    bool m_firstRowPending = false; // exec() already stepped onto the first row
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
    std::vector<QVariant> m_row;                // the current row
    std::vector<std::vector<QVariant>> m_cache; // rows read so far, when scrollable
    QSqlRecord m_record;
    // m_record's field types, read once per value that is NULL: copying a
    // QSqlField out of the record for each one showed on large results.
    std::vector<QMetaType> m_columnTypes;
};

} // namespace wingmate
