// Tests for the in-process QSQLCIPHER driver, on real files in a temporary
// directory, through QSqlDatabase/QSqlQuery as the rest of Wingmate uses it.
#include "storage/SqlCipherDriver.h"
#include "storage/SqlCipherRows.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QTemporaryDir>
#include <QTime>
#include <array>
#include <catch2/catch_test_macros.hpp>
#include <catch2/catch_tostring.hpp>
#include <limits>
#include <sodium.h>
#include <span>
#include <sqlite3.h>
#include <string>

namespace Catch {
template<> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template<> struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& value)
    {
        return "0x" + value.left(48).toHex().toStdString() + (value.size() > 48 ? "..." : "");
    }
};
} // namespace Catch

namespace {

using wingmate::SqlCipherDriver;
using Key = std::array<unsigned char, 32>;

const QString DriverName = QStringLiteral("QSQLCIPHER");

void initialiseOnce()
{
    static const bool ready = [] {
        REQUIRE(sodium_init() >= 0);
        SqlCipherDriver::registerDriver();
        SqlCipherDriver::registerDriver(); // a second call must be harmless
        return true;
    }();
    (void)ready;
}

Key randomKey()
{
    Key key {};
    randombytes_buf(key.data(), key.size());
    return key;
}

QString uniqueConnectionName()
{
    static int counter = 0;
    return QStringLiteral("sqlcipher-test-%1").arg(++counter);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// One named QSqlDatabase connection that is closed and removed on scope exit.
// Declare it before the QSqlQuery objects that use it so they die first.
class Connection {
public:
    explicit Connection(const QString& path)
        : m_name(uniqueConnectionName())
    {
        initialiseOnce();
        m_db = QSqlDatabase::addDatabase(DriverName, m_name);
        m_db.setDatabaseName(path);
    }
    // Takes ownership of a driver created by hand.
    Connection(const QString& path, SqlCipherDriver* driver)
        : m_name(uniqueConnectionName())
    {
        initialiseOnce();
        m_db = QSqlDatabase::addDatabase(driver, m_name);
        m_db.setDatabaseName(path);
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    SqlCipherDriver* driver() const { return static_cast<SqlCipherDriver*>(m_db.driver()); }
    QSqlDatabase& db() { return m_db; }

    bool open(std::span<const unsigned char> key)
    {
        driver()->setRawKey(key);
        return m_db.open();
    }
    bool openUnencrypted()
    {
        driver()->setUnencrypted(true);
        return m_db.open();
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

void run(QSqlQuery& query, const QString& sql)
{
    const bool ok = query.exec(sql);
    INFO(sql.toStdString() << " -> " << query.lastError().text().toStdString());
    REQUIRE(ok);
}

void run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    run(query, sql);
}

void runPrepared(QSqlQuery& query)
{
    const bool ok = query.exec();
    INFO(query.lastQuery().toStdString() << " -> " << query.lastError().text().toStdString());
    REQUIRE(ok);
}

void prepare(QSqlQuery& query, const QString& sql)
{
    const bool ok = query.prepare(sql);
    INFO(sql.toStdString() << " -> " << query.lastError().text().toStdString());
    REQUIRE(ok);
}

QVariant scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    run(query, sql);
    REQUIRE(query.next());
    return query.value(0);
}

QString hex(std::span<const unsigned char> bytes)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()))
            .toHex());
}

// Runs one statement on a raw SQLCipher handle and returns SQLite's result code.
int rawExec(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

} // namespace

TEST_CASE("The driver registers, opens a keyed file and reports its features", "[sqlcipher]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    initialiseOnce();
    REQUIRE(QSqlDatabase::isDriverAvailable(DriverName));
    const Key key = randomKey();

    SECTION("by driver name")
    {
        Connection connection(dir.filePath(QStringLiteral("named.db")));
        REQUIRE(connection.driver() != nullptr);
        REQUIRE(connection.open(key));
        CHECK(connection.db().isOpen());
        CHECK_FALSE(connection.db().isOpenError());
        CHECK_FALSE(connection.driver()->cipherVersion().isEmpty());
        CHECK(scalar(connection.db(), QStringLiteral("PRAGMA cipher_version")).toString()
            == connection.driver()->cipherVersion());

        SqlCipherDriver* driver = connection.driver();
        CHECK(driver->hasFeature(QSqlDriver::Transactions));
        CHECK(driver->hasFeature(QSqlDriver::PreparedQueries));
        CHECK(driver->hasFeature(QSqlDriver::NamedPlaceholders));
        CHECK(driver->hasFeature(QSqlDriver::PositionalPlaceholders));
        CHECK(driver->hasFeature(QSqlDriver::LastInsertId));
        CHECK(driver->hasFeature(QSqlDriver::BLOB));
        CHECK(driver->hasFeature(QSqlDriver::Unicode));
        CHECK(driver->hasFeature(QSqlDriver::FinishQuery));
        CHECK_FALSE(driver->hasFeature(QSqlDriver::QuerySize));
        CHECK_FALSE(driver->hasFeature(QSqlDriver::MultipleResultSets));
        CHECK_FALSE(driver->hasFeature(QSqlDriver::EventNotifications));

        // handle() carries the sqlite3* as a void*.
        CHECK(static_cast<sqlite3*>(driver->handle().value<void*>()) == driver->connection());

        run(connection.db(), QStringLiteral("CREATE TABLE t (x INTEGER)"));
        run(connection.db(), QStringLiteral("INSERT INTO t VALUES (42)"));
        CHECK(scalar(connection.db(), QStringLiteral("SELECT x FROM t")).toLongLong() == 42);
    }

    SECTION("by a driver object handed to QSqlDatabase")
    {
        auto* driver = new SqlCipherDriver;
        Connection connection(dir.filePath(QStringLiteral("direct.db")), driver);
        CHECK(connection.driver() == driver);
        REQUIRE(connection.open(key));
        CHECK_FALSE(driver->cipherVersion().isEmpty());
        run(connection.db(), QStringLiteral("CREATE TABLE t (x)"));
        connection.db().close();
        CHECK_FALSE(connection.db().isOpen());
        CHECK(driver->cipherVersion().isEmpty());
    }

    SECTION("without a key, open() fails and creates nothing")
    {
        const QString path = dir.filePath(QStringLiteral("nokey.db"));
        Connection connection(path);
        CHECK_FALSE(connection.db().open());
        CHECK(connection.db().isOpenError());
        CHECK(connection.db().lastError().type() == QSqlError::ConnectionError);
        CHECK_FALSE(QFile::exists(path));
    }

    SECTION("a path that cannot be opened gives SQLite's error")
    {
        Connection connection(dir.filePath(QStringLiteral("no/such/dir/x.db")));
        CHECK_FALSE(connection.open(key));
        CHECK(connection.db().isOpenError());
        CHECK(connection.db().lastError().nativeErrorCode() == QString::number(SQLITE_CANTOPEN));
        CHECK(connection.db().lastError().type() == QSqlError::ConnectionError);
    }

    SECTION("a key of the wrong length is refused")
    {
        Connection connection(dir.filePath(QStringLiteral("short.db")));
        const std::array<unsigned char, 16> shortKey {};
        CHECK_FALSE(connection.open(shortKey));
        CHECK(connection.db().isOpenError());
    }

    SECTION("the key is used once: reopening needs it again")
    {
        Connection connection(dir.filePath(QStringLiteral("once.db")));
        REQUIRE(connection.open(key));
        connection.db().close();
        CHECK_FALSE(connection.db().open());
        REQUIRE(connection.open(key));
    }
}

