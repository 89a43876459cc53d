// The audit trail against the live records: a setting changed in the
// database without its event (raw SQL with the key, through the sqlcipher
// shell), or its page put back from an older copy of the file (SQLCipher's
// page authentication has no version, so an old page checks out), is
// reported by verify with the setting, both values and the event.
#include "RecordsFixture.h"
#include "SqlCipherShell.h"
#include "TestSession.h"
#include "TestVault.h"
#include "services/WingSettings.h"

#include <QFile>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

QByteArray adminKey(const QString& folder)
{
    return rawDatabaseKey(folder, AdminName, AdminPassword);
}

qint64 lastSettingsEvent(UserSession& s)
{
    return scalar(s, QStringLiteral("SELECT max(seq) FROM audit_events WHERE action = 'settings_change'"));
}

} // namespace

TEST_CASE("A setting changed without its audit event is reported by verify")
{
    TestSession ts;
    requireOk(ts.session->changeSetting(Setting::RetentionYears, 2));
    const qint64 event = lastSettingsEvent(*ts.session);
    requireOk(ts.session->verify());
    const QString folder = ts.path();
    ts.session.reset();

    SECTION("changed")
    {
        sqlcipherShell(folder, adminKey(folder),
            QStringLiteral("UPDATE settings SET value = '0' WHERE key = 'retention_years';"));
    }
    SECTION("removed, so that it reads as never set")
    {
        sqlcipherShell(
            folder, adminKey(folder), QStringLiteral("DELETE FROM settings WHERE key = 'retention_years';"));
    }
    ts.signInAs(AdminName);
    const Status verified = ts.session->verify();
    INFO(verified.message().toStdString());
    CHECK(verified.code() == ErrorCode::Damaged);
    CHECK(verified.message().contains(QStringLiteral("the setting retention_years is")));
    CHECK(verified.message().contains(QStringLiteral("(event %1, ").arg(event)));
    CHECK(verified.message().contains(QStringLiteral("set it to \"2\"")));
}

TEST_CASE("A setting set in the database with no audit event at all is reported by verify")
{
    TestSession ts;
    const QString folder = ts.path();
    ts.session.reset();
    sqlcipherShell(folder, adminKey(folder),
        QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('idle_lock_minutes', '240', "
                       "'2026-12-07T00:00:00.000Z');"));
    ts.signInAs(AdminName);
    const Status verified = ts.session->verify();
    INFO(verified.message().toStdString());
    CHECK(verified.code() == ErrorCode::Damaged);
    CHECK(verified.message().contains(QStringLiteral("idle_lock_minutes is \"240\"")));
    CHECK(verified.message().contains(QStringLiteral("records no change to it")));
}

TEST_CASE("The settings page put back from an older copy of the file is reported by verify")
{
    TestSession ts;
    const QString folder = ts.path();
    const QString database = folder + QStringLiteral("/wingmate.db");
    requireOk(ts.session->changeSetting(Setting::RetentionYears, 2));
    ts.session.reset();
    const QByteArray key = adminKey(folder);
    sqlcipherShell(folder, key, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"));
    const QByteArray older = readFile(database);

    ts.signInAs(AdminName);
    requireOk(ts.session->changeSetting(Setting::RetentionYears, 5));
    const qint64 event = lastSettingsEvent(*ts.session);
    ts.session.reset();
    // The shell prints the checkpoint's three figures, then the page.
    const QList<QByteArray> printed = sqlcipherShell(folder, key,
        QStringLiteral(
            "PRAGMA wal_checkpoint(TRUNCATE); SELECT rootpage FROM sqlite_master WHERE name = 'settings';"))
                                          .trimmed()
                                          .split('\n');
    const qint64 page = printed.constLast().trimmed().toLongLong();
    REQUIRE(page > 1);
    // The settings table's one page, as it was, put back in place.
    QByteArray newer = readFile(database);
    constexpr qint64 PageSize = 4096;
    REQUIRE(older.size() >= page * PageSize);
    REQUIRE(newer.mid((page - 1) * PageSize, PageSize) != older.mid((page - 1) * PageSize, PageSize));
    newer.replace((page - 1) * PageSize, PageSize, older.mid((page - 1) * PageSize, PageSize));
    writeFile(database, newer);

    ts.signInAs(AdminName);
    CHECK(ts.session->settings().value(Setting::RetentionYears).toInt() == 2);
    const Status verified = ts.session->verify();
    INFO(verified.message().toStdString());
    CHECK(verified.code() == ErrorCode::Damaged);
    CHECK(verified.message().contains(QStringLiteral("the setting retention_years is \"2\"")));
    CHECK(verified.message().contains(QStringLiteral("(event %1, ").arg(event)));
    CHECK(verified.message().contains(QStringLiteral("set it to \"5\"")));
}

TEST_CASE("The settings table rebuilt to hold a setting twice is reported by verify")
{
    TestSession ts;
    requireOk(ts.session->changeSetting(Setting::RetentionYears, 6));
    const QString folder = ts.path();
    ts.session.reset();
    sqlcipherShell(folder, adminKey(folder),
        QStringLiteral(
            "CREATE TABLE settings_new (key TEXT NOT NULL, value TEXT NOT NULL, updated_at TEXT NOT NULL); "
            "INSERT INTO settings_new VALUES ('retention_years', '1', '2026-12-07T00:00:00.000Z'); "
            "INSERT INTO settings_new SELECT * FROM settings; DROP TABLE settings; "
            "ALTER TABLE settings_new RENAME TO settings;"));
    ts.signInAs(AdminName);
    const Status verified = ts.session->verify();
    INFO(verified.message().toStdString());
    CHECK(verified.code() == ErrorCode::Damaged);
    CHECK(verified.message().contains(
        QStringLiteral("retention_years is in the settings table more than once")));
}

TEST_CASE("A table, index or trigger added to the database or taken from it is reported by verify")
{
    TestSession ts;
    const QString folder = ts.path();
    ts.session.reset();
    QString script;
    QString expected;
    SECTION("a unique index removed")
    {
        script = QStringLiteral("DROP INDEX prisoner_keys_current;");
        expected = QStringLiteral("its index \"prisoner_keys_current\" has been removed");
    }
    SECTION("a trigger added")
    {
        script = QStringLiteral("CREATE TRIGGER watch AFTER INSERT ON prisoners BEGIN SELECT 1; END;");
        expected = QStringLiteral("it holds the trigger \"watch\", which Wingmate never made");
    }
    SECTION("a table added")
    {
        script = QStringLiteral("CREATE TABLE stash (v BLOB);");
        expected = QStringLiteral("it holds the table \"stash\", which Wingmate never made");
    }
    sqlcipherShell(folder, adminKey(folder), script);
    ts.signInAs(AdminName);
    const Status verified = ts.session->verify();
    INFO(verified.message().toStdString());
    CHECK(verified.code() == ErrorCode::Damaged);
    CHECK(verified.message().contains(expected));
}