TEST_CASE("Positional and named placeholders bind the right values", "[sqlcipher]")
{
    QTemporaryDir dir;
    Connection connection(dir.filePath(QStringLiteral("bind.db")));
    REQUIRE(connection.open(randomKey()));
    run(connection.db(), QStringLiteral("CREATE TABLE t (a, b, c)"));
    QSqlQuery query(connection.db());

    SECTION("positional, reused for several rows")
    {
        prepare(query, QStringLiteral("INSERT INTO t (a, b, c) VALUES (?, ?, ?)"));
        for (int i = 0; i < 3; ++i) {
            query.addBindValue(i);
            query.addBindValue(QStringLiteral("b%1").arg(i));
            query.addBindValue(i * 10);
            runPrepared(query);
        }
        prepare(query, QStringLiteral("SELECT a, b, c FROM t WHERE a >= ? AND c <= ? ORDER BY a"));
        query.bindValue(0, 1);
        query.bindValue(1, 20);
        runPrepared(query);
        REQUIRE(query.next());
        CHECK(query.value(1).toString() == QStringLiteral("b1"));
        REQUIRE(query.next());
        CHECK(query.value(2).toLongLong() == 20);
        CHECK_FALSE(query.next());
    }

    SECTION("named, bound in a different order from the text")
    {
        prepare(query, QStringLiteral("INSERT INTO t (a, b, c) VALUES (:first, :second, :third)"));
        query.bindValue(QStringLiteral(":third"), 3);
        query.bindValue(QStringLiteral(":first"), 1);
        query.bindValue(QStringLiteral(":second"), 2);
        runPrepared(query);
        QSqlQuery check(connection.db());
        run(check, QStringLiteral("SELECT a, b, c FROM t"));
        REQUIRE(check.next());
        CHECK(check.value(0).toLongLong() == 1);
        CHECK(check.value(1).toLongLong() == 2);
        CHECK(check.value(2).toLongLong() == 3);
    }

    SECTION("the same name twice in one statement")
    {
        prepare(query, QStringLiteral("INSERT INTO t (a, b, c) VALUES (:x, :y, :x)"));
        query.bindValue(QStringLiteral(":y"), QStringLiteral("middle"));
        query.bindValue(QStringLiteral(":x"), 7);
        runPrepared(query);
        run(connection.db(), QStringLiteral("INSERT INTO t VALUES (8, 'other', 9)"));

        prepare(query, QStringLiteral("SELECT b FROM t WHERE a = :v AND c = :v"));
        query.bindValue(QStringLiteral(":v"), 7);
        runPrepared(query);
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == QStringLiteral("middle"));
        CHECK_FALSE(query.next());
    }

    SECTION("named placeholders can be bound by position too")
    {
        prepare(query, QStringLiteral("INSERT INTO t (a, b, c) VALUES (:a, :b, :c)"));
        query.addBindValue(4);
        query.addBindValue(5);
        query.addBindValue(6);
        runPrepared(query);
        CHECK(scalar(connection.db(), QStringLiteral("SELECT a || b || c FROM t")).toString()
            == QStringLiteral("456"));
    }

    SECTION("a placeholder with no value is an error, not a silent NULL")
    {
        prepare(query, QStringLiteral("INSERT INTO t (a, b, c) VALUES (?, ?, ?)"));
        query.addBindValue(1);
        CHECK_FALSE(query.exec());
        CHECK(query.lastError().isValid());
        CHECK(scalar(connection.db(), QStringLiteral("SELECT count(*) FROM t")).toLongLong() == 0);
    }

    SECTION("more than one statement in a query is refused")
    {
        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO t VALUES (1, 2, 3); DROP TABLE t")));
        CHECK(query.lastError().databaseText().contains(QStringLiteral("multiple statements")));
        // A trailing comment is not a second statement.
        run(query, QStringLiteral("INSERT INTO t VALUES (1, 2, 3); -- done"));
    }
}

TEST_CASE("Values of every storage class round-trip", "[sqlcipher]")
{
    QTemporaryDir dir;
    Connection connection(dir.filePath(QStringLiteral("values.db")));
    REQUIRE(connection.open(randomKey()));
    run(connection.db(),
        QStringLiteral("CREATE TABLE v (id INTEGER PRIMARY KEY, i INTEGER, r REAL, t TEXT, b BLOB)"));
    QSqlQuery insert(connection.db());
    prepare(insert, QStringLiteral("INSERT INTO v (id, i, r, t, b) VALUES (:id, :i, :r, :t, :b)"));
    QSqlQuery select(connection.db());
    const auto readRow = [&](int id) {
        prepare(select, QStringLiteral("SELECT i, r, t, b FROM v WHERE id = ?"));
        select.addBindValue(id);
        runPrepared(select);
        REQUIRE(select.next());
    };

    SECTION("NULL, and null Qt values, bind as NULL; empty values do not")
    {
        insert.bindValue(QStringLiteral(":id"), 1);
        insert.bindValue(QStringLiteral(":i"), QVariant());
        insert.bindValue(QStringLiteral(":r"), QVariant(QMetaType::fromType<double>()));
        insert.bindValue(QStringLiteral(":t"), QString());
        insert.bindValue(QStringLiteral(":b"), QByteArray());
        runPrepared(insert);
        readRow(1);
        for (int column = 0; column < 4; ++column) {
            INFO("column " << column);
            CHECK(select.isNull(column));
            CHECK(select.value(column).isNull());
        }
        // A NULL still says what the column holds.
        CHECK(select.value(0).metaType() == QMetaType::fromType<qlonglong>());
        CHECK(select.value(2).metaType() == QMetaType::fromType<QString>());

        insert.bindValue(QStringLiteral(":id"), 2);
        insert.bindValue(QStringLiteral(":i"), 0);
        insert.bindValue(QStringLiteral(":r"), 0.0);
        insert.bindValue(QStringLiteral(":t"), QLatin1String(""));
        insert.bindValue(QStringLiteral(":b"), QByteArray(""));
        runPrepared(insert);
        readRow(2);
        for (int column = 0; column < 4; ++column) {
            INFO("column " << column);
            CHECK_FALSE(select.isNull(column));
        }
        CHECK(select.value(2).toString().isEmpty());
        CHECK(select.value(3).toByteArray().isEmpty());
        CHECK(scalar(connection.db(), QStringLiteral("SELECT typeof(b) FROM v WHERE id = 2")).toString()
            == QStringLiteral("blob"));
    }

    SECTION("integers, including the 64-bit limits, and booleans")
    {
        const qlonglong values[]
            = { std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), 0, -1, 1LL << 53 };
        int id = 10;
        for (const qlonglong value : values) {
            insert.bindValue(QStringLiteral(":id"), id);
            insert.bindValue(QStringLiteral(":i"), value);
            insert.bindValue(QStringLiteral(":r"), QVariant());
            insert.bindValue(QStringLiteral(":t"), QVariant());
            insert.bindValue(QStringLiteral(":b"), QVariant());
            runPrepared(insert);
            readRow(id);
            CHECK(select.value(0).metaType() == QMetaType::fromType<qlonglong>());
            CHECK(select.value(0).toLongLong() == value);
            ++id;
        }
        insert.bindValue(QStringLiteral(":id"), id);
        insert.bindValue(QStringLiteral(":i"), true);
        runPrepared(insert);
        readRow(id);
        CHECK(select.value(0).toLongLong() == 1);

        insert.bindValue(QStringLiteral(":id"), id + 1);
        insert.bindValue(QStringLiteral(":i"), std::numeric_limits<quint64>::max());
        CHECK_FALSE(insert.exec()); // would not fit; refused rather than wrapped
    }

    SECTION("reals")
    {
        const double values[] = { 3.25, -1.0e-300, 1.7976931348623157e308, 0.1 };
        int id = 20;
        for (const double value : values) {
            insert.bindValue(QStringLiteral(":id"), id);
            insert.bindValue(QStringLiteral(":i"), QVariant());
            insert.bindValue(QStringLiteral(":r"), value);
            insert.bindValue(QStringLiteral(":t"), QVariant());
            insert.bindValue(QStringLiteral(":b"), QVariant());
            runPrepared(insert);
            readRow(id);
            CHECK(select.value(1).metaType() == QMetaType::fromType<double>());
            CHECK(select.value(1).toDouble() == value);
            ++id;
        }
    }

    SECTION("text in many scripts, bound and as a literal")
    {
        const QString texts[] = {
            QStringLiteral("Καλημέρα κόσμε"),
            QStringLiteral("日本語のテキスト、中文字符"),
            QStringLiteral("emoji 😀🔐👩‍💻 and 𠀋 (astral)"),
            QStringLiteral("مرحبا بالعالم"),
            QStringLiteral("quotes ' \" and : ? inside"),
        };
        int id = 30;
        for (const QString& text : texts) {
            insert.bindValue(QStringLiteral(":id"), id);
            insert.bindValue(QStringLiteral(":i"), QVariant());
            insert.bindValue(QStringLiteral(":r"), QVariant());
            insert.bindValue(QStringLiteral(":t"), text);
            insert.bindValue(QStringLiteral(":b"), QVariant());
            runPrepared(insert);
            readRow(id);
            CHECK(select.value(2).metaType() == QMetaType::fromType<QString>());
            CHECK(select.value(2).toString() == text);
            // SQLite stores UTF-8: the byte length proves no lossy conversion.
            QSqlQuery length(connection.db());
            run(length, QStringLiteral("SELECT length(CAST(t AS BLOB)) FROM v WHERE id = %1").arg(id));
            REQUIRE(length.next());
            CHECK(length.value(0).toLongLong() == text.toUtf8().size());
            ++id;
        }
        const QString literal = QStringLiteral("SELECT 'Ἀθῆναι 北京 🚀 القاهرة'");
        CHECK(scalar(connection.db(), literal).toString() == QStringLiteral("Ἀθῆναι 北京 🚀 القاهرة"));
    }

    SECTION("blobs with embedded NUL bytes")
    {
        QByteArray blob;
        for (int i = 0; i < 512; ++i)
            blob.append(static_cast<char>(i % 256));
        blob.append('\0');
        blob.prepend(QByteArray(3, '\0'));
        insert.bindValue(QStringLiteral(":id"), 40);
        insert.bindValue(QStringLiteral(":i"), QVariant());
        insert.bindValue(QStringLiteral(":r"), QVariant());
        insert.bindValue(QStringLiteral(":t"), QVariant());
        insert.bindValue(QStringLiteral(":b"), blob);
        runPrepared(insert);
        readRow(40);
        CHECK(select.value(3).metaType() == QMetaType::fromType<QByteArray>());
        CHECK(select.value(3).toByteArray() == blob);
        CHECK(scalar(connection.db(), QStringLiteral("SELECT length(b) FROM v WHERE id = 40")).toLongLong()
            == blob.size());
    }

    SECTION("dates and times as ISO 8601 text")
    {
        const QDateTime when(QDate(2024, 2, 29), QTime(13, 45, 30, 123), Qt::UTC);
        insert.bindValue(QStringLiteral(":id"), 50);
        insert.bindValue(QStringLiteral(":i"), QVariant());
        insert.bindValue(QStringLiteral(":r"), QVariant());
        insert.bindValue(QStringLiteral(":t"), when);
        insert.bindValue(QStringLiteral(":b"), QDate(2024, 2, 29));
        runPrepared(insert);
        readRow(50);
        CHECK(select.value(2).toString() == QStringLiteral("2024-02-29T13:45:30.123Z"));
        CHECK(select.value(3).toString() == QStringLiteral("2024-02-29"));
    }

    SECTION("the numerical precision policy narrows integers")
    {
        QSqlQuery narrow(connection.db());
        narrow.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
        run(narrow, QStringLiteral("SELECT 7, 2.75"));
        REQUIRE(narrow.next());
        CHECK(narrow.value(0).metaType() == QMetaType::fromType<int>());
        CHECK(narrow.value(1).toInt() == 2);
    }
}

TEST_CASE("Transactions commit and roll back", "[sqlcipher]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tx.db"));
    const Key key = randomKey();
    Connection connection(path);
    REQUIRE(connection.open(key));
    run(connection.db(), QStringLiteral("CREATE TABLE t (x)"));

    REQUIRE(connection.db().transaction());
    run(connection.db(), QStringLiteral("INSERT INTO t VALUES (1)"));
    REQUIRE(connection.db().commit());

    REQUIRE(connection.db().transaction());
    run(connection.db(), QStringLiteral("INSERT INTO t VALUES (2)"));
    CHECK(scalar(connection.db(), QStringLiteral("SELECT count(*) FROM t")).toLongLong() == 2);
    REQUIRE(connection.db().rollback());
    CHECK(scalar(connection.db(), QStringLiteral("SELECT count(*) FROM t")).toLongLong() == 1);

    // What was committed is visible to another connection with the same key.
    Connection other(path);
    REQUIRE(other.open(key));
    CHECK(scalar(other.db(), QStringLiteral("SELECT group_concat(x) FROM t")).toString()
        == QStringLiteral("1"));

    // beginTransaction() takes the write lock at once, so a second writer is
    // turned away at BEGIN rather than deadlocking later.
    sqlite3_busy_timeout(other.driver()->connection(), 50);
    REQUIRE(connection.db().transaction());
    CHECK_FALSE(other.db().transaction());
    CHECK(other.db().lastError().type() == QSqlError::TransactionError);
    CHECK(other.db().lastError().nativeErrorCode() == QString::number(SQLITE_BUSY));
    REQUIRE(connection.db().commit());

    // Committing with no transaction open is an error, reported as such.
    CHECK_FALSE(connection.db().commit());
    CHECK(connection.db().lastError().databaseText().contains(QStringLiteral("no transaction")));
}

TEST_CASE("lastInsertId and numRowsAffected", "[sqlcipher]")
{
    QTemporaryDir dir;
    Connection connection(dir.filePath(QStringLiteral("ids.db")));
    REQUIRE(connection.open(randomKey()));
    QSqlQuery query(connection.db());
    run(query, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, x)"));
    CHECK(query.numRowsAffected() == 0);

    run(query, QStringLiteral("INSERT INTO t (x) VALUES ('a')"));
    CHECK(query.lastInsertId().toLongLong() == 1);
    CHECK(query.numRowsAffected() == 1);
    run(query, QStringLiteral("INSERT INTO t (id, x) VALUES (100, 'b')"));
    CHECK(query.lastInsertId().toLongLong() == 100);
    run(query, QStringLiteral("INSERT INTO t (x) VALUES ('c'), ('d')"));
    CHECK(query.lastInsertId().toLongLong() == 102);
    CHECK(query.numRowsAffected() == 2);

    // Replacing a row under the same id is still an insert with that id.
    run(query, QStringLiteral("INSERT OR REPLACE INTO t (id, x) VALUES (102, 'e')"));
    CHECK(query.lastInsertId().toLongLong() == 102);

    run(query, QStringLiteral("UPDATE t SET x = 'z' WHERE id >= 100"));
    CHECK(query.numRowsAffected() == 3);
    CHECK_FALSE(query.lastInsertId().isValid()); // an UPDATE inserts nothing

    run(query, QStringLiteral("UPDATE t SET x = 'y' WHERE id = 12345"));
    CHECK(query.numRowsAffected() == 0);

    run(query, QStringLiteral("DELETE FROM t WHERE id IN (1, 100)"));
    CHECK(query.numRowsAffected() == 2);

    // DDL after a DML statement does not inherit its count.
    run(query, QStringLiteral("CREATE TABLE u (y)"));
    CHECK(query.numRowsAffected() == 0);

    run(query, QStringLiteral("SELECT * FROM t"));
    CHECK(query.isSelect());
    CHECK(query.numRowsAffected() == -1);
    CHECK(query.size() == -1);
}

TEST_CASE("Forward-only and scrollable navigation", "[sqlcipher]")
{
    QTemporaryDir dir;
    Connection connection(dir.filePath(QStringLiteral("nav.db")));
    REQUIRE(connection.open(randomKey()));
    run(connection.db(), QStringLiteral("CREATE TABLE t (n INTEGER)"));
    for (int i = 0; i < 5; ++i)
        run(connection.db(), QStringLiteral("INSERT INTO t VALUES (%1)").arg(i * 10));
    const QString sql = QStringLiteral("SELECT n FROM t ORDER BY n");

    SECTION("scrollable")
    {
        QSqlQuery query(connection.db());
        query.setForwardOnly(false);
        run(query, sql);
        CHECK(query.at() == QSql::BeforeFirstRow);
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 0);
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 10);
        REQUIRE(query.previous());
        CHECK(query.value(0).toInt() == 0);
        CHECK_FALSE(query.previous());
        CHECK(query.at() == QSql::BeforeFirstRow);
        REQUIRE(query.last());
        CHECK(query.at() == 4);
        CHECK(query.value(0).toInt() == 40);
        REQUIRE(query.previous());
        CHECK(query.value(0).toInt() == 30);
        REQUIRE(query.first());
        CHECK(query.value(0).toInt() == 0);
        REQUIRE(query.seek(3));
        CHECK(query.value(0).toInt() == 30);
        REQUIRE(query.seek(-2, true));
        CHECK(query.value(0).toInt() == 10);
        CHECK_FALSE(query.seek(5));
        CHECK(query.at() == QSql::AfterLastRow);
        REQUIRE(query.previous());
        CHECK(query.value(0).toInt() == 40);
        CHECK_FALSE(query.next());
    }

    SECTION("forward-only")
    {
        QSqlQuery query(connection.db());
        query.setForwardOnly(true);
        run(query, sql);
        int expected = 0;
        while (query.next()) {
            CHECK(query.value(0).toInt() == expected);
            expected += 10;
        }
        CHECK(expected == 50);
        CHECK_FALSE(query.next());

        run(query, sql);
        REQUIRE(query.seek(2));
        CHECK(query.value(0).toInt() == 20);
        CHECK_FALSE(query.first()); // cannot go back
        REQUIRE(query.last());
        CHECK(query.at() == 4);
        CHECK(query.value(0).toInt() == 40);
        CHECK_FALSE(query.next());

        // An empty result
        run(query, QStringLiteral("SELECT n FROM t WHERE n < 0"));
        CHECK(query.isSelect());
        CHECK_FALSE(query.next());
        CHECK_FALSE(query.last());
    }
}

TEST_CASE("Records describe result columns and tables", "[sqlcipher]")
{
    QTemporaryDir dir;
    Connection connection(dir.filePath(QStringLiteral("record.db")));
    REQUIRE(connection.open(randomKey()));
    run(connection.db(),
        QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x', "
                       "score REAL, photo BLOB, joined DATE)"));
    run(connection.db(),
        QStringLiteral("CREATE TABLE \"we\"\"ird\" (a INTEGER, b VARCHAR(10), PRIMARY KEY (b, a))"));
    run(connection.db(), QStringLiteral("CREATE VIEW everyone AS SELECT name FROM people"));
    run(connection.db(), QStringLiteral("INSERT INTO people (name, score) VALUES ('Ann', 1.5)"));

    SECTION("QSqlQuery::record")
    {
        QSqlQuery query(connection.db());
        run(query, QStringLiteral("SELECT id AS ident, name, score, photo, 1 + 1 AS two FROM people"));
        QSqlRecord record = query.record();
        REQUIRE(record.count() == 5);
        CHECK(record.fieldName(0) == QStringLiteral("ident"));
        CHECK(record.fieldName(1) == QStringLiteral("name"));
        CHECK(record.fieldName(4) == QStringLiteral("two"));
        CHECK(record.field(0).metaType() == QMetaType::fromType<qlonglong>());
        CHECK(record.field(1).metaType() == QMetaType::fromType<QString>());
        CHECK(record.field(2).metaType() == QMetaType::fromType<double>());
        CHECK(record.field(3).metaType() == QMetaType::fromType<QByteArray>());
        CHECK(record.field(4).metaType() == QMetaType::fromType<qlonglong>()); // from the first row
        REQUIRE(query.next());
        record = query.record();
        CHECK(record.value(QStringLiteral("name")).toString() == QStringLiteral("Ann"));
    }

    SECTION("driver record, primary index, tables and identifier escaping")
    {
        SqlCipherDriver* driver = connection.driver();
        const QSqlRecord record = driver->record(QStringLiteral("people"));
        REQUIRE(record.count() == 5);
        CHECK(record.field(0).metaType() == QMetaType::fromType<qlonglong>());
        CHECK(record.field(0).isAutoValue());
        CHECK(record.field(1).metaType() == QMetaType::fromType<QString>());
        CHECK(record.field(1).requiredStatus() == QSqlField::Required);
        CHECK(record.field(2).metaType() == QMetaType::fromType<double>());
        CHECK(record.field(3).metaType() == QMetaType::fromType<QByteArray>());
        CHECK(record.field(4).metaType() == QMetaType::fromType<QString>());

        const QSqlIndex index = driver->primaryIndex(QStringLiteral("people"));
        REQUIRE(index.count() == 1);
        CHECK(index.fieldName(0) == QStringLiteral("id"));

        const QString weird = QStringLiteral("we\"ird");
        CHECK(driver->escapeIdentifier(weird, QSqlDriver::TableName) == QStringLiteral("\"we\"\"ird\""));
        CHECK(driver->escapeIdentifier(QStringLiteral("\"x\"||y\""), QSqlDriver::TableName)
            == QStringLiteral("\"\"\"x\"\"||y\"\"\""));
        const QSqlIndex compound = driver->primaryIndex(weird);
        REQUIRE(compound.count() == 2);
        CHECK(compound.fieldName(0) == QStringLiteral("b"));
        CHECK(compound.fieldName(1) == QStringLiteral("a"));
        CHECK(driver->record(weird).count() == 2);
        CHECK(connection.db().record(weird).count() == 2);

        const QStringList tables = connection.db().tables(QSql::Tables);
        CHECK(tables.contains(QStringLiteral("people")));
        CHECK(tables.contains(weird));
        CHECK_FALSE(tables.contains(QStringLiteral("everyone")));
        CHECK(connection.db().tables(QSql::Views) == QStringList { QStringLiteral("everyone") });
        CHECK(connection.db().tables(QSql::SystemTables).contains(QStringLiteral("sqlite_master")));
        CHECK(driver->record(QStringLiteral("missing")).isEmpty());
    }
}

TEST_CASE("Errors carry SQLite's message and extended code", "[sqlcipher]")
{
    QTemporaryDir dir;
    Connection connection(dir.filePath(QStringLiteral("errors.db")));
    REQUIRE(connection.open(randomKey()));
    run(connection.db(), QStringLiteral("CREATE TABLE t (u INTEGER UNIQUE, c INTEGER CHECK (c > 0))"));
    QSqlQuery query(connection.db());

    SECTION("syntax error")
    {
        CHECK_FALSE(query.exec(QStringLiteral("SELEC 1")));
        const QSqlError error = query.lastError();
        CHECK(error.type() == QSqlError::StatementError);
        CHECK(error.databaseText().contains(QStringLiteral("syntax error")));
        CHECK(error.nativeErrorCode() == QStringLiteral("1"));
        CHECK_FALSE(error.driverText().isEmpty());
        CHECK_FALSE(query.isActive());
    }

    SECTION("unique constraint")
    {
        run(query, QStringLiteral("INSERT INTO t VALUES (1, 1)"));
        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO t VALUES (1, 2)")));
        CHECK(query.lastError().nativeErrorCode() == QString::number(SQLITE_CONSTRAINT_UNIQUE));
        CHECK(query.lastError().nativeErrorCode() == QStringLiteral("2067"));
        CHECK(query.lastError().databaseText().contains(QStringLiteral("UNIQUE")));

        // The same through a prepared statement, which then still works.
        prepare(query, QStringLiteral("INSERT INTO t VALUES (?, 5)"));
        query.addBindValue(1);
        CHECK_FALSE(query.exec());
        CHECK(query.lastError().nativeErrorCode() == QStringLiteral("2067"));
        query.bindValue(0, 2);
        runPrepared(query);
    }

    SECTION("check constraint")
    {
        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO t VALUES (3, -1)")));
        CHECK(query.lastError().nativeErrorCode() == QString::number(SQLITE_CONSTRAINT_CHECK));
    }

    SECTION("missing table")
    {
        CHECK_FALSE(query.exec(QStringLiteral("SELECT * FROM nowhere")));
        CHECK(query.lastError().databaseText().contains(QStringLiteral("no such table")));
    }

    SECTION("execScript reports the failing statement's error")
    {
        CHECK(connection.driver()->execScript(
            QStringLiteral("CREATE TABLE s (x); INSERT INTO s VALUES (1); INSERT INTO s VALUES (2);")));
        CHECK(scalar(connection.db(), QStringLiteral("SELECT sum(x) FROM s")).toLongLong() == 3);
        CHECK_FALSE(connection.driver()->execScript(QStringLiteral("INSERT INTO s VALUES (3); BOGUS;")));
        CHECK(connection.db().lastError().databaseText().contains(QStringLiteral("syntax error")));
        CHECK(connection.db().lastError().nativeErrorCode() == QStringLiteral("1"));
    }
}

TEST_CASE("A key derived from a non-ASCII password round-trips as raw bytes", "[sqlcipher]")
{
    initialiseOnce();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unicode-key.db"));
    const QByteArray password = QStringLiteral("pässwörd→鍵").toUtf8();
    Key key {};
    REQUIRE(crypto_generichash(key.data(), key.size(),
                reinterpret_cast<const unsigned char*>(password.constData()),
                static_cast<unsigned long long>(password.size()), nullptr, 0)
        == 0);

    {
        Connection writer(path);
        REQUIRE(writer.open(key));
        run(writer.db(), QStringLiteral("CREATE TABLE t (x TEXT)"));
        run(writer.db(), QStringLiteral("INSERT INTO t VALUES ('geheim')"));
    }
    {
        Connection reader(path);
        REQUIRE(reader.open(key));
        CHECK(scalar(reader.db(), QStringLiteral("SELECT x FROM t")).toString() == QStringLiteral("geheim"));
    }
    {
        // open() does not read the file, so a wrong key shows on the first statement.
        Key wrong = key;
        wrong[0] ^= 0x01;
        Connection reader(path);
        REQUIRE(reader.open(wrong));
        QSqlQuery query(reader.db());
        CHECK_FALSE(query.exec(QStringLiteral("SELECT x FROM t")));
        CHECK(query.lastError().nativeErrorCode() == QString::number(SQLITE_NOTADB));
        CHECK(query.lastError().nativeErrorCode() == QStringLiteral("26"));
        INFO(query.lastError().databaseText().toStdString());
        CHECK(query.lastError().databaseText().contains(QStringLiteral("not a database")));
    }
}

TEST_CASE("10,000 rows read forward-only and scrollable", "[sqlcipher]")
{
    QTemporaryDir dir;
    Connection connection(dir.filePath(QStringLiteral("big.db")));
    REQUIRE(connection.open(randomKey()));
    run(connection.db(), QStringLiteral("CREATE TABLE t (n INTEGER PRIMARY KEY, label TEXT)"));
    constexpr int Rows = 10000;
    {
        REQUIRE(connection.db().transaction());
        QSqlQuery insert(connection.db());
        prepare(insert, QStringLiteral("INSERT INTO t (n, label) VALUES (?, ?)"));
        for (int i = 0; i < Rows; ++i) {
            insert.bindValue(0, i);
            insert.bindValue(1, QStringLiteral("row %1 ✓").arg(i));
            runPrepared(insert);
        }
        REQUIRE(connection.db().commit());
    }
    const QString sql = QStringLiteral("SELECT n, label FROM t ORDER BY n");

    SECTION("forward-only")
    {
        QSqlQuery query(connection.db());
        query.setForwardOnly(true);
        run(query, sql);
        int count = 0;
        qint64 sum = 0;
        while (query.next()) {
            if (count == 1234)
                CHECK(query.value(1).toString() == QStringLiteral("row 1234 ✓"));
            sum += query.value(0).toLongLong();
            ++count;
        }
        CHECK_FALSE(query.lastError().isValid());
        CHECK(count == Rows);
        CHECK(sum == qint64(Rows) * (Rows - 1) / 2);
    }

    SECTION("scrollable")
    {
        QSqlQuery query(connection.db());
        query.setForwardOnly(false);
        run(query, sql);
        REQUIRE(query.last());
        CHECK(query.at() == Rows - 1);
        CHECK(query.value(0).toInt() == Rows - 1);
        REQUIRE(query.seek(5000));
        CHECK(query.value(1).toString() == QStringLiteral("row 5000 ✓"));
        REQUIRE(query.previous());
        CHECK(query.value(0).toInt() == 4999);
        REQUIRE(query.first());
        CHECK(query.value(0).toInt() == 0);
        int count = 1;
        while (query.next())
            ++count;
        CHECK(count == Rows);
    }
}

TEST_CASE("A statement that fails half-way reports the error and leaves data intact", "[sqlcipher]")
{
    QTemporaryDir dir;
    Connection connection(dir.filePath(QStringLiteral("halfway.db")));
    REQUIRE(connection.open(randomKey()));
    run(connection.db(), QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, u INTEGER UNIQUE)"));
    run(connection.db(), QStringLiteral("INSERT INTO t (id, u) VALUES (1, 1), (2, 2), (3, 3)"));
    const auto snapshot = [&] {
        return scalar(
            connection.db(), QStringLiteral("SELECT group_concat(id || ':' || u, ',') FROM t ORDER BY id"))
            .toString();
    };
    const QString original = snapshot();
    CHECK(original == QStringLiteral("1:1,2:2,3:3"));

    SECTION("an UPDATE hitting UNIQUE on its second row")
    {
        QSqlQuery query(connection.db());
        CHECK_FALSE(query.exec(QStringLiteral("UPDATE t SET u = 5")));
        CHECK(query.lastError().nativeErrorCode() == QStringLiteral("2067"));
        CHECK(snapshot() == original); // the statement is undone as a whole
    }

    SECTION("inside a transaction, rollback restores everything")
    {
        REQUIRE(connection.db().transaction());
        run(connection.db(), QStringLiteral("INSERT INTO t (id, u) VALUES (4, 4)"));
        QSqlQuery query(connection.db());
        CHECK_FALSE(
            query.exec(QStringLiteral("INSERT INTO t (id, u) SELECT id + 10, u + 2 FROM t ORDER BY id")));
        CHECK(query.lastError().nativeErrorCode() == QStringLiteral("2067"));
        CHECK(snapshot() == QStringLiteral("1:1,2:2,3:3,4:4"));
        REQUIRE(connection.db().rollback());
        CHECK(snapshot() == original);
    }

    SECTION("a SELECT whose third row fails")
    {
        // id - INT64_MAX - 4 is exactly INT64_MIN for id 3 only (other rows
        // overflow into reals), and abs(INT64_MIN) is a runtime error.
        const QString sql = QStringLiteral("SELECT id, abs(id - 9223372036854775807 - 4) FROM t ORDER BY id");
        for (const bool forwardOnly : { true, false }) {
            INFO("forward-only: " << forwardOnly);
            QSqlQuery query(connection.db());
            query.setForwardOnly(forwardOnly);
            run(query, sql);
            REQUIRE(query.next());
            CHECK(query.value(0).toInt() == 1);
            REQUIRE(query.next());
            CHECK(query.value(0).toInt() == 2);
            CHECK_FALSE(query.next());
            CHECK(query.lastError().isValid());
            CHECK(query.lastError().databaseText().contains(QStringLiteral("integer overflow")));
        }
        QSqlQuery query(connection.db());
        query.setForwardOnly(false);
        run(query, sql);
        CHECK_FALSE(query.last());
        CHECK(query.lastError().isValid());
    }
}

TEST_CASE("The file on disk is encrypted, and an unencrypted one is not", "[sqlcipher]")
{
    QTemporaryDir dir;
    const QString encryptedPath = dir.filePath(QStringLiteral("secret.db"));
    const QString plainPath = dir.filePath(QStringLiteral("plain.db"));
    const QString canary = QStringLiteral("CANARY-wingmate-4f1c9e");
    const QByteArray header("SQLite format 3");

    {
        Connection connection(encryptedPath);
        REQUIRE(connection.open(randomKey()));
        run(connection.db(), QStringLiteral("CREATE TABLE t (x TEXT)"));
        run(connection.db(), QStringLiteral("INSERT INTO t VALUES ('%1')").arg(canary));
    }
    const QByteArray encrypted = readFile(encryptedPath);
    CHECK(encrypted.size() >= 4096);
    CHECK_FALSE(encrypted.contains(header));
    CHECK_FALSE(encrypted.contains(canary.toUtf8()));

    {
        Connection connection(plainPath);
        REQUIRE(connection.openUnencrypted());
        run(connection.db(), QStringLiteral("CREATE TABLE t (x TEXT)"));
        run(connection.db(), QStringLiteral("INSERT INTO t VALUES ('%1')").arg(canary));
    }
    const QByteArray plain = readFile(plainPath);
    CHECK(plain.startsWith(header));
    CHECK(plain.contains(canary.toUtf8()));
}

TEST_CASE("sqlite3_key is given the raw key form, not a passphrase", "[sqlcipher]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("raw.db"));
    const Key key = randomKey();
    {
        Connection connection(path);
        REQUIRE(connection.open(key));
        run(connection.db(), QStringLiteral("CREATE TABLE t (x)"));
    }
    const QByteArray keyHex = hex(key).toLatin1();
    REQUIRE(keyHex.size() == 64);

    const auto countTables = [&](const QByteArray& keyPragma) {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK);
        REQUIRE(rawExec(db, keyPragma.constData()) == SQLITE_OK);
        REQUIRE(rawExec(db, "PRAGMA cipher_page_size = 4096") == SQLITE_OK);
        const int rc = rawExec(db, "SELECT count(*) FROM sqlite_master");
        const int extended = sqlite3_extended_errcode(db);
        sqlite3_close(db);
        return rc == SQLITE_OK ? SQLITE_OK : extended;
    };

    // The same hex digits as a passphrase go through PBKDF2 and give another key.
    CHECK(countTables("PRAGMA key = '" + keyHex + "'") == SQLITE_NOTADB);
    // As a raw key blob they open the file: that is the form the driver used.
    CHECK(countTables("PRAGMA key = \"x'" + keyHex + "'\"") == SQLITE_OK);
}

TEST_CASE("The authorizer refuses ATTACH, virtual tables and extensions", "[sqlcipher]")
{
    QTemporaryDir dir;
    const Key key = randomKey();
    Connection connection(dir.filePath(QStringLiteral("auth.db")));
    REQUIRE(connection.open(key));
    run(connection.db(), QStringLiteral("CREATE TABLE t (x)"));
    QSqlQuery query(connection.db());
    const QString other = dir.filePath(QStringLiteral("other.db"));
    const QString attach = QStringLiteral("ATTACH DATABASE '%1' AS other").arg(other);

    CHECK_FALSE(connection.driver()->allowAttach());
    CHECK_FALSE(query.exec(attach));
    CHECK(query.lastError().nativeErrorCode() == QString::number(SQLITE_AUTH));
    CHECK(query.lastError().databaseText().contains(QStringLiteral("not authorized")));

    CHECK_FALSE(query.exec(QStringLiteral("CREATE VIRTUAL TABLE v USING fts4(body)")));
    CHECK(query.lastError().nativeErrorCode() == QString::number(SQLITE_AUTH));
    // SQLite reports a denied function as a plain SQLITE_ERROR.
    CHECK_FALSE(query.exec(QStringLiteral("SELECT load_extension('/nonexistent/evil')")));
    CHECK(query.lastError().databaseText().contains(QStringLiteral("not authorized")));
    CHECK_FALSE(query.exec(QStringLiteral("SELECT LOAD_EXTENSION('/nonexistent/evil')")));
    CHECK(query.lastError().databaseText().contains(QStringLiteral("not authorized")));

    // What SQLCipher and Qt need keeps working.
    run(query, QStringLiteral("SELECT name FROM sqlite_master"));
    run(query, QStringLiteral("PRAGMA cipher_version"));
    run(query, QStringLiteral("PRAGMA table_info(t)"));
    run(query, QStringLiteral("SELECT upper('ok'), count(*) FROM t"));

    connection.driver()->setAllowAttach(true);
    run(query, attach); // the attached file is keyed like the main one
    run(query, QStringLiteral("CREATE TABLE other.t2 (y)"));
    connection.driver()->setAllowAttach(false);
    CHECK_FALSE(query.exec(QStringLiteral("DETACH DATABASE other")));
    connection.driver()->setAllowAttach(true);
    run(query, QStringLiteral("DETACH DATABASE other"));
}

TEST_CASE("cipher_page_size is applied on every open", "[sqlcipher]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pages.db"));
    const Key key = randomKey();
    {
        Connection connection(path);
        REQUIRE(connection.open(key));
        CHECK(scalar(connection.db(), QStringLiteral("PRAGMA cipher_page_size")).toInt() == 4096);
        run(connection.db(), QStringLiteral("CREATE TABLE t (x)"));
    }
    CHECK(QFile(path).size() % 4096 == 0);
    {
        Connection connection(path);
        REQUIRE(connection.open(key));
        CHECK(scalar(connection.db(), QStringLiteral("PRAGMA cipher_page_size")).toInt() == 4096);
        CHECK(scalar(connection.db(), QStringLiteral("PRAGMA page_size")).toInt() == 4096);
        CHECK(scalar(connection.db(), QStringLiteral("SELECT count(*) FROM t")).toInt() == 0);
    }
    {
        // SQLCipher 3 would assume 1024 if the driver did not set it; the
        // wrong page size cannot decrypt the file.
        Connection connection(path);
        connection.driver()->setPageSize(1024);
        REQUIRE(connection.open(key));
        QSqlQuery query(connection.db());
        CHECK_FALSE(query.exec(QStringLiteral("SELECT count(*) FROM t")));
        CHECK(query.lastError().nativeErrorCode() == QStringLiteral("26"));
    }
    {
        Connection connection(path);
        connection.driver()->setPageSize(3000); // not a power of two
        CHECK_FALSE(connection.open(key));
        CHECK(connection.db().lastError().driverText() == QStringLiteral("Invalid page size"));
    }
}

TEST_CASE("Statements are released by finish(), destruction and close()", "[sqlcipher]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("release.db"));
    const Key key = randomKey();
    Connection connection(path);
    REQUIRE(connection.open(key));
    run(connection.db(), QStringLiteral("CREATE TABLE t (x)"));
    for (int i = 0; i < 3; ++i)
        run(connection.db(), QStringLiteral("INSERT INTO t VALUES (%1)").arg(i));

    SECTION("finish() releases the read lock")
    {
        Connection writer(path);
        REQUIRE(writer.open(key));
        sqlite3_busy_timeout(writer.driver()->connection(), 50);
        QSqlQuery reader(connection.db());
        reader.setForwardOnly(true);
        run(reader, QStringLiteral("SELECT x FROM t"));
        REQUIRE(reader.next());

        QSqlQuery write(writer.db());
        CHECK_FALSE(write.exec(QStringLiteral("INSERT INTO t VALUES (99)"))); // the reader's lock
        CHECK(write.lastError().nativeErrorCode() == QString::number(SQLITE_BUSY));
        reader.finish();
        CHECK_FALSE(reader.isActive());
        run(write, QStringLiteral("INSERT INTO t VALUES (99)"));
    }

    SECTION("a destroyed query finalizes its statement")
    {
        sqlite3* db = connection.driver()->connection();
        {
            QSqlQuery query(connection.db());
            run(query, QStringLiteral("SELECT x FROM t"));
            REQUIRE(query.next());
            CHECK(sqlite3_next_stmt(db, nullptr) != nullptr);
            // handle() carries the sqlite3_stmt* as a void*.
            CHECK(static_cast<sqlite3_stmt*>(query.result()->handle().value<void*>())
                == sqlite3_next_stmt(db, nullptr));
        }
        CHECK(sqlite3_next_stmt(db, nullptr) == nullptr);
    }

    SECTION("close() while queries are still alive")
    {
        QSqlQuery query(connection.db());
        query.setForwardOnly(false);
        run(query, QStringLiteral("SELECT x FROM t ORDER BY x"));
        REQUIRE(query.next());
        QSqlQuery prepared(connection.db());
        prepare(prepared, QStringLiteral("INSERT INTO t VALUES (?)"));

        connection.db().close();
        CHECK_FALSE(connection.db().isOpen());
        CHECK_FALSE(query.next()); // the statement's connection is gone
        {
            // The closed connection keeps no lock although its statements live on.
            Connection writer(path);
            REQUIRE(writer.open(key));
            sqlite3_busy_timeout(writer.driver()->connection(), 50);
            run(writer.db(), QStringLiteral("INSERT INTO t VALUES (3)"));
        }
        prepared.addBindValue(5);
        CHECK_FALSE(prepared.exec());

        // Reopened, the old statement still refuses rather than using a stale handle.
        REQUIRE(connection.open(key));
        prepared.addBindValue(5);
        CHECK_FALSE(prepared.exec());
        CHECK(prepared.lastError().isValid());
        prepare(prepared, QStringLiteral("INSERT INTO t VALUES (?)"));
        prepared.addBindValue(6);
        runPrepared(prepared);
        CHECK(scalar(connection.db(), QStringLiteral("SELECT count(*) FROM t")).toInt() == 5);
    }

    SECTION("close() with a transaction open rolls it back")
    {
        REQUIRE(connection.db().transaction());
        run(connection.db(), QStringLiteral("INSERT INTO t VALUES (42)"));
        QSqlQuery pending(connection.db());
        run(pending, QStringLiteral("SELECT x FROM t"));
        REQUIRE(pending.next());
        connection.db().close();

        Connection other(path);
        REQUIRE(other.open(key));
        sqlite3_busy_timeout(other.driver()->connection(), 50);
        CHECK(scalar(other.db(), QStringLiteral("SELECT count(*) FROM t")).toInt() == 3);
        run(other.db(), QStringLiteral("INSERT INTO t VALUES (7)"));
    }
}

TEST_CASE("execBatch binds arrays through the default emulation", "[sqlcipher]")
{
    QTemporaryDir dir;
    Connection connection(dir.filePath(QStringLiteral("batch.db")));
    REQUIRE(connection.open(randomKey()));
    run(connection.db(), QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT)"));
    QSqlQuery query(connection.db());

    prepare(query, QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)"));
    query.addBindValue(QVariantList { 1, 2, 3 });
    query.addBindValue(QVariantList { QStringLiteral("one"), QStringLiteral("two"), QVariant() });
    REQUIRE(query.execBatch());

    prepare(query, QStringLiteral("INSERT INTO t (a, b) VALUES (:a, :b)"));
    query.bindValue(QStringLiteral(":b"), QVariantList { QStringLiteral("four"), QStringLiteral("five") });
    query.bindValue(QStringLiteral(":a"), QVariantList { 4, 5 });
    REQUIRE(query.execBatch());

    CHECK(scalar(connection.db(),
              QStringLiteral("SELECT group_concat(a || '=' || ifnull(b, 'NULL'), ' ') FROM t"))
              .toString()
        == QStringLiteral("1=one 2=two 3=NULL 4=four 5=five"));
}

TEST_CASE("SqlCipherRows reads integers, UTF-8 text and NULLs straight from the connection", "[sqlcipher]")
{
    QTemporaryDir dir;
    Connection connection(dir.filePath(QStringLiteral("rows.db")));
    REQUIRE(connection.open(randomKey()));
    run(connection.db(), QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT)"));
    run(connection.db(),
        QStringLiteral("INSERT INTO t VALUES (1, 42, 'Zoë'), (2, NULL, NULL), (3, -9223372036854775808, ''), "
                       "(4, 7, 'a' || char(0) || 'b')"));
    // Inside a transaction the rows it has written are read too: the same connection.
    REQUIRE(connection.db().transaction());
    run(connection.db(), QStringLiteral("INSERT INTO t VALUES (5, 5, 'five')"));

    wingmate::SqlCipherRows rows(
        connection.db(), "SELECT id, n, s FROM t WHERE id >= :low AND s IS NOT :not ORDER BY id");
    rows.bind(":low", qint64(1));
    rows.bind(":not", QStringLiteral("five"));
    REQUIRE(rows.next());
    CHECK(rows.integer(0) == 1);
    CHECK(rows.integer(1) == 42);
    CHECK(rows.text(2) == QByteArrayView(QStringLiteral("Zoë").toUtf8()));
    CHECK_FALSE(rows.isNull(2));
    REQUIRE(rows.next());
    CHECK(rows.isNull(1));
    CHECK(rows.isNull(2));
    CHECK(rows.text(2).isEmpty());
    REQUIRE(rows.next());
    CHECK(rows.integer(1) == std::numeric_limits<qint64>::min());
    CHECK_FALSE(rows.isNull(2));
    CHECK(rows.text(2).isEmpty());
    REQUIRE(rows.next());
    CHECK(rows.text(2) == QByteArrayView("a\0b", 3));
    CHECK_FALSE(rows.next());
    CHECK_FALSE(rows.lastError().isValid());
    CHECK_FALSE(rows.next()); // stays at the end
    REQUIRE(connection.db().rollback());
}

TEST_CASE("SqlCipherRows reports failures and never writes", "[sqlcipher]")
{
    QTemporaryDir dir;
    Connection connection(dir.filePath(QStringLiteral("rows-fail.db")));
    REQUIRE(connection.open(randomKey()));
    run(connection.db(), QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)"));
    run(connection.db(), QStringLiteral("INSERT INTO t VALUES (1), (2), (3)"));
    const auto count
        = [&] { return scalar(connection.db(), QStringLiteral("SELECT count(*) FROM t")).toInt(); };

    SECTION("a statement SQLite cannot prepare")
    {
        wingmate::SqlCipherRows rows(connection.db(), "SELECT id FROM nowhere");
        CHECK_FALSE(rows.next());
        CHECK(rows.lastError().nativeErrorCode() == QString::number(SQLITE_ERROR));
        CHECK(rows.lastError().databaseText().contains(QStringLiteral("nowhere")));
    }
    SECTION("a statement that would write")
    {
        for (const char* sql : { "DELETE FROM t", "INSERT INTO t VALUES (4)", "DROP TABLE t" }) {
            wingmate::SqlCipherRows rows(connection.db(), sql);
            CHECK_FALSE(rows.next());
            CHECK(rows.lastError().isValid());
        }
        CHECK(count() == 3);
    }
    SECTION("a parameter the statement does not have")
    {
        wingmate::SqlCipherRows rows(connection.db(), "SELECT id FROM t WHERE id > :low");
        rows.bind(":high", qint64(1));
        CHECK_FALSE(rows.next());
        CHECK(rows.lastError().driverText().contains(QStringLiteral("bind")));
        CHECK(rows.lastError().databaseText().contains(QStringLiteral(":high")));
    }
    SECTION("a SELECT whose third row fails")
    {
        wingmate::SqlCipherRows rows(
            connection.db(), "SELECT id, abs(id - 9223372036854775807 - 4) FROM t ORDER BY id");
        REQUIRE(rows.next());
        CHECK(rows.integer(0) == 1);
        REQUIRE(rows.next());
        CHECK(rows.integer(0) == 2);
        CHECK_FALSE(rows.next());
        CHECK(rows.lastError().databaseText().contains(QStringLiteral("integer overflow")));
    }
    SECTION("a closed database")
    {
        connection.db().close();
        wingmate::SqlCipherRows rows(connection.db(), "SELECT id FROM t");
        CHECK_FALSE(rows.next());
        CHECK(rows.lastError().type() == QSqlError::ConnectionError);
    }
}

TEST_CASE("New databases are SQLCipher 4.6 or later, and Qt's own SQLite driver in the same process stays "
          "plain SQLite",
    "[sqlcipher]")
{
    QTemporaryDir dir;
    initialiseOnce();
    const Key key = randomKey();
    Connection connection(dir.filePath(QStringLiteral("new.db")));
    REQUIRE(connection.open(key));
    const QString version = connection.driver()->cipherVersion();
    INFO(version.toStdString());
    CHECK(SqlCipherDriver::isSupportedCipherVersion(version));
    const QString ownSqlite = scalar(connection.db(), QStringLiteral("SELECT sqlite_version()")).toString();
    CHECK(ownSqlite.section(QLatin1Char('.'), 0, 1) >= QStringLiteral("3.46"));
    // SQLCipher 4's defaults: HMAC-SHA512 on 4096-byte pages.
    CHECK(scalar(connection.db(), QStringLiteral("PRAGMA cipher_hmac_algorithm")).toString()
        == QStringLiteral("HMAC_SHA512"));
    CHECK(scalar(connection.db(), QStringLiteral("PRAGMA cipher_page_size")).toInt() == 4096);

    // Linked statically, SQLCipher's symbols are its own: Qt's stock driver,
    // loaded as a plugin against the system's libsqlite3, neither binds to
    // them nor lends it its own.
    REQUIRE(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        plain.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(plain.open());
        QSqlQuery query(plain);
        REQUIRE(query.exec(QStringLiteral("SELECT sqlite_version()")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() != ownSqlite);
        REQUIRE(query.exec(QStringLiteral("PRAGMA cipher_version")));
        CHECK_FALSE(query.next()); // plain SQLite has no such pragma
        plain.close();
    }
    QSqlDatabase::removeDatabase(name);
    // Our own copy is the one this file was compiled against.
    CHECK(QString::fromLatin1(sqlite3_libversion()) == ownSqlite);
}

TEST_CASE("A database written in SQLCipher 3's format opens only when asked for that format", "[sqlcipher]")
{
    QTemporaryDir dir;
    initialiseOnce();
    const Key key = randomKey();
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        Connection old(path);
        old.driver()->setCipherFormat(SqlCipherDriver::CipherFormat::SqlCipher3);
        REQUIRE(old.open(key));
        CHECK(scalar(old.db(), QStringLiteral("PRAGMA cipher_hmac_algorithm")).toString() == QStringLiteral("HMAC_SHA1"));
        run(old.db(), QStringLiteral("CREATE TABLE t (x)"));
        run(old.db(), QStringLiteral("INSERT INTO t VALUES (42)"));
    }
    {
        Connection current(path);
        REQUIRE(current.open(key)); // open() does not read the file
        QSqlQuery query(current.db());
        CHECK_FALSE(query.exec(QStringLiteral("SELECT x FROM t")));
    }
    Connection old(path);
    old.driver()->setCipherFormat(SqlCipherDriver::CipherFormat::SqlCipher3);
    REQUIRE(old.open(key));
    CHECK(scalar(old.db(), QStringLiteral("SELECT x FROM t")).toInt() == 42);
}

TEST_CASE("Only SQLCipher 4.6 or later is taken", "[sqlcipher]")
{
    CHECK(SqlCipherDriver::isSupportedCipherVersion(QStringLiteral("4.6.1 community")));
    CHECK(SqlCipherDriver::isSupportedCipherVersion(QStringLiteral("4.10.0 community")));
    CHECK(SqlCipherDriver::isSupportedCipherVersion(QStringLiteral("5.0.0")));
    CHECK_FALSE(SqlCipherDriver::isSupportedCipherVersion(QStringLiteral("4.5.6 community")));
    CHECK_FALSE(SqlCipherDriver::isSupportedCipherVersion(QStringLiteral("3.4.1")));
    CHECK_FALSE(SqlCipherDriver::isSupportedCipherVersion(QString()));
    CHECK_FALSE(SqlCipherDriver::isSupportedCipherVersion(QStringLiteral("four point six")));
}
